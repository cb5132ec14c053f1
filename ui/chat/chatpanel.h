// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

#include "core/agent/agentanswer.h"
#include "core/common/result.h"
#include "core/model/privacy.h"

class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTextBrowser;
class QTimer;
class QUrl;

namespace PageLens {

class AgentLoop;
class LibraryController;

/**
 * "Ask the Library": a question field and the conversation with the agent, the answer streaming
 * in as Markdown, each tool step one short line, citations as links (citationActivated opens the
 * page). The agent runs off the GUI thread (AgentLoop); Stop cancels only the running answer.
 * Without a model service, or before consent, the answer is the library's search results,
 * labelled as such.
 */
class ChatPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPanel(LibraryController *controller, QWidget *parent = nullptr);
    ~ChatPanel() override;

    QLineEdit *questionField() const { return m_question; }
    QPushButton *askButton() const { return m_ask; }
    QPushButton *stopButton() const { return m_stop; }
    QTextBrowser *transcript() const { return m_transcript; }
    /** "Send this question to …?" while it waits for an answer, or null. */
    QMessageBox *consentDialog() const;

    void ask(const QString &question);
    void stop();
    /** Forgets the shown conversation (it stays stored); the next question starts a new one. */
    void newConversation();
    bool isBusy() const { return m_busy; }
    /** The last answer's text as the model wrote it. */
    QString lastAnswer() const;
    /** The whole conversation as Markdown, each answer followed by its sources. */
    QString conversationMarkdown() const;
    Result<void> exportMarkdown(const QString &path) const;
    /** The link `[S1]` of the shown conversation opens, or nothing when it resolved to no page. */
    std::optional<AgentCitation> citation(const QString &source) const;

Q_SIGNALS:
    /** A citation link was clicked: show this page with these regions highlighted. */
    void citationActivated(const PageLens::AgentCitation &citation);
    void statusMessage(const QString &message);
    /** The transcript was laid out again (a streamed piece, a step, the end of an answer). */
    void transcriptUpdated();

private:
    struct Exchange {
        QString question;
        QStringList steps;          // one line per tool call
        QString answer;
        QVector<AgentCitation> citations;
        QString note;               // how it ended, when not answered ("Stopped.", an error and what to do)
        bool extractive = false;
        bool running = true;
    };

    void start(const QString &question, Privacy privacy);
    void runAgent(const QString &question, Privacy privacy);
    void answerFromSearch(const QString &question, const QString &why);
    void agentFinished();
    void finishExchange();
    void render();
    void scheduleRender();
    void openLink(const QUrl &url);
    void copyAnswer();
    void chooseExportFile();
    void updateButtons();
    static QString errorSentence(const Error &error);
    static QString linkedCitations(const QString &text, const QVector<AgentCitation> &citations);

    LibraryController *m_controller;
    QLineEdit *m_question;
    QPushButton *m_ask;
    QPushButton *m_stop;
    QPushButton *m_new;
    QPushButton *m_copy;
    QPushButton *m_export;
    QTextBrowser *m_transcript;
    QLabel *m_status;
    QTimer *m_renderTimer;   // streamed pieces arrive faster than a re-layout is worth
    QPointer<QMessageBox> m_consent;
    AgentLoop *m_agent = nullptr;
    QVector<Exchange> m_exchanges;
    QString m_conversationId;
    quint64 m_generation = 0;   // answers of a conversation that was left arrive into nothing
    bool m_busy = false;
};

} // namespace PageLens
