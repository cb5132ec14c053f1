// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTranslator>

#include "app/cli/clicontext.h"

namespace PageLens::Cli {

/** One `pagelens-cli` command. */
struct CliCommand {
    QString name;
    QString synopsis;   // arguments, e.g. "PATH..."
    QString summary;
    std::function<int(CliContext &)> run;
};

/**
 * The command line: takes the global options (--library, --json, --verbose, --help) from anywhere
 * in the arguments and dispatches to the named command. Command groups register themselves here.
 */
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp();
    /** Runs `arguments` (without the program name) and returns the exit code. */
    int run(const QStringList &arguments);
    const QList<CliCommand> &commands() const { return m_commands; }

    static QString defaultLibraryDir();
    /** Installs the messages for the user's language, else English (it holds the plural forms). */
    static void installTranslations(QTranslator &translator);

private:
    void printUsage(QTextStream &stream) const;
    QList<CliCommand> m_commands;
};

} // namespace PageLens::Cli
