// SPDX-License-Identifier: MIT
#include "core/media/imagecodec.h"

#include <mutex>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include "core/common/log.h"

namespace PageLens {

namespace {

// 256 MB holds a 8192 x 8192 ARGB page: larger than any real scan, small enough to survive bombs.
constexpr int kAllocationLimitMb = 256;
// QImage cannot address sides beyond this anyway; refusing early avoids Qt's own warnings.
constexpr int kMaxSide = 32767;

} // namespace

int ImageCodec::allocationLimitMb()
{
    applyAllocationLimit();
    return QImageReader::allocationLimit();
}

void ImageCodec::applyAllocationLimit()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariableIsEmpty("QT_IMAGEIO_MAXALLOC"))
            QImageReader::setAllocationLimit(kAllocationLimitMb);
        log::media()->info("image allocation limit {} MB", QImageReader::allocationLimit());
    });
}

qint64 ImageCodec::maxPixels()
{
    const int limitMb = allocationLimitMb();
    return qint64(limitMb > 0 ? limitMb : kAllocationLimitMb) * 1024 * 1024 / 4;
}

Result<QSize> ImageCodec::checkedSize(QImageReader &reader, const QString &path)
{
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The image header is unreadable."), path + QStringLiteral(": ") + reader.errorString());
    if (size.width() > kMaxSide || size.height() > kMaxSide || qint64(size.width()) * size.height() > maxPixels())
        return fail(Error::Code::Unsupported, QCoreApplication::translate("PageLens", "The image is too large to open safely."),
                    QStringLiteral("%1: header claims %2x%3 pixels").arg(path).arg(size.width()).arg(size.height()));
    return size;
}

Result<QImage> ImageCodec::read(QImageReader &reader, const QString &path)
{
    applyAllocationLimit();
    // Some handlers (e.g. GIF) only know the size after decoding; then the allocation limit is the guard.
    if (reader.supportsOption(QImageIOHandler::Size)) {
        if (auto size = checkedSize(reader, path); !size)
            return tl::unexpected(size.error());
    }
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The image cannot be decoded."), path + QStringLiteral(": ") + reader.errorString());
    return image;
}

Result<QImage> ImageCodec::load(const QString &path, int page)
{
    applyAllocationLimit();
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        return fail(Error::Code::Unsupported, QCoreApplication::translate("PageLens", "This image format is not supported."),
                    path + QStringLiteral(": ") + reader.errorString());
    if (page < 0 || (page > 0 && !reader.jumpToImage(page)))
        return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "The image has no such page."), QStringLiteral("%1: page %2").arg(path).arg(page));
    return read(reader, path);
}

QImage ImageCodec::scaledToMaxWidth(const QImage &image, int maxWidth)
{
    if (image.isNull() || maxWidth <= 0 || image.width() <= maxWidth)
        return image;
    return image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
}

Result<QByteArray> ImageCodec::encode(const QImage &image, Format format, int quality)
{
    if (image.isNull())
        return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "There is no image to encode."));
    QImage source = image;
    if (format == Format::Jpeg && image.hasAlphaChannel()) {
        // JPEG has no alpha: flatten on white, as a viewer would show it, not on black.
        source = QImage(image.size(), QImage::Format_RGB32);
        source.setDevicePixelRatio(image.devicePixelRatio());
        source.fill(Qt::white);
        QPainter painter(&source);
        painter.drawImage(0, 0, image);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QByteArray name = format == Format::Webp ? "webp" : format == Format::Jpeg ? "jpeg" : "png";
    QImageWriter writer(&buffer, name);
    // PNG takes "quality" as a compression level; its default is the sane speed/size trade-off.
    if (format != Format::Png)
        writer.setQuality(std::clamp(quality, 0, 100));
    if (!writer.write(source))
        return fail(Error::Code::Unsupported, QCoreApplication::translate("PageLens", "The image cannot be encoded."),
                    QStringLiteral("%1: %2").arg(QString::fromLatin1(name), writer.errorString()));
    return bytes;
}

QString ImageCodec::mimeType(Format format)
{
    switch (format) {
    case Format::Webp:
        return QStringLiteral("image/webp");
    case Format::Jpeg:
        return QStringLiteral("image/jpeg");
    case Format::Png:
        return QStringLiteral("image/png");
    }
    return {};
}

Result<ImageCodec::Format> ImageCodec::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("webp"))
        return Format::Webp;
    if (n == QLatin1String("jpeg") || n == QLatin1String("jpg"))
        return Format::Jpeg;
    if (n == QLatin1String("png"))
        return Format::Png;
    return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "Unknown image format; use webp, jpeg or png."), name);
}

QByteArray ImageCodec::toBase64(const QByteArray &bytes)
{
    return bytes.toBase64();
}

Result<QByteArray> ImageCodec::readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.exists() ? Error::Code::Io : Error::Code::NotFound, QCoreApplication::translate("PageLens", "The file cannot be read."),
                    path + QStringLiteral(": ") + file.errorString());
    // Read one byte past the limit: the size on disk may change under us (or be a pipe that has none).
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "The file is too large to send."),
                    QStringLiteral("%1: more than %2 bytes").arg(path).arg(maxBytes));
    if (file.error() != QFileDevice::NoError)
        return fail(Error::Code::Io, QCoreApplication::translate("PageLens", "The file cannot be read."), path + QStringLiteral(": ") + file.errorString());
    return bytes;
}

} // namespace PageLens
