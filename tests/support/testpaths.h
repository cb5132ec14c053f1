// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QString>

namespace PageLens::Test {

/** The read-only shared folder (corpus, fixtures, eval); PAGELENS_SHARED overrides the build-time path. */
inline QString sharedDir()
{
    const QByteArray env = qgetenv("PAGELENS_SHARED");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(PAGELENS_SHARED_DIR) : QString::fromLocal8Bit(env));
}

inline QString corpusPath(const QString &relative) { return sharedDir() + QStringLiteral("/corpus/") + relative; }
inline QString fixturePath(const QString &relative) { return sharedDir() + QStringLiteral("/fixtures/recorded/") + relative; }
inline QString cliPath() { return QStringLiteral(PAGELENS_CLI_PATH); }
inline QString guiPath() { return QStringLiteral(PAGELENS_GUI_PATH); }

} // namespace PageLens::Test
