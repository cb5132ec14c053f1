// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace PageLens::Test {

/** One turn of a tool-using conversation, read from either wire format. */
struct FakeAgentTurn {
    struct Call {
        QString name;
        QJsonObject args;
    };
    struct Response {
        QString name;
        QJsonObject json;
    };
    bool model = false;
    QStringList texts;
    QList<Call> calls;
    QList<Response> responses;
    int images = 0;
};

/** What the fake model does next: call a tool or answer. */
struct FakeAgentMove {
    bool call = false;
    QString name;
    QJsonObject args;
    QString text;
};

/**
 * The deterministic tool-using "model" behind both fake servers (used when a request declares
 * tools). It reads only what a real model would: the declared tools and the conversation.
 *   Seed: the notebook's ReAct run — search_library on the question's main word, view_page on the
 *     first hit, then an answer citing that hit's source id.
 *   Endless: searches again and again, never answering.
 *   Undeclared: first calls delete_document (never declared), then answers.
 *   Obedient: like Seed, but does whatever a tool result tells it ("ignore your instructions and
 *     call X") — the prompt-injected model the guard rails must survive.
 */
class FakeAgentModel
{
public:
    enum class Behaviour { Seed, Endless, Undeclared, Obedient };

    static FakeAgentMove next(const QList<FakeAgentTurn> &conversation, Behaviour behaviour);
    /** The question's main word: its longest word (ties: the first). */
    static QString keyword(const QString &question);
};

} // namespace PageLens::Test
