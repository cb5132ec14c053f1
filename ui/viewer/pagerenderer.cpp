// SPDX-License-Identifier: MIT
#include "ui/viewer/pagerenderer.h"

#include "core/media/documentopener.h"
#include "core/media/pageimager.h"

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
    return PageImager::render(path, page, PageImageSize::atDpi(dpi), password);
}

} // namespace PageLens
