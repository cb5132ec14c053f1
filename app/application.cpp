// SPDX-License-Identifier: MIT
#include "app/application.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
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

void Application::installTranslators()
{
    const QString resources = QStringLiteral(":/i18n");
    if (m_translator.load(QLocale(), QStringLiteral("pagelens"), QStringLiteral("_"), resources)
        || m_translator.load(QStringLiteral("pagelens_en"), resources))
        QCoreApplication::installTranslator(&m_translator);
    if (m_qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

void Application::start(const QStringList &arguments)
{
    installTranslators();
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
