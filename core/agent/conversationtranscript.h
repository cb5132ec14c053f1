// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "core/agent/agentanswer.h"
#include "core/agent/conversation.h"

namespace PageLens {

/** One question of a stored conversation as people saw it: the steps, the answer, its sources. */
struct AgentExchange {
    QString question;
    QVector<AgentStep> steps;
    QString answer;
    QVector<AgentCitation> citations;
    QStringList unresolvedCitations;
};

/**
 * Reads a stored conversation (the turns as the model saw them) back into what the chat panel
 * and `ask --show` display, so a resumed conversation looks as it did when it was asked.
 */
class ConversationTranscript
{
public:
    static QVector<AgentExchange> exchanges(const Conversation &conversation);
};

} // namespace PageLens
