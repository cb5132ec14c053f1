// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include "core/common/result.h"
#include "core/library/libraryscanner.h"

namespace PageLens {

/** What LibraryRepair did. */
struct RepairReport {
    QString integrity;              // "ok", or SQLite's first complaint; empty when the catalog did not open
    QString problem;                // why it did not open (Catalog::damagedMessage), when it did not
    bool textIndexRebuilt = false;  // pages_fts and pages_trigram rebuilt from the pages rows
    qint64 vectorsRebuilt = -1;     // vectors put back into the dense index; -1: the library has none
    QString movedAside;             // where the damaged catalog went when rows were lost
    QStringList reAdded;            // folders and files the library knew, added to the new catalog
    ScanReport scan;                // what adding them found (its documents are pending: index them next)

    bool recreated() const { return !movedAside.isEmpty(); }
};

/**
 * Repairs a library's catalog (`pagelens-cli repair`). A catalog SQLite reads whole keeps its rows:
 * the text indexes and the dense vector file are rebuilt from them. One that is damaged beyond
 * that (rows lost, not a database, empty, truncated) is moved aside, never deleted, and a new
 * catalog is made from the folders and files the library knew: those the damaged file still names
 * and those in `sources.list`, which every add records beside the catalog for this purpose.
 */
class LibraryRepair
{
public:
    static Result<RepairReport> run(const QString &directory);

    /** Remembers inputs of an add (absolute paths) in the library's `sources.list`. */
    static Result<void> rememberSources(const QString &directory, const QStringList &paths);
    static QStringList rememberedSources(const QString &directory);
};

} // namespace PageLens
