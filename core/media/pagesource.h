// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QSizeF>

#include "core/common/result.h"
#include "core/model/pagetext.h"

namespace PageLens {

/**
 * An opened document whose pages can be rendered and read. Not thread-safe: use one instance per
 * thread (open the file again on another thread).
 */
class PageSource
{
public:
    virtual ~PageSource() = default;

    virtual int pageCount() const = 0;
    /** Page size in points (1/72 inch) as displayed, i.e. after /Rotate. Images: pixels at 72 dpi. */
    virtual QSizeF pageSize(int page) const = 0;
    /** Renders a page as displayed (honouring /Rotate) at `dpi`. */
    virtual Result<QImage> render(int page, double dpi) = 0;
    /** The embedded text layer with word boxes; Source::None when the page has none (scans, images). */
    virtual Result<PageText> textLayer(int page) = 0;
};

} // namespace PageLens
