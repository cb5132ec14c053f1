// SPDX-License-Identifier: MIT
#include "tests/fuzz/fuzzenvironment.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "core/common/log.h"

namespace PageLens::Fuzz {

namespace {

QTemporaryDir &scratchDir()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

void FuzzEnvironment::start()
{
    static int argc = 1;
    static char name[] = "pagelens-fuzz";
    static char *argv[] = {name, nullptr};
    // Never destroyed: the parsers may use it until the process exits.
    static auto *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    log::configure({}, spdlog::level::off);
    if (!scratchDir().isValid())
        std::abort();
}

QByteArray FuzzEnvironment::bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString FuzzEnvironment::writeScratchFile(const uint8_t *data, size_t size)
{
    const QString path = scratchDir().filePath(QStringLiteral("input"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort();   // a scratch file that cannot be written would hide every finding
    return path;
}

QString FuzzEnvironment::sharedPath(const QString &relative)
{
    const QString env = qEnvironmentVariable("PAGELENS_SHARED");
    return QDir::cleanPath((env.isEmpty() ? QStringLiteral(PAGELENS_SHARED_DIR) : env) + QLatin1Char('/') + relative);
}

void FuzzEnvironment::require(bool holds, const char *what)
{
    if (holds)
        return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

void FuzzEnvironment::requireUnitVectors(const QVector<QVector<float>> &vectors)
{
    for (const QVector<float> &vector : vectors) {
        double sum = 0;
        for (float v : vector) {
            require(std::isfinite(v), "embedding values are finite");
            sum += double(v) * v;
        }
        require(sum == 0 || std::abs(sum - 1.0) < 1e-3, "embeddings are L2-normalized");
    }
}

} // namespace PageLens::Fuzz
