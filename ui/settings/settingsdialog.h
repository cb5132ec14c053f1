// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QDialog>

#include "core/model/privacy.h"
#include "ui/settings/providersettings.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace PageLens {

class LibraryController;
class ProviderSession;

/**
 * Settings… : the model service (provider, address, models, embedding size), its API key (kept in
 * the OS keychain, never shown back), the late-interaction server (address, model, API dialect,
 * optional key in the keychain too), what the open library may send, request limits, the
 * object detection while indexing (per library), the installed Tesseract languages OCR reads in (at least one while any is installed), and the
 * language of the GUI (from the next start on).
 * OK stores a newly typed key first (on a worker thread) and closes only when that worked; then it
 * saves the settings, applies them to the session and writes the library's privacy.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(LibraryController *controller, QWidget *parent = nullptr);

    /** The settings as the fields show them. */
    ProviderSettings settings() const;
    /** The privacy chosen for the open library; empty when no library is open or none is chosen yet. */
    std::optional<Privacy> privacy() const;
    void setPrivacy(std::optional<Privacy> privacy);

    QLineEdit *keyField() const { return m_key; }
    QLineEdit *lateKeyField() const { return m_lateKey; }
    QLabel *lateKeyStatusLabel() const { return m_lateKeyStatus; }
    QLabel *keyStatusLabel() const { return m_keyStatus; }
    QListWidget *ocrLanguageList() const { return m_ocrLanguages; }
    QComboBox *languageCombo() const { return m_language; }
    QCheckBox *detectOnIndexBox() const { return m_detectOnIndex; }
    QLineEdit *detectPromptField() const { return m_detectPrompt; }

    void accept() override;

Q_SIGNALS:
    /** The key status line was updated (after a lookup, a store or a removal). */
    void keyStatusChanged(const QString &text);

private:
    void setFields(const ProviderSettings &settings);
    void fillOcrLanguages();
    QStringList checkedOcrLanguages() const;
    bool ocrLanguagesValid() const;
    void updateOcrLanguageNote();
    ProviderConfig::Kind kind() const;
    void updatePlaceholders();
    void refreshKeyStatus();
    void setKeyStatus(const QString &text);
    void updateConsent();
    void storeKey(bool thenAccept);
    void removeKey();
    void refreshLateKeyStatus();
    void storeLateKey(bool thenAccept);
    void removeLateKey();
    void setBusy(bool busy);
    void apply();

    LibraryController *m_controller;
    ProviderSession *m_session;
    QCheckBox *m_enabled;
    QComboBox *m_kind;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QLineEdit *m_embedModel;
    QSpinBox *m_dimensions;
    QLineEdit *m_key;
    QLabel *m_keyStatus;
    QPushButton *m_storeKey;
    QPushButton *m_removeKey;
    QCheckBox *m_sendKey;
    QComboBox *m_privacy;
    QLabel *m_privacyNote;
    QLabel *m_consentNote;
    QPushButton *m_revokeConsent;
    QCheckBox *m_detectOnIndex;   // per library (catalog settings), enabled once the library's value is read
    QLineEdit *m_detectPrompt;
    QSpinBox *m_rpm;
    QSpinBox *m_inFlight;
    QListWidget *m_ocrLanguages;
    QLabel *m_ocrLanguageNote;
    QComboBox *m_language;   // the GUI's language, applied at the next start (UiLanguage)
    QStringList m_savedOcrLanguages;   // their order is kept: Tesseract tries the first language first
    QLineEdit *m_lateUrl;
    QLineEdit *m_lateModel;
    QComboBox *m_lateDialect;
    QLineEdit *m_lateKey;
    QLabel *m_lateKeyStatus;
    QPushButton *m_storeLateKey;
    QPushButton *m_removeLateKey;
    QCheckBox *m_lateSendKey;
    QDialogButtonBox *m_buttons;
    quint64 m_statusGeneration = 0;
};

} // namespace PageLens
