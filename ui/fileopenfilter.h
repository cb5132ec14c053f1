// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

namespace PageLens {

/**
 * Turns the files the desktop asks PageLens to open into paths to add. macOS delivers "Open With"
 * and drops on the Dock icon as QFileOpenEvent, not on the command line; install it on the
 * application object (QCoreApplication::instance()->installEventFilter()).
 */
class FileOpenFilter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void filesOpened(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace PageLens
