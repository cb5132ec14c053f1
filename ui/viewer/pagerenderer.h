// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>

#include "core/common/result.h"
#include "ui/viewer/documentlayout.h"

namespace PageLens {

/**
 * Blocking render helpers for worker threads (QtConcurrent). Each call opens the document itself
 * because a PageSource must not be shared across threads. Results are QImage; the GUI thread turns
 * them into QPixmap.
 */
class PageRenderer
{
public:
    /** Largest render, in pixels, so zooming far in cannot exhaust memory. */
    static constexpr qint64 maxPixels = 40'000'000;

    static Result<DocumentLayout> layout(const QString &path, const QString &password);
    static Result<QImage> render(const QString &path, const QString &password, int page, double dpi);
    /** The dpi that makes a page of `pageSize` points fit `box` pixels. */
    static double dpiToFit(const QSizeF &pageSize, const QSize &box);
};

} // namespace PageLens
