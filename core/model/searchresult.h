// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QVector>

#include "core/model/searchhit.h"

namespace PageLens {

/** What a search found, and which signals could not answer it and why. */
struct SearchResult {
    QVector<SearchHit> hits;
    QMap<QString, QString> skipped;   // signal name -> a sentence saying why it did not answer
};

} // namespace PageLens
