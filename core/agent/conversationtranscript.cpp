// SPDX-License-Identifier: MIT
#include "core/agent/conversationtranscript.h"

#include <QHash>

#include "core/agent/agenttools.h"

namespace PageLens {

namespace {

QString visibleText(const ChatTurn &turn)
{
    QString text;
    for (const ContentPart &part : turn.parts)
        if (part.kind == ContentPart::Kind::Text && !part.thought)
            text += part.text;
    return text.trimmed();
}

} // namespace

QVector<AgentExchange> ConversationTranscript::exchanges(const Conversation &conversation)
{
    QVector<AgentExchange> out;
    QVector<ContentPart> calls;   // the model's calls waiting for their responses
    for (qsizetype i = 0; i < conversation.turns.size(); ++i) {
        const ChatTurn &turn = conversation.turns.at(i);
        if (i < conversation.questionTurns.size() && conversation.questionTurns.at(i)) {
            out.append(AgentExchange{});
            out.last().question = visibleText(turn);
            calls.clear();
            continue;
        }
        if (out.isEmpty())
            continue;
        AgentExchange &exchange = out.last();
        if (turn.role == ChatTurn::Role::Model) {
            calls.clear();
            for (const ContentPart &part : turn.parts)
                if (part.kind == ContentPart::Kind::FunctionCall)
                    calls.append(part);
            if (calls.isEmpty())
                exchange.answer = visibleText(turn);
            continue;
        }
        // Responses carry the call's id (OpenAI) or only its name (Gemini): match by id, else in order.
        qsizetype next = 0;
        for (const ContentPart &part : turn.parts) {
            if (part.kind != ContentPart::Kind::FunctionResponse)
                continue;
            QJsonObject args;
            for (qsizetype c = next; c < calls.size(); ++c) {
                const ContentPart &call = calls.at(c);
                const bool same = part.callId.isEmpty() || call.callId.isEmpty() ? call.name == part.name : call.callId == part.callId;
                if (same) {
                    args = call.args;
                    next = c + 1;
                    break;
                }
            }
            exchange.steps.append(AgentTools::replayedStep(part.name, args, part.args));
        }
    }
    for (AgentExchange &exchange : out) {
        for (const QString &id : SourceList::citedIds(exchange.answer)) {
            if (const auto source = conversation.sources.resolve(id))
                exchange.citations.append({source->id, source->document, source->page, source->boxes});
            else
                exchange.unresolvedCitations.append(id);
        }
    }
    return out;
}

} // namespace PageLens
