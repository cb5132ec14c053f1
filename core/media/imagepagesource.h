// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QList>
#include <QSize>
#include <QString>

#include "core/media/pagesource.h"

namespace PageLens {

/**
 * An image file as pages: every frame of a multi-page TIFF is a page, any other image is one page
 * (an animated GIF shows its first frame).
 *
 * Geometry: a pixel is a point (72 dpi), whatever resolution the file claims, because scanners and
 * cameras often write none or a wrong one. render() scales by dpi / 72 but never above the image's own
 * pixels: enlarging adds no detail, only memory and OCR time. Normalized boxes do not care.
 */
class ImagePageSource : public PageSource
{
public:
    static Result<std::unique_ptr<ImagePageSource>> open(const QString &path);

    int pageCount() const override;
    QSizeF pageSize(int page) const override;
    Result<QImage> render(int page, double dpi) override;
    Result<PageText> textLayer(int page) override;

private:
    explicit ImagePageSource(const QString &path, QList<QSize> sizes);

    QString m_path;
    QList<QSize> m_sizes;   // per page, from the header
};

} // namespace PageLens
