// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

#include "core/ingest/indexprogress.h"

class QLabel;
class QProgressBar;
class QToolButton;

namespace PageLens {

/**
 * Indexing progress for the status bar: files and pages done, the current file, time left, Cancel.
 * Captioning and embedding runs ("caption"/"embed" stages) show pages done and can also be paused.
 */
class IndexProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit IndexProgressWidget(QWidget *parent = nullptr);

    /** `pausable`: show Pause/Resume (model-service runs can wait; offline indexing just stops). */
    void start(bool pausable = false);
    void setProgress(const IndexProgress &progress);
    void setPaused(bool paused);
    void finish();
    /** The time-left estimate shown, in seconds; negative while there is not enough to go on. */
    qint64 secondsLeft() const { return m_secondsLeft; }
    QString text() const;

    QProgressBar *progressBar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }
    QToolButton *pauseButton() const { return m_pause; }

Q_SIGNALS:
    void cancelRequested();
    void pauseRequested(bool paused);

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_pause;
    QToolButton *m_cancel;
    qint64 m_secondsLeft = -1;
    QElapsedTimer m_elapsed;
    int m_firstPagesDone = -1;
    QSet<QString> m_filesSeen;    // documents opened so far: their page counts are in pagesTotal
    double m_secondsPerPage = 0;  // smoothed, so the estimate settles instead of jumping
    qint64 m_lastSample = 0;      // ms of m_elapsed at the last rate sample
    int m_lastPagesDone = 0;
};

} // namespace PageLens
