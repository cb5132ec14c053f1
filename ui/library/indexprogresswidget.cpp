// SPDX-License-Identifier: MIT
#include "ui/library/indexprogresswidget.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace PageLens {

namespace {

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return IndexProgressWidget::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return IndexProgressWidget::tr("%n min", nullptr, int((seconds + 30) / 60));
    return IndexProgressWidget::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

IndexProgressWidget::IndexProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_label->setObjectName(QStringLiteral("indexLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setMinimumWidth(220);
    m_bar->setObjectName(QStringLiteral("indexProgress"));
    m_bar->setAccessibleName(tr("Indexing progress"));
    m_bar->setFixedWidth(180);
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("cancelIndexing"));
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    m_cancel->setAccessibleName(tr("Cancel indexing"));
    m_cancel->setToolTip(tr("Stop indexing; documents not finished stay pending"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, this, &IndexProgressWidget::cancelRequested);
    setVisible(false);
}

void IndexProgressWidget::start()
{
    m_elapsed.start();
    m_firstPagesDone = -1;
    m_bar->setRange(0, 0);   // busy until the first document reports its pages
    m_label->setText(tr("Preparing to index…"));
    m_cancel->setEnabled(true);
    setVisible(true);
}

void IndexProgressWidget::setProgress(const IndexProgress &progress)
{
    if (!isVisible())
        start();
    if (m_firstPagesDone < 0) {
        m_firstPagesDone = progress.pagesDone;
        m_elapsed.restart();
    }
    if (progress.pagesTotal > 0) {
        m_bar->setRange(0, progress.pagesTotal);
        m_bar->setValue(progress.pagesDone);
        m_bar->setFormat(tr("%1 / %2 pages").arg(progress.pagesDone).arg(progress.pagesTotal));
    }
    QString text = tr("Indexing file %1 of %2").arg(std::min(progress.filesDone + 1, progress.filesTotal)).arg(progress.filesTotal);
    if (!progress.currentFile.isEmpty())
        text += QStringLiteral(": ") + QFileInfo(progress.currentFile).fileName();
    // Pages still grow as documents open, so the estimate is only shown once it has something to stand on.
    const int pagesSince = progress.pagesDone - m_firstPagesDone;
    if (pagesSince >= 3 && progress.pagesTotal > progress.pagesDone && m_elapsed.elapsed() > 2000) {
        const double perPage = m_elapsed.elapsed() / 1000.0 / pagesSince;
        text += QStringLiteral(" · ") + tr("about %1 left").arg(durationText(qint64(perPage * (progress.pagesTotal - progress.pagesDone))));
    }
    m_label->setText(text);
    m_label->setToolTip(progress.currentFile);
    m_bar->setAccessibleDescription(text);
}

void IndexProgressWidget::finish()
{
    setVisible(false);
}

} // namespace PageLens
