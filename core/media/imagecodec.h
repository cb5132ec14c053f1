// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include "core/common/result.h"

namespace PageLens {

/** The image helpers of the seed notebook: load, resize to a max width, encode, base64. */
class ImageCodec
{
public:
    enum class Format { Webp, Jpeg, Png };

    /** Loads an image file (page = frame of a multi-page TIFF, 0-based) within the allocation limit. */
    static Result<QImage> load(const QString &path, int page = 0);
    /** Keeps the aspect ratio; never enlarges. */
    static QImage scaledToMaxWidth(const QImage &image, int maxWidth);
    static Result<QByteArray> encode(const QImage &image, Format format, int quality = 85);
    static QString mimeType(Format format);
    static Result<Format> formatFromName(const QString &name);   // "webp", "jpeg"/"jpg", "png"
    static QByteArray toBase64(const QByteArray &bytes);
    /** A file's bytes (e.g. a PDF to send whole), refusing files above `maxBytes`. */
    static Result<QByteArray> readFile(const QString &path, qint64 maxBytes);
    /** The allocation limit (MB) set on QImageReader for untrusted images. */
    static int allocationLimitMb();
};

} // namespace PageLens
