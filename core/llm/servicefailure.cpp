// SPDX-License-Identifier: MIT
#include "core/llm/servicefailure.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace PageLens {

namespace {

constexpr std::chrono::milliseconds kDefault429Wait{30000};   // Google's minimum when RetryInfo is absent

/** A server's wait in seconds as milliseconds, rounded up: none unless positive, at most longestWait. */
std::chrono::milliseconds waitFromSeconds(double seconds)
{
    if (!(seconds > 0))   // also NaN
        return std::chrono::milliseconds(0);
    const double longest = double(std::chrono::seconds(ServiceFailure::longestWait).count());
    return std::chrono::milliseconds(qint64(std::ceil(std::min(seconds, longest) * 1000.0)));
}

QString secondsText(std::chrono::milliseconds wait)
{
    return QString::number(std::max<qint64>(1, (wait.count() + 999) / 1000));
}

} // namespace

std::chrono::milliseconds ServiceFailure::parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]*)?)s\\s*$"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::chrono::milliseconds(0);
    return waitFromSeconds(match.captured(1).toDouble());
}

ServiceFailure ServiceFailure::fromStatus(int httpStatus, const QString &serverMessage, const QString &reason)
{
    ServiceFailure f;
    const QString detail = QStringLiteral("HTTP %1 %2: %3").arg(httpStatus).arg(reason, serverMessage);
    switch (httpStatus) {
    case 401:
    case 403:
        f.error = Error(Error::Code::InvalidKey,
                        tr("The model service refused the API key. Check that the key is valid and allowed to use this API."),
                        detail);
        break;
    case 404:
        f.error = Error(Error::Code::ModelNotFound,
                        tr("The model service does not know this model. Check the model name (--model or --embed-model)."),
                        detail);
        break;
    case 499:   // CANCELLED, seen mid-stream on the server side
        f.retryable = true;
        f.error = Error(Error::Code::Overloaded,
                        tr("The model service stopped the answer before it was complete. Try again."), detail);
        break;
    case 408:
    case 500:
    case 502:
    case 503:
    case 504:
        f.retryable = true;
        f.error = Error(Error::Code::Overloaded,
                        tr("The model service is overloaded or unavailable right now. Try again in a few minutes."), detail);
        break;
    case 429:
        f.retryable = true;
        f.error = Error(Error::Code::Quota, tr("The model service's rate limit was reached."), detail);
        break;
    default:
        f.error = Error(Error::Code::InvalidArgument,
                        tr("The model service rejected the request: %1").arg(serverMessage.isEmpty() ? reason : serverMessage),
                        detail);
        break;
    }
    return f;
}

ServiceFailure ServiceFailure::fromGemini(int httpStatus, const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString message = error.value(QLatin1String("message")).toString();
    const QString status = error.value(QLatin1String("status")).toString();
    ServiceFailure f = fromStatus(httpStatus, message, status);

    bool perDay = false;
    std::chrono::milliseconds retryDelay{0};
    QString reason;
    for (const QJsonValue &detailValue : error.value(QLatin1String("details")).toArray()) {
        const QJsonObject detail = detailValue.toObject();
        const QString type = detail.value(QLatin1String("@type")).toString();
        if (type.endsWith(QLatin1String("google.rpc.RetryInfo"))) {
            retryDelay = parseDuration(detail.value(QLatin1String("retryDelay")).toString());
        } else if (type.endsWith(QLatin1String("google.rpc.ErrorInfo"))) {
            reason = detail.value(QLatin1String("reason")).toString();
        } else if (type.endsWith(QLatin1String("google.rpc.QuotaFailure"))) {
            for (const QJsonValue &v : detail.value(QLatin1String("violations")).toArray())
                perDay = perDay || v.toObject().value(QLatin1String("quotaId")).toString().contains(QLatin1String("PerDay"));
        }
    }
    if (retryDelay.count() == 0) {
        // Newer bodies say it in the message instead: "Please retry in 38.86s."
        static const QRegularExpression re(QStringLiteral("retry in ([0-9]+(?:\\.[0-9]+)?)s"));
        const auto match = re.match(message);
        if (match.hasMatch())
            retryDelay = parseDuration(match.captured(1) + QLatin1Char('s'));
    }

    if (reason == QLatin1String("API_KEY_INVALID") || status == QLatin1String("UNAUTHENTICATED")) {
        f.error = Error(Error::Code::InvalidKey,
                        tr("The API key is not valid. Set a valid key in GOOGLE_API_KEY or GEMINI_API_KEY, or store one in the keychain."),
                        f.error.detail);
        f.retryable = false;
    } else if (reason == QLatin1String("SERVICE_DISABLED")) {
        f.error = Error(Error::Code::InvalidKey,
                        tr("The Gemini API is not enabled for this key's project. Enable it in the Google Cloud console."),
                        f.error.detail);
    } else if (httpStatus == 429) {
        if (perDay) {
            f.retryable = false;
            f.error = Error(Error::Code::Quota,
                            tr("The daily quota of the model service is used up. Try again tomorrow or use another key."),
                            f.error.detail);
        } else {
            f.retryAfter = retryDelay.count() > 0 ? retryDelay : kDefault429Wait;
            f.error = Error(Error::Code::Quota,
                            tr("The model service's rate limit was reached. Try again in %1 seconds.")
                                .arg(secondsText(f.retryAfter)),
                            f.error.detail);
        }
    }
    return f;
}

ServiceFailure ServiceFailure::fromOpenAi(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    QString message;
    QString code;
    const QJsonValue errorValue = root.value(QLatin1String("error"));
    if (errorValue.isObject()) {
        const QJsonObject error = errorValue.toObject();
        message = error.value(QLatin1String("message")).toString();
        code = error.value(QLatin1String("code")).toVariant().toString();
        if (code.isEmpty())
            code = error.value(QLatin1String("type")).toString();
    } else {
        message = errorValue.toString();   // Ollama's native errors are a bare string
    }
    ServiceFailure f = fromStatus(httpStatus, message, code);
    if (code == QLatin1String("model_not_found"))
        f.error.code = Error::Code::ModelNotFound;
    if (httpStatus == 429) {
        if (code == QLatin1String("insufficient_quota")) {
            f.retryable = false;
            f.error = Error(Error::Code::Quota,
                            tr("The account of this API key has no quota left. Check the plan and billing of the service."),
                            f.error.detail);
        } else {
            bool ok = false;
            const double seconds = QString::fromLatin1(retryAfterHeader).toDouble(&ok);
            f.retryAfter = ok ? waitFromSeconds(seconds) : std::chrono::milliseconds(0);
            f.error = Error(Error::Code::Quota,
                            f.retryAfter.count() > 0
                                ? tr("The model service's rate limit was reached. Try again in %1 seconds.").arg(secondsText(f.retryAfter))
                                : tr("The model service's rate limit was reached. Try again in a minute."),
                            f.error.detail);
        }
    }
    return f;
}

ServiceFailure ServiceFailure::fromNetwork(QNetworkReply::NetworkError code, const QString &errorString)
{
    ServiceFailure f;
    f.retryable = true;
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError) {
        f.error = Error(Error::Code::Timeout,
                        tr("The model service stopped answering and the request timed out. Check the network and try again."),
                        errorString);
    } else {
        f.error = Error(Error::Code::Network,
                        tr("The model service cannot be reached. Check the network connection and the service address."),
                        errorString);
    }
    return f;
}

} // namespace PageLens
