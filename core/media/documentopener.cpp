// SPDX-License-Identifier: MIT
#include "core/media/documentopener.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "core/media/imagepagesource.h"
#include "core/media/pdfpagesource.h"

namespace PageLens {

namespace {

enum class Kind { Unknown, Pdf, Image };

// PDF readers accept a header anywhere in the first 1024 bytes (garbage before it is common).
constexpr qint64 kSniffBytes = 1024;

Kind sniff(const QByteArray &head)
{
    if (head.left(kSniffBytes).contains("%PDF"))
        return Kind::Pdf;
    const auto starts = [&](const char *magic, int length, int at = 0) {
        return head.size() >= at + length && head.mid(at, length) == QByteArray::fromRawData(magic, length);
    };
    if (starts("\x89PNG\r\n\x1a\n", 8) || starts("\xff\xd8\xff", 3) || starts("II*\0", 4) || starts("MM\0*", 4)
        || starts("BM", 2) || starts("GIF87a", 6) || starts("GIF89a", 6) || (starts("RIFF", 4) && starts("WEBP", 4, 8)))
        return Kind::Image;
    return Kind::Unknown;
}

Kind kindOfFile(QFile &file)
{
    return sniff(file.read(kSniffBytes));
}

} // namespace

Result<std::unique_ptr<PageSource>> DocumentOpener::open(const QString &path, const QString &password)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Code::NotFound, QCoreApplication::translate("PageLens", "The file does not exist."), path);
    if (!info.isFile())
        return fail(Error::Code::Unsupported, QCoreApplication::translate("PageLens", "This is not a regular file."), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, QCoreApplication::translate("PageLens", "The file cannot be read."),
                    path + QStringLiteral(": ") + file.errorString());
    if (file.size() == 0)
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The file is empty."), path);

    switch (kindOfFile(file)) {
    case Kind::Pdf: {
        file.close();
        auto pdf = PdfPageSource::open(path, password);
        if (!pdf)
            return tl::unexpected(pdf.error());
        return std::unique_ptr<PageSource>(std::move(*pdf));
    }
    case Kind::Image: {
        file.close();
        auto image = ImagePageSource::open(path);
        if (!image)
            return tl::unexpected(image.error());
        return std::unique_ptr<PageSource>(std::move(*image));
    }
    case Kind::Unknown:
        break;
    }
    return fail(Error::Code::Unsupported,
                QCoreApplication::translate("PageLens", "This file is neither a PDF nor a supported image (PNG, JPEG, WebP, TIFF, BMP, GIF)."),
                path);
}

QString DocumentOpener::kindOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    switch (kindOfFile(file)) {
    case Kind::Pdf:
        return QStringLiteral("pdf");
    case Kind::Image:
        return QStringLiteral("image");
    case Kind::Unknown:
        break;
    }
    return {};
}

bool DocumentOpener::isSupportedSuffix(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("jpg"),
                                         QStringLiteral("jpeg"), QStringLiteral("jpe"), QStringLiteral("webp"),
                                         QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("bmp"),
                                         QStringLiteral("gif")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace PageLens
