// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

#include "core/agent/sourcelist.h"
#include "core/llm/provider.h"

namespace PageLens {

/** One conversation with the agent: the turns as the model saw them and the sources it may cite. */
struct Conversation {
    QString id;                 // empty: not stored yet
    QString title;              // the first question
    QDateTime created;
    QDateTime updated;
    QVector<ChatTurn> turns;
    QVector<bool> questionTurns;   // per turn: true for a question the user asked
    SourceList sources;
    int storedTurns = 0;           // how many of `turns` the store already holds
};

/** A conversation as `ask --list` shows it. */
struct ConversationSummary {
    QString id;
    QString title;
    QDateTime created;
    QDateTime updated;
    int questions = 0;
};

} // namespace PageLens
