// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QObject>

#include "core/common/result.h"
#include "core/ingest/enrichoptions.h"
#include "core/ingest/indexprogress.h"

namespace PageLens {

class Catalog;
class Provider;
class RateLimiter;
struct PageWork;

/**
 * The model side of ingestion: a caption per page (page image to the provider, when privacy allows
 * images), a dense embedding of caption + text per page and, when the library asks for it, the
 * objects detected on each page image. Every answer is committed as it arrives, so a restart
 * resumes at the first page not yet committed and nothing is sent twice.
 * run() blocks: call it off the provider's thread.
 */
class Enricher : public QObject
{
    Q_OBJECT
public:
    using EmbeddedCallback = std::function<void(const QVector<qint64> &pageIds, const QVector<QVector<float>> &vectors)>;

    Enricher(std::shared_ptr<Catalog> catalog, Provider *provider, EnrichOptions options, QObject *parent = nullptr);
    ~Enricher() override;

    /** What run() would send, computed from the catalog; nothing is sent. */
    Result<EgressPreview> preview() const;
    /** Called after each committed batch of vectors (to update the dense index). */
    void setEmbeddedCallback(EmbeddedCallback callback) { m_onEmbedded = std::move(callback); }

    Result<EnrichSummary> run();
    void cancel();
    void setPaused(bool paused) { m_paused.store(paused); }

    /** The caption prompt of the seed notebook (resources/prompts/caption.txt). */
    static QString captionPrompt();

Q_SIGNALS:
    void progressChanged(const PageLens::IndexProgress &progress);

private:
    Result<void> checkEmbeddingModel();
    /** "model/dim" as the library records it next to its vectors. */
    QString libraryModel() const;
    Result<void> captionPages(EnrichSummary &summary, IndexProgress &progress);
    Result<void> embedPages(EnrichSummary &summary, IndexProgress &progress);
    /** The run's detection: the options' or else the library's, with the prompt filled in. */
    Result<IndexDetection> detection() const;
    Result<void> detectPages(const QString &prompt, EnrichSummary &summary, IndexProgress &progress);
    Result<QByteArray> pageImage(const PageWork &page) const;
    bool waitWhilePaused() const;

    std::shared_ptr<Catalog> m_catalog;
    Provider *m_provider;
    EnrichOptions m_options;
    std::unique_ptr<RateLimiter> m_captionLimiter;
    std::unique_ptr<RateLimiter> m_embedLimiter;
    EmbeddedCallback m_onEmbedded;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_paused{false};
};

} // namespace PageLens
