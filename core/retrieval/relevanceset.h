// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVector>

#include "core/common/result.h"

namespace PageLens {

/** A page that answers a query: a file (absolute path) and a 1-based page. */
struct RelevantPage {
    QString path;
    int page = 1;
};

struct RelevanceQuery {
    QString query;
    QVector<RelevantPage> relevant;
    QString tier;
};

/**
 * A page-level relevance set in the format of shared/eval/queries.tsv: `query<TAB>path#page|path#page<TAB>tier`,
 * paths relative to a root folder, `#` comments.
 */
class RelevanceSet
{
public:
    static Result<QVector<RelevanceQuery>> load(const QString &file, const QString &root);
    static Result<QVector<RelevanceQuery>> parse(const QString &text, const QString &root);
};

} // namespace PageLens
