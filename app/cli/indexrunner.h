// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "app/cli/clicontext.h"

namespace PageLens {
class Library;
}

namespace PageLens::Cli {

/** Runs the indexer for `add` and `index`, with progress on stderr, and maps the outcome to an exit code. */
class IndexRunner
{
    Q_DECLARE_TR_FUNCTIONS(IndexRunner)
public:
    IndexRunner(CliContext &ctx, const QCommandLineParser &parser);
    static void addOptions(QCommandLineParser &parser);

    /** 0 when every document ended indexed, 2 when some failed or need a password. */
    int run(Library &library);

private:
    CliContext &m_ctx;
    const QCommandLineParser &m_parser;
};

} // namespace PageLens::Cli
