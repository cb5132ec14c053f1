// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QVector>

#include "app/cli/clicontext.h"
#include "core/model/detection.h"

namespace PageLens::Cli {

struct CliCommand;

/** Detected objects on library pages: `detect PATH#PAGE --store` and `detections PATH#PAGE`. */
class DetectionCommands
{
    Q_DECLARE_TR_FUNCTIONS(DetectionCommands)
public:
    static QList<CliCommand> commands();

    /** `detect PATH#PAGE --store`: detects on a library page and keeps the result (ModelCommands::detect hands over). */
    static int detectStored(CliContext &ctx);
    static int detections(CliContext &ctx);

    /** The stored detections as the `detections` command prints them. */
    static QJsonArray toJson(const QVector<Detection> &detections);
};

} // namespace PageLens::Cli
