// SPDX-License-Identifier: MIT
#include "app/application.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "core/common/log.h"
#include "ui/library/librarycontroller.h"
#include "ui/mainwindow.h"
#include "ui/settings/providersession.h"
#include "ui/settings/providersettings.h"

namespace PageLens {

Application::Application() = default;

// The window goes first: it holds a pointer to the controller.
Application::~Application()
{
    m_window.reset();
    m_controller.reset();
}

void Application::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Application", "Search folders of PDFs, scans and images."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        QStringLiteral("library"), QCoreApplication::translate("Application", "Open the library in <dir>."),
        QCoreApplication::translate("Application", "dir"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QCoreApplication::translate("Application", "Log debug detail."));
    parser.addOption(libraryOption);
    parser.addOption(verboseOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QCoreApplication::translate("Application", "Files and folders to add to the library."),
                                 QStringLiteral("[paths...]"));
    parser.process(arguments);

    const QString logDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(logDir);
    log::configure(logDir + QStringLiteral("/pagelens.log"),
                   parser.isSet(verboseOption) ? spdlog::level::debug : spdlog::level::info);

    QString library = parser.value(libraryOption);
    if (library.isEmpty())
        library = MainWindow::lastLibrary();
    if (library.isEmpty())
        library = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library");
    library = QFileInfo(library).absoluteFilePath();

    QStringList paths;
    for (const QString &path : parser.positionalArguments())
        paths << QFileInfo(path).absoluteFilePath();

    m_controller = std::make_unique<LibraryController>();
    // The key is looked up on a worker; until it is found, searches use BM25 alone.
    m_controller->providerSession()->setSettings(ProviderSettings::load());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->show();
    m_controller->open(library);
    m_controller->add(paths);
}

} // namespace PageLens
