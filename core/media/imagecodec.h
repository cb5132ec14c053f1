// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

class QImageReader;

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

    /**
     * Sets the QImageReader allocation limit once per process (unless QT_IMAGEIO_MAXALLOC overrides it)
     * and logs it. Every reader of untrusted images calls this first.
     */
    static void applyAllocationLimit();
    /** Largest image accepted, in pixels: what the allocation limit holds at 32 bits per pixel. */
    static qint64 maxPixels();
    /**
     * Reads the current frame of `reader`, refusing before decoding any image whose header claims more than
     * maxPixels(). A truncated image that Qt still decodes (e.g. a JPEG cut mid-scan) is accepted as is.
     */
    static Result<QImage> read(QImageReader &reader, const QString &path);
    /** The header size of the current frame, refused when empty or above maxPixels(). */
    static Result<QSize> checkedSize(QImageReader &reader, const QString &path);
};

} // namespace PageLens
