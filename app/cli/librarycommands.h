// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>

#include "app/cli/clicontext.h"

namespace PageLens::Cli {

struct CliCommand;

/** The library commands: add, index, status, remove, search, render, eval. */
class LibraryCommands
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCommands)
public:
    static QList<CliCommand> commands();

    static int add(CliContext &ctx);
    static int index(CliContext &ctx);
    static int status(CliContext &ctx);
    static int remove(CliContext &ctx);
    static int search(CliContext &ctx);
    static int render(CliContext &ctx);
    static int eval(CliContext &ctx);
};

} // namespace PageLens::Cli
