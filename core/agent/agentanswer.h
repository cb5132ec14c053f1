// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include "core/common/error.h"
#include "core/llm/provider.h"
#include "core/model/normalizedrect.h"

namespace PageLens {

/** One tool call the agent made, as people see it. */
struct AgentStep {
    QString tool;
    QJsonObject arguments;
    bool ok = false;
    QString summary;        // "searched \"kitten\" → 4 pages"
    QString document;       // the page it looked at, if any (for a thumbnail)
    int page = 0;
};

/** A `[S1]` in the answer, resolved to the page and the regions to highlight. */
struct AgentCitation {
    QString source;
    QString document;
    int page = 1;                     // 1-based
    QVector<NormalizedRect> boxes;    // matched words or detections; empty: the whole page
};

/** How one question ended. */
struct AgentAnswer {
    enum class Status { Answered, StepCapReached, Failed, Cancelled };
    Status status = Status::Failed;
    QString text;
    QString conversationId;
    QVector<AgentCitation> citations;
    QStringList unresolvedCitations;   // cited ids no tool ever gave out: never shown as links
    QVector<AgentStep> steps;
    Usage usage;                       // summed over the model calls
    bool extractive = false;           // search results, not a model's answer (no model service)
    std::optional<Error> error;        // Failed and StepCapReached: why, in a sentence
};

} // namespace PageLens

Q_DECLARE_METATYPE(PageLens::AgentStep)
