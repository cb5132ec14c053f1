// SPDX-License-Identifier: MIT
#include "app/application.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

#include "core/common/log.h"
#include "ui/fileopenfilter.h"
#include "ui/library/librarycontroller.h"
#include "ui/mainwindow.h"
#include "ui/settings/providersession.h"
#include "ui/settings/providersettings.h"
#include "ui/settings/uilanguage.h"

namespace PageLens {

Application::Application() = default;

// The window goes first: it holds a pointer to the controller.
Application::~Application()
{
    m_fileOpenFilter.reset();
    m_window.reset();
    m_controller.reset();
}

void Application::installTranslators()
{
    UiLanguage::install(UiLanguage::locale(), m_translator, m_qtTranslator);
}

void Application::start(const QStringList &arguments)
{
    installTranslators();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Application", "Search folders of PDFs, scans and images."));
    parser.addHelpOption();
    parser.addVersionOption();   // listed in --help; main() answers it before a display is needed
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after-start"),
        QCoreApplication::translate("Application",
                                    "Quit once the window is shown and the library is open (and the given paths are "
                                    "indexed); exit status 0 when that worked. For install checks."));
    const QCommandLineOption libraryOption(
        QStringLiteral("library"), QCoreApplication::translate("Application", "Open the library in <dir>."),
        QCoreApplication::translate("Application", "dir"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QCoreApplication::translate("Application", "Log debug detail."));
    parser.addOption(libraryOption);
    parser.addOption(verboseOption);
    parser.addOption(quitOption);
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
    m_fileOpenFilter = std::make_unique<FileOpenFilter>();
    QObject::connect(m_fileOpenFilter.get(), &FileOpenFilter::filesOpened, m_controller.get(), &LibraryController::add);
    QCoreApplication::instance()->installEventFilter(m_fileOpenFilter.get());
    if (parser.isSet(quitOption))
        quitWhenStarted(!paths.isEmpty());
    m_controller->open(library);
    m_controller->add(paths);
}

void Application::quitWhenStarted(bool afterIndexing)
{
    auto opened = std::make_shared<bool>(false);
    const auto finish = [this](const QString &what) {
        const bool shown = m_window->isVisible();
        QTextStream(stdout) << (shown ? QCoreApplication::translate("Application", "PageLens started: %1").arg(what)
                                      : QCoreApplication::translate("Application", "PageLens failed to start: the window is not shown."))
                            << '\n';
        QCoreApplication::exit(shown ? 0 : 1);
    };
    LibraryController *controller = m_controller.get();
    // Before the library is open, an error means the start failed; later ones are about single files.
    QObject::connect(controller, &LibraryController::errorOccurred, controller, [opened](const QString &message) {
        if (*opened)
            return;
        QTextStream(stderr) << message << '\n';
        QCoreApplication::exit(1);
    });
    QObject::connect(controller, &LibraryController::libraryOpened, controller,
                     [opened, afterIndexing, finish](const QString &directory) {
                         *opened = true;
                         if (!afterIndexing)
                             finish(QCoreApplication::translate("Application", "window shown, library %1 open.").arg(directory));
                     });
    if (afterIndexing)
        QObject::connect(controller, &LibraryController::indexingFinished, controller,
                         [finish](const IndexSummary &summary) {
                             finish(QCoreApplication::translate("Application", "window shown, %1 indexed, %2 failed.")
                                        .arg(summary.indexed)
                                        .arg(summary.failed));
                         });
}

} // namespace PageLens
