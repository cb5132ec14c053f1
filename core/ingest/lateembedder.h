// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <QHash>
#include <QObject>

#include "core/common/result.h"
#include "core/ingest/indexprogress.h"
#include "core/llm/lateinteractioncodec.h"
#include "core/llm/patchgrid.h"
#include "core/model/privacy.h"

namespace PageLens {

class Catalog;
class LateInteractionClient;
class LatePatchIndex;
class PageSource;

struct LateEmbedOptions {
    Privacy privacy = Privacy::Never;     // page images leave only with Privacy::Images
    bool reembed = false;                 // replace vectors of another model
    int batchPages = 4;                   // images per request
    int segmentPages = 64;                // pages per committed segment (what a crash can cost)
    int requestsPerMinute = 0;            // 0: no limit
    QHash<qint64, QString> passwords;
};

struct LateEmbedSummary {
    int embedded = 0;
    int failedPages = 0;
    int requests = 0;
    bool cancelled = false;
};

/**
 * Embeds every page image of the library once with a late-interaction server (LateInteractionClient)
 * into the library's LatePatchIndex: pages already there are skipped, batches are committed as
 * segments as they arrive, so a stopped or crashed run resumes without sending a page twice. The
 * caller has the user's consent; this class still refuses unless the privacy allows page images.
 * Runs on the library's writer thread and blocks on the client (which lives on its own thread).
 */
class LateEmbedder : public QObject
{
    Q_OBJECT
public:
    LateEmbedder(std::shared_ptr<Catalog> catalog, LatePatchIndex *index, LateInteractionClient *client,
                 LateEmbedOptions options, QObject *parent = nullptr);

    /** Pages not yet embedded with the configured model (all of them when the model differs). */
    Result<int> pendingPages() const;
    /** Mismatch when the library holds another model's vectors and reembed is off. */
    Result<LateEmbedSummary> run();
    void cancel();

    /** The page rendered at the size the model is sent: the grid's input size, stretched as its processor does. */
    static Result<QImage> modelInput(PageSource &source, int page, const PatchGrid &grid);
    /** The grid rows of a page's answer (all rows for an unknown family), as row-major floats. */
    static Result<std::vector<float>> patchRows(const MultiVector &vectors, const PatchGrid &grid);

signals:
    void progressChanged(const PageLens::IndexProgress &progress);

private:
    std::shared_ptr<Catalog> m_catalog;
    LatePatchIndex *m_index;
    LateInteractionClient *m_client;
    LateEmbedOptions m_options;
    std::atomic_bool m_cancel{false};
};

} // namespace PageLens
