// SPDX-License-Identifier: MIT
#include "ui/viewer/pagerenderer.h"

#include <cmath>

#include "core/media/documentopener.h"

namespace PageLens {

Result<DocumentLayout> PageRenderer::layout(const QString &path, const QString &password)
{
    auto source = DocumentOpener::open(path, password);
    if (!source)
        return tl::unexpected(source.error());
    DocumentLayout layout;
    const int count = (*source)->pageCount();
    layout.pageSizes.reserve(count);
    for (int page = 0; page < count; ++page)
        layout.pageSizes.push_back((*source)->pageSize(page));
    return layout;
}

Result<QImage> PageRenderer::render(const QString &path, const QString &password, int page, double dpi)
{
    auto source = DocumentOpener::open(path, password);
    if (!source)
        return tl::unexpected(source.error());
    const QSizeF size = (*source)->pageSize(page);
    const double pixels = size.width() * size.height() * (dpi / 72.0) * (dpi / 72.0);
    if (pixels > double(maxPixels))
        dpi *= std::sqrt(double(maxPixels) / pixels);
    return (*source)->render(page, dpi);
}

double PageRenderer::dpiToFit(const QSizeF &pageSize, const QSize &box)
{
    if (pageSize.isEmpty() || box.isEmpty())
        return 72;
    return 72.0 * std::min(box.width() / pageSize.width(), box.height() / pageSize.height());
}

} // namespace PageLens
