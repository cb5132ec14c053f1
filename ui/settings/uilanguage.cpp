// SPDX-License-Identifier: MIT
#include "ui/settings/uilanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace PageLens {

namespace {

const QString languageKey = QStringLiteral("ui/language");

} // namespace

QList<UiLanguage::Choice> UiLanguage::choices()
{
    return {
        {QString(), QCoreApplication::translate("UiLanguage", "System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
    };
}

QString UiLanguage::stored()
{
    const QString code = QSettings().value(languageKey).toString();
    for (const Choice &choice : choices()) {
        if (choice.code == code)
            return code;
    }
    return {};   // a value from a newer or edited file: follow the system
}

void UiLanguage::store(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

QLocale UiLanguage::locale()
{
    const QString code = stored();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool UiLanguage::install(const QLocale &locale, QTranslator &ours, QTranslator &qt, const QString &directory)
{
    QLocale::setDefault(locale);
    const bool loaded = ours.load(locale, QStringLiteral("pagelens"), QStringLiteral("_"), directory)
                        || ours.load(QStringLiteral("pagelens_en"), directory);
    if (loaded)
        QCoreApplication::installTranslator(&ours);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    // Qt mirrors the layout itself only when qtbase_<lang>.qm is installed; the locale knows its script anyway.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    return loaded;
}

} // namespace PageLens
