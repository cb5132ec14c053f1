// SPDX-License-Identifier: MIT
#include "core/retrieval/querytokens.h"

#include <QSet>

namespace PageLens {

QString QueryTokens::fold(const QString &token)
{
    const QString decomposed = token.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.toCaseFolded();
    }
    // Recompose: NFKD splits Hangul syllables into jamo, which would never match the page text.
    return out.normalized(QString::NormalizationForm_C);
}

bool QueryTokens::needsSubstringSearch(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.begin(), codePoints.end(), [](uint c) {
        switch (QChar::script(char32_t(c))) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            return true;
        default:
            return false;
        }
    });
}

QStringList QueryTokens::tokenize(const QString &text)
{
    QStringList tokens;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            current += c;
        } else if (!current.isEmpty()) {
            tokens << fold(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens << fold(current);
    return tokens;
}

QStringList QueryTokens::terms(const QString &query)
{
    static const QSet<QString> stopWords = {
        QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("and"), QStringLiteral("are"), QStringLiteral("as"),
        QStringLiteral("at"), QStringLiteral("by"), QStringLiteral("for"), QStringLiteral("from"), QStringLiteral("in"),
        QStringLiteral("is"), QStringLiteral("it"), QStringLiteral("of"), QStringLiteral("on"), QStringLiteral("or"),
        QStringLiteral("the"), QStringLiteral("to"), QStringLiteral("with"), QStringLiteral("what"), QStringLiteral("which"),
        QStringLiteral("der"), QStringLiteral("die"), QStringLiteral("das"), QStringLiteral("ist"), QStringLiteral("und"),
    };
    const QStringList tokens = tokenize(query);
    QStringList kept;
    for (const QString &t : tokens) {
        if (!stopWords.contains(t) && !kept.contains(t))
            kept << t;
    }
    if (kept.isEmpty()) {
        for (const QString &t : tokens) {
            if (!kept.contains(t))
                kept << t;
        }
    }
    return kept;
}

QString QueryTokens::ftsExpression(const QStringList &terms)
{
    QStringList quoted;
    for (const QString &t : terms)
        quoted << QLatin1Char('"') + QString(t).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return quoted.join(QStringLiteral(" OR "));
}

} // namespace PageLens
