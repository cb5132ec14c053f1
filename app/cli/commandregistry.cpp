// SPDX-License-Identifier: MIT
#include "app/cli/commandregistry.h"

#include "app/cli/agentcommands.h"
#include "app/cli/benchcommands.h"
#include "app/cli/cliapp.h"
#include "app/cli/detectioncommands.h"
#include "app/cli/heatmapcommands.h"
#include "app/cli/librarycommands.h"
#include "app/cli/modelcommands.h"

namespace PageLens::Cli {

QList<CliCommand> CommandRegistry::all()
{
    QList<CliCommand> commands;
    commands << LibraryCommands::commands();
    commands << ModelCommands::commands();
    commands << HeatmapCommands::commands();
    commands << AgentCommands::commands();
    commands << DetectionCommands::commands();
    commands << BenchCommands::commands();
    return commands;
}

} // namespace PageLens::Cli
