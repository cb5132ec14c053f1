// SPDX-License-Identifier: MIT
#include "tests/support/clirunner.h"

#include <QProcess>

#include "tests/support/testpaths.h"

namespace PageLens::Test {

CliRunner::CliRunner(QString libraryDir, QProcessEnvironment environment)
    : m_libraryDir(std::move(libraryDir))
    , m_environment(std::move(environment))
{
}

CliRunner::Run CliRunner::operator()(const QStringList &args, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(cliPath(), QStringList{QStringLiteral("--library"), m_libraryDir} + args);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace PageLens::Test
