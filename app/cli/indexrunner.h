// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "app/cli/clicontext.h"
#include "core/model/documentinfo.h"
#include "core/llm/lateconfig.h"

namespace PageLens {
class LibraryService;
}

namespace PageLens::Cli {

/**
 * Runs indexing for `add` and `index`: the offline pass (text layer, OCR), then, when provider
 * flags are given, captions and embeddings after the egress preview was agreed to (--yes).
 * Progress goes to stderr; the outcome maps to an exit code.
 */
class IndexRunner
{
    Q_DECLARE_TR_FUNCTIONS(IndexRunner)
public:
    IndexRunner(CliContext &ctx, const QCommandLineParser &parser);
    static void addOptions(QCommandLineParser &parser);
    /** True when the command line asks for a model service. */
    static bool wantsProvider(const QCommandLineParser &parser);

    /**
     * 0 when every document ended indexed; 2 when some are partial (pages that did not read),
     * failed, need a password or kept changing while read; 3 on a model service error.
     */
    int run(LibraryService &service);
    /** The documents this run finished, as they ended (for --json). */
    const QVector<DocumentInfo> &finished() const { return m_finished; }

private:
    /** Reads --workers, --dim, --rpm and --in-flight; prints why and returns false when one is out of range. */
    bool readNumbers();
    int runOffline(LibraryService &service);
    int runProvider(LibraryService &service);
    int runLate(LibraryService &service, const LateConfig &config);

    CliContext &m_ctx;
    const QCommandLineParser &m_parser;
    int m_workers = 0;
    int m_pageTimeout = 60;   // seconds a document worker may take on one page
    int m_dimensions = 0;
    int m_requestsPerMinute = 0;
    int m_inFlight = 0;
    QVector<DocumentInfo> m_finished;
};

} // namespace PageLens::Cli
