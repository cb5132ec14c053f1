// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace PageLens::Cli {

struct CliCommand;

/** Collects the commands of every command group, in the order they are listed in --help. */
class CommandRegistry
{
public:
    static QList<CliCommand> all();
};

} // namespace PageLens::Cli
