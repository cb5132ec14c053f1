// SPDX-License-Identifier: MIT
#include "ui/settings/providersettings.h"

#include <QSettings>

#include "core/llm/keypolicy.h"
#include "core/llm/providerfactory.h"

namespace PageLens {

namespace {

const QString enabledKey = QStringLiteral("provider/enabled");
const QString kindKey = QStringLiteral("provider/kind");
const QString baseUrlKey = QStringLiteral("provider/baseUrl");
const QString modelKey = QStringLiteral("provider/model");
const QString embedModelKey = QStringLiteral("provider/embedModel");
const QString sendKeyKey = QStringLiteral("provider/sendCredentials");   // named without "key": settings never hold one
const QString dimensionsKey = QStringLiteral("provider/embedDimensions");
const QString rpmKey = QStringLiteral("provider/requestsPerMinute");
const QString inFlightKey = QStringLiteral("provider/maxInFlight");
const QString ocrLanguagesKey = QStringLiteral("ocr/languages");
const QChar languageSeparator = QLatin1Char('+');
const QString lateUrlKey = QStringLiteral("late/url");
const QString lateModelKey = QStringLiteral("late/model");
const QString lateDialectKey = QStringLiteral("late/dialect");
const QString lateSendKeyKey = QStringLiteral("late/sendCredentials");

} // namespace

ProviderSettings ProviderSettings::load()
{
    return load(QSettings());
}

ProviderSettings ProviderSettings::load(const QSettings &settings)
{
    ProviderSettings s;
    s.enabled = settings.value(enabledKey, s.enabled).toBool();
    s.kind = settings.value(kindKey).toString() == ProviderConfig::kindName(ProviderConfig::Kind::OpenAi)
                 ? ProviderConfig::Kind::OpenAi
                 : ProviderConfig::Kind::Gemini;
    s.baseUrl = settings.value(baseUrlKey).toString();
    s.model = settings.value(modelKey).toString();
    s.embedModel = settings.value(embedModelKey).toString();
    s.sendKey = settings.value(sendKeyKey, s.sendKey).toBool();
    s.embedDimensions = std::max(1, settings.value(dimensionsKey, s.embedDimensions).toInt());
    s.requestsPerMinute = std::max(0, settings.value(rpmKey, s.requestsPerMinute).toInt());
    s.maxInFlight = std::max(1, settings.value(inFlightKey, s.maxInFlight).toInt());
    const QStringList languages = settings.value(ocrLanguagesKey).toString().split(languageSeparator, Qt::SkipEmptyParts);
    if (!languages.isEmpty())
        s.ocrLanguages = languages;
    s.lateUrl = settings.value(lateUrlKey).toString();
    s.lateModel = settings.value(lateModelKey).toString();
    if (!LateConfig::dialectFromName(settings.value(lateDialectKey).toString(), s.lateDialect))
        s.lateDialect = LateConfig::Dialect::Infinity;
    s.lateSendKey = settings.value(lateSendKeyKey, s.lateSendKey).toBool();
    return s;
}

void ProviderSettings::save() const
{
    QSettings settings;
    save(settings);
}

void ProviderSettings::save(QSettings &settings) const
{
    settings.setValue(enabledKey, enabled);
    settings.setValue(kindKey, ProviderConfig::kindName(kind));
    settings.setValue(baseUrlKey, baseUrl);
    settings.setValue(modelKey, model);
    settings.setValue(embedModelKey, embedModel);
    settings.setValue(sendKeyKey, sendKey);
    settings.setValue(dimensionsKey, embedDimensions);
    settings.setValue(rpmKey, requestsPerMinute);
    settings.setValue(inFlightKey, maxInFlight);
    settings.setValue(ocrLanguagesKey, ocrLanguages.join(languageSeparator));
    settings.setValue(lateUrlKey, lateUrl);
    settings.setValue(lateModelKey, lateModel);
    settings.setValue(lateDialectKey, LateConfig::dialectName(lateDialect));
    settings.setValue(lateSendKeyKey, lateSendKey);
}

QString ProviderSettings::effectiveBaseUrl() const
{
    return baseUrl.isEmpty() ? ProviderFactory::defaultBaseUrl(kind) : baseUrl;
}

bool ProviderSettings::sendsKey() const
{
    return KeyPolicy::mayReceiveKey(QUrl(effectiveBaseUrl()), sendKey);
}

ProviderConfig ProviderSettings::config(const QString &apiKey) const
{
    ProviderConfig config;
    config.kind = kind;
    config.baseUrl = baseUrl;
    config.model = model;
    config.embedModel = embedModel;
    config.apiKey = apiKey;
    config.sendKey = sendKey;
    return ProviderFactory::withDefaults(config);
}

EnrichOptions ProviderSettings::enrichOptions(Privacy privacy) const
{
    EnrichOptions options;
    options.privacy = privacy;
    options.captionModel = model;
    options.embedModel = embedModel;
    options.embedDimensions = embedDimensions;
    options.requestsPerMinute = requestsPerMinute;
    options.maxInFlight = maxInFlight;
    return options;
}

IndexOptions ProviderSettings::indexOptions() const
{
    IndexOptions options;
    options.ocrLanguages = ocrLanguages.join(languageSeparator);
    return options;
}

bool ProviderSettings::lateSendsKey() const
{
    return KeyPolicy::mayReceiveKey(QUrl(lateUrl), lateSendKey);
}

LateConfig ProviderSettings::lateConfig(const QString &apiKey) const
{
    LateConfig config;
    config.url = lateUrl;
    config.model = lateModel;
    config.dialect = lateDialect;
    config.apiKey = apiKey;
    config.sendKey = lateSendKey;
    return config;
}

bool ProviderSettings::sameLate(const ProviderSettings &other) const
{
    return lateUrl == other.lateUrl && lateModel == other.lateModel && lateDialect == other.lateDialect
        && lateSendKey == other.lateSendKey;
}

} // namespace PageLens
