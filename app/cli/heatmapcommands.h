// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>

namespace PageLens::Cli {

struct CliContext;
struct CliCommand;

/** `heatmap QUERY PATH#PAGE`: where on a page a query matched (late interaction, else term matches). */
class HeatmapCommands
{
    Q_DECLARE_TR_FUNCTIONS(HeatmapCommands)
public:
    static QList<CliCommand> commands();
    static int heatmap(CliContext &ctx);
};

} // namespace PageLens::Cli
