// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include "core/common/result.h"

namespace PageLens {

/**
 * The catalog's schema as numbered steps: step n takes a catalog from version n-1 to n
 * (`PRAGMA user_version`). Opening runs the missing steps in order, each in its own transaction,
 * so a library written by any earlier PageLens is upgraded without losing rows. A released step
 * never changes; a new need is a new step (tests/unit/tst_catalogschema.cpp opens a library of
 * every earlier version).
 */
class CatalogSchema
{
public:
    /** The version the last step reaches. */
    static int currentVersion();
    /** The SQL of step `version` (1-based). */
    static QStringList step(int version);
    /** Runs the steps from the database's version to the current one. */
    static Result<void> migrate(QSqlDatabase db);
};

} // namespace PageLens
