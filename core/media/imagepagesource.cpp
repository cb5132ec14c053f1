// SPDX-License-Identifier: MIT
#include "core/media/imagepagesource.h"

#include <QCoreApplication>
#include <QImageReader>

#include "core/media/imagecodec.h"

namespace PageLens {

namespace {

// A TIFF claiming more frames than this is hostile; real multi-page scans stay far below.
constexpr int kMaxFrames = 10000;

bool isTiff(const QByteArray &format)
{
    return format == "tif" || format == "tiff";
}

} // namespace

ImagePageSource::ImagePageSource(const QString &path, QList<QSize> sizes) : m_path(path), m_sizes(std::move(sizes)) {}

Result<std::unique_ptr<ImagePageSource>> ImagePageSource::open(const QString &path)
{
    ImageCodec::applyAllocationLimit();
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The image cannot be read."),
                    path + QStringLiteral(": ") + reader.errorString());

    const int frames = isTiff(reader.format()) ? reader.imageCount() : 1;
    if (frames < 1 || frames > kMaxFrames)
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The image has an implausible number of pages."),
                    QStringLiteral("%1: %2 frames").arg(path).arg(frames));
    QList<QSize> sizes;
    sizes.reserve(frames);
    for (int i = 0; i < frames; ++i) {
        if (i > 0 && !reader.jumpToImage(i))
            return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "A page of the image cannot be read."),
                        QStringLiteral("%1: frame %2").arg(path).arg(i));
        QSize size = reader.size();
        if (!size.isValid()) {
            // Some handlers know the size only after decoding (within the allocation limit).
            auto image = ImageCodec::read(reader, path);
            if (!image)
                return tl::unexpected(image.error());
            size = image->size();
        } else if (auto checked = ImageCodec::checkedSize(reader, path); !checked) {
            return tl::unexpected(checked.error());
        }
        sizes << size;
    }
    return std::unique_ptr<ImagePageSource>(new ImagePageSource(path, std::move(sizes)));
}

int ImagePageSource::pageCount() const
{
    return int(m_sizes.size());
}

QSizeF ImagePageSource::pageSize(int page) const
{
    return page >= 0 && page < m_sizes.size() ? QSizeF(m_sizes.at(page)) : QSizeF();
}

Result<QImage> ImagePageSource::render(int page, double dpi)
{
    if (page < 0 || page >= m_sizes.size() || !(dpi > 0))
        return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "There is no such page."),
                    QStringLiteral("%1: page %2 at %3 dpi").arg(m_path).arg(page).arg(dpi));
    auto image = ImageCodec::load(m_path, page);
    if (!image)
        return image;
    if (image->size() != m_sizes.at(page))
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The image changed while it was open."), m_path);
    const double scale = dpi / 72.0;
    if (scale < 1.0) {
        // Keep the file's resolution hint in step with the pixels: OCR reads it.
        const int dpmX = image->dotsPerMeterX(), dpmY = image->dotsPerMeterY();
        const QSize target = (QSizeF(image->size()) * scale).toSize().expandedTo(QSize(1, 1));
        *image = image->scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        image->setDotsPerMeterX(qRound(dpmX * scale));
        image->setDotsPerMeterY(qRound(dpmY * scale));
    }
    return image;
}

Result<PageText> ImagePageSource::textLayer(int page)
{
    if (page < 0 || page >= m_sizes.size())
        return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "There is no such page."),
                    QStringLiteral("%1: page %2").arg(m_path).arg(page));
    return PageText{};
}

} // namespace PageLens
