// SPDX-License-Identifier: MIT
#include "core/library/libraryrepair.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include "core/common/log.h"
#include "core/library/catalog.h"
#include "core/library/library.h"
#include "core/library/librarywritelock.h"
#include "core/library/pagevectorindex.h"

namespace PageLens {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PageLens", text); }

QString sourcesPath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("sources.list"));
}

/** Paths the damaged file still names (folders, documents); whatever SQLite can read of it, writing nothing. */
QStringList salvagePaths(const QString &catalogPath)
{
    QStringList paths;
    const QString name = QStringLiteral("repair-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QUrl::fromLocalFile(catalogPath).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            for (const char *sql : {"SELECT path FROM folders", "SELECT path FROM documents"}) {
                if (!q.exec(QLatin1String(sql)))
                    continue;
                while (q.next())
                    paths << q.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return paths;
}

/** `PRAGMA integrity_check`: "ok" or the first problem. */
QString integrityOf(Catalog &catalog)
{
    QSqlQuery q(catalog.database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
    return q.next() ? q.value(0).toString() : PageLens::tr("no answer");
}

Result<void> rebuildTextIndexes(Catalog &catalog)
{
    QSqlQuery q(catalog.database());
    for (const char *sql : {"INSERT INTO pages_fts(pages_fts) VALUES ('rebuild')",
                            "INSERT INTO pages_trigram(pages_trigram) VALUES ('rebuild')"}) {
        if (!q.exec(QLatin1String(sql)))
            return fail(Error::Code::Database, PageLens::tr("The text index could not be rebuilt."), q.lastError().text());
    }
    return {};
}

/** Rebuilds the dense file from the embeddings rows; the count, or -1 when the library has no vectors. */
Result<qint64> rebuildVectors(const std::shared_ptr<Catalog> &catalog)
{
    auto model = catalog->setting(QStringLiteral("embedding.model"));
    if (!model)
        return tl::unexpected(model.error());
    const int dim = model->section(QLatin1Char('/'), -1).toInt();
    if (model->isEmpty() || dim <= 0)
        return qint64(-1);
    PageVectorIndex vectors(catalog);
    if (auto r = vectors.open(dim, true); !r)
        return tl::unexpected(r.error());
    return vectors.count();
}

} // namespace

Result<void> LibraryRepair::rememberSources(const QString &directory, const QStringList &paths)
{
    QStringList known = rememberedSources(directory);
    bool added = false;
    for (const QString &path : paths) {
        if (!known.contains(path)) {
            known << path;
            added = true;
        }
    }
    if (!added)
        return {};
    QSaveFile file(sourcesPath(directory));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(Error::Code::Io, PageLens::tr("%1 cannot be written.").arg(file.fileName()), file.errorString());
    file.write((known.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!file.commit())
        return fail(Error::Code::Io, PageLens::tr("%1 cannot be written.").arg(file.fileName()), file.errorString());
    return {};
}

QStringList LibraryRepair::rememberedSources(const QString &directory)
{
    QFile file(sourcesPath(directory));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Result<RepairReport> LibraryRepair::run(const QString &directory)
{
    const QString dir = QDir(directory).absolutePath();
    const QString catalogPath = QDir(dir).filePath(QStringLiteral("catalog.sqlite"));
    if (!QFileInfo::exists(catalogPath))
        return fail(Error::Code::NotFound, PageLens::tr("There is no library catalog in %1.").arg(QDir::toNativeSeparators(dir)));
    if (!Catalog::isWritable(dir))
        return fail(Error::Code::ReadOnly, PageLens::tr("The library %1 is read-only: it cannot be repaired here.").arg(QDir::toNativeSeparators(dir)));
    auto lock = LibraryWriteLock::acquire(dir, std::chrono::seconds(30));
    if (!lock)
        return tl::unexpected(lock.error());

    RepairReport report;
    {
        auto catalog = Catalog::open(dir);
        if (!catalog && catalog.error().code != Error::Code::CatalogDamaged)
            return tl::unexpected(catalog.error());
        if (!catalog)
            report.problem = catalog.error().message;
        if (catalog) {
            report.integrity = integrityOf(**catalog);
            if (report.integrity != QLatin1String("ok")) {
                // Damage confined to the text indexes or table indexes goes with a rebuild of them.
                log::library()->warn("catalog integrity: {}; rebuilding indexes", log::s(report.integrity));
                (void)rebuildTextIndexes(**catalog);
                QSqlQuery(QStringLiteral("REINDEX"), (*catalog)->database());
                if (integrityOf(**catalog) == QLatin1String("ok"))
                    report.textIndexRebuilt = true;
            }
            if (integrityOf(**catalog) == QLatin1String("ok")) {
                if (!report.textIndexRebuilt) {
                    if (auto r = rebuildTextIndexes(**catalog); !r)
                        return tl::unexpected(r.error());
                    report.textIndexRebuilt = true;
                }
                auto vectors = rebuildVectors(*catalog);
                if (!vectors)
                    return tl::unexpected(vectors.error());
                report.vectorsRebuilt = *vectors;
                log::library()->info("catalog repaired in place: text indexes rebuilt, {} vectors", *vectors);
                return report;
            }
        }
        Catalog::closeThreadConnections();
    }

    // Rows are lost: keep the damaged file, start a new catalog from the files the library knew.
    QStringList known = salvagePaths(catalogPath) + rememberedSources(dir);
    known.removeDuplicates();
    const QString aside = QDir(dir).filePath(
        QStringLiteral("catalog.damaged-%1.sqlite").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(catalogPath + suffix) && !QFile::rename(catalogPath + suffix, aside + suffix))
            return fail(Error::Code::Io, PageLens::tr("The damaged catalog could not be moved aside to %1.").arg(aside + suffix));
    }
    report.movedAside = aside;
    log::library()->warn("damaged catalog moved to {}; re-adding {} known paths", log::s(aside), known.size());
    lock->reset();   // Library::open takes it to settle interrupted documents; nothing else writes meanwhile

    auto library = Library::open(dir);
    if (!library)
        return tl::unexpected(library.error());
    for (const QString &path : std::as_const(known)) {
        if (QFileInfo::exists(path))
            report.reAdded << path;
    }
    auto lockAgain = LibraryWriteLock::acquire(dir, std::chrono::seconds(30));
    if (!lockAgain)
        return tl::unexpected(lockAgain.error());
    auto scan = (*library)->add(report.reAdded);
    if (!scan)
        return tl::unexpected(scan.error());
    report.scan = *scan;
    return report;
}

} // namespace PageLens
