// SPDX-License-Identifier: MIT
#include "core/retrieval/objectsignal.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "core/library/catalog.h"
#include "core/retrieval/queryparser.h"

namespace PageLens {

namespace {

constexpr int kMaxRows = 5000;   // matching objects read per query; pages beyond are not worth ranking

} // namespace

ObjectSignal::ObjectSignal(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
{
}

QString ObjectSignal::name() const
{
    return QStringLiteral("objects");
}

Result<QVector<SearchHit>> ObjectSignal::search(const QString &query, int k) const
{
    const ParsedQuery parsed = QueryParser::parse(query);
    if (parsed.isEmpty())
        return QVector<SearchHit>{};
    QSqlQuery q(m_catalog->database());
    q.prepare(QStringLiteral("SELECT p.id, p.document_id, p.page, p.width, p.height, doc.path, bm25(detections_fts), d.label,"
                             " d.box_left, d.box_top, d.box_right, d.box_bottom"
                             " FROM detections_fts JOIN detections d ON d.id = detections_fts.rowid"
                             " JOIN pages p ON p.id = d.page_id JOIN documents doc ON doc.id = p.document_id"
                             " WHERE detections_fts MATCH ? ORDER BY bm25(detections_fts), d.id LIMIT ?"));
    // Any group: a query "red car on the road" finds a page with a "car".
    q.addBindValue(parsed.ftsAny());
    q.addBindValue(kMaxRows);
    if (!q.exec())
        return fail(Error::Code::Database, QCoreApplication::translate("PageLens", "The search failed."), q.lastError().text());
    QHash<qint64, int> at;
    QVector<SearchHit> hits;
    QVector<QStringList> labels;
    while (q.next()) {
        const qint64 pageId = q.value(0).toLongLong();
        auto it = at.find(pageId);
        if (it == at.end()) {
            SearchHit hit;
            hit.pageId = pageId;
            hit.ref = {q.value(1).toLongLong(), q.value(2).toInt()};
            hit.pageSize = QSizeF(q.value(3).toDouble(), q.value(4).toDouble());
            hit.path = q.value(5).toString();
            it = at.insert(pageId, int(hits.size()));
            hits << hit;
            labels << QStringList();
        }
        SearchHit &hit = hits[*it];
        hit.score += -q.value(6).toDouble();
        hit.boxes << NormalizedRect{q.value(8).toDouble(), q.value(9).toDouble(), q.value(10).toDouble(), q.value(11).toDouble()};
        if (const QString label = q.value(7).toString(); !labels[*it].contains(label))
            labels[*it] << label;
    }
    for (int i = 0; i < hits.size(); ++i)
        hits[i].snippet = QCoreApplication::translate("PageLens", "Objects: %1").arg(labels.at(i).join(QStringLiteral(", ")));
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    if (hits.size() > k)
        hits.resize(k);
    return hits;
}

} // namespace PageLens
