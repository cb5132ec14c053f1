// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

#include "core/retrieval/retrievalsignal.h"

namespace PageLens {

class LateInteractionClient;
class LatePatchIndex;

/**
 * Late interaction (ColPali-family MaxSim): the late-interaction server embeds the query into token
 * vectors, the library's LatePatchIndex ranks the pages' patch vectors (two-stage MaxSim). Waits
 * at most `deadline` for the server, then cancels its request.
 */
class LateSignal : public RetrievalSignal
{
public:
    LateSignal(LateInteractionClient *client, LatePatchIndex *index, std::chrono::milliseconds deadline);
    QString name() const override;
    Result<QVector<SearchHit>> search(const QString &query, int k) const override;

private:
    LateInteractionClient *m_client;
    LatePatchIndex *m_index;
    std::chrono::milliseconds m_deadline;
};

} // namespace PageLens
