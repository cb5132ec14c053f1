// SPDX-License-Identifier: MIT
#include "core/retrieval/textsearch.h"

#include <functional>

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "core/library/catalog.h"
#include "core/retrieval/querytokens.h"

namespace PageLens {

namespace {

/** Folded tokens between the \x01 ... \x02 markers of FTS5's highlight(). */
QSet<QString> matchedForms(const QString &highlighted)
{
    QSet<QString> forms;
    for (qsizetype start = highlighted.indexOf(QChar(1)); start >= 0; start = highlighted.indexOf(QChar(1), start + 1)) {
        const qsizetype end = highlighted.indexOf(QChar(2), start);
        if (end < 0)
            break;
        for (const QString &token : QueryTokens::tokenize(highlighted.mid(start + 1, end - start - 1)))
            forms.insert(token);
    }
    return forms;
}

/** Which words of a page get a box. */
using WordMatch = std::function<bool(const QString &foldedToken)>;

/**
 * Runs one FTS5 query over `table` (pages_fts or pages_trigram) whose columns are, in order:
 * page id, document id, page, width, height, path, rank, text snippet, caption snippet, words,
 * caption, highlighted text.
 */
Result<QVector<SearchHit>> runQuery(QSqlQuery &q, const std::function<WordMatch(const QSqlQuery &)> &matcher)
{
    if (!q.exec())
        return fail(Error::Code::Database, QCoreApplication::translate("PageLens", "The search failed."),
                    q.lastError().text());
    QVector<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.pageId = q.value(0).toLongLong();
        hit.ref = {q.value(1).toLongLong(), q.value(2).toInt()};
        hit.pageSize = QSizeF(q.value(3).toDouble(), q.value(4).toDouble());
        hit.path = q.value(5).toString();
        hit.score = -q.value(6).toDouble();
        const QString textSnippet = q.value(7).toString();
        const QString captionSnippet = q.value(8).toString();
        hit.snippet = textSnippet.contains(QLatin1Char('[')) || captionSnippet.isEmpty() ? textSnippet : captionSnippet;
        hit.snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        hit.caption = q.value(10).toString().left(300);
        const WordMatch matches = matcher(q);
        const Words words = Catalog::decodeWords(q.value(9).toByteArray());
        for (const Word &word : words) {
            const QStringList tokens = QueryTokens::tokenize(word.text);
            if (std::any_of(tokens.begin(), tokens.end(), matches))
                hit.boxes << word.box;
        }
        hit.signalScores.insert(QStringLiteral("bm25"), {hit.score, int(hits.size()) + 1});
        hits << hit;
    }
    return hits;
}

QString selectFrom(const QString &table)
{
    // Text weighs more than captions: the page's own words are the evidence.
    return QStringLiteral(
               "SELECT p.id, p.document_id, p.page, p.width, p.height, d.path, bm25(%1, 1.0, 0.6) AS rank,"
               " snippet(%1, 0, '[', ']', '…', 14), snippet(%1, 1, '[', ']', '…', 14), p.words, p.caption,"
               " highlight(%1, 0, char(1), char(2))"
               " FROM %1 JOIN pages p ON p.id = %1.rowid JOIN documents d ON d.id = p.document_id"
               " WHERE %1 MATCH ? ORDER BY rank LIMIT ?")
        .arg(table);
}

} // namespace

TextSearch::TextSearch(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
{
}

Result<QVector<SearchHit>> TextSearch::search(const QString &query, int k) const
{
    if (QueryTokens::needsSubstringSearch(query))
        return substringSearch(query, k);
    const QStringList terms = QueryTokens::terms(query);
    if (terms.isEmpty())
        return QVector<SearchHit>{};
    QSqlQuery q(m_catalog->database());
    q.prepare(selectFrom(QStringLiteral("pages_fts")));
    q.addBindValue(QueryTokens::ftsExpression(terms));
    q.addBindValue(std::max(1, k));
    // The words FTS5 matched (after its stemming), as they are spelled on each page.
    return runQuery(q, [](const QSqlQuery &row) -> WordMatch {
        const QSet<QString> matched = matchedForms(row.value(11).toString());
        return [matched](const QString &token) { return matched.contains(token); };
    });
}

Result<QVector<SearchHit>> TextSearch::substringSearch(const QString &query, int k) const
{
    // Trigrams need three characters; shorter pieces (most Chinese words have two) would match
    // everything or nothing, so they only mark boxes.
    const QStringList pieces = QueryTokens::tokenize(query);
    QStringList searchable;
    for (const QString &piece : pieces) {
        if (piece.size() >= 3)
            searchable << piece;
    }
    if (searchable.isEmpty() && pieces.join(QString()).size() >= 3)
        searchable << pieces.join(QString());   // "建设 用地" typed with a space
    if (searchable.isEmpty())
        return fail(Error::Code::InvalidArgument,
                    QCoreApplication::translate("PageLens", "Type at least three characters to search Chinese, Japanese or Korean text."));
    QSqlQuery q(m_catalog->database());
    q.prepare(selectFrom(QStringLiteral("pages_trigram")));
    q.addBindValue(QueryTokens::ftsExpression(searchable));
    q.addBindValue(std::max(1, k));
    return runQuery(q, [pieces](const QSqlQuery &) -> WordMatch {
        return [pieces](const QString &token) {
            return std::any_of(pieces.begin(), pieces.end(), [&](const QString &piece) { return token.contains(piece); });
        };
    });
}

} // namespace PageLens
