// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include "core/common/result.h"
#include "core/llm/lateconfig.h"
#include "core/model/detectionrun.h"
#include "core/model/privacy.h"
#include "core/service/canceltoken.h"

class QAction;
#include <QInputDialog>
#include <QMessageBox>

namespace PageLens {

class LateInteractionClient;
class LibraryController;
class ViewerPanel;

/**
 * Fills the viewer's page layers from the library: the stored detections of the page shown and the
 * pages of the document that have any (thumbnail marks), the heatmap of the current query on that
 * page, and "Detect Objects" on it. Detection asks for a prompt (remembered), checks the library's
 * privacy ("images"), the model service and the person's consent for this library (ConsentStore,
 * as captions and the chat ask), then runs LibraryService::detect through the LibraryController;
 * the new boxes appear when the answer is stored. Results for a page no longer shown are dropped.
 *
 * The heatmap is the late-interaction one when a late-interaction server is configured
 * (PAGELENS_LATE_URL and PAGELENS_LATE_MODEL, as for the command line), the library's privacy
 * allows images and page images were agreed to; otherwise "term matches" from the page's words.
 */
class LayerController : public QObject
{
    Q_OBJECT
public:
    LayerController(LibraryController *controller, ViewerPanel *viewer, QObject *parent = nullptr);
    ~LayerController() override;

    /** The document the viewer now shows (its pages' detections and marks are loaded). */
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }
    /** The current search; the heatmap layer maps it on the page shown. Empty clears the heatmap. */
    void setQuery(const QString &query);

    /** Asks for the prompt, then runs runDetection() with it. */
    void detectObjects();
    /** Privacy, provider and consent checks, then detection on the page shown. */
    void runDetection(const QString &prompt);
    void cancelDetection();
    bool isDetecting() const { return m_detecting; }

    QAction *detectAction() const { return m_detect; }
    QInputDialog *promptDialog() const { return m_promptDialog; }
    QMessageBox *consentDialog() const { return m_consentDialog; }

    /** Where the last prompt is remembered (QSettings). */
    static QString promptKey();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /** The layer of `page` now holds `count` stored objects. */
    void detectionsLoaded(int page, int count);
    void heatmapLoaded(int page);
    /** A detection run ended: stored, failed, refused or cancelled. */
    void detectionFinished(bool stored);

private:
    void loadPage();
    void loadMarks();
    void loadHeatmap();
    void send(const QString &prompt, Privacy privacy);
    void finishDetection(const QString &message, bool stored);
    void updateAction();

    LibraryController *m_controller;
    ViewerPanel *m_viewer;
    QAction *m_detect;
    qint64 m_documentId = 0;
    QString m_path;   // the document's path when setDocument() was called, to drop answers for another one
    QString m_query;
    quint64 m_pageGeneration = 0;
    quint64 m_heatmapGeneration = 0;
    quint64 m_detectGeneration = 0;
    bool m_detecting = false;
    QFuture<Result<DetectionRun>> m_running;
    std::shared_ptr<CancelToken> m_cancel;   // the running detection's: Cancel aborts its request
    QPointer<QInputDialog> m_promptDialog;
    QPointer<QMessageBox> m_consentDialog;
    LateConfig m_late;
    std::shared_ptr<LateInteractionClient> m_lateClient;   // made on first use
    QThreadPool m_pool;   // heatmaps: page words, IDF, late requests; one at a time
};

} // namespace PageLens
