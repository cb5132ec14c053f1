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

Result<int> CliContext::intOption(const QCommandLineParser &parser, const QString &name, int min, int max, const QString &meaning)
{
    bool ok = false;
    const int value = parser.value(name).trimmed().toInt(&ok);
    if (ok && value >= min && value <= max)
        return value;
    const QString flag = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "%1 takes a whole number from %2 to %3 (%4).")
                                                  .arg(flag).arg(min).arg(max).arg(meaning));
}

} // namespace PageLens::Cli
