// SPDX-License-Identifier: MIT
// The screenshot tour (scripts/screenshots.sh): drives the real window on an X server (Xvfb) through
// the main screens and saves each as a PNG of the whole screen, dialogs and menus included.
// Usage: pagelens-screentour OUTDIR LIBRARY PATH... (the paths are added to the library first).
// The language follows LANG / LC_ALL as in the GUI (scripts/i18n-screens.sh runs it in German and
// Arabic); OUTDIR/layout.txt records where the panes are and every label or button whose text does
// not fit, for that script's checks.
#include <algorithm>
#include <functional>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTextStream>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

#include "ui/help/helpdialog.h"
#include "ui/library/documentfiltermodel.h"
#include "ui/library/documentmodel.h"
#include "ui/library/librarycontroller.h"
#include "ui/library/librarypane.h"
#include "ui/mainwindow.h"
#include "ui/search/searchpanel.h"
#include "ui/search/searchresultmodel.h"
#include "ui/settings/egressdialog.h"
#include "ui/settings/privacychoicedialog.h"
#include "ui/settings/providersession.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/uilanguage.h"
#include "ui/viewer/findbar.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/textselection.h"
#include "ui/viewer/viewerpanel.h"
#include "ui/viewer/layercontroller.h"
#include "ui/viewer/pagelayers.h"
#include "core/library/catalog.h"
#include "core/library/library.h"
#include "core/service/libraryservice.h"

using namespace PageLens;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

void settle(int ms = 600)
{
    waitFor([] { return false; }, ms);
}

void shoot(const QString &outDir, const QString &name)
{
    settle();
    const QString file = QDir(outDir).filePath(name + QStringLiteral(".png"));
    if (!QGuiApplication::primaryScreen()->grabWindow(0).save(file))
        qWarning("could not write %s", qPrintable(file));
    else
        qInfo("wrote %s", qPrintable(file));
}

/**
 * Appends to OUTDIR/layout.txt, under `screen`, each visible label or button of `root` whose text is
 * wider than the room it got, or, for a word-wrapped label, taller ("clipped ..."); labels meant to
 * elide (size policy Ignored) and icon-only buttons excepted.
 */
void reportClipped(const QString &outDir, const QString &screen, QWidget *root)
{
    QFile file(QDir(outDir).filePath(QStringLiteral("layout.txt")));
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return;
    QTextStream out(&file);
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue;
        QString text;
        int needed = 0;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->wordWrap() && !label->text().isEmpty()) {
            // A wrapped label is clipped when its lines need more height than it got.
            const int height = label->heightForWidth(label->width());
            if (height > label->height())
                out << "clipped " << screen << " QLabel \"" << label->text().left(60) << "\" needs " << height
                    << " px high, has " << label->height() << '\n';
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->wordWrap() && label->textFormat() != Qt::RichText
            && !label->text().isEmpty() && label->pixmap().isNull()) {
            text = label->text();
            needed = label->sizeHint().width();
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty()
                   && !(qobject_cast<QToolButton *>(button)
                        && static_cast<QToolButton *>(button)->toolButtonStyle() == Qt::ToolButtonIconOnly)) {   // text not shown
            text = button->text();
            needed = button->sizeHint().width();
        }
        if (needed > widget->width())
            out << "clipped " << screen << ' ' << widget->metaObject()->className() << " \"" << text.remove(QLatin1Char('&'))
                << "\" needs " << needed << " px, has " << widget->width() << '\n';
    }
}

void reportPanes(const QString &outDir, MainWindow &window)
{
    QFile file(QDir(outDir).filePath(QStringLiteral("layout.txt")));
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return;
    QTextStream out(&file);
    const auto x = [&window](QWidget *widget) { return widget->mapTo(&window, QPoint(0, 0)).x(); };
    out << "direction " << (window.layoutDirection() == Qt::RightToLeft ? "rtl" : "ltr") << '\n'
        << "library-x " << x(window.libraryPane()) << '\n'
        << "viewer-x " << x(window.viewerPanel()) << '\n'
        << "search-x " << x(window.searchPanel()) << '\n';
}

bool indexingDone(const DocumentModel *model)
{
    return model->documentCount() > 0
           && std::none_of(model->documents().cbegin(), model->documents().cend(), [](const DocumentInfo &d) {
                  return d.status == DocumentStatus::Pending || d.status == DocumentStatus::Indexing;
              });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("PageLensTour"));
    app.setApplicationName(QStringLiteral("PageLensTour"));
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3) {
        qWarning("usage: pagelens-screentour OUTDIR LIBRARY PATH...");
        return 1;
    }
    const QString outDir = args[0];
    QDir().mkpath(outDir);
    QFile::remove(QDir(outDir).filePath(QStringLiteral("layout.txt")));
    QSettings().clear();   // a blank profile
    QTranslator ours, qt;
    UiLanguage::install(QLocale::system(), ours, qt, QStringLiteral(PAGELENS_QM_DIR));

    LibraryController controller;
    MainWindow window(&controller);
    const QSize screen = QGuiApplication::primaryScreen()->availableSize();
    window.move(0, 0);
    window.resize(std::min(1400, screen.width()), std::min(900, screen.height()));
    window.show();
    controller.open(args[1]);
    waitFor([&] { return controller.isOpen(); }, 30000);
    window.addPaths(args.mid(2));
    DocumentModel *model = window.documentModel();
    waitFor([&] { return controller.isIndexing(); }, 10000);
    shoot(outDir, QStringLiteral("01-indexing-progress"));
    waitFor([&] { return indexingDone(model) && !controller.isIndexing(); }, 600000);
    shoot(outDir, QStringLiteral("02-library-tree"));
    reportPanes(outDir, window);
    reportClipped(outDir, QStringLiteral("main"), &window);
    // A wide library pane shows the Path column too.
    window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({560, 500, 340});
    shoot(outDir, QStringLiteral("02b-library-path-column"));
    window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({360, 700, 340});

    // Search: results on the right, the page with its hits in the middle; the library follows.
    window.search(QStringLiteral("court argument"));
    SearchPanel *search = window.searchPanel();
    waitFor([&] { return search->model()->rowCount() > 0; }, 20000);
    if (search->model()->rowCount() > 0)
        search->resultView()->setCurrentIndex(search->model()->index(0, 0));
    QMetaObject::invokeMethod(search->resultView(), "activated", Q_ARG(QModelIndex, search->model()->index(0, 0)));
    settle(2500);
    shoot(outDir, QStringLiteral("03-search-results"));

    // Page layers: objects stored for the shown page (as `detect --store` would keep them; no model
    // is asked in the tour), their legend, and the query's term-match heatmap; then the view turned.
    if (search->model()->rowCount() > 0) {
        const SearchHit hit = search->model()->hit(0);
        auto make = [](const QString &label, NormalizedRect box) {
            Detection d;
            d.label = label;
            d.box = box;
            d.box2d = {int(box.top * 1000), int(box.left * 1000), int(box.bottom * 1000), int(box.right * 1000)};
            return d;
        };
        controller.service()->library()->catalog()->replaceDetections(
            hit.pageId, QStringLiteral("Find the headings, speaker names and page number."), QStringLiteral("gemini-2.5-flash"),
            {make(QStringLiteral("heading"), {0.08, 0.06, 0.92, 0.14}), make(QStringLiteral("speaker"), {0.1, 0.3, 0.4, 0.34}),
             make(QStringLiteral("speaker"), {0.1, 0.55, 0.42, 0.59}), make(QStringLiteral("page number"), {0.45, 0.92, 0.55, 0.96})});
        window.layerController()->setDocument(hit.ref.documentId);
        window.viewerPanel()->layers()->heatmapAction()->setChecked(true);
        settle(2500);
        shoot(outDir, QStringLiteral("03b-page-layers"));
        window.viewerPanel()->rotateRightAction()->trigger();
        window.viewerPanel()->fitPageAction()->trigger();
        settle(1500);
        shoot(outDir, QStringLiteral("03c-page-layers-rotated"));
        window.viewerPanel()->rotateLeftAction()->trigger();
        window.viewerPanel()->fitWidthAction()->trigger();
        window.viewerPanel()->layers()->heatmapAction()->setChecked(false);
    }
    // Results grouped by document with a chip per page, found while typing (no Enter).
    search->searchField()->setText(QStringLiteral("vitae OR court"));
    waitFor([&] { return !search->model()->isStale() && search->model()->rowCount() > 1; }, 20000);
    if (search->model()->rowCount() > 1)
        search->resultView()->setCurrentIndex(search->model()->index(1, 0));
    settle(2500);
    shoot(outDir, QStringLiteral("03b-grouped-results"));

    // Find in the document (Ctrl+F, F3 through the hits) and words selected for Ctrl+C.
    ViewerPanel *viewer = window.viewerPanel();
    viewer->findAction()->trigger();
    viewer->findBar()->field()->setText(QStringLiteral("vitae"));
    waitFor([&] { return !viewer->findBar()->hits().isEmpty(); }, 10000);
    viewer->findNextAction()->trigger();
    settle(1500);
    const QSizeF page = viewer->pageView()->pageSize();
    viewer->textSelection()->selectArea(QRectF(0, page.height() * 0.27, page.width() * 0.5, page.height() * 0.06));
    settle(500);
    shoot(outDir, QStringLiteral("03c-find-and-select"));
    viewer->textSelection()->clear();
    viewer->findBar()->hide();

    // The library pane: failed documents only, then a document's context menu.
    LibraryPane *pane = window.libraryPane();
    pane->statusFilter()->setCurrentIndex(pane->statusFilter()->findData(int(DocumentStatus::Failed)));
    shoot(outDir, QStringLiteral("04-library-failed-filter"));
    pane->statusFilter()->setCurrentIndex(0);
    if (search->model()->rowCount() > 0)
        pane->selectDocument(search->model()->hit(0).ref.documentId);
    const QModelIndex current = pane->view()->currentIndex();
    if (current.isValid()) {
        QMenu *menu = pane->createContextMenu(pane->filterModel()->mapToSource(current), &window);
        const QRect row = pane->view()->visualRect(current);
        menu->popup(pane->view()->viewport()->mapToGlobal(row.center()));
        shoot(outDir, QStringLiteral("05-document-context-menu"));
        menu->close();
        delete menu;
    }

    // 800 × 600: library and search become tabs, the page keeps its room.
    window.resize(800, 600);
    shoot(outDir, QStringLiteral("06-narrow-800x600"));
    window.resize(std::min(1400, screen.width()), std::min(900, screen.height()));

    // The model service turned on without a key: the window says how to add one before any preview.
    ProviderSettings service;
    service.enabled = true;
    controller.providerSession()->setSettings(service);
    waitFor([&] { return !controller.providerSession()->isResolving(); }, 15000);
    controller.requestEnrichment();
    waitFor([&] { return window.providerNeededDialog() != nullptr; }, 15000);
    shoot(outDir, QStringLiteral("07-key-needed"));
    if (QMessageBox *box = window.providerNeededDialog())
        box->reject();

    // A local server (no key): the new library asks what it may send, then shows what would go.
    service.kind = ProviderConfig::Kind::OpenAi;
    service.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");   // never contacted: the tour stops at the preview
    controller.providerSession()->setSettings(service);
    waitFor([&] { return controller.providerSession()->provider() != nullptr; }, 15000);
    controller.requestEnrichment();
    waitFor([&] { return window.privacyChoiceDialog() != nullptr; }, 15000);
    shoot(outDir, QStringLiteral("08-privacy-choice"));
    if (PrivacyChoiceDialog *choice = window.privacyChoiceDialog())
        reportClipped(outDir, QStringLiteral("privacy-choice"), choice);
    if (PrivacyChoiceDialog *choice = window.privacyChoiceDialog()) {
        choice->setChoice(Privacy::TextOnly);
        choice->accept();
    }
    waitFor([&] { return window.egressDialog() != nullptr; }, 15000);
    shoot(outDir, QStringLiteral("09-consent-preview"));
    if (EgressDialog *consent = window.egressDialog())
        reportClipped(outDir, QStringLiteral("consent-preview"), consent);
    if (EgressDialog *consent = window.egressDialog())
        consent->reject();

    window.showSettings();
    waitFor([&] { return window.settingsDialog() != nullptr; }, 5000);
    shoot(outDir, QStringLiteral("10-settings"));
    if (SettingsDialog *settings = window.settingsDialog())
        reportClipped(outDir, QStringLiteral("settings"), settings);
    if (SettingsDialog *settings = window.settingsDialog())
        settings->reject();

    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu() || top->text().remove(QLatin1Char('&')) != QLatin1String("Help"))
            continue;
        const QList<QAction *> items = top->menu()->actions();
        for (QAction *item : items) {
            const QString text = item->text().remove(QLatin1Char('&'));
            if (text == QLatin1String("PageLens Help") || text == QLatin1String("Keyboard Shortcuts")) {
                item->trigger();
                if (HelpDialog *help = window.helpDialog())
                    help->move(window.geometry().center() - help->rect().center());
                shoot(outDir, text == QLatin1String("PageLens Help") ? QStringLiteral("11-help") : QStringLiteral("12-shortcuts"));
                if (HelpDialog *help = window.helpDialog())
                    help->close();
            }
        }
    }
    window.close();
    return 0;
}
