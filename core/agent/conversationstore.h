// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QJsonArray>

#include "core/agent/conversation.h"
#include "core/common/result.h"

namespace PageLens {

class Catalog;

/**
 * The library's conversations in the catalog (schema step 5). Turns are stored as the model
 * saw them, with function calls and their thought signatures byte for byte; page images are
 * left out (a turn keeps a note that an image was shown). Blocking SQL: call off the GUI thread.
 * Conversations are the agent's own rows: writing them does not take the library's write lock,
 * so asking never waits for indexing (SQLite serialises the writes).
 */
class ConversationStore
{
    Q_DECLARE_TR_FUNCTIONS(ConversationStore)
public:
    explicit ConversationStore(std::shared_ptr<Catalog> catalog);

    /** A new, not yet stored conversation with a fresh id. */
    static Conversation create(const QString &title);
    Result<Conversation> load(const QString &id) const;
    /** Stores the turns added since it was loaded (or all of a new one) and its sources. */
    Result<void> save(Conversation &conversation);
    Result<QVector<ConversationSummary>> list() const;
    /** NotFound when there is no such conversation. */
    Result<void> remove(const QString &id);

    /** A turn as stored: JSON, images replaced by a note. */
    static QJsonArray partsToJson(const QVector<ContentPart> &parts);
    static QVector<ContentPart> partsFromJson(const QJsonArray &json);

private:
    std::shared_ptr<Catalog> m_catalog;
};

} // namespace PageLens
