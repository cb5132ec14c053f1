// SPDX-License-Identifier: MIT
#include "core/retrieval/queryparser.h"

#include <utility>

#include <QCoreApplication>
#include <QSet>

#include "core/retrieval/querytokens.h"

namespace PageLens {

namespace {

/** One piece of the query as typed: a word, a quoted phrase or an operator. */
struct Lexeme {
    QString text;
    bool quoted = false;
    bool negated = false;   // written with a leading '-'
};

/** Splits at spaces; a quote opens a phrase only when a closing quote follows. */
QVector<Lexeme> lex(const QString &query)
{
    QVector<Lexeme> lexemes;
    qsizetype i = 0;
    const qsizetype n = query.size();
    while (i < n) {
        if (query.at(i).isSpace()) {
            ++i;
            continue;
        }
        Lexeme lexeme;
        if (query.at(i) == QLatin1Char('-') && i + 1 < n && !query.at(i + 1).isSpace()) {
            lexeme.negated = true;
            ++i;
        }
        if (query.at(i) == QLatin1Char('"')) {
            const qsizetype close = query.indexOf(QLatin1Char('"'), i + 1);
            if (close > i) {
                lexeme.text = query.mid(i + 1, close - i - 1);
                lexeme.quoted = true;
                lexemes << lexeme;
                i = close + 1;
                continue;
            }
            ++i;   // an unbalanced quote is only punctuation
        }
        const qsizetype start = i;
        while (i < n && !query.at(i).isSpace() && query.at(i) != QLatin1Char('"'))
            ++i;
        lexeme.text = query.mid(start, i - start);
        lexemes << lexeme;
    }
    return lexemes;
}

bool isOperator(const Lexeme &lexeme, QLatin1String name)
{
    return !lexeme.quoted && !lexeme.negated && lexeme.text == name;
}

/** The term a lexeme stands for; no words when it holds only punctuation. */
ParsedQuery::Term termOf(const Lexeme &lexeme)
{
    ParsedQuery::Term term;
    term.words = QueryTokens::tokenize(lexeme.text);
    term.words.removeAll(QString());   // a lone accent folds to nothing
    // `know*`: a star right after a word; inside quotes the phrase is taken literally.
    term.prefix = !lexeme.quoted && !term.words.isEmpty() && lexeme.text.endsWith(QLatin1Char('*'))
                  && lexeme.text.size() > 1 && lexeme.text.at(lexeme.text.size() - 2).isLetterOrNumber();
    return term;
}

bool isStopWord(const ParsedQuery::Term &term)
{
    static const QSet<QString> stopWords = {
        QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("and"), QStringLiteral("are"), QStringLiteral("as"),
        QStringLiteral("at"), QStringLiteral("by"), QStringLiteral("for"), QStringLiteral("from"), QStringLiteral("in"),
        QStringLiteral("is"), QStringLiteral("it"), QStringLiteral("of"), QStringLiteral("on"), QStringLiteral("or"),
        QStringLiteral("the"), QStringLiteral("to"), QStringLiteral("with"), QStringLiteral("what"), QStringLiteral("which"),
        QStringLiteral("der"), QStringLiteral("die"), QStringLiteral("das"), QStringLiteral("ist"), QStringLiteral("und"),
    };
    return term.words.size() == 1 && !term.prefix && stopWords.contains(term.words.first());
}

} // namespace

ParsedQuery QueryParser::parse(const QString &query)
{
    const QVector<Lexeme> lexemes = lex(query);
    // Each positive item is a group; OR merges it with the one before.
    QVector<ParsedQuery::Group> groups;
    QVector<ParsedQuery::Term> excluded;
    bool joinNext = false;
    bool negateNext = false;
    bool afterPositive = false;   // OR joins only what was just added to the groups
    for (int i = 0; i < lexemes.size(); ++i) {
        const Lexeme &lexeme = lexemes.at(i);
        const bool hasNext = i + 1 < lexemes.size();
        if (isOperator(lexeme, QLatin1String("AND")) && !groups.isEmpty() && hasNext)
            continue;   // the default anyway
        if (isOperator(lexeme, QLatin1String("OR")) && afterPositive && hasNext && !negateNext
            && !isOperator(lexemes.at(i + 1), QLatin1String("OR")) && !lexemes.at(i + 1).negated) {
            joinNext = true;
            continue;
        }
        if (isOperator(lexeme, QLatin1String("NOT")) && hasNext && !lexemes.at(i + 1).negated) {
            negateNext = true;
            continue;
        }
        // Anything else, operators without operands included, is a word.
        const ParsedQuery::Term term = termOf(lexeme);
        const bool negated = lexeme.negated || std::exchange(negateNext, false);
        const bool join = std::exchange(joinNext, false);
        afterPositive = !term.words.isEmpty() && !negated;
        if (term.words.isEmpty())
            continue;
        if (negated) {
            if (!excluded.contains(term))
                excluded << term;
        } else if (join && !groups.isEmpty()) {
            if (!groups.last().contains(term))
                groups.last() << term;
        } else {
            groups << ParsedQuery::Group{term};
        }
    }

    ParsedQuery parsed;
    // Stop words alone would make every page match or none; they stay when nothing else is left.
    for (const ParsedQuery::Group &group : std::as_const(groups)) {
        if (!(group.size() == 1 && isStopWord(group.first())) && !parsed.required.contains(group))
            parsed.required << group;
    }
    if (parsed.required.isEmpty()) {
        for (const ParsedQuery::Group &group : std::as_const(groups)) {
            if (!parsed.required.contains(group))
                parsed.required << group;
        }
    }
    if (parsed.required.size() > maxTerms)
        parsed.required.resize(maxTerms);
    if (excluded.size() > maxTerms)
        excluded.resize(maxTerms);
    parsed.excluded = excluded;
    return parsed;
}

QString QueryParser::syntaxHelp()
{
    return QCoreApplication::translate("PageLens",
                                       "Pages with all the words are found.\n"
                                       "\"exact phrase\"  the words in this order\n"
                                       "-word or NOT word  pages without the word\n"
                                       "cat OR dog  either word\n"
                                       "know*  words starting with \"know\"\n"
                                       "When no page has all the words, the pages with most of them are shown.");
}

} // namespace PageLens
