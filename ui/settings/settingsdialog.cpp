// SPDX-License-Identifier: MIT
#include "ui/settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/llm/providerfactory.h"
#include "ui/library/librarycontroller.h"
#include "ui/settings/providersession.h"

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
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
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
    , m_privacy(new QComboBox(this))
    , m_privacyNote(new QLabel(this))
    , m_rpm(new QSpinBox(this))
    , m_inFlight(new QSpinBox(this))
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

    m_privacy->setObjectName(QStringLiteral("libraryPrivacy"));
    m_privacy->setAccessibleName(tr("What this library may send"));
    m_privacy->addItem(tr("Never send anything"), int(Privacy::Never));
    m_privacy->addItem(tr("Page text only (for embeddings)"), int(Privacy::TextOnly));
    m_privacy->addItem(tr("Page text and page images (for captions)"), int(Privacy::Images));
    m_privacyNote->setWordWrap(true);
    m_privacyNote->setTextFormat(Qt::PlainText);

    m_rpm->setObjectName(QStringLiteral("requestsPerMinute"));
    m_rpm->setAccessibleName(tr("Caption requests per minute"));
    m_rpm->setRange(0, 10000);
    m_rpm->setSpecialValueText(tr("No limit"));
    m_rpm->setToolTip(tr("Gemini's free tier allows about 10 per minute; local servers need no limit."));
    m_inFlight->setObjectName(QStringLiteral("requestsInFlight"));
    m_inFlight->setAccessibleName(tr("Requests in flight"));
    m_inFlight->setRange(1, 32);

    auto *service = new QGroupBox(tr("Model Service"), this);
    auto *serviceForm = new QFormLayout(service);
    serviceForm->addRow(m_enabled);
    serviceForm->addRow(tr("&Provider:"), m_kind);
    serviceForm->addRow(tr("Server &address:"), m_baseUrl);
    serviceForm->addRow(QString(), hint(tr("Leave empty for the service's own address. For a local server use its "
                                           "OpenAI-compatible address, e.g. http://localhost:11434/v1 (Ollama) or "
                                           "http://localhost:8080/v1 (llama.cpp server); local servers need no key."),
                                        service));
    serviceForm->addRow(tr("&Generation model:"), m_model);
    serviceForm->addRow(tr("&Embedding model:"), m_embedModel);
    serviceForm->addRow(tr("Embedding &dimension:"), m_dimensions);

    auto *key = new QGroupBox(tr("API Key"), this);
    auto *keyForm = new QFormLayout(key);
    keyForm->addRow(tr("&Key:"), m_key);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_keyStatus, 1);
    keyButtons->addWidget(m_storeKey);
    keyButtons->addWidget(m_removeKey);
    keyForm->addRow(keyButtons);
    keyForm->addRow(hint(tr("Keys are stored in the OS keychain, never in PageLens's settings or library files, "
                            "and are not shown again once stored. GOOGLE_API_KEY, GEMINI_API_KEY or OPENAI_API_KEY "
                            "in the environment take precedence."),
                         key));

    auto *privacy = new QGroupBox(tr("Privacy of This Library"), this);
    auto *privacyForm = new QFormLayout(privacy);
    privacyForm->addRow(tr("&May send:"), m_privacy);
    privacyForm->addRow(m_privacyNote);

    auto *limits = new QGroupBox(tr("Limits"), this);
    auto *limitsForm = new QFormLayout(limits);
    limitsForm->addRow(tr("Caption &requests per minute:"), m_rpm);
    limitsForm->addRow(tr("Requests &in flight:"), m_inFlight);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(service);
    layout->addWidget(key);
    layout->addWidget(privacy);
    layout->addWidget(limits);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setFields(m_session->settings());
    setPrivacy(std::nullopt);
    if (m_controller->isOpen()) {
        m_privacyNote->setText(tr("Reading the library's setting…"));
        m_controller->privacy().then(this, [this](const Result<Privacy> &privacy) {
            if (privacy)
                setPrivacy(*privacy);
            else
                m_privacyNote->setText(privacy.error().message);
        });
    }

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updatePlaceholders();
        refreshKeyStatus();
    });
    connect(m_key, &QLineEdit::textChanged, this, [this](const QString &text) { m_storeKey->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_storeKey, &QPushButton::clicked, this, [this] { storeKey(false); });
    connect(m_removeKey, &QPushButton::clicked, this, &SettingsDialog::removeKey);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    updatePlaceholders();
    refreshKeyStatus();
}

void SettingsDialog::setFields(const ProviderSettings &settings)
{
    m_enabled->setChecked(settings.enabled);
    m_kind->setCurrentIndex(m_kind->findData(int(settings.kind)));
    m_baseUrl->setText(settings.baseUrl);
    m_model->setText(settings.model);
    m_embedModel->setText(settings.embedModel);
    m_dimensions->setValue(settings.embedDimensions);
    m_rpm->setValue(settings.requestsPerMinute);
    m_inFlight->setValue(settings.maxInFlight);
}

ProviderSettings SettingsDialog::settings() const
{
    ProviderSettings s;
    s.enabled = m_enabled->isChecked();
    s.kind = kind();
    s.baseUrl = m_baseUrl->text().trimmed();
    s.model = m_model->text().trimmed();
    s.embedModel = m_embedModel->text().trimmed();
    s.embedDimensions = m_dimensions->value();
    s.requestsPerMinute = m_rpm->value();
    s.maxInFlight = m_inFlight->value();
    return s;
}

ProviderConfig::Kind SettingsDialog::kind() const
{
    return ProviderConfig::Kind(m_kind->currentData().toInt());
}

std::optional<Privacy> SettingsDialog::privacy() const
{
    if (!m_privacy->isEnabled())
        return std::nullopt;
    return Privacy(m_privacy->currentData().toInt());
}

void SettingsDialog::setPrivacy(std::optional<Privacy> privacy)
{
    m_privacy->setEnabled(privacy.has_value());
    if (privacy) {
        m_privacy->setCurrentIndex(m_privacy->findData(int(*privacy)));
        m_privacyNote->setText(tr("Applies to the library in %1. You are always shown what would be sent, and asked, "
                                  "before anything leaves this computer.")
                                   .arg(m_controller->directory()));
    } else {
        m_privacyNote->setText(tr("Open a library to choose what it may send."));
    }
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
            setKeyStatus(tr("The keychain cannot be read: %1").arg(status.detail));
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
}

void SettingsDialog::storeKey(bool thenAccept)
{
    ++m_statusGeneration;   // a lookup still in flight must not overwrite what follows
    setBusy(true);
    setKeyStatus(tr("Storing the key in the OS keychain…"));
    m_session->storeKey(kind(), m_key->text()).then(this, [this, thenAccept](const Result<void> &stored) {
        setBusy(false);
        if (!stored) {
            setKeyStatus(tr("The key could not be stored: %1").arg(stored.error().message));
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

void SettingsDialog::accept()
{
    // A typed key is stored before the dialog closes, so a failure can be seen and fixed here.
    if (!m_key->text().trimmed().isEmpty()) {
        storeKey(true);
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
    m_session->setSettings(after);
    // Turning the service on offers to send what is waiting, with the usual preview first; the
    // preview must see the privacy chosen here, so it waits for that to be written.
    const bool offer = after.enabled && !before.enabled;
    LibraryController *controller = m_controller;
    if (const auto chosen = privacy()) {
        auto written = m_controller->setPrivacy(*chosen);
        if (offer)
            written.then(controller, [controller] { controller->requestEnrichment(); });
    } else if (offer) {
        controller->requestEnrichment();
    }
}

} // namespace PageLens
