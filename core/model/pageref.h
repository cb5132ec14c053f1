// SPDX-License-Identifier: MIT
#pragma once

#include <QHashFunctions>
#include <QString>

namespace PageLens {

/** A page of a document; `page` is 0-based here and shown 1-based to people and in the CLI. */
struct PageRef {
    qint64 documentId = 0;
    int page = 0;
    bool operator==(const PageRef &) const = default;
};

inline size_t qHash(const PageRef &ref, size_t seed = 0) { return qHashMulti(seed, ref.documentId, ref.page); }

} // namespace PageLens
