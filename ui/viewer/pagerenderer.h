// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>

#include "core/common/result.h"
#include "ui/viewer/documentlayout.h"

namespace PageLens {

/**
 * Blocking render helpers for worker threads (QtConcurrent), over core's PageImager (one size cap for every face). Each call opens the document itself
 * because a PageSource must not be shared across threads. Results are QImage; the GUI thread turns
 * them into QPixmap.
 */
class PageRenderer
{
public:
    static Result<DocumentLayout> layout(const QString &path, const QString &password);
    static Result<QImage> render(const QString &path, const QString &password, int page, double dpi);
};

} // namespace PageLens
