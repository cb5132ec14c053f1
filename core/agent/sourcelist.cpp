// SPDX-License-Identifier: MIT
#include "core/agent/sourcelist.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace PageLens {

QString SourceList::idFor(const QString &document, int page, const QVector<NormalizedRect> &boxes)
{
    for (AgentSource &source : m_sources) {
        if (source.document == document && source.page == page) {
            for (const NormalizedRect &box : boxes)
                if (!source.boxes.contains(box))
                    source.boxes.append(box);
            return source.id;
        }
    }
    AgentSource source{QStringLiteral("S%1").arg(m_sources.size() + 1), document, page, boxes};
    m_sources.append(source);
    return source.id;
}

std::optional<AgentSource> SourceList::resolve(const QString &id) const
{
    for (const AgentSource &source : m_sources)
        if (source.id.compare(id, Qt::CaseInsensitive) == 0)
            return source;
    return std::nullopt;
}

QStringList SourceList::citedIds(const QString &text)
{
    static const QRegularExpression bracket(QStringLiteral("\\[\\s*(S\\d+(?:\\s*[,;]\\s*S\\d+)*)\\s*\\]"));
    static const QRegularExpression id(QStringLiteral("S\\d+"));
    QStringList ids;
    for (auto match = bracket.globalMatch(text); match.hasNext();) {
        const QString inside = match.next().captured(1);
        for (auto each = id.globalMatch(inside); each.hasNext();) {
            const QString one = each.next().captured(0);
            if (!ids.contains(one))
                ids.append(one);
        }
    }
    return ids;
}

QJsonArray SourceList::toJson() const
{
    QJsonArray array;
    for (const AgentSource &source : m_sources) {
        QJsonArray boxes;
        for (const NormalizedRect &box : source.boxes)
            boxes.append(QJsonArray{box.left, box.top, box.right, box.bottom});
        array.append(QJsonObject{{QStringLiteral("id"), source.id},
                                 {QStringLiteral("document"), source.document},
                                 {QStringLiteral("page"), source.page},
                                 {QStringLiteral("boxes"), boxes}});
    }
    return array;
}

SourceList SourceList::fromJson(const QJsonArray &json)
{
    SourceList list;
    for (const QJsonValue &value : json) {
        AgentSource source;
        source.id = value[QLatin1String("id")].toString();
        source.document = value[QLatin1String("document")].toString();
        source.page = value[QLatin1String("page")].toInt(1);
        for (const QJsonValue &box : value[QLatin1String("boxes")].toArray()) {
            const QJsonArray b = box.toArray();
            if (b.size() == 4)
                source.boxes.append(NormalizedRect{b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble()});
        }
        if (!source.id.isEmpty())
            list.m_sources.append(source);
    }
    return list;
}

} // namespace PageLens
