// SPDX-License-Identifier: MIT
#include "core/llm/mediaguard.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace PageLens {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QStringList MediaGuard::geminiMimeTypes()
{
    return {QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/webp"),
            QStringLiteral("image/heic"), QStringLiteral("image/heif"), QStringLiteral("application/pdf"),
            QStringLiteral("text/*")};
}

QStringList MediaGuard::openAiMimeTypes(bool withPdf)
{
    QStringList types{QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/webp"),
                      QStringLiteral("image/gif")};
    if (withPdf)
        types << QStringLiteral("application/pdf");
    return types;
}

bool MediaGuard::isRemoteUri(const QString &uri)
{
    const QString scheme = QUrl(uri).scheme().toLower();
    return scheme == QLatin1String("gs") || scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool MediaGuard::accepts(const QStringList &mimeTypes, const QString &mime)
{
    for (const QString &accepted : mimeTypes) {
        if (accepted.endsWith(QLatin1String("/*")) ? mime.startsWith(accepted.chopped(1)) : mime == accepted)
            return true;
    }
    return false;
}

Result<QVector<QPair<int, int>>> MediaGuard::prepare(GenerateRequest &request, const Limits &limits)
{
    QVector<QPair<int, int>> uploads;
    QVector<QPair<qint64, QPair<int, int>>> inlined;   // encoded size, position
    qint64 inlineTotal = 0;
    for (int t = 0; t < request.turns.size(); ++t) {
        for (int p = 0; p < request.turns[t].parts.size(); ++p) {
            ContentPart &part = request.turns[t].parts[p];
            if (part.kind == ContentPart::Kind::Text) {
                inlineTotal += part.text.size();
                continue;
            }
            if (part.kind != ContentPart::Kind::Media)
                continue;
            const QString mime = part.mimeType.trimmed().toLower();
            if (mime.isEmpty())
                return fail(Error::Code::InvalidArgument, tr("A media part has no MIME type."));
            if (!accepts(limits.mimeTypes, mime))
                return fail(Error::Code::Unsupported, tr("The model service cannot read %1 content.").arg(mime));

            bool local = false;
            if (part.bytes.isEmpty() && part.base64.isEmpty()) {
                if (part.uri.isEmpty())
                    return fail(Error::Code::InvalidArgument, tr("A media part has no content."));
                if (isRemoteUri(part.uri))
                    continue;
                const QString path = QUrl(part.uri).isLocalFile() ? QUrl(part.uri).toLocalFile() : part.uri;
                const qint64 maxBytes = std::max(limits.inlineBytes, limits.uploadBytes);
                if (QFileInfo(path).size() > maxBytes)
                    return fail(Error::Code::InvalidArgument,
                                tr("%1 is too large to send (%2 MB, limit %3 MB).")
                                    .arg(QFileInfo(path).fileName(), megabytes(QFileInfo(path).size()), megabytes(maxBytes)));
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    return fail(Error::Code::Io, tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
                part.bytes = file.readAll();
                part.uri.clear();
                local = true;
            }

            const qint64 rawSize = part.bytes.isEmpty() ? part.base64.size() * 3 / 4 : part.bytes.size();
            if ((local && limits.uploadLocalFiles) || rawSize > limits.inlineBytes) {
                if (limits.uploadBytes <= 0)
                    return fail(Error::Code::InvalidArgument,
                                tr("The %1 content is too large to send inline (%2 MB, limit %3 MB).")
                                    .arg(mime, megabytes(rawSize), megabytes(limits.inlineBytes)));
                if (rawSize > limits.uploadBytes)
                    return fail(Error::Code::InvalidArgument,
                                tr("The %1 content is too large to upload (%2 MB, limit %3 MB).")
                                    .arg(mime, megabytes(rawSize), megabytes(limits.uploadBytes)));
                if (part.bytes.isEmpty()) {
                    part.bytes = QByteArray::fromBase64(part.base64);
                    part.base64.clear();
                }
                uploads.append({t, p});
                continue;
            }
            const qint64 encoded = part.bytes.isEmpty() ? part.base64.size() : (part.bytes.size() + 2) / 3 * 4;
            inlineTotal += encoded;
            inlined.append({encoded, {t, p}});
        }
    }
    // Over the inline budget: upload the largest media first, when the service has an upload API.
    std::sort(inlined.begin(), inlined.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[encoded, position] : std::as_const(inlined)) {
        if (inlineTotal <= limits.inlineBytes || limits.uploadBytes <= 0)
            break;
        ContentPart &part = request.turns[position.first].parts[position.second];
        if (part.bytes.isEmpty()) {
            part.bytes = QByteArray::fromBase64(part.base64);
            part.base64.clear();
        }
        uploads.append(position);
        inlineTotal -= encoded;
    }
    if (inlineTotal > limits.inlineBytes)
        return fail(Error::Code::InvalidArgument,
                    tr("The request is too large to send inline (%1 MB, limit %2 MB).")
                        .arg(megabytes(inlineTotal), megabytes(limits.inlineBytes)));
    return uploads;
}

} // namespace PageLens
