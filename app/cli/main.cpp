// SPDX-License-Identifier: MIT
#include <QCoreApplication>

#include "app/cli/cliapp.h"
#include "core/common/log.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PageLens"));
    QCoreApplication::setApplicationName(QStringLiteral("PageLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAGELENS_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const bool verbose = arguments.contains(QStringLiteral("--verbose")) || arguments.contains(QStringLiteral("-v"));
    PageLens::log::configure({}, verbose ? spdlog::level::debug : spdlog::level::warn);

    PageLens::Cli::CliApp cli;
    return cli.run(arguments);
}
