// SPDX-License-Identifier: MIT
// The Settings dialog keeps keys out of QSettings and writes the library's privacy; the consent
// dialog shows what would be sent, "Not now" sends nothing, "Send" captions and embeds against the
// fake Gemini server, and search then reports the dense signal. The OCR languages are chosen from
// the installed ones, saved, and given to the next indexing run.
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QListWidget>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "core/library/catalog.h"
#include "core/llm/lateinteractionclient.h"
#include "core/ocr/ocrengine.h"
#include "core/service/libraryservice.h"
#include "tests/support/clirunner.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/fakes/fakeinfinityserver.h"
#include "tests/support/testpaths.h"
#include "ui/library/indexprogresswidget.h"
#include "ui/library/librarycontroller.h"
#include "ui/mainwindow.h"
#include "ui/search/searchpanel.h"
#include "ui/search/searchresultmodel.h"
#include "ui/settings/consentstore.h"
#include "ui/settings/egressdialog.h"
#include "ui/settings/privacychoicedialog.h"
#include "ui/settings/keybackend.h"
#include "ui/settings/providersession.h"
#include "ui/settings/settingsdialog.h"

using namespace PageLens;
using PageLens::Test::FakeGeminiServer;

namespace {

/** An in-memory keychain: the real one is never touched by tests. */
class FakeKeyBackend : public KeyBackend
{
public:
    QString environmentVariable(ProviderConfig::Kind) const override { return {}; }
    /** Stands in for GOOGLE_API_KEY, which wins over the keychain as in KeyBackend. */
    void setEnvironmentKey(const QString &key) { m_environmentKey = key; }
    QString lookup(ProviderConfig::Kind kind) override
    {
        return m_environmentKey.isEmpty() ? readKeychain(kind).value_or(QString()) : m_environmentKey;
    }
    Result<QString> readKeychain(ProviderConfig::Kind kind) override
    {
        QMutexLocker lock(&m_mutex);
        if (!m_keys.contains(kind))
            return fail(Error::Code::NotFound, QStringLiteral("no key"));
        return m_keys.value(kind);
    }
    Result<void> writeKeychain(ProviderConfig::Kind kind, const QString &key) override
    {
        QMutexLocker lock(&m_mutex);
        if (m_refuseWrites)
            return fail(Error::Code::Unsupported, QStringLiteral("The keychain is not available."));
        m_keys.insert(kind, key);
        return {};
    }
    Result<void> removeFromKeychain(ProviderConfig::Kind kind) override
    {
        QMutexLocker lock(&m_mutex);
        m_keys.remove(kind);
        return {};
    }
    void setRefuseWrites(bool refuse)
    {
        QMutexLocker lock(&m_mutex);
        m_refuseWrites = refuse;
    }
    QString key(ProviderConfig::Kind kind) const
    {
        QMutexLocker lock(&m_mutex);
        return m_keys.value(kind);
    }
    QString lateEnvironmentVariable() const override { return {}; }
    QString lookupLate() override { return readLateKeychain().value_or(QString()); }
    Result<QString> readLateKeychain() override
    {
        QMutexLocker lock(&m_mutex);
        if (m_lateKey.isEmpty())
            return fail(Error::Code::NotFound, QStringLiteral("no key"));
        return m_lateKey;
    }
    Result<void> writeLateKeychain(const QString &key) override
    {
        QMutexLocker lock(&m_mutex);
        m_lateKey = key;
        return {};
    }
    Result<void> removeLateFromKeychain() override
    {
        QMutexLocker lock(&m_mutex);
        m_lateKey.clear();
        return {};
    }
    QString lateKey() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lateKey;
    }

private:
    mutable QMutex m_mutex;
    QHash<ProviderConfig::Kind, QString> m_keys;
    bool m_refuseWrites = false;
    QString m_environmentKey;
    QString m_lateKey;
};

const QString secretKey = QStringLiteral("sk-test-SECRET-never-in-settings-0123456789");

/** The Tesseract codes the list shows, or only the checked ones, in list order. */
QStringList languageCodes(const QListWidget *list, bool checkedOnly = false)
{
    QStringList codes;
    for (int row = 0; row < list->count(); ++row) {
        if (!checkedOnly || list->item(row)->checkState() == Qt::Checked)
            codes << list->item(row)->data(Qt::UserRole).toString();
    }
    return codes;
}

/** Toggles a language as a keyboard user does: make it the current row, press Space. */
void toggleLanguage(QListWidget *list, const QString &code)
{
    const int row = int(languageCodes(list).indexOf(code));
    QVERIFY2(row >= 0, qPrintable(code));
    list->setCurrentRow(row);
    QTest::keyClick(list, Qt::Key_Space);
}

} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTripKeepsTheKeyOutOfSettings();
    void keyThatCannotBeStoredKeepsTheDialogOpen();
    void consentNotNowSendsNothingAndSendEnriches();
    void consentWithoutKeyAsksForTheKeyFirstThenOncePerKind();
    void ocrLanguagesAreSavedAndGivenToTheIndexer();
    void lateServerFromSettingsEmbedsAndSearches();
    void detectWhileIndexingIsPerLibraryAndPreviewed();

private:
    static void openLibrary(LibraryController &controller, const QString &directory);
    /** The model requests a fake saw, in a stable order (the faces may send pages in another order). */
    static QList<Test::FakeRequest> modelRequests(const FakeGeminiServer &fake);
    /** Per document file name and page: caption, caption model, whether it has a vector; and the library's embedding model. */
    static QStringList catalogRows(const QString &library);
    QTemporaryDir m_dir;
};

void tst_SettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_SettingsDialog::init()
{
    QSettings().clear();
}

void tst_SettingsDialog::openLibrary(LibraryController &controller, const QString &directory)
{
    QSignalSpy opened(&controller, &LibraryController::libraryOpened);
    controller.open(directory);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);   // also when it fired before the wait
}

QList<Test::FakeRequest> tst_SettingsDialog::modelRequests(const FakeGeminiServer &fake)
{
    QList<Test::FakeRequest> requests = fake.requests();
    std::sort(requests.begin(), requests.end(), [](const Test::FakeRequest &a, const Test::FakeRequest &b) {
        return std::tie(a.path, a.body) < std::tie(b.path, b.body);
    });
    return requests;
}

QStringList tst_SettingsDialog::catalogRows(const QString &library)
{
    auto catalog = Catalog::open(library);
    if (!catalog)
        return {catalog.error().message};
    QSet<qint64> embedded;
    (*catalog)->forEachEmbedding([&](qint64 pageId, const float *, int) { embedded.insert(pageId); });
    QStringList rows{QStringLiteral("model %1").arg((*catalog)->setting(QStringLiteral("embedding.model")).value_or(QString()))};
    for (const DocumentInfo &doc : (*catalog)->documents().value_or(QVector<DocumentInfo>())) {
        for (const PageRecord &page : (*catalog)->pages(doc.id).value_or(QVector<PageRecord>()))
            rows << QStringLiteral("%1#%2 %3 | %4 | %5 | %6")
                        .arg(QFileInfo(doc.path).fileName())
                        .arg(page.ref.page + 1)
                        .arg(toString(doc.status), page.caption, page.text.text.left(80))
                        .arg(embedded.contains(page.id));
    }
    rows.sort();
    return rows;
}

void tst_SettingsDialog::roundTripKeepsTheKeyOutOfSettings()
{
    auto keys = std::make_shared<FakeKeyBackend>();
    LibraryController controller;
    controller.providerSession()->setKeyBackend(keys);
    openLibrary(controller, m_dir.filePath(QStringLiteral("settings-library")));

    {
        SettingsDialog dialog(&controller);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Read from the library on a worker: a new library has no privacy until someone chooses one.
        auto *note = dialog.findChild<QComboBox *>(QStringLiteral("libraryPrivacy"));
        QTRY_VERIFY_WITH_TIMEOUT(note->isEnabled(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(note->currentIndex(), -1, 30000);
        QVERIFY(!dialog.privacy().has_value());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.keyStatusLabel()->text(), SettingsDialog::tr("No key is stored."), 30000);

        dialog.findChild<QCheckBox *>(QStringLiteral("serviceEnabled"))->setChecked(true);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("providerKind"));
        kind->setCurrentIndex(kind->findData(int(ProviderConfig::Kind::OpenAi)));
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrl"))->setText(QStringLiteral("https://models.example.test/v1"));
        dialog.findChild<QLineEdit *>(QStringLiteral("generationModel"))->setText(QStringLiteral("gpt-test-vision"));
        dialog.findChild<QLineEdit *>(QStringLiteral("embeddingModel"))->setText(QStringLiteral("embed-test-small"));
        dialog.findChild<QSpinBox *>(QStringLiteral("embeddingDimensions"))->setValue(512);
        dialog.findChild<QCheckBox *>(QStringLiteral("sendKey"))->setChecked(true);
        dialog.findChild<QSpinBox *>(QStringLiteral("requestsPerMinute"))->setValue(0);
        dialog.findChild<QSpinBox *>(QStringLiteral("requestsInFlight"))->setValue(3);
        auto *privacy = dialog.findChild<QComboBox *>(QStringLiteral("libraryPrivacy"));
        privacy->setCurrentIndex(privacy->findData(int(Privacy::TextOnly)));
        QCOMPARE(dialog.keyField()->echoMode(), QLineEdit::Password);
        dialog.keyField()->setFocus();
        QTest::keyClicks(dialog.keyField(), secretKey);

        QSignalSpy privacyChanged(&controller, &LibraryController::privacyChanged);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);   // the store may finish within click()
        QCOMPARE(keys->key(ProviderConfig::Kind::OpenAi), secretKey);
        QVERIFY(dialog.keyField()->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(privacyChanged.count(), 1, 10000);
        QVERIFY(privacyChanged.first().first().value<Privacy>() == Privacy::TextOnly);
    }

    const ProviderSettings saved = ProviderSettings::load();
    QVERIFY(saved.enabled);
    QVERIFY(saved.kind == ProviderConfig::Kind::OpenAi);
    QCOMPARE(saved.baseUrl, QStringLiteral("https://models.example.test/v1"));
    QCOMPARE(saved.model, QStringLiteral("gpt-test-vision"));
    QCOMPARE(saved.embedModel, QStringLiteral("embed-test-small"));
    QCOMPARE(saved.embedDimensions, 512);
    QCOMPARE(saved.requestsPerMinute, 0);
    QCOMPARE(saved.maxInFlight, 3);
    QVERIFY(saved.sendKey);
    QVERIFY(controller.providerSession()->settings() == saved);

    // The settings file holds every choice but not the key, in any form.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("embed-test-small"));
    QCOMPARE(settings.value(QStringLiteral("provider/sendCredentials")).toString(), QStringLiteral("true"));   // a boolean only
    QVERIFY(!text.contains(secretKey.toUtf8()));
    QVERIFY(!text.contains(secretKey.mid(3, 20).toUtf8()));
    QVERIFY(!text.contains(secretKey.toUtf8().toBase64()));
    for (const QString &key : settings.allKeys())
        QVERIFY2(!key.contains(QLatin1String("key"), Qt::CaseInsensitive), qPrintable(key));

    // The session found the stored key and built its provider from it.
    QTRY_VERIFY_WITH_TIMEOUT(controller.providerSession()->provider() != nullptr, 30000);

    // Opened again: the privacy comes back from the library, the key is not shown back.
    SettingsDialog again(&controller);
    again.show();
    QTRY_VERIFY_WITH_TIMEOUT(again.privacy().has_value(), 30000);
    QVERIFY(*again.privacy() == Privacy::TextOnly);
    QVERIFY(again.keyField()->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(again.keyStatusLabel()->text(), SettingsDialog::tr("A key is stored in the OS keychain."), 30000);
    QVERIFY(again.settings() == saved);

    // Remove Key empties the keychain entry and the session loses its provider.
    auto *remove = again.findChild<QPushButton *>(QStringLiteral("removeKey"));
    QVERIFY(remove->isEnabled());
    remove->click();
    QTRY_COMPARE_WITH_TIMEOUT(again.keyStatusLabel()->text(), SettingsDialog::tr("No key is stored."), 30000);
    QVERIFY(keys->key(ProviderConfig::Kind::OpenAi).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!controller.providerSession()->isResolving(), 30000);
    QVERIFY(controller.providerSession()->provider() == nullptr);
    QVERIFY(!controller.providerSession()->unavailableReason().isEmpty());
}

void tst_SettingsDialog::keyThatCannotBeStoredKeepsTheDialogOpen()
{
    auto keys = std::make_shared<FakeKeyBackend>();
    keys->setRefuseWrites(true);
    LibraryController controller;
    controller.providerSession()->setKeyBackend(keys);

    SettingsDialog dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.privacy().has_value());   // no library open: nothing to choose for
    QTest::keyClicks(dialog.keyField(), secretKey);
    QSignalSpy status(&dialog, &SettingsDialog::keyStatusChanged);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.keyStatusLabel()->text().startsWith(QStringLiteral("The key could not be stored:")), 30000);
    // It says what to do next: a keychain to install or unlock, or the environment variable.
    QVERIFY2(dialog.keyStatusLabel()->text().contains(QLatin1String("GNOME Keyring")), qPrintable(dialog.keyStatusLabel()->text()));
    QVERIFY(dialog.keyStatusLabel()->text().contains(QLatin1String("GEMINI_API_KEY")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.keyField()->text(), secretKey);   // still there to try again
    QVERIFY(!QSettings().allKeys().contains(QStringLiteral("provider/enabled")));
}

void tst_SettingsDialog::consentNotNowSendsNothingAndSendEnriches()
{
    FakeGeminiServer fake;
    QVERIFY(fake.startOnOwnThread());
    fake.setRequiredKey("dummy-test-key");

    auto keys = std::make_shared<FakeKeyBackend>();
    keys->setEnvironmentKey(QStringLiteral("dummy-test-key"));
    LibraryController controller;
    controller.providerSession()->setKeyBackend(keys);
    ProviderSettings settings;
    settings.enabled = true;
    settings.baseUrl = fake.url().toString();
    settings.sendKey = true;   // the fake is on 127.0.0.1, which gets no key otherwise
    settings.requestsPerMinute = 0;   // the fake has no quota
    controller.providerSession()->setSettings(settings);

    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(controller, m_dir.filePath(QStringLiteral("consent-library")));
    QSignalSpy privacyChanged(&controller, &LibraryController::privacyChanged);
    controller.setPrivacy(Privacy::Images);
    QTRY_COMPARE_WITH_TIMEOUT(privacyChanged.count(), 1, 10000);

    // Offline indexing first; then the preview is shown and nothing has been sent.
    QSignalSpy started(&controller, &LibraryController::enrichmentStarted);
    QSignalSpy finished(&controller, &LibraryController::enrichmentFinished);
    window.addPaths({Test::corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf")),
                     Test::corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg"))});
    QTRY_VERIFY_WITH_TIMEOUT(window.egressDialog() != nullptr, 30000);   // after indexing two small files
    EgressDialog *consent = window.egressDialog();
    const EgressPreview preview = consent->preview();
    QVERIFY(preview.privacy == Privacy::Images);
    QVERIFY(preview.pagesToCaption >= 2);
    QCOMPARE(preview.textsToEmbed, preview.pagesToCaption);
    QVERIFY(preview.estimatedTokens >= qint64(preview.pagesToCaption) * 258);
    const QString shown = consent->previewText();
    QVERIFY2(shown.contains(QString::number(preview.pagesToCaption)), qPrintable(shown));
    QVERIFY2(shown.contains(QLocale().toString(preview.estimatedTokens)), qPrintable(shown));
    QVERIFY(consent->findChild<QLabel *>(QStringLiteral("egressDestination"))->text().contains(fake.url().toString()));
    QVERIFY(consent->notNowButton()->isDefault());
    QCOMPARE(fake.count(), 0);

    QTest::mouseClick(consent->notNowButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.egressDialog() == nullptr, 30000);
    QVERIFY(!started.wait(1000));   // nothing starts behind the person's back
    QCOMPARE(started.count(), 0);
    QVERIFY(!controller.isEnriching());
    QCOMPARE(fake.count(), 0);

    // Asked again from the menu: Send, paused at once, resumed, then everything is captioned and embedded.
    bool pauseShown = false;
    connect(&controller, &LibraryController::enrichmentStarted, this, [&] {
        pauseShown = window.progressWidget()->pauseButton()->isVisibleTo(&window);
        controller.setEnrichmentPaused(true);
    });
    controller.requestEnrichment();
    QTRY_VERIFY_WITH_TIMEOUT(window.egressDialog() != nullptr, 10000);
    QTest::mouseClick(window.egressDialog()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    QVERIFY(pauseShown);
    QVERIFY(window.progressWidget()->pauseButton()->isChecked());
    QVERIFY(!finished.wait(1000));
    QCOMPARE(fake.count(), 0);   // paused before the first request
    controller.setEnrichmentPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto summary = finished.first().first().value<EnrichSummary>();
    QCOMPARE(summary.captioned, preview.pagesToCaption);
    QCOMPARE(summary.embedded, preview.textsToEmbed);
    QCOMPARE(fake.count(QStringLiteral(":generateContent")), preview.pagesToCaption);
    QVERIFY(fake.count(QStringLiteral(":batchEmbedContents")) >= 1);
    QVERIFY(!window.progressWidget()->isVisible());

    // The CLI enriches the same files through the same path: the same requests reach the service
    // and the same rows land in the catalog. A face that builds its requests or options its own
    // way (another image size, model, prompt or embedding text) fails here.
    const QList<Test::FakeRequest> guiRequests = modelRequests(fake);
    fake.clearRequests();
    const QString cliLibrary = m_dir.filePath(QStringLiteral("cli-library"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GOOGLE_API_KEY"), QStringLiteral("dummy-test-key"));
    const Test::CliRunner cli(cliLibrary, env);
    QCOMPARE(cli({QStringLiteral("add"), Test::corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf")),
                  Test::corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg")), QStringLiteral("--privacy"), QStringLiteral("images")})
                 .exitCode, 0);
    const Test::CliRunner::Run enriched = cli({QStringLiteral("index"), QStringLiteral("--provider"), QStringLiteral("gemini"),
                                               QStringLiteral("--base-url"), fake.url().toString(), QStringLiteral("--send-key"),
                                               QStringLiteral("--yes"), QStringLiteral("--rpm"), QStringLiteral("0"),
                                               QStringLiteral("--privacy"), QStringLiteral("images")});
    QVERIFY2(enriched.exitCode == 0, enriched.err.constData());
    const QList<Test::FakeRequest> cliRequests = modelRequests(fake);
    QCOMPARE(cliRequests.size(), guiRequests.size());
    for (int i = 0; i < guiRequests.size(); ++i) {
        QCOMPARE(cliRequests[i].method, guiRequests[i].method);
        QCOMPARE(cliRequests[i].path, guiRequests[i].path);
        QCOMPARE(cliRequests[i].query, guiRequests[i].query);
        QCOMPARE(cliRequests[i].header("content-type"), guiRequests[i].header("content-type"));
        QCOMPARE(cliRequests[i].body, guiRequests[i].body);
    }
    QCOMPARE(catalogRows(cliLibrary), catalogRows(m_dir.filePath(QStringLiteral("consent-library"))));

    // Search now has the dense signal next to BM25, and the result list shows both.
    const QString embedCalls = QStringLiteral("mbedContent");   // embedContent or batchEmbedContents
    const int embedsAfterRun = fake.count(embedCalls);
    SearchPanel *search = window.searchPanel();
    window.search(QStringLiteral("Knowles Mirzayance argument"));
    QTRY_VERIFY_WITH_TIMEOUT(search->model()->rowCount() > 0, 20000);
    const SearchHit hit = search->model()->hit(0);
    QVERIFY(hit.signalScores.contains(QStringLiteral("dense")));
    QVERIFY(hit.signalScores.contains(QStringLiteral("bm25")));
    const QString signalText = search->model()->index(0, 0).data(SearchResultModel::WhyRole).toString();
    QVERIFY2(signalText.contains(QLatin1String("dense")) && signalText.contains(QLatin1String("bm25")), qPrintable(signalText));
    QVERIFY(fake.count(embedCalls) > embedsAfterRun);   // the query was embedded

    // With the service turned off the same search is BM25 alone, without a word about it.
    settings.enabled = false;
    controller.providerSession()->setSettings(settings);
    const int queriesBefore = fake.count(embedCalls);
    window.search(QStringLiteral("Knowles"));
    QTRY_VERIFY_WITH_TIMEOUT(search->model()->rowCount() > 0 && !search->model()->hit(0).signalScores.contains(QStringLiteral("dense")),
                             20000);
    QCOMPARE(fake.count(embedCalls), queriesBefore);
}

void tst_SettingsDialog::consentWithoutKeyAsksForTheKeyFirstThenOncePerKind()
{
    FakeGeminiServer fake;
    QVERIFY(fake.startOnOwnThread());
    fake.setRequiredKey("dummy-test-key");

    auto keys = std::make_shared<FakeKeyBackend>();   // no key anywhere
    LibraryController controller;
    controller.providerSession()->setKeyBackend(keys);
    ProviderSettings settings;
    settings.enabled = true;
    settings.baseUrl = fake.url().toString();
    settings.sendKey = true;
    settings.requestsPerMinute = 0;
    settings.save();
    controller.providerSession()->setSettings(settings);

    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString library = m_dir.filePath(QStringLiteral("no-key-library"));
    openLibrary(controller, library);
    QSignalSpy consentAsked(&controller, &LibraryController::enrichmentConsentNeeded);
    QSignalSpy started(&controller, &LibraryController::enrichmentStarted);
    QSignalSpy finished(&controller, &LibraryController::enrichmentFinished);

    // Indexed offline, then the key is checked before anything is previewed: no key, so the window
    // says how to add one, and no preview, no privacy question and no request happen.
    window.addPaths({Test::corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf"))});
    QTRY_VERIFY_WITH_TIMEOUT(window.providerNeededDialog() != nullptr, 90000);
    QMessageBox *keyNeeded = window.providerNeededDialog();
    QVERIFY2(keyNeeded->text().contains(QLatin1String("No Gemini API key")), qPrintable(keyNeeded->text()));
    QVERIFY(keyNeeded->informativeText().contains(QLatin1String("GEMINI_API_KEY")));
    QVERIFY(keyNeeded->informativeText().contains(QLatin1String("Settings")));
    QCOMPARE(consentAsked.count(), 0);
    QVERIFY(window.egressDialog() == nullptr);
    QVERIFY(window.privacyChoiceDialog() == nullptr);
    QCOMPARE(fake.count(), 0);

    // "Open Settings…" opens Settings, where the key goes in; the library's privacy is not chosen yet.
    auto *openSettings = keyNeeded->findChild<QPushButton *>(QStringLiteral("openSettings"));
    QVERIFY(openSettings);
    openSettings->click();
    QTRY_VERIFY_WITH_TIMEOUT(window.settingsDialog() != nullptr, 5000);
    SettingsDialog *settingsDialog = window.settingsDialog();
    auto *privacyBox = settingsDialog->findChild<QComboBox *>(QStringLiteral("libraryPrivacy"));
    QTRY_VERIFY_WITH_TIMEOUT(privacyBox->isEnabled(), 30000);
    QCOMPARE(privacyBox->currentIndex(), -1);
    QTest::keyClicks(settingsDialog->keyField(), QStringLiteral("dummy-test-key"));
    settingsDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(window.settingsDialog() == nullptr, 30000);
    QCOMPARE(keys->key(ProviderConfig::Kind::Gemini), QStringLiteral("dummy-test-key"));
    QTRY_VERIFY_WITH_TIMEOUT(controller.providerSession()->provider() != nullptr, 30000);
    QCOMPARE(fake.count(), 0);

    // With a key, a library with no privacy asks for one first; "Never" is what is preselected.
    controller.requestEnrichment();
    QTRY_VERIFY_WITH_TIMEOUT(window.privacyChoiceDialog() != nullptr, 30000);
    PrivacyChoiceDialog *choice = window.privacyChoiceDialog();
    QVERIFY(choice->choice() == Privacy::Never);
    QCOMPARE(consentAsked.count(), 0);
    choice->findChild<QRadioButton *>(QStringLiteral("privacy-text"))->click();
    choice->okButton()->click();

    // Then the preview, for page text only; Send embeds and sends no image.
    QTRY_VERIFY_WITH_TIMEOUT(window.egressDialog() != nullptr, 30000);
    QVERIFY(window.egressDialog()->preview().privacy == Privacy::TextOnly);
    QCOMPARE(window.egressDialog()->preview().pagesToCaption, 0);
    QVERIFY(window.egressDialog()->preview().textsToEmbed >= 1);
    QCOMPARE(fake.count(), 0);
    QTest::mouseClick(window.egressDialog()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(fake.count(QStringLiteral(":generateContent")), 0);
    QVERIFY(fake.count(QStringLiteral("mbedContent")) >= 1);
    QVERIFY(ConsentStore::granted(library, ConsentStore::Kind::Text));
    QVERIFY(!ConsentStore::granted(library, ConsentStore::Kind::Images));
    QVERIFY(!ConsentStore::granted(m_dir.filePath(QStringLiteral("another-library")), ConsentStore::Kind::Text));
    // Remembered in QSettings as booleans: the key is not there.
    QSettings stored;
    for (const QString &key : stored.allKeys())
        QVERIFY2(!stored.value(key).toString().contains(QLatin1String("dummy-test-key")), qPrintable(key));

    // The next document's text goes without asking again.
    const int embedsBefore = fake.count(QStringLiteral("mbedContent"));
    window.addPaths({Test::corpusPath(QStringLiteral("pdfs/docling-normal_4pages.pdf"))});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
    QCOMPARE(consentAsked.count(), 1);
    QCOMPARE(started.count(), 2);
    QVERIFY(fake.count(QStringLiteral("mbedContent")) > embedsBefore);

    // Settings takes the consent back: the next run shows the preview again.
    window.showSettings();
    settingsDialog = window.settingsDialog();
    QVERIFY(settingsDialog->findChild<QLabel *>(QStringLiteral("consentNote"))->text().contains(QLatin1String("page text")));
    auto *revoke = settingsDialog->findChild<QPushButton *>(QStringLiteral("revokeConsent"));
    QVERIFY(revoke->isVisibleTo(settingsDialog));
    revoke->click();
    QVERIFY(!ConsentStore::granted(library, ConsentStore::Kind::Text));
    QVERIFY(!revoke->isVisibleTo(settingsDialog));
    settingsDialog->reject();
    window.addPaths({Test::corpusPath(QStringLiteral("pdfs/pdfplumber-issue-336-example.pdf"))});
    QTRY_VERIFY_WITH_TIMEOUT(window.egressDialog() != nullptr, 120000);
    QCOMPARE(consentAsked.count(), 2);
    QCOMPARE(started.count(), 2);
    QTest::mouseClick(window.egressDialog()->notNowButton(), Qt::LeftButton);
}

void tst_SettingsDialog::ocrLanguagesAreSavedAndGivenToTheIndexer()
{
    auto keys = std::make_shared<FakeKeyBackend>();
    keys->setEnvironmentKey(QStringLiteral("dummy-test-key"));
    LibraryController controller;
    controller.providerSession()->setKeyBackend(keys);
    ProviderSettings service = ProviderSettings::load();   // as Application starts
    QCOMPARE(service.ocrLanguages, QStringList{QStringLiteral("eng")});
    service.enabled = true;
    service.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");   // local: no keychain, never contacted here
    controller.providerSession()->setSettings(service);
    QTRY_VERIFY_WITH_TIMEOUT(controller.providerSession()->provider() != nullptr, 10000);
    const auto provider = controller.providerSession()->provider();
    QCOMPARE(controller.indexOptions().ocrLanguages, QStringLiteral("eng"));

    // The machine's own tessdata: eng is always installed (tesseract-ocr-eng); osd only detects orientation.
    {
        SettingsDialog dialog(&controller);
        const QStringList listed = languageCodes(dialog.ocrLanguageList());
        QVERIFY2(listed.contains(QStringLiteral("eng")), qPrintable(listed.join(u' ')));
        QVERIFY(!listed.contains(QStringLiteral("osd")));
        QCOMPARE(listed, OcrEngine::availableLanguages());
        QCOMPARE(languageCodes(dialog.ocrLanguageList(), true), QStringList{QStringLiteral("eng")});
    }

    // A tessdata folder of our own makes the rest independent of what else this machine has installed.
    QTemporaryDir tessdata;
    QVERIFY(tessdata.isValid());
    for (const char *language : {"deu", "eng", "fra", "osd"}) {
        QFile file(tessdata.filePath(QLatin1String(language) + QStringLiteral(".traineddata")));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const bool hadPrefix = qEnvironmentVariableIsSet("TESSDATA_PREFIX");
    const QByteArray previousPrefix = qgetenv("TESSDATA_PREFIX");
    const auto restorePrefix = qScopeGuard([&] {
        if (hadPrefix)
            qputenv("TESSDATA_PREFIX", previousPrefix);
        else
            qunsetenv("TESSDATA_PREFIX");
    });
    qputenv("TESSDATA_PREFIX", QFile::encodeName(tessdata.path()));
    const QStringList installed{QStringLiteral("deu"), QStringLiteral("eng"), QStringLiteral("fra")};

    {
        SettingsDialog dialog(&controller);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QListWidget *list = dialog.ocrLanguageList();
        QCOMPARE(languageCodes(list), installed);
        QVERIFY(!list->accessibleName().isEmpty());
        QVERIFY(list->focusPolicy() & Qt::TabFocus);
        toggleLanguage(list, QStringLiteral("deu"));
        QCOMPARE(languageCodes(list, true), (QStringList{QStringLiteral("deu"), QStringLiteral("eng")}));

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(accepted.count(), 1);
    }
    // eng was chosen first, so Tesseract keeps trying it first.
    QCOMPARE(QSettings().value(QStringLiteral("ocr/languages")).toString(), QStringLiteral("eng+deu"));
    QCOMPARE(ProviderSettings::load().ocrLanguages, (QStringList{QStringLiteral("eng"), QStringLiteral("deu")}));
    QCOMPARE(controller.indexOptions().ocrLanguages, QStringLiteral("eng+deu"));
    // Only the languages changed: the model service keeps its provider, no key lookup.
    QVERIFY(!controller.providerSession()->isResolving());
    QVERIFY(controller.providerSession()->provider() == provider);

    {
        SettingsDialog dialog(&controller);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QListWidget *list = dialog.ocrLanguageList();
        QCOMPARE(languageCodes(list, true), (QStringList{QStringLiteral("deu"), QStringLiteral("eng")}));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("ocrLanguageNote"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!note->isVisible());

        // None checked: OK is disabled, the dialog says why, and accepting anyway keeps it open.
        toggleLanguage(list, QStringLiteral("eng"));
        toggleLanguage(list, QStringLiteral("deu"));
        QVERIFY(languageCodes(list, true).isEmpty());
        QVERIFY(!ok->isEnabled());
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), SettingsDialog::tr("Check at least one language."));
        QCOMPARE(list->accessibleDescription(), note->text());
        dialog.accept();
        QVERIFY(dialog.isVisible());

        toggleLanguage(list, QStringLiteral("fra"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!note->isVisible());
        ok->click();
        QVERIFY(!dialog.isVisible());
    }
    QCOMPARE(ProviderSettings::load().ocrLanguages, QStringList{QStringLiteral("fra")});
    QCOMPARE(controller.indexOptions().ocrLanguages, QStringLiteral("fra"));

    {
        SettingsDialog dialog(&controller);
        QCOMPARE(languageCodes(dialog.ocrLanguageList(), true), QStringList{QStringLiteral("fra")});
    }
}

void tst_SettingsDialog::lateServerFromSettingsEmbedsAndSearches()
{
    // A vLLM-dialect late-interaction server set in Settings, with a key: the key goes to the
    // keychain only, the session's client is built from the fields, the library's page is embedded
    // once (privacy "images", consent given) and the GUI's search answers with the late signal.
    Test::FakeInfinityServer server(QStringLiteral("vidore/colpali-v1.2-merged"), QStringLiteral("invoice"));
    server.setVllm(true);
    server.setRequiredKey("late-SECRET-key-0123");
    QVERIFY(server.startOnOwnThread());

    const QString directory = m_dir.filePath(QStringLiteral("late-library"));
    const QString pdf = m_dir.filePath(QStringLiteral("late-hot.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter painter(&writer);
        const QRect page = painter.viewport();
        painter.fillRect(QRect(page.width() / 2, page.height() / 4, page.width() / 8, page.width() / 8), QColor(255, 0, 0));
        painter.drawText(QPointF(40, page.height() * 0.8), QStringLiteral("quarterly report"));
    }
    auto keys = std::make_shared<FakeKeyBackend>();
    LibraryController controller;
    controller.providerSession()->setKeyBackend(keys);
    QSignalSpy indexed(&controller, &LibraryController::indexingFinished);
    openLibrary(controller, directory);
    QTRY_VERIFY_WITH_TIMEOUT(!indexed.isEmpty(), 60000);
    controller.add({pdf});
    QTRY_VERIFY_WITH_TIMEOUT(indexed.size() >= 2, 60000);
    QCOMPARE(server.imagesEmbedded(), 0);   // no late server yet

    auto privacyWritten = controller.setPrivacy(Privacy::Images);
    QTRY_VERIFY_WITH_TIMEOUT(privacyWritten.isFinished(), 10000);
    {
        SettingsDialog dialog(&controller);
        dialog.findChild<QLineEdit *>(QStringLiteral("lateUrl"))->setText(server.url().toString());
        dialog.findChild<QLineEdit *>(QStringLiteral("lateModel"))->setText(QStringLiteral("vidore/colpali-v1.2-merged"));
        auto *dialect = dialog.findChild<QComboBox *>(QStringLiteral("lateDialect"));
        dialect->setCurrentIndex(dialect->findData(int(LateConfig::Dialect::Vllm)));
        dialog.findChild<QCheckBox *>(QStringLiteral("lateSendKey"))->setChecked(true);
        QTest::keyClicks(dialog.lateKeyField(), QStringLiteral("late-SECRET-key-0123"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 10000);
    }
    QCOMPARE(keys->lateKey(), QStringLiteral("late-SECRET-key-0123"));
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("late/url")).toString(), server.url().toString());
    QCOMPARE(settings.value(QStringLiteral("late/dialect")).toString(), QStringLiteral("vllm"));
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("late-SECRET"));

    QTRY_VERIFY_WITH_TIMEOUT(controller.providerSession()->lateClient() != nullptr, 10000);
    const LateConfig config = controller.providerSession()->lateClient()->config();
    QCOMPARE(config.dialect, LateConfig::Dialect::Vllm);
    QCOMPARE(config.apiKey, QStringLiteral("late-SECRET-key-0123"));

    // Consent to send page images was given once for this library (the preview's "Send").
    EgressPreview images;
    images.privacy = Privacy::Images;
    images.pagesToCaption = 1;
    ConsentStore::grant(controller.directory(), images);
    QSignalSpy lateDone(&controller, &LibraryController::lateEmbeddingFinished);
    controller.startLateEmbedding();
    QTRY_VERIFY_WITH_TIMEOUT(!lateDone.isEmpty(), 60000);
    QCOMPARE(server.imagesEmbedded(), 1);
    controller.startLateEmbedding();   // nothing left: nothing sent again
    QTest::qWait(200);
    QCOMPARE(server.imagesEmbedded(), 1);

    auto future = controller.search(QStringLiteral("invoice"), 10);
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
    const Result<SearchResult> found = future.result();
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QVERIFY2(!found->skipped.contains(QStringLiteral("late")), qPrintable(found->skipped.value(QStringLiteral("late"))));
    QVERIFY(!found->hits.isEmpty());
    QVERIFY(found->hits.first().signalScores.contains(QStringLiteral("late")));
}

void tst_SettingsDialog::detectWhileIndexingIsPerLibraryAndPreviewed()
{
    FakeGeminiServer fake;
    QVERIFY(fake.startOnOwnThread());
    auto keys = std::make_shared<FakeKeyBackend>();
    keys->setEnvironmentKey(QStringLiteral("dummy-test-key"));
    LibraryController controller;
    controller.providerSession()->setKeyBackend(keys);
    ProviderSettings settings;
    settings.enabled = true;
    settings.baseUrl = fake.url().toString();
    settings.sendKey = true;
    settings.requestsPerMinute = 0;
    controller.providerSession()->setSettings(settings);
    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString other = m_dir.filePath(QStringLiteral("detect-off-library"));
    const QString library = m_dir.filePath(QStringLiteral("detect-library"));
    openLibrary(controller, library);
    QSignalSpy privacyChanged(&controller, &LibraryController::privacyChanged);
    controller.setPrivacy(Privacy::Images);
    QTRY_COMPARE_WITH_TIMEOUT(privacyChanged.count(), 1, 10000);

    // Settings: on for this library, with a prompt.
    {
        SettingsDialog dialog(&controller);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.detectOnIndexBox()->isEnabled(), 10000);
        QVERIFY(!dialog.detectOnIndexBox()->isChecked());
        dialog.detectOnIndexBox()->setChecked(true);
        dialog.detectPromptField()->setText(QStringLiteral("find the stamps"));
        dialog.accept();
    }
    const auto saved = [&controller] {   // read anew each time: the write runs on the service's writer thread
        auto read = controller.indexDetection();
        read.waitForFinished();
        return read.result().value_or(IndexDetection{});
    };
    QTRY_VERIFY_WITH_TIMEOUT(saved().enabled, 10000);
    QCOMPARE(saved().prompt, QStringLiteral("find the stamps"));

    // Indexing: the preview counts the page image sent for detection; Send stores the fake's box.
    QSignalSpy finished(&controller, &LibraryController::enrichmentFinished);
    window.addPaths({Test::corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg"))});
    QTRY_VERIFY_WITH_TIMEOUT(window.egressDialog() != nullptr, 30000);
    const EgressPreview preview = window.egressDialog()->preview();
    QCOMPARE(preview.pagesToDetect, 1);
    QVERIFY2(window.egressDialog()->previewText().contains(QStringLiteral("object detection")),
             qPrintable(window.egressDialog()->previewText()));
    QCOMPARE(fake.count(), 0);
    QTest::mouseClick(window.egressDialog()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().first().value<EnrichSummary>().detected, 1);
    QCOMPARE(fake.count(QStringLiteral(":generateContent")), 2);   // the caption and the detection
    auto documents = controller.service()->contents();
    QTRY_VERIFY_WITH_TIMEOUT(documents.isFinished(), 10000);
    QVERIFY(documents.result() && documents.result()->documents.size() == 1);
    auto objects = controller.detections(PageRef{documents.result()->documents.first().id, 0});
    QTRY_VERIFY_WITH_TIMEOUT(objects.isFinished(), 10000);
    QVERIFY(objects.result());
    QCOMPARE(objects.result()->size(), 1);
    QCOMPARE(objects.result()->first().prompt, QStringLiteral("find the stamps"));
    QCOMPARE(objects.result()->first().label, QStringLiteral("fake 1"));   // the fake's answer to the detection schema

    // Another library has its own setting: off.
    openLibrary(controller, other);
    SettingsDialog dialog(&controller);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.detectOnIndexBox()->isEnabled(), 10000);
    QVERIFY(!dialog.detectOnIndexBox()->isChecked());
    QVERIFY(dialog.detectPromptField()->text().isEmpty());
    dialog.reject();
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
