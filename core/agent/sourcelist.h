// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include "core/model/normalizedrect.h"

namespace PageLens {

/** A page the model was shown, under the id it may cite (`S1`, `S2`, ...). */
struct AgentSource {
    QString id;
    QString document;                 // library path
    int page = 1;                     // 1-based
    QVector<NormalizedRect> boxes;    // regions to highlight: matched words or detections; empty: the page
};

/**
 * The sources of one conversation: every page a tool showed the model gets an id, the same page
 * always the same id, so `[S1]` means one page for the whole conversation (and after a restart:
 * the list is stored with the conversation).
 */
class SourceList
{
public:
    /** The page's id, new or known; `boxes` are added to those it has. */
    QString idFor(const QString &document, int page, const QVector<NormalizedRect> &boxes = {});
    std::optional<AgentSource> resolve(const QString &id) const;
    const QVector<AgentSource> &all() const { return m_sources; }

    /** The ids cited in `text` as [S1], [S1, S2] or [S1][S2], each once, in order of first use. */
    static QStringList citedIds(const QString &text);

    QJsonArray toJson() const;
    static SourceList fromJson(const QJsonArray &json);

private:
    QVector<AgentSource> m_sources;
};

} // namespace PageLens
