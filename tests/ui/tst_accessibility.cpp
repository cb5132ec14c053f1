// SPDX-License-Identifier: MIT
// Screen readers see PageLens through QAccessible. This walks the accessible tree of the main window
// (library indexed, a page open, search results, the chat dock shown), of the Settings dialog and of
// every other dialog, and fails listing each interactive or focusable control without a name.
// It also checks the page overlay's text alternative and that result rows stay readable under a
// dark palette.
#include <QAccessible>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testpaths.h"
#include "ui/help/helpdialog.h"
#include "ui/library/documentmodel.h"
#include "ui/library/librarycontroller.h"
#include "ui/mainwindow.h"
#include "ui/search/searchpanel.h"
#include "ui/search/searchresultdelegate.h"
#include "ui/search/searchresultmodel.h"
#include "ui/settings/egressdialog.h"
#include "ui/settings/keybackend.h"
#include "ui/settings/privacychoicedialog.h"
#include "ui/settings/providersession.h"
#include "ui/settings/settingsdialog.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/viewerpanel.h"
#include "tests/support/fixedkeybackend.h"

using namespace PageLens;

namespace {

/** Roles a user operates (as opposed to text, panes and layout). */
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QStringList path;
    for (QObject *object = iface->object(); object; object = object->parent())
        path.prepend(object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                                    : object->objectName());
    return path.join(QLatin1Char('/')) + QStringLiteral(" (role %1, %2 children)").arg(int(iface->role())).arg(iface->childCount());
}

/**
 * Every interactive or focusable control below `iface` without an accessible name. Items of views
 * (rows, cells) are left out: their name is their text. Hidden controls count too: they appear.
 */
void collectUnnamed(QAccessibleInterface *iface, QStringList &unnamed, int &controls, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    const QAccessible::Role role = iface->role();
    const bool isWidget = iface->object() && iface->object()->isWidgetType();
    // A widget whose focus goes to another (a view's viewport) is announced as that one.
    const bool proxied = isWidget && static_cast<QWidget *>(iface->object())->focusProxy();
    // A tab bar without tabs (the narrow layout's, while the window is wide) has nothing to operate.
    const auto *tabBar = qobject_cast<const QTabBar *>(iface->object());
    const bool empty = tabBar && tabBar->count() == 0;
    if (isWidget && !proxied && !empty && (isInteractive(role) || iface->state().focusable)) {
        ++controls;
        if (iface->text(QAccessible::Name).remove(QLatin1Char('&')).trimmed().isEmpty())
            unnamed << describe(iface);
    }
    // Children of item views are their rows and cells, not controls.
    if (role == QAccessible::List || role == QAccessible::Tree || role == QAccessible::Table)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, controls, depth + 1);
}

void verifyAllNamed(QWidget *root, int atLeast)
{
    QStringList unnamed;
    int controls = 0;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), unnamed, controls);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("controls without an accessible name:\n  ") + unnamed.join(QStringLiteral("\n  "))));
    // The walk must have reached the controls, or an empty tree would pass.
    QVERIFY2(controls >= atLeast, qPrintable(QStringLiteral("only %1 controls found").arg(controls)));
}

double luminance(QColor color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

/** WCAG's contrast ratio. */
double contrast(QColor a, QColor b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1b, 0x1b));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    return dark;
}

/** A colour as seen over `background` (palette roles such as PlaceholderText may be translucent). */
QColor over(QColor color, QColor background)
{
    const double a = color.alphaF();
    return QColor::fromRgbF(float(color.redF() * a + background.redF() * (1 - a)), float(color.greenF() * a + background.greenF() * (1 - a)),
                            float(color.blueF() * a + background.blueF() * (1 - a)));
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mainWindowAndDialogs();
    void darkPaletteKeepsResultsReadable();
    void dialogTextReadableInEveryPalette();

private:
    QTemporaryDir m_dir;
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QAccessible::setActive(true);
}

void tst_Accessibility::mainWindowAndDialogs()
{
    LibraryController controller;
    controller.providerSession()->setKeyBackend(std::make_shared<Test::FixedKeyBackend>());
    MainWindow window(&controller);
    window.resize(1300, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&controller, &LibraryController::libraryOpened);
    controller.open(m_dir.filePath(QStringLiteral("library")));
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
    window.addPaths({Test::corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf"))});
    QTRY_COMPARE_WITH_TIMEOUT(window.documentModel()->documentCount(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(toString(window.documentModel()->documents().value(0).status), toString(DocumentStatus::Indexed), 60000);

    SearchPanel *search = window.searchPanel();
    search->searchField()->setText(QStringLiteral("knowles"));
    QTest::keyClick(search->searchField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(search->model()->rowCount() > 0, 10000);
    const QModelIndex first = search->model()->index(0, 0);
    search->resultView()->setCurrentIndex(first);
    Q_EMIT search->resultView()->activated(first);
    PageView *view = window.viewerPanel()->pageView();
    QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!view->highlightItems().isEmpty(), 30000);
    window.chatDock()->show();

    verifyAllNamed(&window, 20);
    // Narrow: library and search become tabs.
    window.resize(800, 600);
    QTRY_VERIFY(window.isNarrowLayout());
    verifyAllNamed(&window, 20);
    window.resize(1300, 800);
    QTRY_VERIFY(!window.isNarrowLayout());

    // The page with its hit boxes: the view says what the boxes mark, not just "graphics".
    const QString description = QAccessible::queryAccessibleInterface(view)->text(QAccessible::Description);
    QVERIFY2(description.contains(QStringLiteral("knowles"), Qt::CaseInsensitive), qPrintable(description));

    SettingsDialog settings(&controller);
    settings.show();
    verifyAllNamed(&settings, 15);

    std::unique_ptr<HelpDialog> manual(HelpDialog::manual(&window));
    verifyAllNamed(manual.get(), 2);
    std::unique_ptr<HelpDialog> shortcuts(HelpDialog::shortcuts(&window, window.menuBar()));
    verifyAllNamed(shortcuts.get(), 2);

    PrivacyChoiceDialog privacy(m_dir.filePath(QStringLiteral("library")), &window);
    verifyAllNamed(&privacy, 3);

    EgressPreview preview;
    preview.privacy = Privacy::Images;
    preview.pagesToCaption = 3;
    preview.textsToEmbed = 3;
    preview.requests = 6;
    EgressDialog egress(preview, QStringLiteral("Google Gemini"), &window);
    verifyAllNamed(&egress, 2);
}

void tst_Accessibility::darkPaletteKeepsResultsReadable()
{
    const QPalette dark = darkPalette();

    SearchResultModel model;
    SearchHit hit;
    hit.path = Test::corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf"));
    hit.ref.page = 0;
    hit.snippet = QStringLiteral("MR. KNOWLES: Mr. Chief Justice, and may it please the Court");
    hit.score = 0.5;
    hit.caption = QStringLiteral("A transcript page of an oral argument");
    hit.matchedTerms = {QStringLiteral("knowles")};
    hit.signalScores.insert(QStringLiteral("bm25"), SignalScore{});
    model.setHits({hit, hit});
    SearchResultDelegate delegate;

    QImage image(420, 2 * 120, QImage::Format_RGB32);
    for (const bool selected : {false, true}) {
        const QColor background = selected ? dark.color(QPalette::Highlight) : dark.color(QPalette::Base);
        image.fill(background);
        QStyleOptionViewItem option;
        option.palette = dark;
        option.rect = QRect(0, 0, image.width(), delegate.sizeHint(option, model.index(0, 0)).height());
        option.state = QStyle::State_Enabled | (selected ? QStyle::State_Selected : QStyle::State_None);
        option.font = QApplication::font();
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
        painter.end();
        // Each line of text (a band of rows with ink, separated by blank rows) must reach WCAG's 4.5:1
        // somewhere: its glyphs' cores, whatever the anti-aliasing at their edges. The last row is
        // the hairline between cards (decoration).
        QList<double> bands;
        bool inBand = false;
        for (int y = option.rect.top(); y < option.rect.bottom() - 1; ++y) {
            double best = 0;
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel != background)
                    best = std::max(best, contrast(pixel, background));
            }
            if (best == 0) {
                inBand = false;
                continue;
            }
            if (!inBand)
                bands << 0;
            inBand = true;
            bands.last() = std::max(bands.last(), best);
        }
        // Title, snippet, caption and the "why" line.
        QVERIFY2(bands.size() >= 4, qPrintable(QStringLiteral("%1 lines of text drawn").arg(bands.size())));
        for (int line = 0; line < bands.size(); ++line)
            QVERIFY2(bands[line] >= 4.5, qPrintable(QStringLiteral("line %1 of a %2 row has contrast %3")
                                                        .arg(line + 1).arg(selected ? "selected" : "plain").arg(bands[line])));
    }
}

void tst_Accessibility::dialogTextReadableInEveryPalette()
{
    // Every label of the Settings dialog (hints included) under the standard palette and a dark one.
    LibraryController controller;
    controller.providerSession()->setKeyBackend(std::make_shared<Test::FixedKeyBackend>());
    const QPalette standard = QApplication::palette();
    for (const QPalette &palette : {standard, darkPalette()}) {
        QApplication::setPalette(palette);
        SettingsDialog dialog(&controller);
        int labels = 0;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().isEmpty())
                continue;
            ++labels;
            const QColor window = label->palette().color(QPalette::Window);
            const double ratio = contrast(over(label->palette().color(label->foregroundRole()), window), window);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("“%1” has contrast %2").arg(label->text().left(40)).arg(ratio)));
        }
        QVERIFY(labels > 10);
    }
    QApplication::setPalette(standard);
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
