// SPDX-License-Identifier: MIT
#include "core/media/popplertextlayer.h"

#include <algorithm>
#include <exception>
#include <mutex>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRectF>
#include <QStringList>
#include <QTextBoundaryFinder>
#include <QVariant>

#include <poppler-qt6.h>

#include "core/common/log.h"

namespace PageLens {

namespace {

// A page whose text takes longer than this is given up (a hostile content stream, not a document).
constexpr int kPageBudgetMs = 10000;

/** Poppler's syntax warnings about damaged files go to the media log, not to stderr. */
void logPopplerMessage(const QString &message, const QVariant &)
{
    log::media()->debug("poppler: {}", log::s(message));
}

struct Extraction {
    QDeadlineTimer deadline{kPageBudgetMs};
    bool aborted = false;
};

bool shouldAbort(const QVariant &closure)
{
    auto *extraction = reinterpret_cast<Extraction *>(closure.value<quintptr>());
    if (extraction->deadline.hasExpired())
        extraction->aborted = true;
    return extraction->aborted;
}

/** Text without white space, drawn in `box`; `glued` when the next piece on the line follows with no space. */
struct Piece {
    QString text;
    QRectF box;
    bool glued = false;
};

/** White space, and control characters: fonts without a text encoding give \x03 for a space glyph. */
bool separates(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control;
}

bool rightToLeft(QChar c)
{
    return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
}

/** Arabic or Hebrew without Latin: Poppler gives its characters in the order drawn, left to right. */
bool rightToLeft(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return rightToLeft(c); })
           && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.direction() == QChar::DirL; });
}

/** `text` read right to left, keeping each letter with its marks. */
QString reversed(const QString &text)
{
    QStringList clusters;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype start = 0, end = finder.toNextBoundary(); end > 0; start = end, end = finder.toNextBoundary())
        clusters.prepend(text.mid(start, end - start));
    return clusters.join(QString());
}

/** A Poppler word as pieces: split where it holds white space (from /ActualText), on its character boxes. */
void appendPieces(const Poppler::TextBox &box, QList<Piece> &line)
{
    const QString text = box.text();
    if (std::none_of(text.cbegin(), text.cend(), separates)) {
        line.append({text, box.boundingBox()});
        return;
    }
    // Character boxes pair with the text's characters unless surrogates or ligatures intervene.
    const int last = int(text.size()) - 1;
    const bool perChar = !box.charBoundingBox(last).isNull() && box.charBoundingBox(last + 1).isNull();
    bool open = false;
    for (qsizetype k = 0; k < text.size(); ++k) {
        if (separates(text[k])) {
            open = false;
            continue;
        }
        const QRectF charBox = perChar ? box.charBoundingBox(int(k)) : box.boundingBox();
        if (open) {
            line.last().text += text[k];
            line.last().box = line.last().box.united(charBox);
        } else {
            line.append({QString(text[k]), charBox});
            open = true;
        }
    }
}

/**
 * A line's pieces, given left to right as drawn, in reading order: right-to-left runs turned around
 * (and, on a line mostly in Arabic or Hebrew, the whole line, keeping left-to-right runs as they are),
 * each right-to-left piece's characters reversed. Pieces glued as drawn stay glued when still adjacent.
 */
QList<Piece> inReadingOrder(const QList<Piece> &drawn)
{
    QList<bool> rtl;
    int balance = 0;
    for (const Piece &piece : drawn) {
        rtl << rightToLeft(piece.text);
        for (const QChar c : piece.text)
            balance += c.direction() == QChar::DirL ? 1 : rightToLeft(c) ? -1 : 0;
    }
    if (!std::any_of(rtl.cbegin(), rtl.cend(), [](bool r) { return r; }))
        return drawn;
    const bool rtlLine = balance < 0;
    QList<qsizetype> order;   // reading position -> drawn position
    for (qsizetype i = 0; i < drawn.size(); ++i)
        order << (rtlLine ? drawn.size() - 1 - i : i);
    // Runs that read against the line's direction are turned back.
    for (qsizetype start = 0; start < order.size();) {
        qsizetype end = start;
        while (end < order.size() && rtl[order[end]] != rtlLine)
            ++end;
        std::reverse(order.begin() + start, order.begin() + end);
        start = end + 1;
    }
    QList<Piece> read;
    for (qsizetype i = 0; i < order.size(); ++i) {
        Piece piece = drawn[order[i]];
        if (rtl[order[i]])
            piece.text = reversed(piece.text);
        const qsizetype next = i + 1 < order.size() ? order[i + 1] : -1;
        piece.glued = next >= 0 && std::abs(next - order[i]) == 1 && drawn[std::min(next, order[i])].glued;
        read << piece;
    }
    return read;
}

/** Collects lines of pieces into words and text. */
class PageBuilder
{
public:
    explicit PageBuilder(const QSizeF &size) : m_size(size) {}

    void addLine(const QList<Piece> &drawn)
    {
        QStringList line;
        QString text;
        QRectF box;
        for (const Piece &piece : inReadingOrder(drawn)) {
            box = text.isEmpty() ? piece.box : box.united(piece.box);
            text += piece.text;
            if (piece.glued)
                continue;
            const NormalizedRect normalized = NormalizedRect::fromRect(box, m_size);
            m_page.words << Word{text, {std::clamp(normalized.left, 0.0, 1.0), std::clamp(normalized.top, 0.0, 1.0),
                                        std::clamp(normalized.right, 0.0, 1.0), std::clamp(normalized.bottom, 0.0, 1.0)}};
            line << text;
            text.clear();
        }
        if (!line.isEmpty())
            m_lines << line.join(QLatin1Char(' '));
    }
    PageText finish()
    {
        if (!m_page.words.isEmpty()) {
            m_page.source = PageText::Source::TextLayer;
            m_page.text = m_lines.join(QLatin1Char('\n'));
        }
        return std::move(m_page);
    }

private:
    QSizeF m_size;
    PageText m_page;
    QStringList m_lines;
};

/**
 * Poppler's words in reading order become PageText words. Poppler also splits words where the font
 * changes ("H", subscript "2", "O"); pieces with no space between them are one word here, as in the
 * text, so the words are exactly the text split at white space.
 */
PageText buildPage(const std::vector<std::unique_ptr<Poppler::TextBox>> &boxes, const QSizeF &size)
{
    PageBuilder builder(size);
    QList<Piece> line;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const Poppler::TextBox &box = *boxes[i];
        appendPieces(box, line);
        const bool sameLine = i + 1 < boxes.size() && box.nextWord() == boxes[i + 1].get();
        if (sameLine) {
            const QString text = box.text(), next = boxes[i + 1]->text();
            if (!line.isEmpty() && !box.hasSpaceAfter() && !text.isEmpty() && !separates(text.back()) && !next.isEmpty()
                && !separates(next.front()))
                line.last().glued = true;
        } else {
            builder.addLine(line);
            line.clear();
        }
    }
    return builder.finish();
}

} // namespace

PopplerTextLayer::PopplerTextLayer(const QString &path, std::unique_ptr<Poppler::Document> document)
    : m_path(path), m_document(std::move(document))
{
}

PopplerTextLayer::~PopplerTextLayer() = default;

Result<std::unique_ptr<PopplerTextLayer>> PopplerTextLayer::open(const QString &path, const QString &password)
{
    static std::once_flag quiet;
    std::call_once(quiet, [] { Poppler::setDebugErrorFunction(logPopplerMessage, QVariant()); });
    // The password may be the owner's or a user's; an empty one stays null so Poppler tries no password.
    const QByteArray secret = password.isEmpty() ? QByteArray() : password.toUtf8();
    std::unique_ptr<Poppler::Document> document;
    try {
        document = Poppler::Document::load(path, secret, secret);
    } catch (const std::exception &e) {
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The PDF's text cannot be read."),
                    path + QStringLiteral(": Poppler: ") + QString::fromLocal8Bit(e.what()));
    }
    if (!document)
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The PDF's text cannot be read."),
                    path + QStringLiteral(": Poppler cannot open it"));
    if (document->isLocked())
        return fail(Error::Code::NeedsPassword, QCoreApplication::translate("PageLens", "The PDF needs a password."), path);
    return std::unique_ptr<PopplerTextLayer>(new PopplerTextLayer(path, std::move(document)));
}

int PopplerTextLayer::pageCount() const
{
    return m_document->numPages();
}

Result<PageText> PopplerTextLayer::page(int page) const
{
    const QString where = QStringLiteral("%1: page %2").arg(m_path).arg(page + 1);
    if (page < 0 || page >= pageCount())
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The page's text cannot be read."),
                    where + QStringLiteral(": Poppler reads %1 pages").arg(pageCount()));
    try {
        const std::unique_ptr<Poppler::Page> pdfPage = m_document->page(page);
        if (!pdfPage)
            return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The page's text cannot be read."),
                        where + QStringLiteral(": Poppler cannot open the page"));
        // Poppler lays the text out on the page as displayed: /Rotate applied, origin at the crop box's corner.
        const QSizeF size = pdfPage->pageSizeF();
        if (!(size.width() > 0 && size.height() > 0))
            return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The page has no size."), where);
        Extraction extraction;
        const auto boxes = pdfPage->textList(Poppler::Page::Rotate0, shouldAbort, QVariant::fromValue(quintptr(&extraction)));
        if (extraction.aborted)
            return fail(Error::Code::Timeout, QCoreApplication::translate("PageLens", "The page's text takes too long to read."),
                        where + QStringLiteral(": over %1 ms").arg(kPageBudgetMs));
        return buildPage(boxes, size);
    } catch (const std::exception &e) {
        return fail(Error::Code::Corrupt, QCoreApplication::translate("PageLens", "The page's text cannot be read."),
                    where + QStringLiteral(": Poppler: ") + QString::fromLocal8Bit(e.what()));
    }
}

} // namespace PageLens
