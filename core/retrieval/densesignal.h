// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

#include "core/retrieval/retrievalsignal.h"

namespace PageLens {

class PageVectorIndex;
class Provider;

/**
 * Dense cosine over page embeddings: the provider embeds the query with the library's embedding
 * model, the page vector index answers. A search waits at most `deadline` for the service and then
 * cancels only its own request, so an unreachable service costs seconds, not a retry storm.
 */
class DenseSignal : public RetrievalSignal
{
public:
    DenseSignal(Provider *provider, QString model, int dimensions, PageVectorIndex *vectors,
                std::chrono::milliseconds deadline);
    QString name() const override;
    Result<QVector<SearchHit>> search(const QString &query, int k) const override;

private:
    Provider *m_provider;
    QString m_model;
    int m_dimensions;
    PageVectorIndex *m_vectors;
    std::chrono::milliseconds m_deadline;
};

} // namespace PageLens
