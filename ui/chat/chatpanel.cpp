// SPDX-License-Identifier: MIT
#include "ui/chat/chatpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/agent/agentloop.h"
#include "core/agent/conversationstore.h"
#include "core/agent/conversationtranscript.h"
#include "core/agent/extractiveanswer.h"
#include "core/library/catalog.h"
#include "core/library/library.h"
#include "core/media/pageimager.h"
#include "core/service/libraryservice.h"
#include "ui/chat/chattranscript.h"
#include "ui/library/librarycontroller.h"
#include "ui/settings/consentstore.h"
#include "ui/settings/providersession.h"

namespace PageLens {

namespace {

const QString kCiteScheme = QStringLiteral("cite");

/** The person's words shown as typed, not as Markdown. */
QString escapeMarkdown(const QString &text)
{
    static const QRegularExpression special(QStringLiteral(R"(([\\`*_{}\[\]()#+\-.!<>|~]))"));
    QString escaped = text;
    return escaped.replace(special, QStringLiteral(R"(\\1)"));
}

/**
 * ExtractiveAnswer's plain lines as Markdown: the label in italics, one paragraph per passage, the
 * snippet's matched words ("[court]") in bold rather than in brackets that look like citations.
 */
QString searchResultsMarkdown(const QString &text)
{
    static const QRegularExpression matched(QStringLiteral(R"(\[(?!S\d+\])([^\[\]\n]+)\])"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i] = i == 0 ? QStringLiteral("*%1*").arg(escapeMarkdown(lines[i]))
                          : QString(lines[i]).replace(matched, QStringLiteral("**\\1**"));
    return lines.join(QStringLiteral("\n\n"));
}

QString sourceLine(const AgentCitation &c)
{
    return QStringLiteral("[%1] %2 p. %3").arg(c.source, c.document).arg(c.page);
}

/** What the consent question covers: the text kinds always, page images only under privacy "images". */
EgressPreview agentPreview(Privacy privacy)
{
    EgressPreview preview;
    preview.privacy = privacy;
    preview.textsToEmbed = 1;
    preview.pagesToCaption = privacy == Privacy::Images ? 1 : 0;
    return preview;
}

} // namespace

ChatPanel::ChatPanel(LibraryController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_question(new QLineEdit(this))
    , m_ask(new QPushButton(tr("&Ask"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_copy(new QPushButton(tr("&Copy Answer"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_history(new QToolButton(this))
    , m_historyMenu(new QMenu(this))
    , m_transcript(new ChatTranscript(this))
    , m_status(new QLabel(this))
    , m_renderTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("chatPanel"));
    m_question->setObjectName(QStringLiteral("chatQuestion"));
    m_question->setPlaceholderText(tr("Ask a question about your library…"));
    m_question->setClearButtonEnabled(true);
    m_question->setAccessibleName(tr("Question"));
    m_question->setAccessibleDescription(tr("Type a question about your library and press Enter"));
    m_ask->setObjectName(QStringLiteral("chatAsk"));
    m_ask->setDefault(true);
    m_stop->setObjectName(QStringLiteral("chatStop"));
    m_stop->setToolTip(tr("Stop this answer (the conversation stays)"));
    m_new->setObjectName(QStringLiteral("chatNew"));
    m_new->setToolTip(tr("Start a new conversation (this one stays stored)"));
    m_copy->setObjectName(QStringLiteral("chatCopy"));
    m_copy->setToolTip(tr("Copy the last answer"));
    m_export->setObjectName(QStringLiteral("chatExport"));
    m_export->setToolTip(tr("Save the conversation and its sources as Markdown"));
    m_history->setObjectName(QStringLiteral("chatHistory"));
    m_history->setText(tr("&History"));
    m_history->setToolTip(tr("Open or delete a stored conversation of this library"));
    m_history->setAccessibleName(tr("Conversation history"));
    m_history->setMenu(m_historyMenu);
    m_history->setPopupMode(QToolButton::InstantPopup);
    m_history->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_historyMenu->setObjectName(QStringLiteral("chatHistoryMenu"));
    m_store.setMaxThreadCount(1);
    m_transcript->setObjectName(QStringLiteral("chatTranscript"));
    m_transcript->setAccessibleName(tr("Conversation"));
    m_transcript->setAccessibleDescription(tr("The questions and answers; citations such as [S1] are links that open the page"));
    m_transcript->setOpenLinks(false);   // citation links open pages in the viewer, nothing opens a browser
    m_transcript->setPlaceholderText(tr("Answers cite the pages they come from; click a citation such as [S1] to open "
                                        "the page. Without a model service you get the best matching passages."));
    m_status->setObjectName(QStringLiteral("chatStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Answer status"));

    // The question gets the whole width: the dock is narrow beside the page.
    auto *askRow = new QHBoxLayout;
    askRow->addWidget(m_stop);
    askRow->addStretch(1);
    askRow->addWidget(m_ask);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_new);
    actionRow->addWidget(m_history);
    actionRow->addStretch(1);
    actionRow->addWidget(m_copy);
    actionRow->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(actionRow);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_question);
    layout->addLayout(askRow);

    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(40);
    connect(m_renderTimer, &QTimer::timeout, this, &ChatPanel::render);
    connect(m_ask, &QPushButton::clicked, this, [this] { ask(m_question->text()); });
    connect(m_question, &QLineEdit::returnPressed, this, [this] { ask(m_question->text()); });
    connect(m_stop, &QPushButton::clicked, this, &ChatPanel::stop);
    connect(m_new, &QPushButton::clicked, this, &ChatPanel::newConversation);
    connect(m_copy, &QPushButton::clicked, this, &ChatPanel::copyAnswer);
    connect(m_export, &QPushButton::clicked, this, &ChatPanel::chooseExportFile);
    connect(m_transcript, &QTextBrowser::anchorClicked, this, &ChatPanel::openLink);
    connect(m_controller, &LibraryController::libraryOpened, this, &ChatPanel::refreshHistory);
    rebuildHistoryMenu();
    updateButtons();
    refreshHistory();
}

ChatPanel::~ChatPanel()
{
    if (m_agent)
        m_agent->cancel();
    m_store.waitForDone();   // its tasks hold the catalog, not this panel
}

QTextBrowser *ChatPanel::transcript() const
{
    return m_transcript;
}

QMessageBox *ChatPanel::consentDialog() const
{
    return m_consent;
}

void ChatPanel::ask(const QString &text)
{
    const QString question = text.trimmed();
    if (question.isEmpty() || m_busy)
        return;
    if (!m_controller->isOpen() || !m_controller->service()) {
        m_status->setText(tr("Open a library first (File ▸ Open Library…), then ask about it."));
        return;
    }
    m_question->clear();
    m_busy = true;
    Exchange exchange;
    exchange.question = question;
    m_exchanges.append(exchange);
    m_status->setText(tr("Reading the library's privacy setting…"));
    updateButtons();
    render();
    const quint64 generation = m_generation;
    m_controller->privacy().then(this, [this, generation, question](const Result<Privacy> &privacy) {
        if (generation != m_generation)
            return;
        if (!privacy) {
            m_exchanges.last().note = tr("%1 Try again, or reopen the library.").arg(privacy.error().message);
            finishExchange();
            return;
        }
        start(question, *privacy);
    });
}

void ChatPanel::start(const QString &question, Privacy privacy)
{
    if (privacy == Privacy::Never) {
        answerFromSearch(question, tr("The library's privacy is \"never\", so no model was asked; Settings changes it."));
        return;
    }
    ProviderSession *session = m_controller->providerSession();
    if (!session->settings().enabled || !session->provider()) {
        const QString reason = session->settings().enabled && !session->unavailableReason().isEmpty()
                                   ? session->unavailableReason()
                                   : tr("No model service is set up.");
        answerFromSearch(question, tr("%1 Add a key or a server in Settings (Tools ▸ Settings…) to get answers.").arg(reason));
        return;
    }
    const QString library = m_controller->directory();
    const bool agreed = ConsentStore::granted(library, ConsentStore::Kind::Text)
                        && (privacy != Privacy::Images || ConsentStore::granted(library, ConsentStore::Kind::Images));
    if (agreed) {
        runAgent(question, privacy);
        return;
    }
    // Nothing leaves before the person agreed for this library; "don't ask again" is kept per library
    // in the same ConsentStore the caption consent uses.
    const ProviderSettings settings = session->settings();
    const QString service = settings.kind == ProviderConfig::Kind::Gemini ? tr("Google Gemini") : tr("OpenAI-compatible service");
    QString what = tr("Your question, and the page text, captions and snippets the agent finds, will be sent to %1 at %2.")
                       .arg(service, settings.effectiveBaseUrl());
    if (privacy == Privacy::Images)
        what += QLatin1Char(' ') + tr("The agent may also send up to %1 page images per step (WEBP, at most 1024 px).")
                                       .arg(AgentLoop::Options{}.maxImagesPerStep);
    m_consent = new QMessageBox(QMessageBox::Question, tr("Send to the Model Service?"), what, QMessageBox::NoButton, this);
    m_consent->setObjectName(QStringLiteral("chatConsent"));
    m_consent->setInformativeText(tr("Nothing has been sent yet. \"Not Now\" shows the library's search results instead."));
    auto *dontAsk = new QCheckBox(tr("Don't ask again for this library"), m_consent);
    dontAsk->setObjectName(QStringLiteral("dontAskAgain"));
    m_consent->setCheckBox(dontAsk);
    QPushButton *send = m_consent->addButton(tr("&Send"), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("send"));
    QPushButton *notNow = m_consent->addButton(tr("&Not Now"), QMessageBox::RejectRole);
    m_consent->setDefaultButton(notNow);
    m_consent->setAttribute(Qt::WA_DeleteOnClose);
    const quint64 generation = m_generation;
    connect(m_consent, &QMessageBox::finished, this, [this, generation, question, privacy, library, send, dontAsk] {
        if (generation != m_generation)
            return;
        if (m_consent && m_consent->clickedButton() == send) {
            if (dontAsk->isChecked())
                ConsentStore::grant(library, agentPreview(privacy));
            runAgent(question, privacy);
        } else {
            answerFromSearch(question, tr("Nothing was sent to a model service."));
        }
    });
    m_status->setText(tr("Waiting for your answer: may the question be sent?"));
    m_consent->open();
}

void ChatPanel::runAgent(const QString &question, Privacy privacy)
{
    std::shared_ptr<Provider> provider = m_controller->providerSession()->provider();
    if (!provider) {   // the key went away while the consent question was open
        answerFromSearch(question, tr("The model service is no longer available. Check Settings (Tools ▸ Settings…)."));
        return;
    }
    AgentLoop::Options options;
    options.privacy = privacy;
    options.model = m_controller->providerSession()->settings().model;
    m_agent = new AgentLoop(m_controller->service(), provider, options, this);
    connect(m_agent, &AgentLoop::textDelta, this, [this](const QString &text) {
        const bool first = m_exchanges.last().answer.isEmpty();
        m_exchanges.last().answer += text;
        m_status->setText(tr("Answering…"));
        if (first)
            render();   // the first words show at once; the rest is coalesced
        else
            scheduleRender();
    });
    connect(m_agent, &AgentLoop::stepStarted, this, [this](const QString &tool, const QJsonObject &) {
        m_status->setText(tr("Step %1: %2…").arg(m_exchanges.last().steps.size() + 1).arg(tool));
    });
    connect(m_agent, &AgentLoop::stepFinished, this, [this](const AgentStep &step) {
        AgentStep shown = step;
        if (!step.ok)
            shown.summary = tr("%1 (failed)").arg(step.summary);
        m_exchanges.last().steps << shown;
        if (!step.document.isEmpty() && step.page > 0)
            requestThumbnail(step.document, step.page);
        scheduleRender();
    });
    connect(m_agent, &AgentLoop::finished, this, &ChatPanel::agentFinished);
    m_status->setText(tr("Asking the model…"));
    updateButtons();
    m_agent->ask(question, m_conversationId);
}

void ChatPanel::agentFinished()
{
    AgentLoop *agent = std::exchange(m_agent, nullptr);
    agent->deleteLater();
    const AgentAnswer &answer = agent->answer();
    Exchange &exchange = m_exchanges.last();
    if (!answer.conversationId.isEmpty())
        m_conversationId = answer.conversationId;
    switch (answer.status) {
    case AgentAnswer::Status::Answered:
        exchange.answer = answer.text;
        exchange.citations = answer.citations;
        break;
    case AgentAnswer::Status::Cancelled:
        exchange.note = tr("Stopped. This answer was not kept; ask again to continue the conversation.");
        break;
    case AgentAnswer::Status::StepCapReached:
    case AgentAnswer::Status::Failed:
        exchange.citations = answer.citations;
        exchange.note = answer.error ? errorSentence(*answer.error) : tr("The agent stopped without an answer. Ask again.");
        break;
    }
    if (!answer.unresolvedCitations.isEmpty())
        exchange.note += (exchange.note.isEmpty() ? QString() : QStringLiteral(" "))
                         + tr("Cited but not among the pages the agent saw (not links): %1.")
                               .arg(answer.unresolvedCitations.join(QStringLiteral(", ")));
    finishExchange();
}

void ChatPanel::answerFromSearch(const QString &question, const QString &why)
{
    m_status->setText(tr("Searching the library…"));
    SearchOptions options;
    options.signalNames = {QStringLiteral("bm25")};   // nothing leaves: not even the query for an embedding
    const quint64 generation = m_generation;
    m_controller->service()->search(question, 5, options).then(this, [this, generation, question, why](const Result<SearchResult> &found) {
        if (generation != m_generation)
            return;
        Exchange &exchange = m_exchanges.last();
        if (!found) {
            exchange.note = tr("The search failed: %1").arg(found.error().message);
        } else {
            const AgentAnswer answer = ExtractiveAnswer::fromSearch(question, *found, why);
            exchange.extractive = true;
            exchange.answer = answer.text;
            exchange.citations = answer.citations;
        }
        finishExchange();
    });
}

void ChatPanel::finishExchange()
{
    m_exchanges.last().running = false;
    m_busy = false;
    m_status->clear();
    updateButtons();
    render();
    if (!m_conversationId.isEmpty())
        refreshHistory();   // a new conversation or a new question changes the list
}

void ChatPanel::stop()
{
    if (m_agent)
        m_agent->cancel();   // finished() follows and marks the answer stopped
}

void ChatPanel::newConversation()
{
    ++m_generation;
    if (m_agent) {
        AgentLoop *agent = std::exchange(m_agent, nullptr);
        agent->disconnect(this);
        agent->cancel();
        agent->deleteLater();
    }
    if (m_consent)
        m_consent->close();
    m_exchanges.clear();
    m_conversationId.clear();
    m_transcript->clearThumbnails();
    m_thumbnailsAsked.clear();
    m_busy = false;
    m_status->clear();
    updateButtons();
    render();
}

void ChatPanel::refreshHistory()
{
    std::shared_ptr<LibraryService> service = m_controller->isOpen() ? m_controller->service() : nullptr;
    if (!service) {
        m_historyItems.clear();
        rebuildHistoryMenu();
        return;
    }
    auto catalog = service->library()->catalog();
    const QString library = m_controller->directory();
    QtConcurrent::run(&m_store, [catalog] {
        auto all = ConversationStore(catalog).list();
        Catalog::closeThreadConnections();
        return all;
    }).then(this, [this, library](const Result<QVector<ConversationSummary>> &all) {
        if (library != m_controller->directory())
            return;   // another library was opened meanwhile
        if (!all)
            m_status->setText(tr("The conversation history cannot be read: %1").arg(all.error().message));
        m_historyItems = all ? *all : QVector<ConversationSummary>{};
        rebuildHistoryMenu();
        Q_EMIT historyRefreshed();
    });
}

void ChatPanel::rebuildHistoryMenu()
{
    m_historyMenu->clear();
    if (m_historyItems.isEmpty()) {
        m_historyMenu->addAction(tr("No stored conversations"))->setEnabled(false);
    } else {
        for (const ConversationSummary &c : std::as_const(m_historyItems)) {
            const QString when = QLocale().toString(c.updated.toLocalTime(), QLocale::ShortFormat);
            QString title = c.title.simplified();
            if (title.size() > 60)
                title = title.left(59) + QStringLiteral("…");
            QAction *open = m_historyMenu->addAction(tr("%1 — %2, %n question(s)", nullptr, c.questions).arg(title, when));
            open->setData(c.id);
            open->setCheckable(true);
            open->setChecked(c.id == m_conversationId);
            const QString id = c.id;
            connect(open, &QAction::triggered, this, [this, id] { resumeConversation(id); });
        }
    }
    m_historyMenu->addSeparator();
    QAction *remove = m_historyMenu->addAction(tr("&Delete This Conversation…"), this, &ChatPanel::deleteConversation);
    remove->setObjectName(QStringLiteral("chatDeleteConversation"));
    remove->setEnabled(!m_conversationId.isEmpty() && !m_busy);
}

void ChatPanel::resumeConversation(const QString &id)
{
    if (m_busy || !m_controller->isOpen() || !m_controller->service())
        return;
    const quint64 generation = ++m_generation;
    auto catalog = m_controller->service()->library()->catalog();
    m_status->setText(tr("Opening the conversation…"));
    QtConcurrent::run(&m_store, [catalog, id] {
        auto conversation = ConversationStore(catalog).load(id);
        Catalog::closeThreadConnections();
        return conversation;
    }).then(this, [this, generation, id](const Result<Conversation> &conversation) {
        if (generation != m_generation)
            return;
        if (!conversation) {
            m_status->setText(tr("The conversation cannot be opened: %1").arg(conversation.error().message));
            return;
        }
        m_exchanges.clear();
        m_transcript->clearThumbnails();
        m_thumbnailsAsked.clear();
        for (const AgentExchange &stored : ConversationTranscript::exchanges(*conversation)) {
            Exchange exchange;
            exchange.question = stored.question;
            exchange.steps = stored.steps;
            exchange.answer = stored.answer;
            exchange.citations = stored.citations;
            exchange.running = false;
            for (const AgentStep &step : stored.steps)
                if (!step.document.isEmpty() && step.page > 0)
                    requestThumbnail(step.document, step.page);
            m_exchanges.append(exchange);
        }
        m_conversationId = id;
        m_status->clear();
        rebuildHistoryMenu();
        updateButtons();
        render();
        Q_EMIT conversationResumed(id);
    });
}

void ChatPanel::deleteConversation()
{
    if (m_conversationId.isEmpty() || m_busy)
        return;
    const QString id = m_conversationId;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Delete Conversation?"),
                                    tr("Delete this conversation from the library? Its questions and answers cannot be "
                                       "restored. The documents are not touched."),
                                    QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("chatDeleteConfirm"));
    QPushButton *remove = confirm->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("delete"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, confirm, remove, id] {
        if (confirm->clickedButton() != remove || id != m_conversationId || !m_controller->service())
            return;
        auto catalog = m_controller->service()->library()->catalog();
        QtConcurrent::run(&m_store, [catalog, id] {
            auto removed = ConversationStore(catalog).remove(id);
            Catalog::closeThreadConnections();
            return removed;
        }).then(this, [this](const Result<void> &removed) {
            Q_EMIT statusMessage(removed ? tr("The conversation was deleted.")
                                         : tr("The conversation could not be deleted: %1").arg(removed.error().message));
            refreshHistory();
        });
        newConversation();
    });
    confirm->open();
}

void ChatPanel::requestThumbnail(const QString &document, int page)
{
    const QString key = ChatTranscript::thumbnailUrl(document, page);
    if (m_thumbnailsAsked.contains(key) || !m_controller->service())
        return;
    m_thumbnailsAsked.insert(key);
    // A small picture of the page the agent looked at; a page that cannot be drawn (a locked PDF)
    // keeps its text line.
    m_controller->service()
        ->pageImage(document, page - 1, PageImageSize::withLongestSide(64))
        .then(this, [this, document, page](const Result<QImage> &image) {
            if (!image || image->isNull() || !m_thumbnailsAsked.contains(ChatTranscript::thumbnailUrl(document, page)))
                return;
            m_transcript->setThumbnail(document, page, *image);
            scheduleRender();
        });
}

QString ChatPanel::lastAnswer() const
{
    for (auto it = m_exchanges.crbegin(); it != m_exchanges.crend(); ++it)
        if (!it->running && !it->answer.isEmpty())
            return it->answer;
    return {};
}

std::optional<AgentCitation> ChatPanel::citation(const QString &source) const
{
    // Ids are stable within a conversation; the newest answer's resolution wins.
    for (auto it = m_exchanges.crbegin(); it != m_exchanges.crend(); ++it)
        for (const AgentCitation &c : it->citations)
            if (c.source == source)
                return c;
    return std::nullopt;
}

QString ChatPanel::linkedCitations(const QString &text, const QVector<AgentCitation> &citations)
{
    // [S1], [S1, S2] and [S1][S2]; an id that resolved to no page stays plain text.
    static const QRegularExpression group(QStringLiteral(R"(\[(S\d+(?:\s*,\s*S\d+)*)\])"));
    QString out;
    qsizetype last = 0;
    for (auto it = group.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        QStringList parts;
        for (const QString &raw : m.captured(1).split(QLatin1Char(','))) {
            const QString id = raw.trimmed();
            const bool known = std::any_of(citations.begin(), citations.end(), [&](const AgentCitation &c) { return c.source == id; });
            parts << (known ? QStringLiteral("[%1](%2:%1)").arg(id, kCiteScheme) : id);
        }
        out += QStringLiteral("\\[%1\\]").arg(parts.join(QStringLiteral(", ")));
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

void ChatPanel::scheduleRender()
{
    if (!m_renderTimer->isActive())
        m_renderTimer->start();
}

void ChatPanel::render()
{
    m_renderTimer->stop();
    QStringList blocks;
    for (const Exchange &e : std::as_const(m_exchanges)) {
        blocks << QStringLiteral("**%1** %2").arg(tr("You:"), escapeMarkdown(e.question));
        if (!e.steps.isEmpty()) {
            QStringList steps;
            for (const AgentStep &step : e.steps) {
                const bool thumbnail = !step.document.isEmpty() && m_transcript->hasThumbnail(step.document, step.page);
                steps << (thumbnail ? QStringLiteral("![%1](%2) ").arg(tr("page %1").arg(step.page),
                                                                       ChatTranscript::thumbnailUrl(step.document, step.page))
                                    : QString())
                             + QStringLiteral("*%1*").arg(escapeMarkdown(step.summary));
            }
            blocks << steps.join(QStringLiteral("  \n"));   // hard breaks: one compact line per step
        }
        if (!e.answer.isEmpty()) {
            // A model's answer is Markdown already; search results are shown as such.
            const QString body = e.extractive ? searchResultsMarkdown(e.answer) : e.answer;
            blocks << (e.running ? body : linkedCitations(body, e.citations));
        } else if (e.running) {
            blocks << QStringLiteral("*%1*").arg(tr("…"));
        }
        if (!e.note.isEmpty())
            blocks << QStringLiteral("*%1*").arg(escapeMarkdown(e.note));
        blocks << QStringLiteral("---");
    }
    QScrollBar *bar = m_transcript->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int kept = bar->value();
    m_transcript->document()->setMarkdown(blocks.join(QStringLiteral("\n\n")));
    bar->setValue(atEnd ? bar->maximum() : kept);   // follow the stream unless the person scrolled up
    Q_EMIT transcriptUpdated();
}

void ChatPanel::openLink(const QUrl &url)
{
    if (url.scheme() != kCiteScheme)
        return;
    if (const auto c = citation(url.path()))
        Q_EMIT citationActivated(*c);
}

QString ChatPanel::conversationMarkdown() const
{
    QStringList out{QStringLiteral("# %1").arg(tr("Ask the Library"))};
    if (!m_controller->directory().isEmpty())
        out << tr("Library: %1").arg(m_controller->directory());
    for (const Exchange &e : m_exchanges) {
        out << QStringLiteral("## %1").arg(escapeMarkdown(e.question));
        for (const AgentStep &step : e.steps)
            out << QStringLiteral("- %1").arg(step.summary);
        if (!e.answer.isEmpty())
            out << e.answer;
        if (!e.note.isEmpty())
            out << QStringLiteral("*%1*").arg(e.note);
        if (!e.citations.isEmpty()) {
            QStringList sources{QStringLiteral("%1").arg(tr("Sources:"))};
            for (const AgentCitation &c : e.citations)
                sources << QStringLiteral("- %1").arg(sourceLine(c));
            out << sources.join(QLatin1Char('\n'));
        }
    }
    return out.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

Result<void> ChatPanel::exportMarkdown(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(Error::Code::Io, tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    file.write(conversationMarkdown().toUtf8());
    if (!file.commit())
        return fail(Error::Code::Io, tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    return {};
}

void ChatPanel::copyAnswer()
{
    const QString answer = lastAnswer();
    if (answer.isEmpty())
        return;
    QApplication::clipboard()->setText(answer);
    Q_EMIT statusMessage(tr("The answer is on the clipboard."));
}

void ChatPanel::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export Conversation"), QString(), tr("Markdown (*.md)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("md"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const Result<void> written = exportMarkdown(path);
        Q_EMIT statusMessage(written ? tr("The conversation was saved to %1.").arg(QDir::toNativeSeparators(path))
                                     : written.error().message);
    });
    dialog->open();
}

void ChatPanel::updateButtons()
{
    const bool any = !m_exchanges.isEmpty();
    m_ask->setEnabled(!m_busy);
    m_stop->setEnabled(m_busy && m_agent);
    m_new->setEnabled(any);
    m_copy->setEnabled(!lastAnswer().isEmpty());
    m_export->setEnabled(any && !m_busy);
    m_history->setEnabled(!m_busy);
}

QString ChatPanel::errorSentence(const Error &error)
{
    switch (error.code) {
    case Error::Code::InvalidKey:
        return tr("%1 Add a valid key in Settings (Tools ▸ Settings…), then ask again.").arg(error.message);
    case Error::Code::Network:
    case Error::Code::Timeout:
        return tr("%1 Check the network and the server address in Settings, then ask again.").arg(error.message);
    case Error::Code::Quota:
    case Error::Code::Overloaded:
        return tr("%1 Wait a minute, then ask again.").arg(error.message);
    case Error::Code::ModelNotFound:
        return tr("%1 Choose another model in Settings, then ask again.").arg(error.message);
    default:
        return tr("%1 Ask again, or start a new conversation.").arg(error.message);
    }
}

} // namespace PageLens
