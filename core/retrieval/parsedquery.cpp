// SPDX-License-Identifier: MIT
#include "core/retrieval/parsedquery.h"

namespace PageLens {

namespace {

QString quoted(QString word)
{
    return QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString joined(const QStringList &parts, const QString &op)
{
    return parts.size() == 1 ? parts.first() : QLatin1Char('(') + parts.join(op) + QLatin1Char(')');
}

} // namespace

QString ParsedQuery::Term::label() const
{
    const QString text = words.join(QLatin1Char(' '));
    if (words.size() > 1)
        return QLatin1Char('"') + text + QLatin1Char('"');
    return prefix ? text + QLatin1Char('*') : text;
}

QString ParsedQuery::Term::ftsPhrase() const
{
    QStringList parts;
    for (const QString &word : words)
        parts << quoted(word);
    // Adjacent strings joined by '+' are one FTS5 phrase; a trailing '*' makes its last word a prefix.
    return parts.join(QStringLiteral(" + ")) + (prefix ? QStringLiteral(" *") : QString());
}

QString ParsedQuery::label(int group) const
{
    QStringList parts;
    for (const Term &term : required.at(group))
        parts << term.label();
    return parts.join(QStringLiteral(" OR "));
}

QStringList ParsedQuery::labels() const
{
    QStringList out;
    for (int i = 0; i < required.size(); ++i)
        out << label(i);
    return out;
}

QString ParsedQuery::ftsGroup(int group) const
{
    QStringList parts;
    for (const Term &term : required.at(group))
        parts << term.ftsPhrase();
    return joined(parts, QStringLiteral(" OR "));
}

namespace {

QString withExclusions(const QString &positive, const QVector<ParsedQuery::Term> &excluded)
{
    if (excluded.isEmpty())
        return positive;
    QStringList parts;
    for (const ParsedQuery::Term &term : excluded)
        parts << term.ftsPhrase();
    return QLatin1Char('(') + positive + QStringLiteral(") NOT ") + joined(parts, QStringLiteral(" OR "));
}

} // namespace

QString ParsedQuery::ftsAll() const
{
    QStringList groups;
    for (int i = 0; i < required.size(); ++i)
        groups << ftsGroup(i);
    return withExclusions(groups.join(QStringLiteral(" AND ")), excluded);
}

QString ParsedQuery::ftsAny() const
{
    QStringList groups;
    for (int i = 0; i < required.size(); ++i)
        groups << ftsGroup(i);
    return withExclusions(groups.join(QStringLiteral(" OR ")), excluded);
}

} // namespace PageLens
