// SPDX-License-Identifier: MIT
#include "core/retrieval/textsearch.h"

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

} // namespace

TextSearch::TextSearch(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
{
}

Result<QVector<SearchHit>> TextSearch::search(const QString &query, int k) const
{
    const QStringList terms = QueryTokens::terms(query);
    if (terms.isEmpty())
        return QVector<SearchHit>{};

    QSqlQuery q(m_catalog->database());
    // Text weighs more than captions: the page's own words are the evidence.
    q.prepare(QStringLiteral(
        "SELECT p.id, p.document_id, p.page, p.width, p.height, d.path, bm25(pages_fts, 1.0, 0.6) AS rank,"
        " snippet(pages_fts, 0, '[', ']', '…', 14), snippet(pages_fts, 1, '[', ']', '…', 14), p.words, p.caption,"
        " highlight(pages_fts, 0, char(1), char(2))"
        " FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid JOIN documents d ON d.id = p.document_id"
        " WHERE pages_fts MATCH ? ORDER BY rank LIMIT ?"));
    q.addBindValue(QueryTokens::ftsExpression(terms));
    q.addBindValue(std::max(1, k));
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
        // The words FTS5 matched (after its stemming), as they are spelled on this page.
        const QSet<QString> matched = matchedForms(q.value(11).toString());
        const Words words = Catalog::decodeWords(q.value(9).toByteArray());
        for (const Word &word : words) {
            const QStringList tokens = QueryTokens::tokenize(word.text);
            for (const QString &t : tokens) {
                if (matched.contains(t)) {
                    hit.boxes << word.box;
                    break;
                }
            }
        }
        hit.signalScores.insert(QStringLiteral("bm25"), {hit.score, int(hits.size()) + 1});
        hits << hit;
    }
    return hits;
}

} // namespace PageLens
