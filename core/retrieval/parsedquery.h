// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QVector>

namespace PageLens {

/**
 * A search query after QueryParser: groups that must all match (each group matches when any of
 * its alternatives does) and terms that must not. Words are folded like the catalog's tokenizer.
 */
struct ParsedQuery {
    /** One word, a prefix (`know*`) or a phrase (several words in a row). */
    struct Term {
        QStringList words;
        bool prefix = false;   // the last word is a prefix

        bool operator==(const Term &other) const = default;
        /** As the user would write it: `word`, `know*`, `"exact phrase"`. */
        QString label() const;
        /** An FTS5 phrase: every word quoted, so FTS5 applies its tokenizer and no user text is syntax. */
        QString ftsPhrase() const;
    };
    using Group = QVector<Term>;

    QVector<Group> required;
    QVector<Term> excluded;

    bool isEmpty() const { return required.isEmpty(); }
    /** `garden`, `"exact phrase"`, `cat OR dog`. */
    QString label(int group) const;
    QStringList labels() const;
    /** FTS5 MATCH for pages with every required group and no excluded term. */
    QString ftsAll() const;
    /** FTS5 MATCH for pages with at least one required group and no excluded term. */
    QString ftsAny() const;
    /** FTS5 MATCH for one group alone. */
    QString ftsGroup(int group) const;
};

} // namespace PageLens
