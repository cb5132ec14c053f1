// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>

#include "app/cli/clicontext.h"

namespace PageLens::Cli {

struct CliCommand;

/** `bench NAME [OPTIONS]`: benchmarks of core parts, each a name in one table. */
class BenchCommands
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommands)
public:
    static QList<CliCommand> commands();

    static int bench(CliContext &ctx);
    /** bench dense --pages N --dim D [--queries Q] [--index flat|hnsw|auto] [--threads T] [--faiss-baseline] */
    static int dense(CliContext &ctx);
    /** bench maxsim --pages N [--patches P] [--dim D] [--query-tokens T] [--queries Q] [--threads T] ... */
    static int maxsim(CliContext &ctx);
    /** The agent's own time per step (model excluded) on a synthetic library. */
    static int agent(CliContext &ctx);
};

} // namespace PageLens::Cli
