// SPDX-License-Identifier: MIT
#include "ui/library/indexprogresswidget.h"

#include <algorithm>

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
    , m_pause(new QToolButton(this))
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

    m_pause->setObjectName(QStringLiteral("pauseIndexing"));
    m_pause->setCheckable(true);
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setAutoRaise(true);
    m_pause->setVisible(false);
    setPaused(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_pause);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, this, &IndexProgressWidget::cancelRequested);
    connect(m_pause, &QToolButton::clicked, this, &IndexProgressWidget::pauseRequested);
    setVisible(false);
}

void IndexProgressWidget::start(bool pausable)
{
    m_elapsed.start();
    m_firstPagesDone = -1;
    m_filesSeen.clear();
    m_secondsPerPage = 0;
    m_lastSample = 0;
    m_lastPagesDone = 0;
    m_secondsLeft = -1;
    m_bar->setRange(0, 0);   // busy until the first document reports its pages
    m_label->setText(pausable ? tr("Preparing captions and embeddings…") : tr("Preparing to index…"));
    m_cancel->setEnabled(true);
    m_cancel->setAccessibleName(pausable ? tr("Cancel captions and embeddings") : tr("Cancel indexing"));
    setPaused(false);
    m_pause->setVisible(pausable);
    setVisible(true);
}

void IndexProgressWidget::setPaused(bool paused)
{
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(QIcon(paused ? QStringLiteral(":/icons/resume.svg") : QStringLiteral(":/icons/pause.svg")));
    m_pause->setAccessibleName(paused ? tr("Resume sending to the model service") : tr("Pause sending to the model service"));
    m_pause->setToolTip(m_pause->accessibleName());
}

void IndexProgressWidget::setProgress(const IndexProgress &progress)
{
    if (!isVisible())
        start();
    if (m_firstPagesDone < 0) {
        m_firstPagesDone = progress.pagesDone;
        m_lastPagesDone = progress.pagesDone;
        m_elapsed.restart();
    }
    if (progress.pagesTotal > 0) {
        m_bar->setRange(0, progress.pagesTotal);
        m_bar->setValue(progress.pagesDone);
        m_bar->setFormat(tr("%1 / %2 pages").arg(progress.pagesDone).arg(progress.pagesTotal));
    }
    QString text;
    if (progress.stage == QLatin1String("caption"))
        text = tr("Captioning pages with the model service");
    else if (progress.stage == QLatin1String("embed"))
        text = tr("Embedding pages with the model service");
    else
        text = tr("Indexing file %1 of %2").arg(std::min(progress.filesDone + 1, progress.filesTotal)).arg(progress.filesTotal);
    if (!progress.currentFile.isEmpty())
        text += QStringLiteral(": ") + QFileInfo(progress.currentFile).fileName();
    // The rate is measured in pages per second and smoothed; pages of documents not opened yet are
    // estimated from those opened so far, so the estimate does not shrink to "seconds" while most
    // of the work is still unseen.
    if (!progress.currentFile.isEmpty())
        m_filesSeen.insert(progress.currentFile);
    const qint64 now = m_elapsed.elapsed();
    const int pagesSince = progress.pagesDone - m_firstPagesDone;
    if (progress.pagesDone > m_lastPagesDone && now - m_lastSample >= 1000) {
        const double sample = (now - m_lastSample) / 1000.0 / (progress.pagesDone - m_lastPagesDone);
        m_secondsPerPage = m_secondsPerPage > 0 ? 0.7 * m_secondsPerPage + 0.3 * sample : sample;
        m_lastSample = now;
        m_lastPagesDone = progress.pagesDone;
    }
    m_secondsLeft = -1;
    if (pagesSince >= 3 && now > 2000 && m_secondsPerPage > 0) {
        const int opened = std::max(1, int(m_filesSeen.size()));
        const int unopened = std::max(0, progress.filesTotal - opened);
        const double pagesPerFile = double(progress.pagesTotal) / opened;
        const double pagesLeft = std::max(0, progress.pagesTotal - progress.pagesDone) + unopened * pagesPerFile;
        m_secondsLeft = qint64(pagesLeft * m_secondsPerPage + 0.5);
        if (pagesLeft > 0)
            text += QStringLiteral(" · ") + tr("about %1 left").arg(durationText(std::max<qint64>(1, m_secondsLeft)));
    }
    m_label->setText(text);
    m_label->setToolTip(progress.currentFile);
    m_bar->setAccessibleDescription(text);
}

QString IndexProgressWidget::text() const
{
    return m_label->text();
}

void IndexProgressWidget::finish()
{
    setVisible(false);
}

} // namespace PageLens
