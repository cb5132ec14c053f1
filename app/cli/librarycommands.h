// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>

#include <memory>

#include <QCommandLineParser>
#include <QImage>

#include "app/cli/clicontext.h"

namespace PageLens {
class LibraryService;
}

namespace PageLens::Cli {

struct CliCommand;

/** The library commands: add, index, status, remove, search, render, eval, repair. */
class LibraryCommands
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCommands)
public:
    static QList<CliCommand> commands();

    static int add(CliContext &ctx);
    static int index(CliContext &ctx);
    static int status(CliContext &ctx);
    static int remove(CliContext &ctx);
    static int search(CliContext &ctx);
    static int find(CliContext &ctx);
    static int render(CliContext &ctx);
    static int eval(CliContext &ctx);
    static int repair(CliContext &ctx);

    /**
     * The library's services for a command; writes wait (saying so on stderr) while another
     * process writes, up to --wait seconds when the command has that option. Null (and why on
     * stderr, with `exitCode` set: 2 for a damaged catalog, 1 for a lock wait) when the library cannot be opened.
     */
    static std::shared_ptr<LibraryService> openService(CliContext &ctx, int &exitCode, const QCommandLineParser *parser = nullptr);
    /** PATH#PAGE with a 1-based page; a path without '#' means page 1. */
    static bool splitPageSpec(const QString &spec, QString &path, int &page);

private:
    /** Draws the library's `layers` of a page (0-based) onto its rendered `image`; an exit code. */
    static int drawLayers(CliContext &ctx, QImage &image, const QString &path, int page, const QStringList &layers, const QString &query);
};

} // namespace PageLens::Cli
