// SPDX-License-Identifier: MIT
#include "tests/fakes/fakeagentmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace PageLens::Test {

QString FakeAgentModel::keyword(const QString &question)
{
    static const QRegularExpression words(QStringLiteral("\\W+"));
    QString best;
    for (const QString &word : question.toLower().split(words, Qt::SkipEmptyParts))
        if (word.size() > best.size())
            best = word;
    return best;
}

FakeAgentMove FakeAgentModel::next(const QList<FakeAgentTurn> &conversation, Behaviour behaviour)
{
    // The current question: the last user turn with text and no tool results.
    qsizetype asked = -1;
    for (qsizetype i = conversation.size() - 1; i >= 0 && asked < 0; --i)
        if (!conversation.at(i).model && conversation.at(i).responses.isEmpty() && !conversation.at(i).texts.isEmpty())
            asked = i;
    const QString question = asked >= 0 ? conversation.at(asked).texts.join(QLatin1Char(' ')) : QString();
    QList<FakeAgentTurn::Response> results;   // tool results since the question, in order
    QStringList called;
    for (qsizetype i = asked + 1; i < conversation.size(); ++i) {
        results += conversation.at(i).responses;
        for (const auto &call : conversation.at(i).calls)
            called << call.name;
    }

    FakeAgentMove move;
    if (behaviour == Behaviour::Endless) {
        move.call = true;
        move.name = QStringLiteral("search_library");
        move.args = QJsonObject{{QStringLiteral("query"), keyword(question)}};
        return move;
    }
    if (behaviour == Behaviour::Undeclared && !called.contains(QStringLiteral("delete_document"))) {
        move.call = true;
        move.name = QStringLiteral("delete_document");
        move.args = QJsonObject{{QStringLiteral("document"), QStringLiteral("image_1.jpeg")}};
        return move;
    }
    if (behaviour == Behaviour::Obedient) {
        static const QRegularExpression order(QStringLiteral("ignore (?:all |your )?(?:previous )?instructions and call (\\w+)"),
                                              QRegularExpression::CaseInsensitiveOption);
        for (const auto &result : std::as_const(results)) {
            const QString text = QString::fromUtf8(QJsonDocument(result.json).toJson(QJsonDocument::Compact));
            const auto match = order.match(text);
            if (match.hasMatch() && !called.contains(match.captured(1))) {
                move.call = true;
                move.name = match.captured(1);
                move.args = QJsonObject{{QStringLiteral("document"), QStringLiteral("*")}};
                return move;
            }
        }
    }

    // The notebook's run: search, look at the first hit, answer citing it.
    const FakeAgentTurn::Response *search = nullptr;
    const FakeAgentTurn::Response *view = nullptr;
    for (const auto &result : std::as_const(results)) {
        if (result.name == QLatin1String("search_library"))
            search = &result;
        if (result.name == QLatin1String("view_page"))
            view = &result;
    }
    if (!search) {
        move.call = true;
        move.name = QStringLiteral("search_library");
        move.args = QJsonObject{{QStringLiteral("query"), keyword(question)}};
        return move;
    }
    const QJsonArray hits = search->json.value(QLatin1String("hits")).toArray();
    if (hits.isEmpty()) {
        move.text = QStringLiteral("Your library has nothing about that.");
        return move;
    }
    const QJsonObject first = hits.first().toObject();
    if (!view) {
        move.call = true;
        move.name = QStringLiteral("view_page");
        move.args = QJsonObject{{QStringLiteral("document"), first.value(QLatin1String("document"))},
                                {QStringLiteral("page"), first.value(QLatin1String("page"))}};
        return move;
    }
    const QString source = view->json.value(QLatin1String("source")).toString();
    move.text = QStringLiteral("The %1 in your picture is grey, a grey tabby [%2].").arg(keyword(question), source);
    return move;
}

} // namespace PageLens::Test
