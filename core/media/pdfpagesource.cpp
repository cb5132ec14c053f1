// SPDX-License-Identifier: MIT
#include "core/media/pdfpagesource.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPolygonF>

#include "core/common/log.h"
#include "core/media/imagecodec.h"
#include "core/media/pdftextlayout.h"

namespace PageLens {

namespace {

// A page tree claiming more pages than this is a fuzzed file, not a document.
constexpr int kMaxPages = 100000;
// QImage cannot address larger sides.
constexpr int kMaxSide = 32767;
// The rotation probe renders the page this big on its long side: enough to tell text lines apart.
constexpr int kProbeSide = 400;

/** Ink (0-1) summed over pixels, as a summed-area table, for O(1) box sums. */
class InkTable
{
public:
    explicit InkTable(const QImage &argb) : m_w(argb.width()), m_h(argb.height()), m_sum((m_w + 1) * (m_h + 1), 0.0)
    {
        for (int y = 0; y < m_h; ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
            double row = 0;
            for (int x = 0; x < m_w; ++x) {
                const QRgb p = line[x];
                row += qAlpha(p) / 255.0 * (1.0 - qGray(p) / 255.0);
                m_sum[(y + 1) * (m_w + 1) + x + 1] = m_sum[y * (m_w + 1) + x + 1] + row;
            }
        }
    }
    /** Mean ink and pixel area inside `r` (pixels), clipped to the image. */
    std::pair<double, double> inside(const QRectF &r) const
    {
        const int x0 = std::clamp(int(std::floor(r.left())), 0, m_w), x1 = std::clamp(int(std::ceil(r.right())), 0, m_w);
        const int y0 = std::clamp(int(std::floor(r.top())), 0, m_h), y1 = std::clamp(int(std::ceil(r.bottom())), 0, m_h);
        const double area = double(x1 - x0) * (y1 - y0);
        if (area <= 0)
            return {0.0, 0.0};
        const auto at = [&](int x, int y) { return m_sum[y * (m_w + 1) + x]; };
        return {at(x1, y1) - at(x0, y1) - at(x1, y0) + at(x0, y0), area};
    }

private:
    int m_w, m_h;
    std::vector<double> m_sum;
};

} // namespace

PdfPageSource::PdfPageSource(const QString &path, std::unique_ptr<QPdfDocument> document)
    : m_path(path), m_document(std::move(document))
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
    return std::unique_ptr<PdfPageSource>(new PdfPageSource(path, std::move(document)));
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

Result<PageText> PdfPageSource::textLayer(int page)
{
    if (auto ok = checkPage(page); !ok)
        return tl::unexpected(ok.error());
    const QPdfSelection all = m_document->getAllText(page);
    if (all.text().trimmed().isEmpty())
        return PageText{};
    QList<QRectF> runs;
    runs.reserve(all.bounds().size());
    for (const QPolygonF &polygon : all.bounds())
        runs << polygon.boundingRect();
    const int rotation = detectRotation(page, runs);
    const QSizeF displayed = pageSize(page);
    for (QRectF &run : runs)
        run = PdfTextLayout::toDisplayed(run, displayed, rotation);
    return PdfTextLayout::build(all.text(), runs, displayed);
}

int PdfPageSource::textRotation(int page)
{
    if (!checkPage(page))
        return 0;
    if (const auto it = m_rotations.constFind(page); it != m_rotations.constEnd())
        return *it;
    QList<QRectF> runs;
    for (const QPolygonF &polygon : m_document->getAllText(page).bounds())
        runs << polygon.boundingRect();
    return detectRotation(page, runs);
}

int PdfPageSource::detectRotation(int page, const QList<QRectF> &runs)
{
    if (const auto it = m_rotations.constFind(page); it != m_rotations.constEnd())
        return *it;
    int best = 0;
    if (!runs.isEmpty()) {
        const QSizeF displayed = pageSize(page);
        const double scale = kProbeSide / std::max(displayed.width(), displayed.height());
        const QImage probe = m_document->render(page, (displayed * scale).toSize().expandedTo(QSize(1, 1)))
                                 .convertToFormat(QImage::Format_ARGB32);
        if (!probe.isNull()) {
            const InkTable ink(probe);
            double scores[4] = {};
            for (int turn = 0; turn < 4; ++turn) {
                double inkSum = 0, area = 0;
                for (const QRectF &run : runs) {
                    const QRectF box = PdfTextLayout::toDisplayed(run, displayed, turn * 90);
                    const auto [sum, pixels] = ink.inside(QRectF(box.topLeft() * scale, box.bottomRight() * scale));
                    inkSum += sum;
                    area += pixels;
                }
                scores[turn] = area > 0 ? inkSum / area : 0;
            }
            // Unrotated pages are the rule: another turn must be clearly better to win.
            for (int turn = 1; turn < 4; ++turn) {
                if (scores[turn] > scores[best] * 1.3 + 0.01)
                    best = turn;
            }
            best *= 90;
            if (best != 0)
                log::media()->debug("{} page {}: text layer turned {} degrees", log::s(m_path), page + 1, best);
        }
    }
    m_rotations.insert(page, best);
    return best;
}

} // namespace PageLens
