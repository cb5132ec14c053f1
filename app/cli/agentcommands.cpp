// SPDX-License-Identifier: MIT
#include "app/cli/agentcommands.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/cliapp.h"
#include "app/cli/librarycommands.h"
#include "app/cli/provideroptions.h"
#include "core/agent/agentloop.h"
#include "core/agent/conversationstore.h"
#include "core/agent/conversationtranscript.h"
#include "core/agent/extractiveanswer.h"
#include "core/library/library.h"
#include "core/llm/providerfactory.h"
#include "core/service/libraryservice.h"

namespace PageLens::Cli {

namespace {

QJsonArray boxesJson(const QVector<NormalizedRect> &boxes)
{
    auto round4 = [](double v) { return std::round(v * 10000) / 10000; };
    QJsonArray array;
    for (const NormalizedRect &b : boxes)
        array.append(QJsonArray{round4(b.left), round4(b.top), round4(b.right), round4(b.bottom)});
    return array;
}

QString statusName(AgentAnswer::Status status)
{
    switch (status) {
    case AgentAnswer::Status::Answered: return QStringLiteral("answered");
    case AgentAnswer::Status::StepCapReached: return QStringLiteral("step_cap");
    case AgentAnswer::Status::Failed: return QStringLiteral("failed");
    case AgentAnswer::Status::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

QJsonArray citationsJson(const QVector<AgentCitation> &cited)
{
    QJsonArray citations;
    for (const AgentCitation &c : cited)
        citations.append(QJsonObject{{QStringLiteral("source"), c.source},
                                     {QStringLiteral("document"), c.document},
                                     {QStringLiteral("page"), c.page},
                                     {QStringLiteral("boxes"), boxesJson(c.boxes)}});
    return citations;
}

QJsonArray stepsJson(const QVector<AgentStep> &taken)
{
    QJsonArray steps;
    for (const AgentStep &s : taken)
        steps.append(QJsonObject{{QStringLiteral("tool"), s.tool},
                                 {QStringLiteral("arguments"), s.arguments},
                                 {QStringLiteral("ok"), s.ok},
                                 {QStringLiteral("summary"), s.summary}});
    return steps;
}

QJsonObject answerJson(const AgentAnswer &answer)
{
    QJsonObject json{{QStringLiteral("answer"), answer.text},
                     {QStringLiteral("conversation"), answer.conversationId},
                     {QStringLiteral("citations"), citationsJson(answer.citations)},
                     {QStringLiteral("unresolved_citations"), QJsonArray::fromStringList(answer.unresolvedCitations)},
                     {QStringLiteral("steps"), stepsJson(answer.steps)},
                     {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), answer.usage.promptTokens},
                                                           {QStringLiteral("output_tokens"), answer.usage.outputTokens}}},
                     {QStringLiteral("status"), statusName(answer.status)},
                     {QStringLiteral("extractive"), answer.extractive}};
    if (answer.error)
        json.insert(QStringLiteral("error"), answer.error->message);
    return json;
}

void printAnswer(CliContext &ctx, const AgentAnswer &answer)
{
    if (ctx.json) {
        ctx.printJson(QJsonDocument(answerJson(answer)));
        return;
    }
    if (!answer.text.isEmpty())
        ctx.out << answer.text << '\n';
    for (const AgentCitation &c : answer.citations)
        ctx.out << '[' << c.source << "] " << c.document << " p. " << c.page << '\n';
    ctx.out.flush();
    if (!answer.unresolvedCitations.isEmpty())
        ctx.err << AgentCommands::tr("Citations that match no page the agent saw (not shown as sources): %1")
                       .arg(answer.unresolvedCitations.join(QStringLiteral(", ")))
                << '\n';
}

int listConversations(CliContext &ctx, LibraryService &service)
{
    auto all = ConversationStore(service.library()->catalog()).list();
    if (!all) {
        ctx.err << all.error().message << '\n';
        return SomeInputsFailed;
    }
    if (ctx.json) {
        QJsonArray items;
        for (const ConversationSummary &c : std::as_const(*all))
            items.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("title"), c.title},
                                     {QStringLiteral("created"), c.created.toString(Qt::ISODate)},
                                     {QStringLiteral("updated"), c.updated.toString(Qt::ISODate)},
                                     {QStringLiteral("questions"), c.questions}});
        ctx.printJson(QJsonDocument(items));
        return Ok;
    }
    for (const ConversationSummary &c : std::as_const(*all))
        ctx.out << c.id << '\t' << c.updated.toString(Qt::ISODate) << '\t'
                << AgentCommands::tr("%n question(s)", nullptr, c.questions) << '\t' << c.title << '\n';
    return Ok;
}

/** `ask --show ID`: a stored conversation as it was asked, question by question. */
int showConversation(CliContext &ctx, LibraryService &service, const QString &id)
{
    auto conversation = ConversationStore(service.library()->catalog()).load(id);
    if (!conversation) {
        ctx.err << conversation.error().message << '\n';
        return conversation.error().code == Error::Code::NotFound ? Usage : SomeInputsFailed;
    }
    const QVector<AgentExchange> exchanges = ConversationTranscript::exchanges(*conversation);
    if (ctx.json) {
        QJsonArray items;
        for (const AgentExchange &e : exchanges)
            items.append(QJsonObject{{QStringLiteral("question"), e.question},
                                     {QStringLiteral("answer"), e.answer},
                                     {QStringLiteral("citations"), citationsJson(e.citations)},
                                     {QStringLiteral("unresolved_citations"), QJsonArray::fromStringList(e.unresolvedCitations)},
                                     {QStringLiteral("steps"), stepsJson(e.steps)}});
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("conversation"), conversation->id},
                                                {QStringLiteral("title"), conversation->title},
                                                {QStringLiteral("created"), conversation->created.toString(Qt::ISODate)},
                                                {QStringLiteral("updated"), conversation->updated.toString(Qt::ISODate)},
                                                {QStringLiteral("exchanges"), items}}));
        return Ok;
    }
    for (const AgentExchange &e : exchanges) {
        ctx.out << "> " << e.question << '\n';
        for (const AgentStep &s : e.steps)
            ctx.out << "  - " << s.summary << '\n';
        ctx.out << e.answer << '\n';
        for (const AgentCitation &c : e.citations)
            ctx.out << '[' << c.source << "] " << c.document << " p. " << c.page << '\n';
        ctx.out << '\n';
    }
    return Ok;
}

} // namespace

QList<CliCommand> AgentCommands::commands()
{
    return {
        {QStringLiteral("ask"), QStringLiteral("QUESTION [--yes] [--conversation ID] | --list | --show ID | --delete ID"),
         tr("Ask the library a question (answers cite pages)"), &ask},
    };
}

int AgentCommands::ask(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("question"), tr("What to ask."), QStringLiteral("QUESTION"));
    ProviderOptions::addProviderOptions(parser);
    parser.addOption({QStringLiteral("yes"), tr("Agree to send the question and what the tools find to the model service.")});
    parser.addOption({QStringLiteral("privacy"), tr("What may leave the machine for this question: never, text or images "
                                                    "(default: the library's setting)."), QStringLiteral("LEVEL")});
    parser.addOption({QStringLiteral("max-steps"), tr("Tool rounds before the agent gives up, 1 to 50 (default 8)."),
                      QStringLiteral("N"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("conversation"), tr("Continue this conversation (see --list)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("list"), tr("List the library's conversations.")});
    parser.addOption({QStringLiteral("delete"), tr("Delete a conversation."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("show"), tr("Show a stored conversation: its questions, steps, answers and sources."), QStringLiteral("ID")});
    if (!ctx.parse(parser, 0))
        return Usage;
    const bool listing = parser.isSet(QStringLiteral("list"));
    const bool deleting = parser.isSet(QStringLiteral("delete"));
    const bool showing = parser.isSet(QStringLiteral("show"));
    const QString question = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    const int managing = int(listing) + int(deleting) + int(showing);
    if (managing > 0 ? !question.isEmpty() || managing > 1 : question.isEmpty()) {
        ctx.err << tr("Usage: pagelens-cli ask QUESTION [options] | ask --list | ask --show ID | ask --delete ID") << '\n';
        return Usage;
    }
    const Result<int> maxSteps = CliContext::intOption(parser, QStringLiteral("max-steps"), 1, 50, tr("tool rounds"));
    if (!maxSteps) {
        ctx.err << maxSteps.error().message << '\n';
        return Usage;
    }
    std::optional<Privacy> chosenPrivacy;
    if (parser.isSet(QStringLiteral("privacy"))) {
        chosenPrivacy = privacyFromString(parser.value(QStringLiteral("privacy")));
        if (!chosenPrivacy) {
            ctx.err << tr("--privacy takes never, text or images.") << '\n';
            return Usage;
        }
    }

    int opened = Ok;
    auto service = LibraryCommands::openService(ctx, opened);
    if (!service)
        return opened;
    if (listing)
        return listConversations(ctx, *service);
    if (showing)
        return showConversation(ctx, *service, parser.value(QStringLiteral("show")));
    if (deleting) {
        auto removed = ConversationStore(service->library()->catalog()).remove(parser.value(QStringLiteral("delete")));
        if (!removed) {
            ctx.err << removed.error().message << '\n';
            return removed.error().code == Error::Code::NotFound ? Usage : SomeInputsFailed;
        }
        if (!ctx.json)
            ctx.out << tr("Deleted conversation %1.").arg(parser.value(QStringLiteral("delete"))) << '\n';
        else
            ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("deleted"), parser.value(QStringLiteral("delete"))}}));
        return Ok;
    }
    const QString conversationId = parser.value(QStringLiteral("conversation"));
    if (!conversationId.isEmpty()) {   // a typo must not quietly start a new conversation
        auto known = ConversationStore(service->library()->catalog()).load(conversationId);
        if (!known) {
            ctx.err << known.error().message << '\n';
            return known.error().code == Error::Code::NotFound ? Usage : SomeInputsFailed;
        }
    }
    auto privacy = service->privacy().result();
    if (!privacy) {
        ctx.err << privacy.error().message << '\n';
        return SomeInputsFailed;
    }
    if (chosenPrivacy)
        privacy = *chosenPrivacy;

    // Without a model service (none configured, privacy "never", or no consent yet): search results.
    auto answerExtractively = [&](const QString &why) -> int {
        SearchOptions options;
        options.signalNames = {QStringLiteral("bm25")};   // nothing leaves: not even the query for an embedding
        auto found = service->search(question, 5, options).result();
        if (!found) {
            ctx.err << found.error().message << '\n';
            return SomeInputsFailed;
        }
        printAnswer(ctx, ExtractiveAnswer::fromSearch(question, *found, why));
        return Ok;
    };
    if (*privacy == Privacy::Never)
        return answerExtractively(tr("The library's privacy is \"never\", so no model was asked."));
    auto config = ProviderOptions::config(parser);
    if (!config) {
        ctx.err << config.error().message << '\n';
        ctx.err.flush();
        return answerExtractively(tr("No model service is set up."));
    }
    const QString model = config->model;
    const int imagesPerStep = AgentLoop::Options{}.maxImagesPerStep;
    if (!parser.isSet(QStringLiteral("yes"))) {
        ctx.err << tr("Would send to %1 (%2): the question \"%3\", the page text, captions and snippets the tools find")
                       .arg(model, config->baseUrl, question);
        if (*privacy == Privacy::Images)
            ctx.err << tr(", and at most %1 page images per step (WEBP, at most 1024 px)").arg(imagesPerStep);
        ctx.err << tr("; privacy: %1; at most %2 steps.").arg(toString(*privacy)).arg(*maxSteps) << '\n'
                << tr("Nothing was sent. Run again with --yes to agree.") << '\n';
        ctx.err.flush();
        return answerExtractively(tr("Nothing was sent to a model service."));
    }

    std::shared_ptr<Provider> provider = ProviderFactory::createOnOwnThread(*config);
    AgentLoop::Options options;
    options.maxSteps = *maxSteps;
    options.privacy = *privacy;
    options.model = model;
    auto embedModel = service->library()->embeddingModel();
    if (embedModel && !embedModel->isEmpty())
        options.search.provider = provider.get();   // the dense signal embeds the query
    AgentLoop agent(service, provider, options);
    QEventLoop loop;
    QObject::connect(&agent, &AgentLoop::finished, &loop, &QEventLoop::quit);
    QObject::connect(&agent, &AgentLoop::stepFinished, [&ctx](const AgentStep &step) {
        if (ctx.verbose)
            ctx.err << (step.ok ? "  " : "  ! ") << step.summary << '\n';
    });
    agent.ask(question, conversationId);
    if (agent.isRunning())
        loop.exec();
    const AgentAnswer &answer = agent.answer();
    switch (answer.status) {
    case AgentAnswer::Status::Answered:
        printAnswer(ctx, answer);
        return Ok;
    case AgentAnswer::Status::StepCapReached:
        ctx.err << answer.error->message << '\n';
        if (ctx.json)
            printAnswer(ctx, answer);
        return ModelServiceError;
    case AgentAnswer::Status::Failed:
    case AgentAnswer::Status::Cancelled:
        ctx.err << (answer.error ? answer.error->message : tr("The agent stopped.")) << '\n';
        if (ctx.json)
            printAnswer(ctx, answer);
        return !answer.error || answer.error->fromModelService() || answer.error->code == Error::Code::Cancelled
                   ? ModelServiceError
                   : SomeInputsFailed;
    }
    return ModelServiceError;
}

} // namespace PageLens::Cli
