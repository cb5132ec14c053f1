// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>

#include "app/cli/clicontext.h"

namespace PageLens::Cli {

struct CliCommand;

/** The model commands: describe, compare, summarize, detect, embed (the seed notebook's demos). */
class ModelCommands
{
    Q_DECLARE_TR_FUNCTIONS(ModelCommands)
public:
    static QList<CliCommand> commands();

    static int describe(CliContext &ctx);
    static int compare(CliContext &ctx);
    static int summarize(CliContext &ctx);
    static int detect(CliContext &ctx);
    static int embed(CliContext &ctx);
};

} // namespace PageLens::Cli
