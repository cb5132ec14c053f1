// SPDX-License-Identifier: MIT
#pragma once

#include <QSizeF>
#include <QVector>

namespace PageLens {

/** What the viewer needs to lay out a document before any page is rendered. */
struct DocumentLayout {
    QVector<QSizeF> pageSizes;   // points, as displayed
    int pageCount() const { return int(pageSizes.size()); }
};

} // namespace PageLens
