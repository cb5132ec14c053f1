// SPDX-License-Identifier: MIT
#include "app/cli/clicontext.h"

#include <QCoreApplication>

namespace PageLens::Cli {

bool CliContext::parse(QCommandLineParser &parser, int minPositional, int maxPositional)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    QStringList all = args;
    all.prepend(command);
    if (!parser.parse(all)) {
        err << parser.errorText() << '\n';
        return false;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        err << QCoreApplication::translate("PageLens", "Usage: pagelens-cli %1 %2")
                   .arg(command, parser.helpText().section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), 2))
            << '\n';
        return false;
    }
    return true;
}

} // namespace PageLens::Cli
