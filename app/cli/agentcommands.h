// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>

#include "app/cli/clicontext.h"

namespace PageLens::Cli {

struct CliCommand;

/** `ask`: questions to the library's agent, its conversations (--list, --delete). */
class AgentCommands
{
    Q_DECLARE_TR_FUNCTIONS(AgentCommands)
public:
    static QList<CliCommand> commands();

    static int ask(CliContext &ctx);
};

} // namespace PageLens::Cli
