// SPDX-License-Identifier: MIT
#include <cstdio>
#include <string_view>

#include <QApplication>
#include <QTranslator>

#include "app/application.h"
#include "app/cli/cliapp.h"
#include "core/common/log.h"
#include "core/common/openmplimit.h"

namespace {

/** On X11/Wayland systems without a display the GUI cannot start; the library work still can. */
bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

/** `pagelens [--library DIR] [PATH...]` headless: adds and indexes PATHs (or lists the library). */
int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PageLens"));
    QCoreApplication::setApplicationName(QStringLiteral("PageLens"));
    PageLens::log::configure({}, spdlog::level::warn);
    QTranslator translator;
    PageLens::Cli::CliApp::installTranslations(translator);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QStringList global;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--library")); at >= 0 && at + 1 < arguments.size()) {
        global = arguments.mid(at, 2);
        arguments.remove(at, 2);
    }
    arguments.removeAll(QStringLiteral("--verbose"));
    arguments.removeAll(QStringLiteral("--quit-after-start"));
    QTextStream(stderr) << QCoreApplication::translate("Application", "No display: running headless (see pagelens-cli --help).")
                        << '\n';
    const QStringList command = arguments.isEmpty() ? QStringList{QStringLiteral("status")}
                                                    : QStringList{QStringLiteral("add")} + arguments;
    return PageLens::Cli::CliApp().run(global + command);
}

/** --version is answered before any QApplication exists, so it needs no display (install checks run it headless). */
bool asksForVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--library") {
            ++i;
            continue;
        }
        if (arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForVersion(argc, argv)) {
        std::printf("PageLens %s\n", PAGELENS_VERSION);   // what QCommandLineParser::showVersion() prints
        return 0;
    }
    PageLens::OpenMpLimit::ensureOneThreadPerTask(argc, argv);
    if (!hasDisplay())
        return runHeadless(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PageLens"));
    QApplication::setApplicationName(QStringLiteral("PageLens"));
    QApplication::setApplicationDisplayName(QStringLiteral("PageLens"));
    QApplication::setApplicationVersion(QStringLiteral(PAGELENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.pagelens.PageLens"));

    PageLens::Application application;
    application.start(QApplication::arguments());
    return app.exec();
}
