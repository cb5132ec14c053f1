// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace PageLens {

/**
 * The language of the GUI: the system's unless the user chose one in Settings (QSettings
 * "ui/language", a code such as "de" or "zh_CN"; empty means the system's). It is applied when the
 * application starts: PageLens's strings, Qt's own (qtbase_<lang>.qm) and the layout direction
 * (right to left for Arabic).
 */
class UiLanguage
{
public:
    struct Choice
    {
        QString code;   // empty: follow the system
        QString name;   // in its own language, so it can be found whatever the current one
    };

    /** System, then English and the six translated languages, in the order the combo shows them. */
    static QList<Choice> choices();
    /** The stored choice ("" when the system's language is followed). */
    static QString stored();
    static void store(const QString &code);
    /** The locale the GUI uses: the stored language, else the system's. */
    static QLocale locale();

    /**
     * Loads and installs PageLens's translation for `locale` from `directory` (English, which carries the
     * plural forms, when PageLens has none for it) and Qt's from its translations folder, makes `locale`
     * the default and sets the layout direction it is written in. False when even English is missing.
     */
    static bool install(const QLocale &locale, QTranslator &ours, QTranslator &qt,
                        const QString &directory = QStringLiteral(":/i18n"));
};

} // namespace PageLens
