// SPDX-License-Identifier: MIT
#include <string_view>

#include <QCoreApplication>
#include <QTranslator>

#include "app/cli/cliapp.h"
#include "core/common/log.h"
#include "core/common/openmplimit.h"

namespace {

/** The command name, found without Qt (it runs before QCoreApplication exists). */
const char *commandOf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--library") {
            ++i;
            continue;
        }
        if (!arg.starts_with('-'))
            return argv[i];
    }
    return "";
}

} // namespace

int main(int argc, char *argv[])
{
    // Benchmarks measure FAISS with its own OpenMP threads; everything else may OCR.
    if (std::string_view(commandOf(argc, argv)) != "bench")
        PageLens::OpenMpLimit::ensureOneThreadPerTask(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PageLens"));
    QCoreApplication::setApplicationName(QStringLiteral("PageLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAGELENS_VERSION));

    QTranslator translator;
    PageLens::Cli::CliApp::installTranslations(translator);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const bool verbose = arguments.contains(QStringLiteral("--verbose")) || arguments.contains(QStringLiteral("-v"));
    PageLens::log::configure({}, verbose ? spdlog::level::debug : spdlog::level::warn);

    PageLens::Cli::CliApp cli;
    return cli.run(arguments);
}
