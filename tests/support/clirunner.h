// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace PageLens::Test {

/** Runs the built pagelens-cli on one library and collects what it printed. */
class CliRunner
{
public:
    struct Run {
        int exitCode = -1;   // -1: timed out, -2: crashed
        QByteArray out;
        QByteArray err;
    };

    explicit CliRunner(QString libraryDir, QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    /**
     * Runs one command, killed after `timeoutMs`. The default is ten times the slowest run the
     * suite has (indexing several PDFs with OCR, ~3 s): a hang fails in a minute, not five.
     */
    Run operator()(const QStringList &args, int timeoutMs = 30000) const;

private:
    QString m_libraryDir;
    QProcessEnvironment m_environment;
};

} // namespace PageLens::Test
