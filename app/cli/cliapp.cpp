// SPDX-License-Identifier: MIT
#include "app/cli/cliapp.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

#include "app/cli/commandregistry.h"

namespace PageLens::Cli {

CliApp::CliApp()
{
    m_commands = CommandRegistry::all();
}

QString CliApp::defaultLibraryDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library");
}

void CliApp::installTranslations(QTranslator &translator)
{
    if (translator.load(QLocale(), QStringLiteral("pagelens"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("pagelens_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
}

void CliApp::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: pagelens-cli [--library DIR] [--json] [--verbose] COMMAND [ARGS...]") << '\n'
           << tr("       pagelens-cli --version | --help") << '\n' << '\n'
           << tr("Commands:") << '\n';
    for (const auto &command : m_commands)
        stream << "  " << (command.name + QLatin1Char(' ') + command.synopsis).leftJustified(44) << ' '
               << command.summary << '\n';
    stream << '\n'
           << tr("Exit codes: 0 ok, 1 usage, 2 some inputs failed, 3 model service error.") << '\n';
    stream.flush();
}

int CliApp::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext ctx{defaultLibraryDir(), false, false, {}, {}, out, err};

    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--library")) {
            if (i + 1 >= arguments.size()) {
                err << tr("--library needs a folder.") << '\n';
                return Usage;
            }
            ctx.libraryDir = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--library="))) {
            ctx.libraryDir = arg.mid(10);
        } else if (arg == QLatin1String("--json")) {
            ctx.json = true;
        } else if (arg == QLatin1String("--verbose") || arg == QLatin1String("-v")) {
            ctx.verbose = true;
        } else if (ctx.command.isEmpty() && (arg == QLatin1String("--help") || arg == QLatin1String("-h"))) {
            printUsage(out);
            return Ok;
        } else if (ctx.command.isEmpty() && arg == QLatin1String("--version")) {
            out << "pagelens-cli " << PAGELENS_VERSION << '\n';
            return Ok;
        } else if (ctx.command.isEmpty() && !arg.startsWith(QLatin1Char('-'))) {
            ctx.command = arg;
        } else if (ctx.command.isEmpty()) {
            err << tr("Unknown option %1.").arg(arg) << '\n';
            printUsage(err);
            return Usage;
        } else {
            ctx.args << arg;
        }
    }
    ctx.libraryDir = QDir(ctx.libraryDir).absolutePath();

    if (ctx.command.isEmpty()) {
        printUsage(err);
        return Usage;
    }
    for (const auto &command : m_commands) {
        if (command.name == ctx.command)
            return command.run(ctx);
    }
    err << tr("Unknown command %1.").arg(ctx.command) << '\n';
    printUsage(err);
    return Usage;
}

} // namespace PageLens::Cli
