// SPDX-License-Identifier: MIT
#include "core/retrieval/documentfind.h"

#include <QDir>

#include "core/library/catalog.h"
#include "core/retrieval/querytokens.h"

namespace PageLens {

DocumentFind::DocumentFind(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
{
}

Result<QVector<SearchHit>> DocumentFind::find(const QString &path, const QString &query) const
{
    QVector<SearchHit> hits;
    QStringList needle;
    for (const QString &token : QueryTokens::tokenize(query))
        needle << QueryTokens::fold(token);
    auto document = m_catalog->documentByPath(QDir::cleanPath(path));
    if (!document)
        return tl::unexpected(document.error());
    if (needle.isEmpty())
        return hits;
    auto pages = m_catalog->pages(document->id, true);
    if (!pages)
        return tl::unexpected(pages.error());
    for (const PageRecord &page : std::as_const(*pages)) {
        // The page's tokens, each knowing its word: a word such as "e-mail" gives two tokens.
        QStringList tokens;
        QVector<int> wordOf;
        const Words &words = page.text.words;
        for (int w = 0; w < words.size(); ++w) {
            for (const QString &token : QueryTokens::tokenize(words[w].text)) {
                tokens << QueryTokens::fold(token);
                wordOf << w;
            }
        }
        for (qsizetype start = 0; start + needle.size() <= tokens.size(); ++start) {
            bool match = true;
            for (qsizetype i = 0; i < needle.size() && match; ++i) {
                const QString &token = tokens[start + i];
                match = i + 1 == needle.size() ? token.startsWith(needle[i]) : token == needle[i];
            }
            if (!match)
                continue;
            SearchHit hit;
            hit.pageId = page.id;
            hit.ref = page.ref;
            hit.path = document->path;
            hit.pageSize = page.size;
            QStringList text;
            for (int w = wordOf[start]; w <= wordOf[start + needle.size() - 1]; ++w) {
                hit.boxes << words[w].box;
                text << words[w].text;
            }
            hit.snippet = text.join(QLatin1Char(' '));
            hits << hit;
            start += needle.size() - 1;
        }
    }
    return hits;
}

} // namespace PageLens
