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
    Run operator()(const QStringList &args) const;

private:
    QString m_libraryDir;
    QProcessEnvironment m_environment;
};

} // namespace PageLens::Test
