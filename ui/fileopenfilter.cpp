// SPDX-License-Identifier: MIT
#include "ui/fileopenfilter.h"

#include <QFileInfo>
#include <QFileOpenEvent>

namespace PageLens {

bool FileOpenFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen)
        return QObject::eventFilter(watched, event);
    const QString file = static_cast<QFileOpenEvent *>(event)->file();
    if (!file.isEmpty())
        Q_EMIT filesOpened({QFileInfo(file).absoluteFilePath()});
    return true;
}

} // namespace PageLens
