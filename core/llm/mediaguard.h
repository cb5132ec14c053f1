// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include "core/common/result.h"
#include "core/llm/provider.h"

namespace PageLens {

/**
 * Checks the media of a request before any network call: MIME types the service reads, files that
 * can be read, and the inline size limit. Local files named by `uri` are read here.
 */
class MediaGuard
{
    Q_DECLARE_TR_FUNCTIONS(MediaGuard)
public:
    struct Limits {
        qint64 inlineBytes = 20LL * 1024 * 1024;   // whole request, as sent (base64 counts 4/3)
        qint64 uploadBytes = 0;                    // > 0: larger media go to an upload API up to this size
        QStringList mimeTypes;                     // accepted; "text/*" style prefixes allowed
        bool uploadLocalFiles = false;             // a local file given as `uri` is uploaded, not inlined
    };

    static QStringList geminiMimeTypes();
    static QStringList openAiMimeTypes(bool withPdf);
    static bool isRemoteUri(const QString &uri);

    /**
     * Validates and resolves `request` in place. Returns the (turn, part) positions of the media
     * that must be uploaded first (their `bytes` filled in), or an error with the reason.
     */
    static Result<QVector<QPair<int, int>>> prepare(GenerateRequest &request, const Limits &limits);

private:
    static bool accepts(const QStringList &mimeTypes, const QString &mime);
};

} // namespace PageLens
