// SPDX-License-Identifier: MIT
#include "ui/settings/settingsdialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/detect/objectdetector.h"
#include "core/llm/providerfactory.h"
#include "core/ocr/ocrengine.h"
#include "ui/accessiblenames.h"
#include "ui/library/librarycontroller.h"
#include "ui/settings/consentstore.h"
#include "ui/settings/providersession.h"
#include "ui/settings/uilanguage.h"

namespace PageLens {

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    // Set apart by size only: the placeholder colour falls below 4.5:1 on the standard palette.
    return label;
}

QString keyVariable(ProviderConfig::Kind kind)
{
    return kind == ProviderConfig::Kind::Gemini ? QStringLiteral("GEMINI_API_KEY") : QStringLiteral("OPENAI_API_KEY");
}

} // namespace

SettingsDialog::SettingsDialog(LibraryController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_session(controller->providerSession())
    , m_enabled(new QCheckBox(tr("&Use the model service when indexing and searching"), this))
    , m_kind(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_model(new QLineEdit(this))
    , m_embedModel(new QLineEdit(this))
    , m_dimensions(new QSpinBox(this))
    , m_key(new QLineEdit(this))
    , m_keyStatus(new QLabel(this))
    , m_storeKey(new QPushButton(tr("&Store Key"), this))
    , m_removeKey(new QPushButton(tr("Remo&ve Key"), this))
    , m_sendKey(new QCheckBox(tr("Se&nd the API key to this server"), this))
    , m_privacy(new QComboBox(this))
    , m_privacyNote(new QLabel(this))
    , m_consentNote(new QLabel(this))
    , m_revokeConsent(new QPushButton(tr("Ask &Again Before Sending"), this))
    , m_detectOnIndex(new QCheckBox(tr("Detect objects while indexing"), this))
    , m_detectPrompt(new QLineEdit(this))
    , m_rpm(new QSpinBox(this))
    , m_inFlight(new QSpinBox(this))
    , m_ocrLanguages(new QListWidget(this))
    , m_ocrLanguageNote(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_lateUrl(new QLineEdit(this))
    , m_lateModel(new QLineEdit(this))
    , m_lateDialect(new QComboBox(this))
    , m_lateKey(new QLineEdit(this))
    , m_lateKeyStatus(new QLabel(this))
    , m_storeLateKey(new QPushButton(tr("S&tore"), this))
    , m_removeLateKey(new QPushButton(tr("Remove"), this))
    , m_lateSendKey(new QCheckBox(tr("Send the key to this server"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_enabled->setObjectName(QStringLiteral("serviceEnabled"));
    m_enabled->setToolTip(tr("Caption and embed pages with the model service after indexing (you are asked before "
                             "anything is sent), and search with every signal."));

    m_kind->setObjectName(QStringLiteral("providerKind"));
    m_kind->setAccessibleName(tr("Model service"));
    m_kind->addItem(tr("Google Gemini"), int(ProviderConfig::Kind::Gemini));
    m_kind->addItem(tr("OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)"), int(ProviderConfig::Kind::OpenAi));

    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setAccessibleName(tr("Server address"));
    m_baseUrl->setClearButtonEnabled(true);
    m_model->setObjectName(QStringLiteral("generationModel"));
    m_model->setAccessibleName(tr("Generation model"));
    m_embedModel->setObjectName(QStringLiteral("embeddingModel"));
    m_embedModel->setAccessibleName(tr("Embedding model"));
    m_dimensions->setObjectName(QStringLiteral("embeddingDimensions"));
    m_dimensions->setAccessibleName(tr("Embedding dimension"));
    m_dimensions->setRange(1, 8192);
    m_dimensions->setToolTip(tr("Vectors of a library must all have the same size; changing it means embedding "
                                "the library again."));

    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste a new key to store it"));
    m_key->setClearButtonEnabled(true);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setAccessibleName(tr("API key status"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::PlainText);
    m_storeKey->setObjectName(QStringLiteral("storeKey"));
    m_storeKey->setAutoDefault(false);
    m_storeKey->setEnabled(false);
    m_removeKey->setObjectName(QStringLiteral("removeKey"));
    m_removeKey->setAutoDefault(false);
    m_removeKey->setToolTip(tr("Delete this service's key from the OS keychain"));
    m_sendKey->setObjectName(QStringLiteral("sendKey"));
    m_sendKey->setToolTip(tr("The key normally goes only to https servers on the internet. Check this for a local "
                             "or plain-http server that asks for one, e.g. llama.cpp started with --api-key."));

    m_privacy->setObjectName(QStringLiteral("libraryPrivacy"));
    m_privacy->setAccessibleName(tr("What this library may send"));
    m_privacy->addItem(tr("Never send anything"), int(Privacy::Never));
    m_privacy->addItem(tr("Page text only (for embeddings)"), int(Privacy::TextOnly));
    m_privacy->addItem(tr("Page text and page images (for captions)"), int(Privacy::Images));
    m_privacy->setPlaceholderText(tr("Not chosen yet"));
    m_privacyNote->setWordWrap(true);
    m_privacyNote->setTextFormat(Qt::PlainText);
    m_consentNote->setObjectName(QStringLiteral("consentNote"));
    m_consentNote->setWordWrap(true);
    m_consentNote->setTextFormat(Qt::PlainText);
    m_revokeConsent->setObjectName(QStringLiteral("revokeConsent"));
    m_revokeConsent->setAutoDefault(false);
    m_revokeConsent->setToolTip(tr("Forget that you agreed to send this library's pages: the preview is shown "
                                   "and your answer asked for again next time."));

    m_detectOnIndex->setObjectName(QStringLiteral("detectOnIndex"));
    m_detectOnIndex->setToolTip(tr("Sends each page image for object detection; needs page images allowed."));
    m_detectOnIndex->setEnabled(false);
    m_detectPrompt->setObjectName(QStringLiteral("detectPrompt"));
    m_detectPrompt->setAccessibleName(tr("Detection prompt"));
    m_detectPrompt->setPlaceholderText(ObjectDetector::defaultPrompt());
    m_detectPrompt->setEnabled(false);

    m_rpm->setObjectName(QStringLiteral("requestsPerMinute"));
    m_rpm->setAccessibleName(tr("Caption requests per minute"));
    m_rpm->setRange(0, 10000);
    m_rpm->setSpecialValueText(tr("No limit"));
    m_rpm->setToolTip(tr("Gemini's free tier allows about 10 per minute; local servers need no limit."));
    m_inFlight->setObjectName(QStringLiteral("requestsInFlight"));
    m_inFlight->setAccessibleName(tr("Requests in flight"));
    m_inFlight->setRange(1, 32);

    m_ocrLanguages->setObjectName(QStringLiteral("ocrLanguages"));
    m_ocrLanguages->setAccessibleName(tr("Text recognition languages"));
    m_ocrLanguageNote->setObjectName(QStringLiteral("ocrLanguageNote"));
    m_ocrLanguageNote->setWordWrap(true);
    m_ocrLanguageNote->setTextFormat(Qt::PlainText);
    fillOcrLanguages();

    m_language->setObjectName(QStringLiteral("uiLanguage"));
    m_language->setAccessibleName(tr("Language of PageLens"));
    for (const UiLanguage::Choice &choice : UiLanguage::choices())
        m_language->addItem(choice.name, choice.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(UiLanguage::stored())));

    auto *service = new QGroupBox(tr("Model Service"), this);
    auto *serviceForm = new QFormLayout(service);
    serviceForm->addRow(m_enabled);
    serviceForm->addRow(tr("&Provider:"), m_kind);
    serviceForm->addRow(tr("Server &address:"), m_baseUrl);
    // Spanning both columns: in the field column alone QFormLayout cut the wrapped hint at two lines.
    serviceForm->addRow(hint(tr("Leave empty for the service's own address. For a local server use its "
                                "OpenAI-compatible address, e.g. http://localhost:11434/v1 (Ollama) or "
                                "http://localhost:8080/v1 (llama.cpp server); local servers need no key and get none."),
                             service));
    serviceForm->addRow(tr("&Generation model:"), m_model);
    serviceForm->addRow(tr("&Embedding model:"), m_embedModel);
    serviceForm->addRow(tr("Embedding &dimension:"), m_dimensions);

    auto *key = new QGroupBox(tr("API Key"), this);
    auto *keyForm = new QFormLayout(key);
    keyForm->addRow(tr("&Key:"), m_key);
    // The status has a row of its own: beside the buttons a long message was cut off at two lines.
    keyForm->addRow(m_keyStatus);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addStretch(1);
    keyButtons->addWidget(m_storeKey);
    keyButtons->addWidget(m_removeKey);
    keyForm->addRow(keyButtons);
    keyForm->addRow(m_sendKey);
    keyForm->addRow(hint(tr("Keys are stored in the OS keychain, never in PageLens's settings or library files, "
                            "and are not shown again once stored. GOOGLE_API_KEY, GEMINI_API_KEY or OPENAI_API_KEY "
                            "in the environment take precedence."),
                         key));

    auto *privacy = new QGroupBox(tr("Privacy of This Library"), this);
    auto *privacyForm = new QFormLayout(privacy);
    privacyForm->addRow(tr("&May send:"), m_privacy);
    privacyForm->addRow(m_privacyNote);
    privacyForm->addRow(m_consentNote);
    privacyForm->addRow(QString(), m_revokeConsent);
    privacyForm->addRow(m_detectOnIndex);
    privacyForm->addRow(tr("Detection pro&mpt:"), m_detectPrompt);

    auto *limits = new QGroupBox(tr("Limits"), this);
    auto *limitsForm = new QFormLayout(limits);
    limitsForm->addRow(tr("Caption &requests per minute:"), m_rpm);
    limitsForm->addRow(tr("Requests &in flight:"), m_inFlight);

    auto *ocr = new QGroupBox(tr("Text Recognition"), this);
    auto *ocrForm = new QFormLayout(ocr);
    ocrForm->addRow(tr("OCR &languages:"), m_ocrLanguages);
    ocrForm->addRow(m_ocrLanguageNote);
    ocrForm->addRow(hint(tr("Pages without a text layer are read in the checked languages; each extra language "
                            "makes reading slower. Applies to pages indexed from now on: pages already indexed are "
                            "not read again. More languages come from packages such as tesseract-ocr-deu (German) "
                            "or tesseract-ocr-fra (French); their files are in %1.")
                             .arg(QDir::toNativeSeparators(OcrEngine::tessdataDir())),
                         ocr));

    auto *language = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(language);
    languageForm->addRow(tr("&Language:"), m_language);
    QLabel *languageHint = hint(tr("Applies the next time PageLens starts. The command line follows the "
                                   "LANG and LC_ALL environment variables."),
                                language);
    languageForm->addRow(languageHint);
    m_language->setAccessibleDescription(languageHint->text());
    m_lateUrl->setObjectName(QStringLiteral("lateUrl"));
    m_lateUrl->setAccessibleName(tr("Late-interaction server address"));
    m_lateUrl->setPlaceholderText(QStringLiteral("http://localhost:7997"));
    m_lateUrl->setClearButtonEnabled(true);
    m_lateModel->setObjectName(QStringLiteral("lateModel"));
    m_lateModel->setAccessibleName(tr("Late-interaction model"));
    m_lateModel->setPlaceholderText(QStringLiteral("vidore/colpali-v1.2-merged"));
    m_lateDialect->setObjectName(QStringLiteral("lateDialect"));
    m_lateDialect->setAccessibleName(tr("Late-interaction server API"));
    m_lateDialect->addItem(tr("infinity (/embeddings)"), int(LateConfig::Dialect::Infinity));
    m_lateDialect->addItem(tr("vLLM (/pooling, token_embed)"), int(LateConfig::Dialect::Vllm));
    m_lateKey->setObjectName(QStringLiteral("lateKey"));
    m_lateKey->setAccessibleName(tr("Late-interaction server API key"));
    m_lateKey->setEchoMode(QLineEdit::Password);
    m_lateKey->setPlaceholderText(tr("Only if the server was started with --api-key"));
    m_lateKey->setClearButtonEnabled(true);
    m_lateKeyStatus->setObjectName(QStringLiteral("lateKeyStatus"));
    m_lateKeyStatus->setWordWrap(true);
    m_lateKeyStatus->setTextFormat(Qt::PlainText);
    m_storeLateKey->setObjectName(QStringLiteral("storeLateKey"));
    m_storeLateKey->setAutoDefault(false);
    m_storeLateKey->setEnabled(false);
    m_removeLateKey->setObjectName(QStringLiteral("removeLateKey"));
    m_removeLateKey->setAutoDefault(false);
    m_lateSendKey->setObjectName(QStringLiteral("lateSendKey"));
    m_lateSendKey->setToolTip(tr("The key normally goes only to https servers on the internet. Check this for a "
                                 "local or plain-http server started with --api-key."));

    auto *late = new QGroupBox(tr("Late Interaction (Page Images)"), this);
    late->setObjectName(QStringLiteral("lateGroup"));
    auto *lateForm = new QFormLayout(late);
    lateForm->addRow(tr("Ser&ver:"), m_lateUrl);
    lateForm->addRow(tr("M&odel:"), m_lateModel);
    lateForm->addRow(tr("AP&I:"), m_lateDialect);
    lateForm->addRow(tr("Ke&y:"), m_lateKey);
    lateForm->addRow(m_lateKeyStatus);   // its own row, as the API key's: beside the buttons it was cut off
    auto *lateKeyButtons = new QHBoxLayout;
    lateKeyButtons->addStretch(1);
    lateKeyButtons->addWidget(m_storeLateKey);
    lateKeyButtons->addWidget(m_removeLateKey);
    lateForm->addRow(lateKeyButtons);
    lateForm->addRow(m_lateSendKey);
    lateForm->addRow(hint(tr("A ColPali-family server embeds page images for the \"late\" search signal and the "
                             "heatmaps, e.g. infinity_emb v2 --model-id vidore/colpali-v1.2-merged, or vllm serve "
                             "MODEL --runner pooling. Pages are sent only where this library may send page images. "
                             "PAGELENS_LATE_API_KEY in the environment takes precedence over the keychain."),
                         late));

    // Two columns: stacked, the groups would be taller than a 768-pixel laptop screen. They scroll
    // when the screen is shorter still: squeezed, the wrapped hints lost their last lines.
    auto *serviceColumn = new QVBoxLayout;
    serviceColumn->addWidget(service);
    serviceColumn->addWidget(key);
    serviceColumn->addStretch(1);
    auto *libraryColumn = new QVBoxLayout;
    libraryColumn->addWidget(privacy);
    libraryColumn->addWidget(limits);
    libraryColumn->addWidget(ocr);
    libraryColumn->addWidget(late);
    libraryColumn->addWidget(language);
    libraryColumn->addStretch(1);
    auto *page = new QWidget;
    auto *columns = new QHBoxLayout(page);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(serviceColumn, 1);
    columns->addLayout(libraryColumn, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Settings"));   // the page of every group; the same words as the title
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    // A scroll area asks for little; open at the size the groups want, within the screen.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    const int width = std::min(page->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width(),
                               screen.width() * 9 / 10);
    const int height = page->hasHeightForWidth() ? page->heightForWidth(width) : page->sizeHint().height();
    resize(width + layout->contentsMargins().left() + layout->contentsMargins().right(),
           std::min(height + m_buttons->sizeHint().height() + layout->spacing() + layout->contentsMargins().top()
                        + layout->contentsMargins().bottom(),
                    screen.height() * 9 / 10));

    setFields(m_session->settings());
    setPrivacy(std::nullopt);
    m_privacy->setEnabled(false);
    updateConsent();
    if (m_controller->isOpen()) {
        m_privacyNote->setText(tr("Reading the library's setting…"));
        m_controller->chosenPrivacy().then(this, [this](const Result<std::optional<Privacy>> &privacy) {
            if (privacy)
                setPrivacy(*privacy);
            else
                m_privacyNote->setText(privacy.error().message);
        });
        m_controller->indexDetection().then(this, [this](const Result<IndexDetection> &detection) {
            if (!detection)
                return;
            m_detectOnIndex->setChecked(detection->enabled);
            m_detectPrompt->setText(detection->prompt);
            m_detectOnIndex->setEnabled(true);
            m_detectPrompt->setEnabled(true);
        });
    }

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updatePlaceholders();
        refreshKeyStatus();
    });
    connect(m_key, &QLineEdit::textChanged, this, [this](const QString &text) { m_storeKey->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_storeKey, &QPushButton::clicked, this, [this] { storeKey(false); });
    connect(m_removeKey, &QPushButton::clicked, this, &SettingsDialog::removeKey);
    connect(m_lateKey, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_storeLateKey->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_storeLateKey, &QPushButton::clicked, this, [this] { storeLateKey(false); });
    connect(m_removeLateKey, &QPushButton::clicked, this, &SettingsDialog::removeLateKey);
    connect(m_revokeConsent, &QPushButton::clicked, this, [this] {
        ConsentStore::revoke(m_controller->directory());
        updateConsent();
    });
    connect(m_ocrLanguages, &QListWidget::itemChanged, this, &SettingsDialog::updateOcrLanguageNote);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    updatePlaceholders();
    refreshKeyStatus();
    AccessibleNames::complete(this);
    refreshLateKeyStatus();
}

void SettingsDialog::setFields(const ProviderSettings &settings)
{
    m_enabled->setChecked(settings.enabled);
    m_kind->setCurrentIndex(m_kind->findData(int(settings.kind)));
    m_baseUrl->setText(settings.baseUrl);
    m_model->setText(settings.model);
    m_embedModel->setText(settings.embedModel);
    m_sendKey->setChecked(settings.sendKey);
    m_dimensions->setValue(settings.embedDimensions);
    m_rpm->setValue(settings.requestsPerMinute);
    m_inFlight->setValue(settings.maxInFlight);
    m_lateUrl->setText(settings.lateUrl);
    m_lateModel->setText(settings.lateModel);
    m_lateDialect->setCurrentIndex(m_lateDialect->findData(int(settings.lateDialect)));
    m_lateSendKey->setChecked(settings.lateSendKey);
    m_savedOcrLanguages = settings.ocrLanguages;
    for (int row = 0; row < m_ocrLanguages->count(); ++row) {
        QListWidgetItem *item = m_ocrLanguages->item(row);
        item->setCheckState(settings.ocrLanguages.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                  : Qt::Unchecked);
    }
    updateOcrLanguageNote();
}

void SettingsDialog::fillOcrLanguages()
{
    for (const QString &code : OcrEngine::availableLanguages()) {
        // Tesseract names languages by ISO 639-2 code, a script or variant after an underscore ("chi_sim").
        const QLocale::Language language = QLocale::codeToLanguage(code.section(QLatin1Char('_'), 0, 0), QLocale::ISO639Part2);
        const QString text = language == QLocale::AnyLanguage
                                 ? code
                                 : tr("%1 (%2)", "language name, Tesseract code").arg(QLocale::languageToString(language), code);
        auto *item = new QListWidgetItem(text, m_ocrLanguages);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_ocrLanguages->count() > 0) {
        m_ocrLanguages->setCurrentRow(0);   // Space toggles the current row: keyboard users start somewhere
        // A few rows show the choice without making the dialog taller than a small screen; more scroll.
        const int rows = std::min(int(m_ocrLanguages->count()), 5);
        m_ocrLanguages->setFixedHeight(rows * m_ocrLanguages->sizeHintForRow(0) + 2 * m_ocrLanguages->frameWidth());
    }
}

QStringList SettingsDialog::checkedOcrLanguages() const
{
    QStringList checked;
    for (int row = 0; row < m_ocrLanguages->count(); ++row) {
        if (m_ocrLanguages->item(row)->checkState() == Qt::Checked)
            checked << m_ocrLanguages->item(row)->data(Qt::UserRole).toString();
    }
    // The earlier order is kept (Tesseract tries the first language first); newly checked ones follow.
    QStringList ordered;
    for (const QString &code : std::as_const(m_savedOcrLanguages)) {
        if (checked.contains(code))
            ordered << code;
    }
    for (const QString &code : std::as_const(checked)) {
        if (!ordered.contains(code))
            ordered << code;
    }
    return ordered;
}

bool SettingsDialog::ocrLanguagesValid() const
{
    // With nothing installed there is nothing to choose; the other settings can still be saved.
    return m_ocrLanguages->count() == 0 || !checkedOcrLanguages().isEmpty();
}

void SettingsDialog::updateOcrLanguageNote()
{
    QString note;
    if (m_ocrLanguages->count() == 0)
        note = tr("No Tesseract language is installed, so pages without a text layer cannot be read.");
    else if (checkedOcrLanguages().isEmpty())
        note = tr("Check at least one language.");
    m_ocrLanguageNote->setText(note);
    m_ocrLanguageNote->setVisible(!note.isEmpty());
    m_ocrLanguages->setAccessibleDescription(note);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ocrLanguagesValid());
}

ProviderSettings SettingsDialog::settings() const
{
    ProviderSettings s;
    s.enabled = m_enabled->isChecked();
    s.kind = kind();
    s.baseUrl = m_baseUrl->text().trimmed();
    s.model = m_model->text().trimmed();
    s.embedModel = m_embedModel->text().trimmed();
    s.sendKey = m_sendKey->isChecked();
    s.embedDimensions = m_dimensions->value();
    s.requestsPerMinute = m_rpm->value();
    s.maxInFlight = m_inFlight->value();
    s.ocrLanguages = m_ocrLanguages->count() == 0 ? m_savedOcrLanguages : checkedOcrLanguages();
    s.lateUrl = m_lateUrl->text().trimmed();
    s.lateModel = m_lateModel->text().trimmed();
    s.lateDialect = LateConfig::Dialect(m_lateDialect->currentData().toInt());
    s.lateSendKey = m_lateSendKey->isChecked();
    return s;
}

ProviderConfig::Kind SettingsDialog::kind() const
{
    return ProviderConfig::Kind(m_kind->currentData().toInt());
}

std::optional<Privacy> SettingsDialog::privacy() const
{
    if (!m_privacy->isEnabled() || m_privacy->currentIndex() < 0)
        return std::nullopt;
    return Privacy(m_privacy->currentData().toInt());
}

void SettingsDialog::setPrivacy(std::optional<Privacy> privacy)
{
    const bool open = m_controller->isOpen();
    m_privacy->setEnabled(open);
    m_privacy->setCurrentIndex(privacy ? m_privacy->findData(int(*privacy)) : -1);
    if (!open)
        m_privacyNote->setText(tr("Open a library to choose what it may send."));
    else if (privacy)
        m_privacyNote->setText(tr("Applies to the library in %1. You are shown what would be sent, and asked once "
                                  "for each kind of data, before anything leaves this computer.")
                                   .arg(m_controller->directory()));
    else
        m_privacyNote->setText(tr("Not chosen yet for the library in %1: you are asked the first time something "
                                  "would leave this computer.")
                                   .arg(m_controller->directory()));
}

void SettingsDialog::updateConsent()
{
    const QString granted = m_controller->isOpen() ? ConsentStore::describe(m_controller->directory()) : QString();
    m_consentNote->setText(granted.isEmpty() ? tr("You are asked before this library sends anything.")
                                             : tr("You agreed that this library may send %1 without asking again.").arg(granted));
    m_consentNote->setVisible(m_controller->isOpen());
    m_revokeConsent->setVisible(!granted.isEmpty());
}

void SettingsDialog::updatePlaceholders()
{
    const ProviderConfig::Kind k = kind();
    m_baseUrl->setPlaceholderText(ProviderFactory::defaultBaseUrl(k));
    m_model->setPlaceholderText(ProviderFactory::defaultModel(k));
    m_embedModel->setPlaceholderText(ProviderFactory::defaultEmbedModel(k));
}

void SettingsDialog::setKeyStatus(const QString &text)
{
    m_keyStatus->setText(text);
    m_keyStatus->setAccessibleDescription(text);
    Q_EMIT keyStatusChanged(text);
}

void SettingsDialog::refreshKeyStatus()
{
    const quint64 generation = ++m_statusGeneration;
    setKeyStatus(tr("Checking the keychain…"));
    m_session->keyStatus(kind()).then(this, [this, generation](const ProviderSession::KeyStatus &status) {
        if (generation != m_statusGeneration)
            return;   // another provider was picked meanwhile
        using Source = ProviderSession::KeyStatus::Source;
        switch (status.source) {
        case Source::Environment:
            setKeyStatus(tr("Using the key from the environment variable %1.").arg(status.detail));
            break;
        case Source::Keychain:
            setKeyStatus(tr("A key is stored in the OS keychain."));
            break;
        case Source::None:
            setKeyStatus(tr("No key is stored."));
            break;
        case Source::Unavailable:
            setKeyStatus(tr("The keychain cannot be read: %1 Install or unlock a keychain (GNOME Keyring or KWallet, "
                            "reached through the Secret Service), or start PageLens with %2 set in the environment.")
                             .arg(status.detail, keyVariable(kind())));
            break;
        }
        m_removeKey->setEnabled(status.source == Source::Keychain);
    });
}

void SettingsDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    m_storeKey->setEnabled(!busy && !m_key->text().trimmed().isEmpty());
    m_removeKey->setEnabled(!busy);
    m_key->setReadOnly(busy);
    m_kind->setEnabled(!busy);
    m_storeLateKey->setEnabled(!busy && !m_lateKey->text().trimmed().isEmpty());
    m_removeLateKey->setEnabled(!busy);
    m_lateKey->setReadOnly(busy);
}

void SettingsDialog::storeKey(bool thenAccept)
{
    ++m_statusGeneration;   // a lookup still in flight must not overwrite what follows
    setBusy(true);
    setKeyStatus(tr("Storing the key in the OS keychain…"));
    m_session->storeKey(kind(), m_key->text()).then(this, [this, thenAccept](const Result<void> &stored) {
        setBusy(false);
        if (!stored) {
            setKeyStatus(tr("The key could not be stored: %1 Install or unlock a keychain (GNOME Keyring or KWallet), "
                            "or start PageLens with %2 set in the environment instead.")
                             .arg(stored.error().message, keyVariable(kind())));
            return;
        }
        m_key->clear();
        setKeyStatus(tr("The key was stored in the OS keychain."));
        m_removeKey->setEnabled(true);
        if (thenAccept)
            accept();
    });
}

void SettingsDialog::removeKey()
{
    ++m_statusGeneration;
    setBusy(true);
    setKeyStatus(tr("Removing the key from the OS keychain…"));
    m_session->removeKey(kind()).then(this, [this](const Result<void> &removed) {
        setBusy(false);
        if (!removed && removed.error().code != Error::Code::NotFound) {
            setKeyStatus(tr("The key could not be removed: %1").arg(removed.error().message));
            return;
        }
        setKeyStatus(tr("No key is stored."));
        m_removeKey->setEnabled(false);
    });
}

void SettingsDialog::refreshLateKeyStatus()
{
    m_lateKeyStatus->setText(tr("Checking the keychain…"));
    m_session->lateKeyStatus().then(this, [this](const ProviderSession::KeyStatus &status) {
        using Source = ProviderSession::KeyStatus::Source;
        QString text;
        switch (status.source) {
        case Source::Environment:
            text = tr("Using the key from the environment variable %1.").arg(status.detail);
            break;
        case Source::Keychain:
            text = tr("A key is stored in the OS keychain.");
            break;
        case Source::None:
            text = tr("No key (most local servers need none).");
            break;
        case Source::Unavailable:
            text = tr("The keychain cannot be read: %1").arg(status.detail);
            break;
        }
        m_lateKeyStatus->setText(text);
        m_lateKeyStatus->setAccessibleDescription(text);
        m_removeLateKey->setEnabled(status.source == Source::Keychain);
    });
}

void SettingsDialog::storeLateKey(bool thenAccept)
{
    setBusy(true);
    m_lateKeyStatus->setText(tr("Storing the key in the OS keychain…"));
    m_session->storeLateKey(m_lateKey->text()).then(this, [this, thenAccept](const Result<void> &stored) {
        setBusy(false);
        if (!stored) {
            m_lateKeyStatus->setText(tr("The key could not be stored: %1 Set PAGELENS_LATE_API_KEY in the environment instead.")
                                         .arg(stored.error().message));
            return;
        }
        m_lateKey->clear();
        m_lateKeyStatus->setText(tr("The key was stored in the OS keychain."));
        m_removeLateKey->setEnabled(true);
        if (thenAccept)
            accept();
    });
}

void SettingsDialog::removeLateKey()
{
    setBusy(true);
    m_session->removeLateKey().then(this, [this](const Result<void> &removed) {
        setBusy(false);
        if (!removed && removed.error().code != Error::Code::NotFound) {
            m_lateKeyStatus->setText(tr("The key could not be removed: %1").arg(removed.error().message));
            return;
        }
        m_lateKeyStatus->setText(tr("No key (most local servers need none)."));
        m_removeLateKey->setEnabled(false);
    });
}

void SettingsDialog::accept()
{
    if (!ocrLanguagesValid())
        return;   // OK is disabled then, but a key store started before may still finish here
    // A typed key is stored before the dialog closes, so a failure can be seen and fixed here.
    if (!m_key->text().trimmed().isEmpty()) {
        storeKey(true);
        return;
    }
    if (!m_lateKey->text().trimmed().isEmpty()) {
        storeLateKey(true);
        return;
    }
    apply();
    QDialog::accept();
}

void SettingsDialog::apply()
{
    const ProviderSettings before = m_session->settings();
    const ProviderSettings after = settings();
    after.save();
    UiLanguage::store(m_language->currentData().toString());
    m_session->setSettings(after);
    // Turning the service on offers to send what is waiting, with the usual preview first; the
    // preview must see the privacy chosen here, so it waits for that to be written.
    const bool offer = after.enabled && !before.enabled;
    LibraryController *controller = m_controller;
    if (m_detectOnIndex->isEnabled())   // the library's value was read, so this writes what was shown
        m_controller->setIndexDetection(IndexDetection{m_detectOnIndex->isChecked(), m_detectPrompt->text().trimmed()});
    if (const auto chosen = privacy()) {
        auto written = m_controller->setPrivacy(*chosen);
        if (offer)
            written.then(controller, [controller] { controller->requestEnrichment(); });
    } else if (offer) {
        controller->requestEnrichment();
    }
}

} // namespace PageLens
