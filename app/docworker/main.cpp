// SPDX-License-Identifier: MIT
// pagelens-docworker: reads pages of untrusted documents for the indexer, in its own process
// (core/ingest/DocumentWorker; started and watched by WorkerClient). Not meant to be run by hand.
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include "core/common/log.h"
#include "core/ingest/documentworker.h"
#include "core/ingest/memorycap.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    PageLens::log::configure({}, spdlog::level::warn);
    // `--locale NAME` from WorkerClient: the messages it sends back are shown in the app's language.
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--locale")); at > 0 && at + 1 < arguments.size())
        QLocale::setDefault(QLocale(arguments.at(at + 1)));
    // `--memory-limit-mb N` from WorkerClient: capped before the first document is read.
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--memory-limit-mb")); at > 0 && at + 1 < arguments.size()) {
        const qulonglong megabytes = arguments.at(at + 1).toULongLong();
        if (megabytes > 0 && PageLens::MemoryCap::applyToThisProcess(megabytes * 1024 * 1024) == PageLens::MemoryCap::Outcome::Failed)
            PageLens::log::ingest()->warn("pagelens-docworker: could not cap its memory at {} MB", megabytes);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("pagelens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return PageLens::DocumentWorker::serve();
}
