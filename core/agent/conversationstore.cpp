// SPDX-License-Identifier: MIT
#include "core/agent/conversationstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "core/library/catalog.h"

namespace PageLens {

namespace {

QString kindName(ContentPart::Kind kind)
{
    switch (kind) {
    case ContentPart::Kind::Text: return QStringLiteral("text");
    case ContentPart::Kind::Media: return QStringLiteral("media");
    case ContentPart::Kind::FunctionCall: return QStringLiteral("call");
    case ContentPart::Kind::FunctionResponse: return QStringLiteral("response");
    }
    return QStringLiteral("text");
}

ContentPart imageNote(const ContentPart &media)
{
    return ContentPart::fromText(QStringLiteral("[A page image was shown here%1; it is not kept in the history.]")
                                     .arg(media.name.isEmpty() ? QString() : QStringLiteral(" (") + media.name + QLatin1Char(')')));
}

Error databaseError(const QSqlQuery &q, const QString &message)
{
    return Error(Error::Code::Database, message, q.lastError().text());
}

} // namespace

ConversationStore::ConversationStore(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
{
}

Conversation ConversationStore::create(const QString &title)
{
    Conversation c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    c.title = title.simplified().left(200);
    c.created = c.updated = QDateTime::currentDateTimeUtc();
    return c;
}

QJsonArray ConversationStore::partsToJson(const QVector<ContentPart> &parts)
{
    QJsonArray array;
    for (const ContentPart &part : parts) {
        if (part.kind == ContentPart::Kind::Media) {   // page images stay on disk, not in the history
            array.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("text")}, {QStringLiteral("text"), imageNote(part).text}});
            continue;
        }
        QJsonObject json{{QStringLiteral("kind"), kindName(part.kind)}};
        if (!part.text.isEmpty())
            json.insert(QStringLiteral("text"), part.text);
        if (!part.name.isEmpty())
            json.insert(QStringLiteral("name"), part.name);
        if (!part.callId.isEmpty())
            json.insert(QStringLiteral("id"), part.callId);
        if (part.kind == ContentPart::Kind::FunctionCall || part.kind == ContentPart::Kind::FunctionResponse)
            json.insert(QStringLiteral("args"), part.args);
        if (!part.thoughtSignature.isEmpty())   // Latin-1 both ways: the bytes come back unchanged
            json.insert(QStringLiteral("signature"), QString::fromLatin1(part.thoughtSignature));
        if (part.thought)
            json.insert(QStringLiteral("thought"), true);
        if (!part.responseParts.empty())
            json.insert(QStringLiteral("note"), imageNote(part.responseParts.front()).text);
        array.append(json);
    }
    return array;
}

QVector<ContentPart> ConversationStore::partsFromJson(const QJsonArray &json)
{
    QVector<ContentPart> parts;
    for (const QJsonValue &value : json) {
        const QJsonObject o = value.toObject();
        ContentPart part;
        const QString kind = o.value(QLatin1String("kind")).toString();
        part.kind = kind == QLatin1String("call")       ? ContentPart::Kind::FunctionCall
                    : kind == QLatin1String("response") ? ContentPart::Kind::FunctionResponse
                                                        : ContentPart::Kind::Text;
        part.text = o.value(QLatin1String("text")).toString();
        part.name = o.value(QLatin1String("name")).toString();
        part.callId = o.value(QLatin1String("id")).toString();
        part.args = o.value(QLatin1String("args")).toObject();
        part.thoughtSignature = o.value(QLatin1String("signature")).toString().toLatin1();
        part.thought = o.value(QLatin1String("thought")).toBool();
        parts.append(part);
    }
    return parts;
}

Result<Conversation> ConversationStore::load(const QString &id) const
{
    QSqlQuery q(m_catalog->database());
    q.prepare(QStringLiteral("SELECT title, created, updated, sources FROM conversations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return tl::unexpected(databaseError(q, tr("The conversation could not be read.")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("There is no conversation \"%1\" in this library (see ask --list).").arg(id));
    Conversation c;
    c.id = id;
    c.title = q.value(0).toString();
    c.created = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    c.updated = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    c.sources = SourceList::fromJson(QJsonDocument::fromJson(q.value(3).toByteArray()).array());
    q.prepare(QStringLiteral("SELECT role, question, parts FROM conversation_turns WHERE conversation_id = ? ORDER BY seq"));
    q.addBindValue(id);
    if (!q.exec())
        return tl::unexpected(databaseError(q, tr("The conversation could not be read.")));
    while (q.next()) {
        ChatTurn turn;
        turn.role = q.value(0).toString() == QLatin1String("model") ? ChatTurn::Role::Model : ChatTurn::Role::User;
        turn.parts = partsFromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).array());
        c.turns.append(turn);
        c.questionTurns.append(q.value(1).toBool());
    }
    c.storedTurns = int(c.turns.size());
    return c;
}

Result<void> ConversationStore::save(Conversation &conversation)
{
    QSqlDatabase db = m_catalog->database();
    if (!db.transaction())
        return fail(Error::Code::Database, tr("The conversation could not be saved."), db.lastError().text());
    QSqlQuery q(db);
    conversation.updated = QDateTime::currentDateTimeUtc();
    q.prepare(QStringLiteral("INSERT INTO conversations(id, title, created, updated, sources) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET updated = excluded.updated, sources = excluded.sources"));
    q.addBindValue(conversation.id);
    q.addBindValue(conversation.title);
    q.addBindValue(conversation.created.toSecsSinceEpoch());
    q.addBindValue(conversation.updated.toSecsSinceEpoch());
    q.addBindValue(QString::fromUtf8(QJsonDocument(conversation.sources.toJson()).toJson(QJsonDocument::Compact)));
    bool ok = q.exec();
    for (int i = conversation.storedTurns; ok && i < conversation.turns.size(); ++i) {
        q.prepare(QStringLiteral("INSERT INTO conversation_turns(conversation_id, seq, role, question, parts) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(conversation.id);
        q.addBindValue(i);
        q.addBindValue(conversation.turns.at(i).role == ChatTurn::Role::Model ? QStringLiteral("model") : QStringLiteral("user"));
        q.addBindValue(conversation.questionTurns.value(i) ? 1 : 0);
        q.addBindValue(QString::fromUtf8(QJsonDocument(partsToJson(conversation.turns.at(i).parts)).toJson(QJsonDocument::Compact)));
        ok = q.exec();
    }
    if (!ok) {
        const Error error = databaseError(q, tr("The conversation could not be saved."));
        db.rollback();
        return tl::unexpected(error);
    }
    if (!db.commit())
        return fail(Error::Code::Database, tr("The conversation could not be saved."), db.lastError().text());
    conversation.storedTurns = int(conversation.turns.size());
    return {};
}

Result<QVector<ConversationSummary>> ConversationStore::list() const
{
    QSqlQuery q(m_catalog->database());
    if (!q.exec(QStringLiteral("SELECT c.id, c.title, c.created, c.updated, "
                               "(SELECT count(*) FROM conversation_turns t WHERE t.conversation_id = c.id AND t.question) "
                               "FROM conversations c ORDER BY c.updated DESC, c.id")))
        return tl::unexpected(databaseError(q, tr("The conversations could not be read.")));
    QVector<ConversationSummary> all;
    while (q.next())
        all.append({q.value(0).toString(), q.value(1).toString(), QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                    QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC), q.value(4).toInt()});
    return all;
}

Result<void> ConversationStore::remove(const QString &id)
{
    QSqlDatabase db = m_catalog->database();
    if (!db.transaction())
        return fail(Error::Code::Database, tr("The conversation could not be deleted."), db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM conversation_turns WHERE conversation_id = ?"));
    q.addBindValue(id);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM conversations WHERE id = ?"));
        q.addBindValue(id);
        ok = q.exec();
    }
    const int removed = ok ? q.numRowsAffected() : 0;
    if (!ok || removed == 0) {
        const Error error = ok ? Error(Error::Code::NotFound, tr("There is no conversation \"%1\" in this library (see ask --list).").arg(id))
                               : databaseError(q, tr("The conversation could not be deleted."));
        db.rollback();
        return tl::unexpected(error);
    }
    if (!db.commit())
        return fail(Error::Code::Database, tr("The conversation could not be deleted."), db.lastError().text());
    return {};
}

} // namespace PageLens
