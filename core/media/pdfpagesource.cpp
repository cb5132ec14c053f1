// SPDX-License-Identifier: MIT
#include "core/media/pdfpagesource.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfDocument>

#include "core/media/imagecodec.h"
#include "core/media/popplertextlayer.h"

namespace PageLens {

namespace {

// A page tree claiming more pages than this is a fuzzed file, not a document.
constexpr int kMaxPages = 100000;
// QImage cannot address larger sides.
constexpr int kMaxSide = 32767;

} // namespace

PdfPageSource::PdfPageSource(const QString &path, const QString &password, std::unique_ptr<QPdfDocument> document)
    : m_path(path), m_password(password), m_document(std::move(document))
{
}

PdfPageSource::~PdfPageSource() = default;

Result<std::unique_ptr<PdfPageSource>> PdfPageSource::open(const QString &path, const QString &password)
{
    auto document = std::make_unique<QPdfDocument>();
    if (!password.isEmpty())
        document->setPassword(password);
    const QPdfDocument::Error error = document->load(path);
    switch (error) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        if (password.isEmpty())
            return fail(Error::Code::NeedsPassword, QCoreApplication::translate("PageLens", "The PDF needs a password."), path);
        return fail(Error::Code::NeedsPassword, QCoreApplication::translate("PageLens", "The password is wrong for this PDF."), path);
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return fail(Error::Code::Unsupported, QCoreApplication::translate("PageLens", "The PDF is encrypted in a way that cannot be opened."), path);
    case QPdfDocument::Error::FileNotFound:
        return fail(Error::Code::NotFound, QCoreApplication::translate("PageLens", "The file does not exist."), path);
    case QPdfDocument::Error::InvalidFileFormat:
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The PDF is damaged and cannot be read."), path);
    case QPdfDocument::Error::DataNotYetAvailable:
    case QPdfDocument::Error::Unknown:
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The PDF cannot be read."), path + QStringLiteral(": QtPdf error %1").arg(int(error)));
    }
    const int pages = document->pageCount();
    if (pages < 1 || pages > kMaxPages)
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The PDF has no readable pages."), path + QStringLiteral(": %1 pages").arg(pages));
    return std::unique_ptr<PdfPageSource>(new PdfPageSource(path, password, std::move(document)));
}

int PdfPageSource::pageCount() const
{
    return m_document->pageCount();
}

QSizeF PdfPageSource::pageSize(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    return m_document->pagePointSize(page);
}

Result<void> PdfPageSource::checkPage(int page) const
{
    if (page < 0 || page >= pageCount())
        return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "There is no such page."), QStringLiteral("%1: page %2").arg(m_path).arg(page));
    const QSizeF size = pageSize(page);
    if (!(size.width() > 0 && size.height() > 0))
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The page has no size."), QStringLiteral("%1: page %2").arg(m_path).arg(page + 1));
    return {};
}

Result<QImage> PdfPageSource::render(int page, double dpi)
{
    if (auto ok = checkPage(page); !ok)
        return tl::unexpected(ok.error());
    const QSizeF pixels = pageSize(page) * (dpi / 72.0);
    if (!(dpi > 0) || pixels.width() > kMaxSide || pixels.height() > kMaxSide
        || pixels.width() * pixels.height() > double(ImageCodec::maxPixels()))
        return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "The page is too large to render at this resolution."),
                    QStringLiteral("%1: page %2 at %3 dpi is %4x%5 pixels")
                        .arg(m_path).arg(page + 1).arg(dpi).arg(pixels.width()).arg(pixels.height()));
    const QSize size = pixels.toSize().expandedTo(QSize(1, 1));
    const QImage rendered = m_document->render(page, size);
    if (rendered.isNull())
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The page cannot be rendered."), QStringLiteral("%1: page %2").arg(m_path).arg(page + 1));
    QImage image(rendered.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.drawImage(0, 0, rendered);
    }
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

Result<PopplerTextLayer *> PdfPageSource::text()
{
    if (!m_text && !m_textError) {
        auto opened = PopplerTextLayer::open(m_path, m_password);
        if (opened)
            m_text = std::move(*opened);
        else
            m_textError = opened.error();
    }
    if (m_textError)
        return tl::unexpected(*m_textError);
    return m_text.get();
}

Result<PageText> PdfPageSource::textLayer(int page)
{
    if (auto ok = checkPage(page); !ok)
        return tl::unexpected(ok.error());
    auto text = this->text();
    if (!text)
        return tl::unexpected(text.error());
    return (*text)->page(page);
}

} // namespace PageLens
