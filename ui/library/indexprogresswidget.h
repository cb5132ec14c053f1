// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
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
    QElapsedTimer m_elapsed;
    int m_firstPagesDone = -1;
};

} // namespace PageLens
