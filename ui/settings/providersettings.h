// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include "core/ingest/enrichoptions.h"
#include "core/ingest/indexoptions.h"
#include "core/llm/lateconfig.h"
#include "core/llm/providerconfig.h"

class QSettings;

namespace PageLens {

/**
 * The settings a person chooses in the Settings dialog (the model service, the late-interaction
 * server and the OCR languages),
 * kept in QSettings. Deliberately holds no API key: keys live in the OS keychain or the environment only.
 */
struct ProviderSettings {
    bool enabled = false;   // use the model service when indexing and searching
    ProviderConfig::Kind kind = ProviderConfig::Kind::Gemini;
    QString baseUrl;        // empty: the service's default
    QString model;          // empty: the service's default
    QString embedModel;     // empty: the service's default
    bool sendKey = false;   // send the key even to an http:// or private server (KeyPolicy)
    int embedDimensions = 768;
    int requestsPerMinute = 10;   // caption requests; 0: no limit (local servers)
    int maxInFlight = 2;
    // Tesseract languages for pages indexed from now on; stored as "eng+deu" like --ocr-lang.
    QStringList ocrLanguages = {QStringLiteral("eng")};
    // The late-interaction server (page images to patch vectors, the `late` signal); off while either is empty.
    QString lateUrl;
    QString lateModel;
    LateConfig::Dialect lateDialect = LateConfig::Dialect::Infinity;
    bool lateSendKey = false;   // as sendKey, for the late-interaction server

    static ProviderSettings load();
    static ProviderSettings load(const QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    /** The base URL in effect (the default when none is set). */
    QString effectiveBaseUrl() const;
    /** Whether the server gets the key (KeyPolicy); when not, no key is looked up or needed. */
    bool sendsKey() const;
    ProviderConfig config(const QString &apiKey) const;
    EnrichOptions enrichOptions(Privacy privacy) const;
    /** The options an indexing run takes from these settings (the OCR languages). */
    IndexOptions indexOptions() const;

    bool lateIsSet() const { return !lateUrl.isEmpty() && !lateModel.isEmpty(); }
    /** Whether the late-interaction server gets its key (KeyPolicy). */
    bool lateSendsKey() const;
    LateConfig lateConfig(const QString &apiKey) const;
    /** Whether the late-interaction fields are the same (the rest may differ). */
    bool sameLate(const ProviderSettings &other) const;

    bool operator==(const ProviderSettings &other) const = default;
};

} // namespace PageLens
