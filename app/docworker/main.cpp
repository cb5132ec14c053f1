// SPDX-License-Identifier: MIT
// pagelens-docworker: reads pages of untrusted documents for the indexer, in its own process
// (core/ingest/DocumentWorker; started and watched by WorkerClient). Not meant to be run by hand.
#include <QCoreApplication>

#include "core/common/log.h"
#include "core/ingest/documentworker.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    PageLens::log::configure({}, spdlog::level::warn);
    return PageLens::DocumentWorker::serve();
}
