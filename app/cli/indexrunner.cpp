// SPDX-License-Identifier: MIT
#include "app/cli/indexrunner.h"

#include <csignal>

#include <QFileInfo>

#include "core/ingest/indexer.h"
#include "core/library/library.h"

namespace PageLens::Cli {

namespace {

Indexer *s_running = nullptr;   // for the SIGINT handler: Ctrl-C cancels cleanly, committed work stays

void handleInterrupt(int)
{
    if (s_running)
        s_running->cancel();
}

} // namespace

IndexRunner::IndexRunner(CliContext &ctx, const QCommandLineParser &parser)
    : m_ctx(ctx)
    , m_parser(parser)
{
}

void IndexRunner::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("password"), tr("Password to try on documents that need one."), QStringLiteral("PASSWORD")});
    parser.addOption({QStringLiteral("ocr-lang"), tr("Tesseract languages, e.g. eng+deu (default eng)."), QStringLiteral("LANGS"),
                      QStringLiteral("eng")});
    parser.addOption({QStringLiteral("workers"), tr("Render/OCR threads (default: one per core)."), QStringLiteral("N"),
                      QStringLiteral("0")});
}

int IndexRunner::run(Library &library)
{
    IndexOptions options;
    options.password = m_parser.value(QStringLiteral("password"));
    options.ocrLanguages = m_parser.value(QStringLiteral("ocr-lang"));
    options.workers = m_parser.value(QStringLiteral("workers")).toInt();
    options.passwords = library.passwords();

    Indexer indexer(library.catalog(), options);
    QTextStream &err = m_ctx.err;
    int failures = 0;
    QObject::connect(&indexer, &Indexer::documentFinished, [&](const DocumentInfo &doc) {
        const QString name = QFileInfo(doc.path).fileName();
        if (doc.status == DocumentStatus::Indexed) {
            err << tr("indexed  %1 (%n page(s))", nullptr, doc.pageCount).arg(name) << '\n';
        } else {
            ++failures;
            err << toString(doc.status) << "  " << name << ": " << doc.error << '\n';
        }
        err.flush();
    });
    QObject::connect(&indexer, &Indexer::progressChanged, [&](const IndexProgress &p) {
        if (m_ctx.verbose)
            err << QStringLiteral("[%1/%2 files, %3/%4 pages] %5\n")
                       .arg(p.filesDone).arg(p.filesTotal).arg(p.pagesDone).arg(p.pagesTotal)
                       .arg(QFileInfo(p.currentFile).fileName());
    });

    s_running = &indexer;
    auto previous = std::signal(SIGINT, handleInterrupt);
    auto summary = indexer.run();
    std::signal(SIGINT, previous);
    s_running = nullptr;

    if (!summary) {
        err << (m_ctx.verbose ? summary.error().toLogString() : summary.error().message) << '\n';
        return SomeInputsFailed;
    }
    err << tr("%1 indexed, %2 failed, %3 need a password; %4 pages (%5 text layer, %6 OCR) in %7 s%8")
               .arg(summary->indexed).arg(summary->failed).arg(summary->needsPassword)
               .arg(summary->pages).arg(summary->textLayerPages).arg(summary->ocrPages)
               .arg(summary->seconds, 0, 'f', 1)
               .arg(summary->cancelled ? tr(" (cancelled)") : QString())
        << '\n';
    err.flush();
    return failures == 0 && !summary->cancelled ? Ok : SomeInputsFailed;
}

} // namespace PageLens::Cli
