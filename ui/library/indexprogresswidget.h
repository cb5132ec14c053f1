// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include "core/ingest/indexprogress.h"

class QLabel;
class QProgressBar;
class QToolButton;

namespace PageLens {

/** Indexing progress for the status bar: files and pages done, the current file, time left, Cancel. */
class IndexProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit IndexProgressWidget(QWidget *parent = nullptr);

    void start();
    void setProgress(const IndexProgress &progress);
    void finish();

    QProgressBar *progressBar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QElapsedTimer m_elapsed;
    int m_firstPagesDone = -1;
};

} // namespace PageLens
