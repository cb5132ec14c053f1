// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QStringList>
#include <QTranslator>

namespace PageLens {

class FileOpenFilter;
class LibraryController;
class MainWindow;

/**
 * The GUI's composition root: reads the command line, sets up logging, builds the library
 * controller and the main window, and opens the library (the one asked for, the last one, or the
 * default under AppDataLocation).
 */
class Application
{
public:
    Application();
    ~Application();

    /** Parses `arguments` (QCoreApplication::arguments(); exits on bad usage) and shows the window. */
    void start(const QStringList &arguments);

private:
    void installTranslators();
    /** For --quit-after-start: exits the event loop once the library is open (and, with paths, indexed). */
    void quitWhenStarted(bool afterIndexing);

    // Ours in the language chosen in Settings or the system's (UiLanguage), else English, which carries the plural forms.
    QTranslator m_translator;
    QTranslator m_qtTranslator;   // Qt's own strings (dialog buttons)
    std::unique_ptr<LibraryController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<FileOpenFilter> m_fileOpenFilter;   // the files macOS asks PageLens to open
};

} // namespace PageLens
