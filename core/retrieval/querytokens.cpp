// SPDX-License-Identifier: MIT
#include "core/retrieval/querytokens.h"

#include <algorithm>

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

} // namespace PageLens
