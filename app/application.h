// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QStringList>

namespace PageLens {

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
    std::unique_ptr<LibraryController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace PageLens
