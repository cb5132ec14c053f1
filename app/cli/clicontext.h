// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include "core/common/result.h"

namespace PageLens::Cli {

/** Exit codes: a contract other tools depend on. */
enum ExitCode { Ok = 0, Usage = 1, SomeInputsFailed = 2, ModelServiceError = 3 };

/** What a command gets: global options already taken out of the arguments. */
struct CliContext {
    QString libraryDir;   // from --library, or the default library
    bool json = false;    // --json
    bool verbose = false; // --verbose
    QString command;
    QStringList args;     // the command's own arguments and options, in order
    QTextStream &out;
    QTextStream &err;

    void printJson(const QJsonDocument &doc) { out << doc.toJson(QJsonDocument::Indented); out.flush(); }
    /**
     * Parses the command's own arguments; on bad usage prints why (and the synopsis when the count
     * of positional arguments is outside [minPositional, maxPositional]) and returns false.
     */
    bool parse(QCommandLineParser &parser, int minPositional, int maxPositional = -1);
    /**
     * The whole number given to option `name`, which must lie in [min, max]; otherwise an
     * InvalidArgument error such as "--rpm takes a whole number from 0 to 1000 (caption requests
     * per minute; 0: no limit)." with `meaning` in the brackets.
     */
    static Result<int> intOption(const QCommandLineParser &parser, const QString &name, int min, int max, const QString &meaning);
};

} // namespace PageLens::Cli
