// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "core/model/detection.h"

namespace PageLens {

/** What one detection request gave: the usable objects and what was done to the model's answer to make them usable. */
struct DetectionRun {
    QVector<Detection> detections;
    QString model;          // the model version the service named
    QString prompt;         // the instruction sent
    QStringList notes;      // e.g. "3 empty boxes dropped", "kept the first 100 of 140 objects"
};

} // namespace PageLens
