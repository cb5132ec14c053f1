// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>

#include "core/common/result.h"
#include "core/media/imagecodec.h"

namespace PageLens {

class PageSource;

/** How big a page image should be: at a resolution, with its longest side at most N pixels, or fitting a box. */
struct PageImageSize {
    enum class Mode { Dpi, LongestSide, FitBox };
    Mode mode = Mode::Dpi;
    double dpi = 150;
    int longestSide = 0;
    QSize box;

    static PageImageSize atDpi(double dpi) { return {Mode::Dpi, dpi, 0, {}}; }
    static PageImageSize withLongestSide(int pixels) { return {Mode::LongestSide, 0, pixels, {}}; }
    static PageImageSize fitting(const QSize &box) { return {Mode::FitBox, 0, 0, box}; }
};

/**
 * Page images in one place, for every face: the viewer and thumbnails, `render`, OCR input,
 * enrichment and the model-bound images of the providers. PDF pages and image files alike, with
 * one size cap (what the image allocation limit holds), so no caller can ask for a page that
 * cannot be held in memory. QImage only: pixmaps are the GUI's business.
 */
class PageImager
{
public:
    /** The longest side of an image sent to a model (the seed notebook's helper resizes to 1024). */
    static constexpr int kModelLongestSide = 1024;
    /** The highest resolution `render` accepts: the range that works for ordinary page sizes. */
    static constexpr double kMaxDpi = 600;
    static constexpr double kMinDpi = 10;

    /** The resolution at which `pagePoints` (72 per inch) gets `size`, lowered to stay under the pixel cap. */
    static double dpiFor(const QSizeF &pagePoints, const PageImageSize &size);
    /** Renders `page` (0-based) of an open source. */
    static Result<QImage> render(PageSource &source, int page, const PageImageSize &size);
    /** Opens `path` (a PDF or an image file), renders `page` (0-based). */
    static Result<QImage> render(const QString &path, int page, const PageImageSize &size, const QString &password = {});
    /** An image as a model gets it: longest side at most `longestSide`, encoded (WEBP by default). */
    static Result<QByteArray> modelImage(const QImage &image, int longestSide = kModelLongestSide,
                                         ImageCodec::Format format = ImageCodec::Format::Webp, int quality = 80);
    /** `image` scaled down (never up) so its longest side is at most `longestSide`. */
    static QImage boundedTo(const QImage &image, int longestSide);
};

} // namespace PageLens
