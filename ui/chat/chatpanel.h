// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QWidget>

#include "core/agent/agentanswer.h"
#include "core/agent/conversation.h"
#include "core/common/result.h"
#include "core/model/privacy.h"

class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QMenu;
class QTextBrowser;
class QTimer;
class QToolButton;
class QUrl;

namespace PageLens {

class AgentLoop;
class ChatTranscript;
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
    QTextBrowser *transcript() const;
    /** The History button: its menu lists the library's stored conversations. */
    QToolButton *historyButton() const { return m_history; }
    /** "Send this question to …?" while it waits for an answer, or null. */
    QMessageBox *consentDialog() const;

    void ask(const QString &question);
    void stop();
    /** Forgets the shown conversation (it stays stored); the next question starts a new one. */
    void newConversation();
    /** Shows a stored conversation as it was asked; the next question continues it. */
    void resumeConversation(const QString &id);
    /** Deletes the shown conversation from the library (after asking) and starts a new one. */
    void deleteConversation();
    /** Reads the library's conversations again for the History menu. */
    void refreshHistory();
    QString conversationId() const { return m_conversationId; }
    /** The stored conversations the History menu offers, newest first. */
    QVector<ConversationSummary> history() const { return m_historyItems; }
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
    /** The History menu holds the library's conversations as they are now. */
    void historyRefreshed();
    /** A stored conversation is shown (resumeConversation finished). */
    void conversationResumed(const QString &id);

private:
    struct Exchange {
        QString question;
        QVector<AgentStep> steps;   // one line per tool call, a thumbnail when it looked at a page
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
    void requestThumbnail(const QString &document, int page);
    void rebuildHistoryMenu();
    static QString errorSentence(const Error &error);
    static QString linkedCitations(const QString &text, const QVector<AgentCitation> &citations);

    LibraryController *m_controller;
    QLineEdit *m_question;
    QPushButton *m_ask;
    QPushButton *m_stop;
    QPushButton *m_new;
    QPushButton *m_copy;
    QPushButton *m_export;
    QToolButton *m_history;
    QMenu *m_historyMenu;
    ChatTranscript *m_transcript;
    QLabel *m_status;
    QTimer *m_renderTimer;   // streamed pieces arrive faster than a re-layout is worth
    QPointer<QMessageBox> m_consent;
    AgentLoop *m_agent = nullptr;
    QVector<Exchange> m_exchanges;
    QString m_conversationId;
    quint64 m_generation = 0;   // answers of a conversation that was left arrive into nothing
    bool m_busy = false;
    QVector<ConversationSummary> m_historyItems;
    QSet<QString> m_thumbnailsAsked;
    QThreadPool m_store;   // one thread: the conversation SQL (list, load, delete) off the GUI thread
};

} // namespace PageLens
