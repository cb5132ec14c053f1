// SPDX-License-Identifier: MIT
#pragma once

#include <QSizeF>

#include "core/model/pagetext.h"
#include "core/model/pageref.h"

namespace PageLens {

/** Everything the catalog stores about one page. */
struct PageRecord {
    qint64 id = 0;
    PageRef ref;
    QSizeF size;        // points, as displayed (after /Rotate)
    int rotation = 0;   // degrees the page was turned to display or to read it
    PageText text;
    QString caption;
};

} // namespace PageLens
