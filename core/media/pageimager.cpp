// SPDX-License-Identifier: MIT
#include "core/media/pageimager.h"

#include <algorithm>
#include <cmath>

#include "core/media/documentopener.h"
#include "core/media/pagesource.h"

namespace PageLens {

double PageImager::dpiFor(const QSizeF &pagePoints, const PageImageSize &size)
{
    if (pagePoints.isEmpty())
        return 72;
    double dpi = 72;
    switch (size.mode) {
    case PageImageSize::Mode::Dpi:
        dpi = size.dpi;
        break;
    case PageImageSize::Mode::LongestSide:
        dpi = 72.0 * size.longestSide / std::max(pagePoints.width(), pagePoints.height());
        break;
    case PageImageSize::Mode::FitBox:
        dpi = 72.0 * std::min(size.box.width() / pagePoints.width(), size.box.height() / pagePoints.height());
        break;
    }
    const double pixels = pagePoints.width() * pagePoints.height() * (dpi / 72.0) * (dpi / 72.0);
    const double cap = double(ImageCodec::maxPixels());
    if (pixels > cap)
        dpi *= std::sqrt(cap / pixels);
    return std::max(dpi, 1.0);
}

Result<QImage> PageImager::render(PageSource &source, int page, const PageImageSize &size)
{
    const double dpi = dpiFor(source.pageSize(page), size);
    auto image = source.render(page, dpi);
    if (!image || size.mode != PageImageSize::Mode::LongestSide)
        return image;
    // Rounding of the page size in points can leave a pixel over the bound.
    return boundedTo(*image, size.longestSide);
}

Result<QImage> PageImager::render(const QString &path, int page, const PageImageSize &size, const QString &password)
{
    auto source = DocumentOpener::open(path, password);
    if (!source)
        return tl::unexpected(source.error());
    return render(**source, page, size);
}

QImage PageImager::boundedTo(const QImage &image, int longestSide)
{
    if (longestSide <= 0 || std::max(image.width(), image.height()) <= longestSide)
        return image;
    return image.width() >= image.height() ? image.scaledToWidth(longestSide, Qt::SmoothTransformation)
                                           : image.scaledToHeight(longestSide, Qt::SmoothTransformation);
}

Result<QByteArray> PageImager::modelImage(const QImage &image, int longestSide, ImageCodec::Format format, int quality)
{
    return ImageCodec::encode(boundedTo(image, longestSide), format, quality);
}

} // namespace PageLens
