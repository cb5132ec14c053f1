// SPDX-License-Identifier: MIT
// The GUI's language: the Settings combo stores the choice in QSettings, the stored choice (else the
// system's) picks PageLens's translation and Qt's own, Arabic lays the window out right to left, and
// a language PageLens has no file for falls back to English. The .qm files are compiled at build time
// from the hand-written fixtures in tests/i18n/fixtures (German "Search" is "Suchen" there).
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include "ui/library/librarycontroller.h"
#include "ui/settings/keybackend.h"
#include "ui/settings/providersession.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/uilanguage.h"
#include "tests/support/fixedkeybackend.h"

using namespace PageLens;

namespace {

const QString qmDirectory = QStringLiteral(PAGELENS_I18N_FIXTURE_QM_DIR);

} // namespace

class tst_UiLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void choicesNameEveryLanguageInItself();
    void storedChoiceWinsOverTheSystem();
    void germanTranslatesOursAndQts();
    void arabicMirrorsTheLayout();
    void missingLanguageFallsBackToEnglish();
    void settingsComboStoresTheChoice();

private:
    QTranslator m_ours;
    QTranslator m_qt;
};

void tst_UiLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_UiLanguage::cleanup()
{
    QCoreApplication::removeTranslator(&m_ours);
    QCoreApplication::removeTranslator(&m_qt);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QLocale::setDefault(QLocale::c());
    QSettings().clear();
}

void tst_UiLanguage::choicesNameEveryLanguageInItself()
{
    QStringList codes, names;
    for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
        codes << choice.code;
        names << choice.name;
    }
    QCOMPARE(codes, (QStringList{QString(), "en", "de", "fr", "es", "ja", "zh_CN", "ar"}));
    QCOMPARE(names.mid(1), (QStringList{"English", "Deutsch", "Français", "Español", "日本語", "简体中文", "العربية"}));
}

void tst_UiLanguage::storedChoiceWinsOverTheSystem()
{
    QCOMPARE(UiLanguage::stored(), QString());
    QCOMPARE(UiLanguage::locale(), QLocale::system());
    UiLanguage::store(QStringLiteral("ja"));
    QCOMPARE(QSettings().value("ui/language").toString(), QStringLiteral("ja"));
    QCOMPARE(UiLanguage::locale().language(), QLocale::Japanese);
    UiLanguage::store(QString());
    QVERIFY(!QSettings().contains("ui/language"));
    QSettings().setValue("ui/language", QStringLiteral("tlh"));   // not a language PageLens offers
    QCOMPARE(UiLanguage::stored(), QString());
    QCOMPARE(UiLanguage::locale(), QLocale::system());
}

void tst_UiLanguage::germanTranslatesOursAndQts()
{
    QVERIFY(UiLanguage::install(QLocale(QStringLiteral("de_DE")), m_ours, m_qt, qmDirectory));
    QVERIFY2(m_ours.filePath().endsWith(QStringLiteral("pagelens_de.qm")), qPrintable(m_ours.filePath()));
    QCOMPARE(QCoreApplication::translate("SearchPanel", "Search"), QStringLiteral("Suchen"));
    QCOMPARE(QCoreApplication::translate("SearchPanel", "Open", "menu"), QStringLiteral("Öffnen"));
    // Qt's own strings come from qtbase_de.qm (package qt6-translations-l10n).
    QVERIFY2(!m_qt.isEmpty(), "qtbase_de.qm was not found: install qt6-translations-l10n");
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QLocale().language(), QLocale::German);
}

void tst_UiLanguage::arabicMirrorsTheLayout()
{
    QVERIFY(UiLanguage::install(QLocale(QStringLiteral("ar")), m_ours, m_qt, qmDirectory));
    QCOMPARE(QCoreApplication::translate("ChatPanel", "Ask"), QStringLiteral("اسأل"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QWidget widget;
    QCOMPARE(widget.layoutDirection(), Qt::RightToLeft);
}

void tst_UiLanguage::missingLanguageFallsBackToEnglish()
{
    // The fixtures have no Spanish: English carries the plural forms, so it is what is loaded.
    QVERIFY(UiLanguage::install(QLocale(QStringLiteral("es_ES")), m_ours, m_qt, qmDirectory));
    QVERIFY2(m_ours.filePath().endsWith(QStringLiteral("pagelens_en.qm")), qPrintable(m_ours.filePath()));
    QCOMPARE(QCoreApplication::translate("SearchPanel", "%n result(s) in %1", nullptr, 1), QStringLiteral("1 result in %1"));
    QCOMPARE(QCoreApplication::translate("SearchPanel", "Search"), QStringLiteral("Search"));
    QVERIFY(!UiLanguage::install(QLocale(QStringLiteral("de")), m_ours, m_qt, qmDirectory + QStringLiteral("/none")));
}

void tst_UiLanguage::settingsComboStoresTheChoice()
{
    LibraryController controller;
    controller.providerSession()->setKeyBackend(std::make_shared<Test::FixedKeyBackend>());
    UiLanguage::store(QStringLiteral("fr"));
    {
        SettingsDialog dialog(&controller);
        QComboBox *combo = dialog.languageCombo();
        QCOMPARE(combo->count(), 8);
        QCOMPARE(combo->currentText(), QStringLiteral("Français"));
        QVERIFY(!combo->accessibleName().isEmpty());
        QVERIFY(combo->accessibleDescription().contains(SettingsDialog::tr("next time")));
        combo->setCurrentIndex(combo->findData(QStringLiteral("ar")));
        dialog.accept();
    }
    QCOMPARE(UiLanguage::stored(), QStringLiteral("ar"));
    {
        SettingsDialog dialog(&controller);
        dialog.languageCombo()->setCurrentIndex(0);   // System language
        dialog.accept();
    }
    QCOMPARE(UiLanguage::stored(), QString());
    QVERIFY(!QSettings().contains("ui/language"));
}

QTEST_MAIN(tst_UiLanguage)
#include "tst_uilanguage.moc"
