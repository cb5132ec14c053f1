// SPDX-License-Identifier: MIT
#include "ui/viewer/layercontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include "core/detect/objectdetector.h"
#include "core/llm/lateinteractionclient.h"
#include "core/media/documentopener.h"
#include "core/media/pageimager.h"
#include "core/retrieval/lateheatmap.h"
#include "core/retrieval/querytokens.h"
#include "core/retrieval/termheatmap.h"
#include "core/service/libraryservice.h"
#include "ui/library/librarycontroller.h"
#include "ui/settings/consentstore.h"
#include "ui/settings/providersession.h"
#include "ui/viewer/layerlegend.h"
#include "ui/viewer/pagelayers.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/thumbnailstrip.h"
#include "ui/viewer/viewerpanel.h"

namespace PageLens {

namespace {

constexpr int kMaxIdfPages = 300;   // IDF over at most this many pages of the document (catalog reads)

struct HeatmapAnswer {
    QueryHeatmaps maps;
    QString note;   // why the late-interaction map could not be made, when it was tried
};

/**
 * Runs on the controller's pool: the late-interaction map when a client is given, else (or when it
 * fails) term matches from the page's stored words, weighted by each word's IDF over the document.
 */
Result<HeatmapAnswer> computeHeatmap(std::shared_ptr<LibraryService> service, std::shared_ptr<LateInteractionClient> late,
                                     PageRef ref, QString path, QString password, int pageCount, QString query)
{
    HeatmapAnswer answer;
    if (late) {
        auto source = DocumentOpener::open(path, password);
        auto maps = source ? LateHeatmap::forPage(*late, **source, ref.page, query) : Result<QueryHeatmaps>(tl::unexpected(source.error()));
        if (maps) {
            answer.maps = *maps;
            return answer;
        }
        answer.note = QCoreApplication::translate("PageLens", "%1 Showing term matches instead.").arg(maps.error().message);
    }
    const QStringList terms = LateHeatmap::words(query);
    if (terms.isEmpty())
        return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "The query has no words to map."));
    auto record = service->page(ref).result();
    if (!record)
        return tl::unexpected(record.error());
    if (record->text.words.isEmpty())
        return fail(Error::Code::NotFound, QCoreApplication::translate("PageLens", "This page has no words (text layer or OCR) to match the query against."));
    const int pages = std::min(pageCount, kMaxIdfPages);
    QHash<QString, int> withTerm;
    for (int p = 0; p < pages; ++p) {
        const auto other = p == ref.page ? record : service->page({ref.documentId, p}).result();
        if (!other)
            continue;
        const QStringList tokens = QueryTokens::tokenize(other->text.text);
        const QSet<QString> seen(tokens.begin(), tokens.end());
        for (const QString &term : terms)
            withTerm[term] += seen.contains(term);
    }
    QHash<QString, double> idf;
    for (const QString &term : terms)
        idf.insert(term, TermHeatmap::idf(std::max(pages, 1), withTerm.value(term)));
    answer.maps = TermHeatmap::compute(record->text.words, record->size, terms, idf);
    return answer;
}

LateConfig lateFromEnvironment()
{
    LateConfig config;
    config.url = qEnvironmentVariable("PAGELENS_LATE_URL");
    config.model = qEnvironmentVariable("PAGELENS_LATE_MODEL");
    config.apiKey = qEnvironmentVariable("PAGELENS_LATE_API_KEY");
    return config;
}

} // namespace

LayerController::LayerController(LibraryController *controller, ViewerPanel *viewer, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_viewer(viewer)
    , m_detect(new QAction(QIcon(QStringLiteral(":/icons/detect-objects.svg")), tr("&Detect Objects…"), this))
    , m_late(lateFromEnvironment())
{
    m_pool.setMaxThreadCount(1);
    m_detect->setObjectName(QStringLiteral("detectObjects"));
    m_detect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_detect->setShortcutContext(Qt::WindowShortcut);
    m_detect->setToolTip(tr("Detect Objects on this page (%1)").arg(m_detect->shortcut().toString(QKeySequence::NativeText)));
    m_detect->setStatusTip(tr("Send this page's image to the model service and mark the objects it finds"));
    connect(m_detect, &QAction::triggered, this, &LayerController::detectObjects);

    PageView *view = m_viewer->pageView();
    connect(view, &PageView::currentPageChanged, this, [this] {
        loadPage();
        updateAction();
    });
    connect(view, &PageView::documentLoaded, this, &LayerController::loadMarks);
    connect(m_viewer->layers(), &PageLayers::heatmapWanted, this, &LayerController::loadHeatmap);
    connect(m_viewer->layerLegend(), &LayerLegend::cancelRequested, this, &LayerController::cancelDetection);
    updateAction();
}

LayerController::~LayerController()
{
    ++m_detectGeneration;
    m_pool.waitForDone();
}

QString LayerController::promptKey()
{
    return QStringLiteral("detect/prompt");
}

void LayerController::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    m_path = m_viewer->pageView()->documentPath();
    m_viewer->layerLegend()->setMessage({});
    if (m_viewer->pageView()->isLoaded()) {   // the same document again: its page is already shown
        loadPage();
        loadMarks();
    }
    updateAction();
}

void LayerController::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    ++m_heatmapGeneration;
    m_viewer->layers()->clearHeatmaps();
    if (!query.isEmpty() && m_viewer->layers()->heatmapAction()->isChecked())
        loadHeatmap();
}

void LayerController::loadPage()
{
    PageView *view = m_viewer->pageView();
    if (m_documentId <= 0 || view->documentPath() != m_path || view->currentPage() < 0)
        return;
    const quint64 generation = ++m_pageGeneration;
    const int page = view->currentPage();
    m_controller->detections({m_documentId, page}).then(this, [this, generation, page](const Result<QVector<Detection>> &found) {
        if (generation != m_pageGeneration)
            return;
        if (!found) {
            m_viewer->layerLegend()->setMessage(found.error().message);
            return;
        }
        m_viewer->layers()->setDetections(page, *found);
        Q_EMIT detectionsLoaded(page, int(found->size()));
    });
    if (!m_query.isEmpty() && m_viewer->layers()->heatmapAction()->isChecked())
        loadHeatmap();
}

void LayerController::loadMarks()
{
    if (m_documentId <= 0 || m_viewer->pageView()->documentPath() != m_path)
        return;
    const qint64 documentId = m_documentId;
    m_controller->pagesWithDetections(documentId).then(this, [this, documentId](const Result<QSet<int>> &pages) {
        if (documentId == m_documentId && pages && m_viewer->pageView()->documentPath() == m_path)
            m_viewer->thumbnails()->setMarkedPages(*pages);
    });
}

void LayerController::loadHeatmap()
{
    PageView *view = m_viewer->pageView();
    auto service = m_controller->service();
    if (m_query.isEmpty()) {
        m_viewer->layerLegend()->setMessage(tr("Search for something first: the heatmap shows where the query matched on this page."));
        return;
    }
    if (!service || m_documentId <= 0 || view->documentPath() != m_path || view->currentPage() < 0)
        return;
    const quint64 generation = ++m_heatmapGeneration;
    const PageRef ref{m_documentId, view->currentPage()};
    const QString path = m_path;
    const QString password = m_controller->password(m_documentId);
    const int pageCount = view->pageCount();
    const QString query = m_query;
    Q_EMIT statusMessage(tr("Mapping “%1” on page %2…").arg(query).arg(ref.page + 1));
    // The late-interaction map sends the page image: only where images may leave and were agreed to.
    m_controller->privacy().then(this, [=, this](const Result<Privacy> &privacy) {
        if (generation != m_heatmapGeneration)
            return;
        const bool late = m_late.isSet() && privacy && *privacy == Privacy::Images
                          && ConsentStore::granted(m_controller->directory(), ConsentStore::Kind::Images);
        if (late && !m_lateClient)
            m_lateClient = LateInteractionClient::createOnOwnThread(m_late);
        QtConcurrent::run(&m_pool, &computeHeatmap, service, late ? m_lateClient : nullptr, ref, path, password, pageCount, query)
            .then(this, [this, generation, ref](const Result<HeatmapAnswer> &answer) {
                if (generation != m_heatmapGeneration || m_viewer->pageView()->currentPage() != ref.page)
                    return;
                if (!answer) {
                    m_viewer->layers()->clearHeatmaps();
                    m_viewer->layerLegend()->setMessage(answer.error().message);
                    return;
                }
                const QString source = answer->maps.combined.source == QLatin1String("late") ? tr("late interaction") : tr("term matches");
                m_viewer->layers()->setHeatmaps(ref.page, answer->maps, source);
                m_viewer->layerLegend()->setMessage(answer->note);
                const QPointF peak = answer->maps.combined.peak();
                Q_EMIT statusMessage(tr("Heatmap (%1): strongest at x %2, y %3 of page %4.").arg(source)
                                         .arg(peak.x(), 0, 'f', 2).arg(peak.y(), 0, 'f', 2).arg(ref.page + 1));
                Q_EMIT heatmapLoaded(ref.page);
            });
    });
}

void LayerController::detectObjects()
{
    PageView *view = m_viewer->pageView();
    if (m_detecting || m_promptDialog)
        return;
    if (!m_controller->isOpen() || m_documentId <= 0 || view->documentPath() != m_path || view->currentPage() < 0) {
        Q_EMIT statusMessage(tr("Open a page of a library document first, then detect objects on it."));
        return;
    }
    m_promptDialog = new QInputDialog(m_viewer);
    m_promptDialog->setObjectName(QStringLiteral("detectPrompt"));
    m_promptDialog->setWindowTitle(tr("Detect Objects"));
    m_promptDialog->setLabelText(tr("What should be found on page %1? The page image is sent with this instruction.")
                                     .arg(view->currentPage() + 1));
    m_promptDialog->setTextValue(QSettings().value(promptKey(), ObjectDetector::defaultPrompt()).toString());
    m_promptDialog->setOkButtonText(tr("&Detect"));
    m_promptDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_promptDialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString prompt = text.trimmed().isEmpty() ? ObjectDetector::defaultPrompt() : text.trimmed();
        QSettings().setValue(promptKey(), prompt);
        runDetection(prompt);
    });
    m_promptDialog->open();
}

void LayerController::runDetection(const QString &prompt)
{
    PageView *view = m_viewer->pageView();
    if (m_detecting || m_documentId <= 0 || view->documentPath() != m_path || view->currentPage() < 0)
        return;
    m_detecting = true;
    updateAction();
    const quint64 generation = ++m_detectGeneration;
    m_viewer->layerLegend()->setMessage({});
    m_viewer->layerLegend()->setBusy(tr("Reading the library's privacy setting…"));
    m_controller->privacy().then(this, [this, generation, prompt](const Result<Privacy> &privacy) {
        if (generation != m_detectGeneration)
            return;
        if (!privacy) {
            finishDetection(tr("%1 Try again, or reopen the library.").arg(privacy.error().message), false);
            return;
        }
        if (*privacy != Privacy::Images) {
            finishDetection(tr("Object detection sends the page image, which this library's privacy setting (“%1”) does not "
                               "allow. Nothing was sent; Settings (Tools ▸ Settings…) changes it.").arg(toString(*privacy)), false);
            return;
        }
        ProviderSession *session = m_controller->providerSession();
        if (!session->settings().enabled || !session->provider()) {
            const QString reason = session->settings().enabled && !session->unavailableReason().isEmpty()
                                       ? session->unavailableReason() : tr("No model service is set up.");
            finishDetection(tr("%1 Add a key or a server in Settings (Tools ▸ Settings…) to detect objects.").arg(reason), false);
            return;
        }
        const QString library = m_controller->directory();
        if (ConsentStore::granted(library, ConsentStore::Kind::Images)) {
            send(prompt, *privacy);
            return;
        }
        // Nothing leaves before the person agreed for this library, asked as captions and the chat ask.
        const ProviderSettings settings = session->settings();
        const QString service = settings.kind == ProviderConfig::Kind::Gemini ? tr("Google Gemini") : tr("OpenAI-compatible service");
        const QString what = tr("The image of page %1 of “%2” (WEBP, longest side %3 px) and your prompt will be sent to %4 at %5 "
                                "to find objects on it.")
                                 .arg(m_viewer->pageView()->currentPage() + 1).arg(QFileInfo(m_path).fileName())
                                 .arg(PageImager::kModelLongestSide).arg(service, settings.effectiveBaseUrl());
        m_consentDialog = new QMessageBox(QMessageBox::Question, tr("Send the Page Image?"), what, QMessageBox::NoButton, m_viewer);
        m_consentDialog->setObjectName(QStringLiteral("detectConsent"));
        m_consentDialog->setInformativeText(tr("Nothing has been sent yet."));
        auto *dontAsk = new QCheckBox(tr("Don't ask again for this library"), m_consentDialog);
        dontAsk->setObjectName(QStringLiteral("dontAskAgain"));
        m_consentDialog->setCheckBox(dontAsk);
        QPushButton *sendButton = m_consentDialog->addButton(tr("&Send"), QMessageBox::AcceptRole);
        sendButton->setObjectName(QStringLiteral("send"));
        QPushButton *notNow = m_consentDialog->addButton(tr("&Not Now"), QMessageBox::RejectRole);
        m_consentDialog->setDefaultButton(notNow);
        m_consentDialog->setAttribute(Qt::WA_DeleteOnClose);
        const Privacy level = *privacy;
        connect(m_consentDialog, &QMessageBox::finished, this, [this, generation, prompt, level, library, sendButton, dontAsk] {
            if (generation != m_detectGeneration)
                return;
            if (m_consentDialog && m_consentDialog->clickedButton() == sendButton) {
                if (dontAsk->isChecked()) {
                    EgressPreview preview;
                    preview.privacy = level;
                    preview.pagesToCaption = 1;   // the kind "page images" and nothing else
                    ConsentStore::grant(library, preview);
                }
                send(prompt, level);
            } else {
                finishDetection(tr("Nothing was sent."), false);
            }
        });
        m_viewer->layerLegend()->setBusy(tr("Waiting for your answer: may the page image be sent?"));
        m_consentDialog->open();
    });
}

void LayerController::send(const QString &prompt, Privacy)
{
    const quint64 generation = m_detectGeneration;
    const PageRef ref{m_documentId, m_viewer->pageView()->currentPage()};
    m_viewer->layerLegend()->setBusy(tr("Detecting objects on page %1…").arg(ref.page + 1));
    m_cancel = std::make_shared<CancelToken>();
    m_running = m_controller->detect(ref, prompt, m_cancel);
    m_running.then(this, [this, generation, ref](const Result<DetectionRun> &run) {
        if (generation != m_detectGeneration)
            return;
        if (!run) {
            finishDetection(tr("Object detection failed: %1 The page's earlier objects are kept.").arg(run.error().message), false);
            return;
        }
        QString message = tr("%n object(s) found on page %1.", nullptr, int(run->detections.size())).arg(ref.page + 1);
        if (!run->notes.isEmpty())
            message += QLatin1Char(' ') + run->notes.join(QLatin1Char(' '));
        finishDetection(message, true);
        if (ref.documentId == m_documentId && ref.page == m_viewer->pageView()->currentPage()) {
            m_viewer->layers()->detectionsAction()->setChecked(true);   // the answer is what the person asked to see
            loadPage();
        }
        loadMarks();
    });
}

void LayerController::cancelDetection()
{
    if (!m_detecting)
        return;
    ++m_detectGeneration;
    if (m_cancel)
        m_cancel->cancel();   // aborts the request; nothing of it is stored
    m_running.cancel();
    if (m_consentDialog)
        m_consentDialog->close();
    finishDetection(tr("Detection cancelled; nothing was stored."), false);
}

void LayerController::finishDetection(const QString &message, bool stored)
{
    m_detecting = false;
    m_running = {};
    m_cancel.reset();
    m_viewer->layerLegend()->setBusy({});
    m_viewer->layerLegend()->setMessage(message);
    Q_EMIT statusMessage(message);
    updateAction();
    Q_EMIT detectionFinished(stored);
}

void LayerController::updateAction()
{
    m_detect->setEnabled(!m_detecting && m_viewer->pageView()->currentPage() >= 0);
}

} // namespace PageLens
