// SPDX-License-Identifier: MIT
#include "ui/viewer/viewerpanel.h"

#include <algorithm>

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/viewer/findbar.h"
#include "ui/viewer/layerlegend.h"
#include "ui/viewer/pagelayers.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/textselection.h"
#include "ui/viewer/thumbnailstrip.h"

namespace PageLens {

namespace {

const QString continuousKey = QStringLiteral("viewer/continuous");

QAction *makeAction(QObject *parent, const QString &icon, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, parent);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(shortcut.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                                                  shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

ViewerPanel::ViewerPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new PageView(this))
    , m_thumbnails(new ThumbnailStrip(this))
    , m_title(new QLabel(this))
    , m_pageSpin(new QSpinBox(this))
    , m_pageTotal(new QLabel(this))
    , m_zoomButton(new QToolButton(this))
    , m_findBar(new FindBar(this))
    , m_selection(new TextSelection(m_view))
{
    m_previous = makeAction(this, QStringLiteral("go-previous"), tr("&Previous Page"), QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next = makeAction(this, QStringLiteral("go-next"), tr("&Next Page"), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_zoomIn = makeAction(this, QStringLiteral("zoom-in"), tr("Zoom &In"), QKeySequence::ZoomIn);
    m_zoomOut = makeAction(this, QStringLiteral("zoom-out"), tr("Zoom &Out"), QKeySequence::ZoomOut);
    m_fitWidth = makeAction(this, QStringLiteral("fit-width"), tr("Fit &Width"), QKeySequence(Qt::CTRL | Qt::Key_2));
    m_fitPage = makeAction(this, QStringLiteral("fit-page"), tr("Fit &Page"), QKeySequence(Qt::CTRL | Qt::Key_0));
    m_find = makeAction(this, QStringLiteral("search"), tr("&Find in Document…"), QKeySequence::Find);
    m_findNext = makeAction(this, QStringLiteral("go-next"), tr("Find &Next"), QKeySequence::FindNext);
    m_findPrevious = makeAction(this, QStringLiteral("go-previous"), tr("Find Pre&vious"), QKeySequence::FindPrevious);
    m_copy = makeAction(this, QString(), tr("&Copy"), QKeySequence::Copy);
    m_selectAll = makeAction(this, QString(), tr("Select &All on Page"), QKeySequence::SelectAll);
    m_copy->setStatusTip(tr("Copy the words selected on the page (drag over the words to select them)"));
    // Ctrl+[ and Ctrl+]: Ctrl+L opens a library and Ctrl+R is Refresh on some desktops.
    m_rotateLeft = makeAction(this, QStringLiteral("rotate-left"), tr("Rotate &Left"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    m_rotateRight = makeAction(this, QStringLiteral("rotate-right"), tr("Rotate &Right"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    m_continuous = makeAction(this, QString(), tr("&Continuous"), QKeySequence());
    m_continuous->setObjectName(QStringLiteral("continuousAction"));
    m_continuous->setCheckable(true);
    m_continuous->setStatusTip(tr("Show all pages in one scroll"));
    m_fitWidth->setCheckable(true);
    m_fitPage->setCheckable(true);
    m_fitWidth->setChecked(true);

    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setMinimumWidth(60);
    m_title->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_title->installEventFilter(this);   // re-elides the file name when the bar resizes

    m_pageSpin->setObjectName(QStringLiteral("pageSpin"));
    m_pageSpin->setAccessibleName(tr("Page number"));
    m_pageSpin->setKeyboardTracking(false);
    m_pageSpin->setAlignment(Qt::AlignRight);
    m_pageSpin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_pageSpin->setRange(0, 0);
    m_pageSpin->setMinimumWidth(m_pageSpin->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 16);
    m_pageTotal->setObjectName(QStringLiteral("pageTotal"));

    m_zoomButton->setObjectName(QStringLiteral("zoomButton"));
    m_zoomButton->setAccessibleName(tr("Zoom level"));
    m_zoomButton->setPopupMode(QToolButton::InstantPopup);
    m_zoomButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_zoomButton->setMinimumWidth(m_zoomButton->fontMetrics().horizontalAdvance(QStringLiteral("000 %")) + 24);
    auto *zoomMenu = new QMenu(m_zoomButton);
    zoomMenu->addAction(m_fitWidth);
    zoomMenu->addAction(m_fitPage);
    zoomMenu->addSeparator();
    for (int percent : {50, 75, 100, 125, 150, 200, 300, 400}) {
        zoomMenu->addAction(tr("%1 %").arg(percent), this, [this, percent] { m_view->setZoom(percent / 100.0); });
    }
    m_zoomButton->setMenu(zoomMenu);

    m_tools = new QToolBar(this);
    auto *tools = m_tools;
    tools->setObjectName(QStringLiteral("viewerTools"));
    tools->setAccessibleName(tr("Viewer tools"));
    tools->setIconSize(QSize(18, 18));
    tools->addWidget(m_title);
    tools->addAction(m_previous);
    tools->addWidget(m_pageSpin);
    tools->addWidget(m_pageTotal);
    tools->addAction(m_next);
    tools->addSeparator();
    tools->addAction(m_zoomOut);
    tools->addWidget(m_zoomButton);
    tools->addAction(m_zoomIn);
    tools->addSeparator();
    tools->addAction(m_fitWidth);
    tools->addAction(m_fitPage);
    tools->addAction(m_rotateLeft);
    tools->addAction(m_rotateRight);
    tools->addSeparator();
    m_legend = new LayerLegend(this);
    m_layers = new PageLayers(m_view, m_legend, this);
    tools->addAction(m_layers->hitsAction());
    tools->addAction(m_layers->detectionsAction());
    tools->addAction(m_layers->heatmapAction());

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_thumbnails);
    body->addWidget(m_view, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_findBar);
    layout->addLayout(body, 1);
    m_findBar->hide();

    connect(m_find, &QAction::triggered, m_findBar, &FindBar::activate);
    // F3 with the bar closed opens it; with a query, it steps through the hits (and wraps).
    auto step = [this](bool forward) {
        if (m_findBar->query().isEmpty()) {
            m_findBar->activate();
            return;
        }
        m_findBar->show();
        forward ? m_findBar->next() : m_findBar->previous();
    };
    connect(m_findNext, &QAction::triggered, this, [step] { step(true); });
    connect(m_findPrevious, &QAction::triggered, this, [step] { step(false); });
    // Here too (not only in the window's Edit menu), so the keys work wherever the panel is shown.
    addActions({m_find, m_findNext, m_findPrevious, m_copy, m_selectAll});
    connect(m_findBar, &FindBar::hitChosen, this, &ViewerPanel::showFindHit);
    connect(m_findBar, &FindBar::closed, m_view, [this] { m_view->setFocus(); });
    connect(m_copy, &QAction::triggered, m_selection, &TextSelection::copy);
    connect(m_selectAll, &QAction::triggered, m_selection, &TextSelection::selectAll);
    connect(m_selection, &TextSelection::selectionChanged, m_copy, &QAction::setEnabled);
    connect(m_selection, &TextSelection::wordsChanged, this, &ViewerPanel::updateControls);
    m_copy->setEnabled(false);
    layout->addWidget(m_legend);

    m_continuous->setChecked(QSettings().value(continuousKey, true).toBool());
    m_view->setContinuous(m_continuous->isChecked());
    connect(m_continuous, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(continuousKey, on);
        m_view->setContinuous(on);
    });
    connect(m_previous, &QAction::triggered, m_view, &PageView::previousPage);
    connect(m_next, &QAction::triggered, m_view, &PageView::nextPage);
    connect(m_zoomIn, &QAction::triggered, m_view, &PageView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &PageView::zoomOut);
    connect(m_rotateLeft, &QAction::triggered, m_view, &PageView::rotateLeft);
    connect(m_rotateRight, &QAction::triggered, m_view, &PageView::rotateRight);
    connect(m_fitWidth, &QAction::triggered, this, [this] { m_view->setFitMode(PageView::FitMode::Width); updateControls(); });
    connect(m_fitPage, &QAction::triggered, this, [this] { m_view->setFitMode(PageView::FitMode::Page); updateControls(); });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int value) { m_view->setPage(value - 1); });
    connect(m_thumbnails, &ThumbnailStrip::pageActivated, m_view, &PageView::setPage);
    connect(m_view, &PageView::documentLoaded, this, [this] {
        m_findBar->reset();   // the hits were of the previous document
        m_thumbnails->setDocument(m_view->documentPath(), m_view->documentPassword(), m_view->layout());
        updateControls();
    });
    connect(m_view, &PageView::currentPageChanged, this, [this](int page) {
        m_thumbnails->setCurrentPage(page);
        updateControls();
    });
    connect(m_view, &PageView::zoomChanged, this, &ViewerPanel::updateControls);
    connect(m_view, &PageView::fitModeChanged, this, &ViewerPanel::updateControls);
    connect(m_view, &PageView::errorOccurred, this, &ViewerPanel::updateControls);
    updateControls();
}

void ViewerPanel::openDocument(const QString &path, const QString &password, int page)
{
    if (path != m_view->documentPath())
        m_thumbnails->clearDocument();
    setTitle(path);
    m_view->openDocument(path, password, page);
    updateControls();
}

void ViewerPanel::closeDocument()
{
    m_thumbnails->clearDocument();
    m_view->closeDocument();
    setTitle({});
    updateControls();
}

void ViewerPanel::showHit(const SearchHit &hit, const QString &password)
{
    if (hit.path != m_view->documentPath())
        m_thumbnails->clearDocument();
    setTitle(hit.path);
    m_view->setHighlightSubject(hit.matchedTerms.join(QStringLiteral(", ")));
    m_view->setHighlightToolTip(matchToolTip(hit));
    m_view->openDocument(hit.path, password, hit.ref.page, hit.boxes);
    updateControls();
}

void ViewerPanel::showFindHit(const SearchHit &hit)
{
    if (hit.path != m_view->documentPath())
        return;   // a hit of the document shown before
    m_view->openDocument(hit.path, m_view->documentPassword(), hit.ref.page, hit.boxes);
    updateControls();
}

void ViewerPanel::setQueryHits(const QVector<SearchHit> &hits)
{
    const auto shown = std::find_if(hits.begin(), hits.end(), [this](const SearchHit &hit) {
        return hit.path == m_view->documentPath() && hit.ref.page == m_view->currentPage();
    });
    m_view->setHighlightSubject(shown != hits.end() ? shown->matchedTerms.join(QStringLiteral(", ")) : QString());
    if (shown != hits.end())
        m_view->setHighlightToolTip(matchToolTip(*shown));
    m_view->setHighlights(shown != hits.end() ? shown->boxes : QVector<NormalizedRect>{});
}

QString ViewerPanel::matchToolTip(const SearchHit &hit)
{
    return hit.matchedTerms.isEmpty() ? tr("search match") : tr("matched: %1").arg(hit.matchedTerms.join(QStringLiteral(", ")));
}

void ViewerPanel::updateControls()
{
    const bool loaded = m_view->isLoaded();
    const int page = m_view->currentPage();
    const int count = m_view->pageCount();
    {
        const QSignalBlocker blocker(m_pageSpin);
        m_pageSpin->setRange(loaded ? 1 : 0, std::max(count, 0));
        m_pageSpin->setValue(page + 1);
    }
    m_pageSpin->setEnabled(loaded);
    m_pageTotal->setText(loaded ? tr("of %1").arg(count) : QString());
    m_previous->setEnabled(loaded && page > 0);
    m_next->setEnabled(loaded && page + 1 < count);
    m_zoomIn->setEnabled(loaded && m_view->zoom() < PageView::maxZoom);
    m_zoomOut->setEnabled(loaded && m_view->zoom() > PageView::minZoom);
    m_zoomButton->setEnabled(loaded);
    m_fitWidth->setEnabled(loaded);
    m_fitPage->setEnabled(loaded);
    m_find->setEnabled(loaded);
    m_findNext->setEnabled(loaded);
    m_findPrevious->setEnabled(loaded);
    m_selectAll->setEnabled(loaded && m_selection->hasWords());
    m_rotateLeft->setEnabled(loaded);
    m_rotateRight->setEnabled(loaded);
    m_fitWidth->setChecked(m_view->fitMode() == PageView::FitMode::Width);
    m_fitPage->setChecked(m_view->fitMode() == PageView::FitMode::Page);
    m_zoomButton->setText(tr("%1 %").arg(qRound(m_view->zoom() * 100)));
}

void ViewerPanel::setTitle(const QString &path)
{
    m_titleText = path.isEmpty() ? QString() : QFileInfo(path).fileName();
    m_title->setToolTip(path);
    m_title->setText(m_title->fontMetrics().elidedText(m_titleText, Qt::ElideMiddle, m_title->width()));
}

bool ViewerPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title && event->type() == QEvent::Resize)
        m_title->setText(m_title->fontMetrics().elidedText(m_titleText, Qt::ElideMiddle, m_title->width()));
    return QWidget::eventFilter(watched, event);
}

} // namespace PageLens
