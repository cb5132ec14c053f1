// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include "core/agent/agentanswer.h"
#include "core/agent/agenttools.h"
#include "core/agent/conversation.h"
#include "core/model/privacy.h"
#include "core/retrieval/librarysearch.h"

namespace PageLens {

class LibraryService;

/**
 * The agent: a native function-calling loop on the Provider seam (model turn → tool calls →
 * results → ... → answer), for Gemini and OpenAI-compatible services. Model turns go back exactly
 * as received (thought signatures byte for byte); page images go where the model takes them
 * (inside the function response for the Gemini 3 series, otherwise the next user part or, for
 * OpenAI, a user message after the tool messages). Lives on the caller's thread: every signal
 * arrives there, tools and SQL run on its own worker thread, so a GUI thread never blocks.
 * One question at a time; `cancel` stops this answer only.
 */
class AgentLoop : public QObject
{
    Q_OBJECT
public:
    struct Options {
        int maxSteps = 8;              // tool rounds before giving up
        int maxImagesPerStep = 4;      // page images one step may send (privacy "images" only)
        Privacy privacy = Privacy::TextOnly;
        QString model;                 // empty: the provider's generation model
        bool stream = true;
        SearchOptions search;          // how search_library searches (signals, query embeddings)
    };

    AgentLoop(std::shared_ptr<LibraryService> service, std::shared_ptr<Provider> provider, Options options,
              QObject *parent = nullptr);
    ~AgentLoop() override;

    /** Starts answering; `conversationId` continues a stored conversation (empty: a new one). */
    void ask(const QString &question, const QString &conversationId = {});
    /** Stops this answer: nothing more is sent, nothing of it is stored, finished() follows. */
    void cancel();
    bool isRunning() const { return m_running; }
    /** How the last question ended (valid after finished()). */
    const AgentAnswer &answer() const { return m_answer; }

    static QString systemPrompt();
    /** True for models that take images inside a function response (the Gemini 3 series). */
    static bool imagesInFunctionResponse(const QString &providerName, const QString &model);

Q_SIGNALS:
    void textDelta(const QString &text);
    void stepStarted(const QString &tool, const QJsonObject &arguments);
    void stepFinished(const PageLens::AgentStep &step);
    void finished();

private:
    struct ToolRun {
        ContentPart call;
        AgentToolResult result;
    };

    void start(Result<Conversation> conversation, const QString &question);
    void generateNext();
    void onModelTurn(Result<GenerateResponse> response);
    void runTools(const QVector<ContentPart> &calls);
    void onToolsDone(const QVector<ToolRun> &runs);
    void resolveCitations();
    void finish(AgentAnswer::Status status, std::optional<Error> error = std::nullopt);
    QString model() const;

    std::shared_ptr<LibraryService> m_service;
    std::shared_ptr<Provider> m_provider;
    Options m_options;
    QThreadPool m_worker;                  // one thread: tools and conversation SQL, in order
    std::unique_ptr<AgentTools> m_tools;
    Conversation m_conversation;
    AgentAnswer m_answer;
    QFuture<Result<GenerateResponse>> m_generating;
    int m_stepsDone = 0;
    quint64 m_run = 0;                     // continuations of a cancelled answer see a newer run and stop
    bool m_running = false;
};

} // namespace PageLens
