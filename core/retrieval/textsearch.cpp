// SPDX-License-Identifier: MIT
#include "core/retrieval/textsearch.h"

#include <algorithm>
#include <functional>

#include <QBitArray>
#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "core/library/catalog.h"
#include "core/retrieval/queryparser.h"
#include "core/retrieval/querytokens.h"

namespace PageLens {

namespace {

// highlight() markers: noncharacters, which a page's text (from PDFs, OCR) does not hold, unlike
// control characters (PDFs map bullets to U+0001, which once marked whole lines as matched).
constexpr char16_t kOpenMark = 0xFDD0;
constexpr char16_t kCloseMark = 0xFDD1;

/**
 * Which characters of the page text FTS5's highlight() marked. Walks the text and the highlighted
 * copy together, so only inserted characters count as markers, whatever the text holds.
 */
QBitArray markedCharacters(const QString &text, const QString &highlighted)
{
    QBitArray marked(text.size());
    qsizetype at = 0;
    bool inMark = false;
    for (const QChar c : highlighted) {
        if (at < text.size() && c == text.at(at)) {
            marked.setBit(at++, inMark);
        } else if (c.unicode() == kOpenMark) {
            inMark = true;
        } else if (c.unicode() == kCloseMark) {
            inMark = false;
        }
    }
    return marked;
}

/** Folded tokens of the marked stretches of the text. */
QSet<QString> matchedForms(const QString &text, const QBitArray &marked)
{
    QSet<QString> forms;
    for (qsizetype i = 0; i < text.size();) {
        if (!marked.testBit(i)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && marked.testBit(end))
            ++end;
        for (const QString &token : QueryTokens::tokenize(text.mid(i, end - i)))
            forms.insert(token);
        i = end;
    }
    return forms;
}

/** Which words of a page get a box. */
using WordMatch = std::function<bool(const QString &foldedToken)>;

/** Columns 0-5 of both queries: page id, document id, page, width, height, path. */
SearchHit hitFromRow(const QSqlQuery &q)
{
    SearchHit hit;
    hit.pageId = q.value(0).toLongLong();
    hit.ref = {q.value(1).toLongLong(), q.value(2).toInt()};
    hit.pageSize = QSizeF(q.value(3).toDouble(), q.value(4).toDouble());
    hit.path = q.value(5).toString();
    return hit;
}

/**
 * Boxes the words FTS5 matched where it matched them: highlight() marks exactly the matched
 * tokens (a phrase only where its words stand together), and a page's text is its words joined
 * by white space, so the n-th white-space-separated piece of the text is the n-th word. False
 * when text and words do not line up that way (the caller then matches by word form).
 */
bool addBoxesAtMatches(SearchHit &hit, const Words &words, const QString &text, const QBitArray &marked)
{
    QVector<bool> wordMarked;
    wordMarked.reserve(words.size());
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isSpace()) {
            inWord = false;
            continue;
        }
        if (!inWord)
            wordMarked << false;
        inWord = true;
        wordMarked.last() = wordMarked.last() || marked.testBit(i);
    }
    if (wordMarked.size() != words.size())
        return false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (wordMarked[i])
            hit.boxes << words[i].box;
    }
    return true;
}

void addBoxes(SearchHit &hit, const QByteArray &wordsBlob, const WordMatch &matches)
{
    for (const Word &word : Catalog::decodeWords(wordsBlob)) {
        const QStringList tokens = QueryTokens::tokenize(word.text);
        if (std::any_of(tokens.begin(), tokens.end(), matches))
            hit.boxes << word.box;
    }
}

/**
 * Which groups a page has, from the 0/1 columns starting at `firstColumn`; for a page that has
 * them all (no partial search) every label.
 */
void setMatchedTerms(SearchHit &hit, const QSqlQuery &q, const ParsedQuery &query, bool partial, int firstColumn)
{
    hit.partialMatch = partial;
    for (int i = 0; i < query.required.size(); ++i) {
        if (!partial || q.value(firstColumn + i).toBool())
            hit.matchedTerms << query.label(i);
    }
}

Result<void> exec(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return fail(Error::Code::Database, QCoreApplication::translate("PageLens", "The search failed."),
                    q.lastError().text());
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return fail(Error::Code::Database, QCoreApplication::translate("PageLens", "The search failed."),
                    q.lastError().text());
    return {};
}

/** "g0 + g1 + ..." over the group columns, for ranking pages by how many groups they have. */
QString groupSum(int groups)
{
    QStringList names;
    for (int i = 0; i < groups; ++i)
        names << QStringLiteral("g%1").arg(i);
    return names.join(QStringLiteral(" + "));
}

/** What a term looks for in the raw page text: Chinese or Japanese words of a phrase have no spaces between them. */
QString needle(const ParsedQuery::Term &term)
{
    const QString text = term.words.join(QString());
    return term.words.join(QueryTokens::needsSubstringSearch(text) ? QString() : QStringLiteral(" "));
}

/** An SQL condition on `p` that holds when the page has the term, with its bind values. */
QString substringCondition(const ParsedQuery::Term &term, QVariantList &binds)
{
    const QString wanted = needle(term);
    // The trigram index answers from three characters on; shorter words (most Chinese and Korean
    // words have two) are looked for in the text itself.
    if (wanted.size() >= 3) {
        binds << QLatin1Char('"') + QString(wanted).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return QStringLiteral("p.id IN (SELECT rowid FROM pages_trigram WHERE pages_trigram MATCH ?)");
    }
    binds << wanted << wanted;
    return QStringLiteral("(instr(lower(p.text), ?) > 0 OR instr(lower(p.caption), ?) > 0)");
}

QString groupCondition(const ParsedQuery::Group &group, QVariantList &binds)
{
    QStringList parts;
    for (const ParsedQuery::Term &term : group)
        parts << substringCondition(term, binds);
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

/** The page text around the first needle found, the needle in [ and ]. */
QString substringSnippet(const QString &text, const QStringList &needles)
{
    for (const QString &wanted : needles) {
        const qsizetype at = text.indexOf(wanted, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        const qsizetype from = std::max<qsizetype>(0, at - 30);
        const qsizetype to = std::min<qsizetype>(text.size(), at + wanted.size() + 40);
        QString snippet = (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, at - from) + QLatin1Char('[')
                          + text.mid(at, wanted.size()) + QLatin1Char(']') + text.mid(at + wanted.size(), to - at - wanted.size())
                          + (to < text.size() ? QStringLiteral("…") : QString());
        return snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return text.simplified().left(120);
}

} // namespace

TextSearch::TextSearch(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
{
}

Result<QVector<SearchHit>> TextSearch::search(const QString &query, int k) const
{
    const ParsedQuery parsed = QueryParser::parse(query);
    if (parsed.isEmpty())
        return QVector<SearchHit>{};
    const bool substring = QueryTokens::needsSubstringSearch(query);
    auto hits = substring ? substringSearch(parsed, k, false) : wordSearch(parsed, k, false);
    if (!hits || hits->size() >= k || parsed.required.size() < 2)
        return hits;
    // Fewer than k pages have every word: the pages with most of them follow, marked as such, so a
    // sentence typed as a query is still answered.
    auto partial = substring ? substringSearch(parsed, k + int(hits->size()), true)
                             : wordSearch(parsed, k + int(hits->size()), true);
    if (!partial)
        return partial;
    QSet<qint64> seen;
    for (const SearchHit &hit : std::as_const(*hits))
        seen.insert(hit.pageId);
    for (const SearchHit &hit : std::as_const(*partial)) {
        if (hits->size() >= k)
            break;
        if (!seen.contains(hit.pageId)) {
            hits->append(hit);
            hits->last().signalScores[QStringLiteral("bm25")].rank = int(hits->size());
        }
    }
    return hits;
}

Result<QVector<SearchHit>> TextSearch::wordSearch(const ParsedQuery &query, int k, bool partial) const
{
    QVariantList binds;
    QString groupColumns;
    if (partial) {
        for (int i = 0; i < query.required.size(); ++i) {
            groupColumns += QStringLiteral(", (p.id IN (SELECT rowid FROM pages_fts WHERE pages_fts MATCH ?)) AS g%1").arg(i);
            binds << query.ftsGroup(i);
        }
    }
    binds << (partial ? query.ftsAny() : query.ftsAll()) << std::max(1, k);
    // Text weighs more than captions: the page's own words are the evidence.
    const QString sql =
        QStringLiteral("SELECT p.id, p.document_id, p.page, p.width, p.height, d.path, bm25(pages_fts, 1.0, 0.6) AS rank,"
                       " snippet(pages_fts, 0, '[', ']', '…', 14), snippet(pages_fts, 1, '[', ']', '…', 14), p.words, p.caption,"
                       " highlight(pages_fts, 0, char(64976), char(64977)), p.text%1"
                       " FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid JOIN documents d ON d.id = p.document_id"
                       " WHERE pages_fts MATCH ? ORDER BY %2 rank LIMIT ?")
            .arg(groupColumns, partial ? groupSum(int(query.required.size())) + QStringLiteral(" DESC,") : QString());
    QSqlQuery q(m_catalog->database());
    if (auto done = exec(q, sql, binds); !done)
        return tl::unexpected(done.error());
    QVector<SearchHit> hits;
    while (q.next()) {
        SearchHit hit = hitFromRow(q);
        hit.score = -q.value(6).toDouble();
        const QString textSnippet = q.value(7).toString();
        const QString captionSnippet = q.value(8).toString();
        hit.captionOnly = !textSnippet.contains(QLatin1Char('[')) && captionSnippet.contains(QLatin1Char('['));
        hit.snippet = textSnippet.contains(QLatin1Char('[')) || captionSnippet.isEmpty() ? textSnippet : captionSnippet;
        hit.snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        hit.caption = q.value(10).toString().left(300);
        // The words FTS5 matched (after its stemming, following phrases and prefixes), where it matched them.
        const QString text = q.value(12).toString();
        const QBitArray marked = markedCharacters(text, q.value(11).toString());
        if (!addBoxesAtMatches(hit, Catalog::decodeWords(q.value(9).toByteArray()), text, marked)) {
            const QSet<QString> matched = matchedForms(text, marked);
            addBoxes(hit, q.value(9).toByteArray(), [&matched](const QString &token) { return matched.contains(token); });
        }
        setMatchedTerms(hit, q, query, partial, 13);
        hit.signalScores.insert(QStringLiteral("bm25"), {hit.score, int(hits.size()) + 1});
        hits << hit;
    }
    return hits;
}

Result<QVector<SearchHit>> TextSearch::substringSearch(const ParsedQuery &query, int k, bool partial) const
{
    QStringList needles, words;
    for (const ParsedQuery::Group &group : query.required) {
        for (const ParsedQuery::Term &term : group) {
            needles << needle(term);
            words << term.words;
        }
    }
    QVariantList binds;
    // Score: how often the needles occur in the page text and caption.
    QStringList counts;
    for (const QString &wanted : std::as_const(needles)) {
        counts << QStringLiteral("(length(lower(p.text || ' ' || p.caption)) - length(replace(lower(p.text || ' ' || p.caption), ?, ''))) / %1")
                      .arg(wanted.size());
        binds << wanted;
    }
    QStringList groupColumns, groups;
    for (int i = 0; i < query.required.size(); ++i) {
        groupColumns << groupCondition(query.required.at(i), binds) + QStringLiteral(" AS g%1").arg(i);
        groups << QStringLiteral("g%1").arg(i);
    }
    QStringList excluded;
    for (const ParsedQuery::Term &term : query.excluded)
        excluded << QStringLiteral("NOT ") + substringCondition(term, binds);
    const QString wanted = partial ? groupSum(int(groups.size())) + QStringLiteral(" > 0") : groups.join(QStringLiteral(" AND "));
    binds << std::max(1, k);
    const QString sql =
        QStringLiteral("SELECT p.id, p.document_id, p.page, p.width, p.height, d.path, %1 AS score, p.text, p.caption, p.words, %2"
                       " FROM pages p JOIN documents d ON d.id = p.document_id"
                       " WHERE %3 ORDER BY %4 score DESC, p.id LIMIT ?")
            .arg(counts.join(QStringLiteral(" + ")), groupColumns.join(QStringLiteral(", ")),
                 QStringList(QStringList{wanted} + excluded).join(QStringLiteral(" AND ")),
                 partial ? groupSum(int(groups.size())) + QStringLiteral(" DESC,") : QString());
    QSqlQuery q(m_catalog->database());
    if (auto done = exec(q, sql, binds); !done)
        return tl::unexpected(done.error());
    QVector<SearchHit> hits;
    while (q.next()) {
        SearchHit hit = hitFromRow(q);
        hit.score = q.value(6).toDouble();
        const QString text = q.value(7).toString();
        hit.caption = q.value(8).toString().left(300);
        hit.snippet = substringSnippet(text.isEmpty() ? hit.caption : text, needles);
        addBoxes(hit, q.value(9).toByteArray(), [&words](const QString &token) {
            return std::any_of(words.begin(), words.end(), [&](const QString &word) { return token.contains(word); });
        });
        setMatchedTerms(hit, q, query, partial, 10);
        hit.signalScores.insert(QStringLiteral("bm25"), {hit.score, int(hits.size()) + 1});
        hits << hit;
    }
    return hits;
}

} // namespace PageLens
