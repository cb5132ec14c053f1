// SPDX-License-Identifier: MIT
// PageLens's text-layer word boxes (PdfPageSource::textLayer, made by Poppler) against two engines
// that did not make them: PDFium through QtPdf (sampled words), and poppler-utils' pdftotext -bbox in
// its own process (every word; it shares Poppler's layout code, so it checks the plumbing: rotation,
// crop box, normalization).
#include <QDir>
#include <QFile>
#include <QHash>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBoundaryFinder>
#include <QTest>
#include <QXmlStreamReader>

#include "core/media/pdfpagesource.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using Test::corpusPath;

namespace {

constexpr double kMinIou = 0.5;
constexpr double kMinMatchedShare = 0.98;
// getSelectionAtIndex re-parses the page on every call (several ms): a sample of words on a few pages.
constexpr int kPdfiumPagesPerFile = 3;
constexpr int kPdfiumWordsPerPage = 40;

/** A page's boxes in PDF user space (y up) and its /Rotate, from pdfinfo. */
struct PageGeometry {
    QRectF media;   // x0, y0 as top-left of the QRectF, so bottom() is y1
    QRectF crop;
    int rotation = 0;
};

/** A word of a reference engine, its box normalized to the page as displayed. */
struct RefWord {
    QString text;
    QRectF box;
};

struct Tally {
    int compared = 0;
    int matched = 0;
    void add(bool match)
    {
        ++compared;
        matched += match ? 1 : 0;
    }
    double share() const { return compared ? double(matched) / compared : 1.0; }
    Tally &operator+=(const Tally &other)
    {
        compared += other.compared;
        matched += other.matched;
        return *this;
    }
};

double iou(const QRectF &a, const QRectF &b)
{
    const QRectF common = a.intersected(b);
    const double inter = common.isValid() ? common.width() * common.height() : 0.0;
    const double all = a.width() * a.height() + b.width() * b.height() - inter;
    return all > 0 ? inter / all : 0.0;
}

QRectF rectOf(const NormalizedRect &r)
{
    return QRectF(QPointF(r.left, r.top), QPointF(r.right, r.bottom));
}

QSizeF displayedSize(const QRectF &box, int rotation)
{
    return rotation % 180 ? box.size().transposed() : box.size();
}

/** A point of PDF user space on the page as displayed (points from the top left) for `box` turned `rotation`. */
QPointF userToDisplayed(const QPointF &user, const QRectF &box, int rotation)
{
    const double x = user.x() - box.left(), y = user.y() - box.top(), w = box.width(), h = box.height();
    switch (rotation) {
    case 90:
        return {y, x};
    case 180:
        return {w - x, y};
    case 270:
        return {h - y, w - x};
    default:
        return {x, h - y};
    }
}

QPointF displayedToUser(const QPointF &shown, const QRectF &box, int rotation)
{
    const double w = box.width(), h = box.height();
    QPointF user;
    switch (rotation) {
    case 90:
        user = {shown.y(), shown.x()};
        break;
    case 180:
        user = {w - shown.x(), shown.y()};
        break;
    case 270:
        user = {w - shown.y(), h - shown.x()};
        break;
    default:
        user = {shown.x(), h - shown.y()};
    }
    return user + box.topLeft();
}

QRectF mapRect(const QRectF &r, const std::function<QPointF(const QPointF &)> &map)
{
    return QRectF(map(r.topLeft()), map(r.bottomRight())).normalized();
}

QRectF normalized(const QRectF &r, const QSizeF &size)
{
    return QRectF(r.left() / size.width(), r.top() / size.height(), r.width() / size.width(), r.height() / size.height());
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList passwordArguments(const QString &password)
{
    return password.isEmpty() ? QStringList() : QStringList{QStringLiteral("-upw"), password};
}

QList<PageGeometry> pdfinfo(const QString &path, const QString &password)
{
    const QString out = run(QStringLiteral("pdfinfo"), passwordArguments(password) + QStringList{QStringLiteral("-f"), QStringLiteral("1"),
                                                       QStringLiteral("-l"), QStringLiteral("100000"), QStringLiteral("-box"), path});
    QList<PageGeometry> pages;
    static const QRegularExpression line(QStringLiteral("^Page +(\\d+) +(rot|MediaBox|CropBox): +(.*)$"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int page = m.captured(1).toInt() - 1;
        if (page < 0)
            continue;
        if (pages.size() <= page)
            pages.resize(page + 1);
        const QStringList values = m.captured(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (m.captured(2) == QLatin1String("rot")) {
            pages[page].rotation = ((values.value(0).toInt() % 360) + 360) % 360;
        } else if (values.size() == 4) {
            const QRectF box(QPointF(values[0].toDouble(), values[1].toDouble()), QPointF(values[2].toDouble(), values[3].toDouble()));
            (m.captured(2) == QLatin1String("CropBox") ? pages[page].crop : pages[page].media) = box;
        }
    }
    return pages;
}

/**
 * pdftotext -bbox gives Arabic and Hebrew words with their letters as drawn, left to right; PageLens
 * (and pdftotext's plain text) in reading order.
 */
QString readingOrder(const QString &word)
{
    const auto rtl = [](QChar c) { return c.direction() == QChar::DirR || c.direction() == QChar::DirAL; };
    if (std::none_of(word.cbegin(), word.cend(), rtl)
        || std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.direction() == QChar::DirL; }))
        return word;
    QString read;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, word);
    for (qsizetype start = 0, end = finder.toNextBoundary(); end > 0; start = end, end = finder.toNextBoundary())
        read.prepend(word.mid(start, end - start));
    return read;
}

/**
 * pdftotext -bbox: words with boxes on the page turned by /Rotate, measured from the corner of the
 * *media* box (it lays out with useMediaBox), while the page shown is the crop box.
 */
QList<QList<RefWord>> pdftotextWords(const QString &path, const QString &password, const QList<PageGeometry> &geometry)
{
    QString out = run(QStringLiteral("pdftotext"), passwordArguments(password) + QStringList{QStringLiteral("-bbox"), path, QStringLiteral("-")});
    // Control characters (fonts without a text encoding) are not XML; PageLens splits words at them.
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]"));
    out.replace(control, QStringLiteral(" "));
    QXmlStreamReader xml(out);
    QList<QList<RefWord>> pages;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("page")) {
            pages.emplaceBack();
        } else if (xml.name() == QLatin1String("word") && !pages.isEmpty() && pages.size() <= geometry.size()) {
            const PageGeometry &g = geometry[pages.size() - 1];
            const auto a = xml.attributes();
            const QRectF inMedia(QPointF(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble()),
                                 QPointF(a.value(QLatin1String("xMax")).toDouble(), a.value(QLatin1String("yMax")).toDouble()));
            const QRectF shown = mapRect(inMedia, [&](const QPointF &p) {
                return userToDisplayed(displayedToUser(p, g.media, g.rotation), g.crop, g.rotation);
            });
            pages.last().append({readingOrder(xml.readElementText().trimmed()), normalized(shown, displayedSize(g.crop, g.rotation))});
        }
    }
    return pages;
}

/** Text and boxes of one page through PDFium (QtPdf 6.4: PDF user space flipped by the displayed height, /Rotate ignored). */
class PdfiumPage
{
public:
    PdfiumPage(QPdfDocument &doc, int page, const PageGeometry &geometry)
        : m_doc(doc), m_page(page), m_geometry(geometry), m_text(doc.getAllText(page).text())
    {
    }
    const QString &text() const { return m_text; }

    /** The box of `length` characters from `index`, normalized on the page as displayed. */
    QRectF box(int index, int length) const
    {
        QRectF united;
        for (const QPolygonF &polygon : m_doc.getSelectionAtIndex(m_page, index, length).bounds())
            united = united.isNull() ? polygon.boundingRect() : united.united(polygon.boundingRect());
        if (united.isNull())
            return {};
        const double flip = m_doc.pagePointSize(m_page).height();
        const QRectF user(QPointF(united.left(), flip - united.bottom()), QPointF(united.right(), flip - united.top()));
        return normalized(mapRect(user, [&](const QPointF &p) { return userToDisplayed(p, m_geometry.crop, m_geometry.rotation); }),
                          displayedSize(m_geometry.crop, m_geometry.rotation));
    }

private:
    QPdfDocument &m_doc;
    int m_page;
    PageGeometry m_geometry;
    QString m_text;
};

/** Where `word` stands alone (between white space) in `text`, when it does exactly once; else -1. */
qsizetype soleOccurrence(const QString &text, const QString &word)
{
    qsizetype found = -1;
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const bool before = at == 0 || text[at - 1].isSpace();
        const bool after = at + word.size() == text.size() || text[at + word.size()].isSpace();
        if (!before || !after)
            continue;
        if (found >= 0)
            return -1;
        found = at;
    }
    return found;
}

double overlap(double a0, double a1, double b0, double b1)
{
    return std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
}

/** The share of `inner`'s area inside `outer`. */
double coverage(const QRectF &inner, const QRectF &outer)
{
    const double area = inner.width() * inner.height();
    return area > 0 ? overlap(inner.left(), inner.right(), outer.left(), outer.right())
                          * overlap(inner.top(), inner.bottom(), outer.top(), outer.bottom()) / area
                    : 0.0;
}

/**
 * Whether each word of `page` runs left to right (else top to bottom, on a page turned by /Rotate
 * against its text): from the first and last word of its line, else from most lines of the page.
 */
QList<bool> horizontalWords(const PageText &page)
{
    QList<bool> horizontal;
    QList<std::pair<qsizetype, qsizetype>> lines;   // first word, count
    qsizetype next = 0;
    int across = 0, down = 0;
    for (const QString &line : page.text.split(QLatin1Char('\n'))) {
        const qsizetype count = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
        lines.append({next, count});
        if (count >= 2) {
            const QPointF d = rectOf(page.words[next + count - 1].box).center() - rectOf(page.words[next].box).center();
            (std::abs(d.x()) >= std::abs(d.y()) ? across : down)++;
        }
        next += count;
    }
    for (const auto &[first, count] : lines) {
        bool along = across >= down;
        if (count >= 2) {
            const QPointF d = rectOf(page.words[first + count - 1].box).center() - rectOf(page.words[first].box).center();
            along = std::abs(d.x()) >= std::abs(d.y());
        }
        for (qsizetype k = 0; k < count; ++k)
            horizontal << along;
    }
    return horizontal;
}

/**
 * PDFium's boxes hug each glyph ("a" is shorter than "d"); Poppler's span the font's ascent to descent.
 * So across the line the PDFium box only has to sit in the PageLens box (its middle inside), and the IoU
 * is taken along the line: the IoU of the two boxes given the same line height.
 */
double iouOnLine(const QRectF &ours, const QRectF &theirs, bool horizontal)
{
    const double middle = horizontal ? theirs.center().y() : theirs.center().x();
    if (middle < (horizontal ? ours.top() : ours.left()) || middle > (horizontal ? ours.bottom() : ours.right()))
        return 0.0;
    const double a0 = horizontal ? ours.left() : ours.top(), a1 = horizontal ? ours.right() : ours.bottom();
    const double b0 = horizontal ? theirs.left() : theirs.top(), b1 = horizontal ? theirs.right() : theirs.bottom();
    const double common = overlap(a0, a1, b0, b1);
    const double all = (a1 - a0) + (b1 - b0) - common;
    return all > 0 ? common / all : 0.0;
}

/**
 * A pdftotext word lies under a PageLens word: the same word with IoU >= 0.5, or a piece of it inside
 * it (PageLens joins pieces Poppler split at a font change with no space between, "SUMMARY" + ":"), or
 * the other way round (pdftotext keeps /ActualText spaces inside a word).
 */
bool underPageLens(const RefWord &ref, const Words &words)
{
    return std::any_of(words.cbegin(), words.cend(), [&](const Word &w) {
        const QRectF box = rectOf(w.box);
        if (w.text == ref.text)
            return iou(box, ref.box) >= kMinIou;
        if (w.text.contains(ref.text))
            return coverage(ref.box, box) >= 0.9;
        return ref.text.contains(w.text) && coverage(box, ref.box) >= 0.9;
    });
}

/** Passwords the corpus MANIFEST gives in its descriptions (`user password "1234"`). */
QHash<QString, QString> manifestPasswords()
{
    QHash<QString, QString> passwords;
    QFile manifest(corpusPath(QStringLiteral("MANIFEST.tsv")));
    if (!manifest.open(QIODevice::ReadOnly))
        return passwords;
    static const QRegularExpression user(QStringLiteral("user password \"([^\"]+)\""));
    for (const QString &line : QString::fromUtf8(manifest.readAll()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = user.match(line);
        if (m.hasMatch())
            passwords.insert(QFileInfo(line.section(QLatin1Char('\t'), 0, 0)).fileName(), m.captured(1));
    }
    return passwords;
}

/** A one-page PDF with Helvetica lines at known places, on the given boxes and /Rotate. */
QByteArray makePdf(const QRectF &media, const QRectF &crop, int rotation, const QStringList &lines)
{
    const auto box = [](const QRectF &r) {
        return QStringLiteral("[%1 %2 %3 %4]").arg(r.left()).arg(r.top()).arg(r.right()).arg(r.bottom()).toLatin1();
    };
    QByteArray content;
    for (qsizetype i = 0; i < lines.size(); ++i)
        content += QStringLiteral("BT /F1 12 Tf 1 0 0 1 %1 %2 Tm (%3) Tj ET\n")
                       .arg(crop.left() + 40 + 25 * (i % 3)).arg(crop.bottom() - 60 - 18 * i).arg(lines[i]).toLatin1();
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox " + box(media) + " /CropBox " + box(crop) + " /Rotate "
            + QByteArray::number(rotation) + " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

class tst_WordBoxes : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_generated;
    Tally m_pdfiumTotal;
    Tally m_pdfiumPlainTotal;   // plain IoU, glyph-tight against ascent-to-descent boxes (for information)
    Tally m_pdftotextTotal;

    void comparePdf(const QString &path, const QString &password)
    {
        auto opened = PdfPageSource::open(path, password);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toLogString()));
        PdfPageSource &source = **opened;
        const QList<PageGeometry> geometry = pdfinfo(path, password);
        QCOMPARE(geometry.size(), source.pageCount());
        const QList<QList<RefWord>> reference = pdftotextWords(path, password, geometry);
        QCOMPARE(reference.size(), source.pageCount());

        QList<PageText> pages;
        QList<int> withText;
        for (int page = 0; page < source.pageCount(); ++page) {
            auto text = source.textLayer(page);
            QVERIFY2(text, qPrintable(QStringLiteral("page %1: %2").arg(page + 1).arg(text ? QString() : text.error().toLogString())));
            pages << *text;
            if (!text->words.isEmpty())
                withText << page;
            // The text is the words: the FTS index reads the one, highlights draw the other.
            QStringList words;
            for (const Word &w : text->words)
                words << w.text;
            QCOMPARE(text->text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts), words);
        }

        // pdftotext: every one of its words lies under a PageLens word holding it.
        Tally pdftotext;
        for (int page = 0; page < source.pageCount(); ++page) {
            for (const RefWord &ref : reference[page]) {
                const bool match = ref.text.isEmpty() || underPageLens(ref, pages[page].words);
                if (!match && pdftotext.compared - pdftotext.matched < 3)
                    qInfo("  page %d: no PageLens word over pdftotext's \"%s\" %.3f,%.3f-%.3f,%.3f", page + 1, qPrintable(ref.text),
                          ref.box.left(), ref.box.top(), ref.box.right(), ref.box.bottom());
                pdftotext.add(match);
            }
        }

        // PDFium: words found once in both texts, spread over a few pages.
        Tally pdfium, pdfiumPlain;
        QPdfDocument doc;
        doc.setPassword(password);
        QCOMPARE(doc.load(path), QPdfDocument::Error::None);
        QList<int> sampled;
        for (int k = 0; k < kPdfiumPagesPerFile && k < withText.size(); ++k)
            sampled << withText[qsizetype(k) * (withText.size() - 1) / std::max(1, kPdfiumPagesPerFile - 1)];
        sampled.erase(std::unique(sampled.begin(), sampled.end()), sampled.end());
        for (const int page : std::as_const(sampled)) {
            const PdfiumPage pdfiumPage(doc, page, geometry[page]);
            const Words &words = pages[page].words;
            const QList<bool> horizontal = horizontalWords(pages[page]);
            QCOMPARE(horizontal.size(), words.size());
            QHash<QString, int> count;
            for (const Word &w : words)
                ++count[w.text];
            QList<std::pair<qsizetype, qsizetype>> candidates;   // word, its index in PDFium's text
            for (qsizetype i = 0; i < words.size(); ++i) {
                const qsizetype at = count.value(words[i].text) == 1 ? soleOccurrence(pdfiumPage.text(), words[i].text) : -1;
                if (at >= 0)
                    candidates.append({i, at});
            }
            const qsizetype step = std::max<qsizetype>(1, candidates.size() / kPdfiumWordsPerPage);
            for (qsizetype c = 0; c < candidates.size() && c / step < kPdfiumWordsPerPage; c += step) {
                const auto [i, at] = candidates[c];
                const Word &word = words[i];
                const QRectF reference = pdfiumPage.box(int(at), int(word.text.size()));
                const double onLine = iouOnLine(rectOf(word.box), reference, horizontal[i]);
                if (onLine < kMinIou)
                    qInfo("  page %d \"%s\": IoU on the line %.2f, PageLens %.3f,%.3f-%.3f,%.3f PDFium %.3f,%.3f-%.3f,%.3f", page + 1,
                          qPrintable(word.text), onLine, word.box.left, word.box.top, word.box.right, word.box.bottom,
                          reference.left(), reference.top(), reference.right(), reference.bottom());
                pdfium.add(onLine >= kMinIou);
                pdfiumPlain.add(iou(rectOf(word.box), reference) >= kMinIou);
            }
        }

        qInfo("%s: %d pages with text; PDFium %d/%d sampled words (%.1f%%; plain IoU %.1f%%); pdftotext %d/%d words (%.1f%%)",
              qPrintable(QFileInfo(path).fileName()), int(withText.size()), pdfium.matched, pdfium.compared, 100 * pdfium.share(),
              100 * pdfiumPlain.share(), pdftotext.matched, pdftotext.compared, 100 * pdftotext.share());
        m_pdfiumTotal += pdfium;
        m_pdfiumPlainTotal += pdfiumPlain;
        m_pdftotextTotal += pdftotext;
        // No file falls far below the corpus figure (a few misses allowed on files of a few words).
        for (const Tally &tally : {pdftotext, pdfium}) {
            const int misses = tally.compared - tally.matched;
            QVERIFY2(misses <= std::max(2, tally.compared / 10), qPrintable(QStringLiteral("%1 of %2 missed").arg(misses).arg(tally.compared)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QFAIL("pdftotext and pdfinfo (poppler-utils) are missing: the boxes cannot be checked against an independent reader");
        QVERIFY(m_generated.isValid());
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("password");
        const QHash<QString, QString> passwords = manifestPasswords();
        const QDir dir(corpusPath(QStringLiteral("pdfs")));
        const QStringList files = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file) << passwords.value(file);

        // Page boxes away from the origin, crop boxes inside media boxes, every /Rotate: none in the corpus.
        QStringList lines;
        const QStringList vocabulary = QStringLiteral(
            "alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec "
            "romeo sierra tango uniform victor whiskey xray yankee zulu amber basalt cobalt dolomite emerald feldspar "
            "garnet hematite iolite jasper kyanite lazurite malachite nephrite obsidian peridot quartz rhodonite").split(QLatin1Char(' '));
        for (qsizetype i = 0; i < vocabulary.size(); i += 4)
            lines << vocabulary.mid(i, 4).join(QLatin1Char(' '));
        const struct {
            const char *name;
            QRectF media, crop;
            int rotation;
        } generated[] = {
            {"shifted", QRectF(QPointF(200, 300), QPointF(812, 1092)), QRectF(QPointF(200, 300), QPointF(812, 1092)), 0},
            {"cropped", QRectF(QPointF(0, 0), QPointF(700, 900)), QRectF(QPointF(60, 80), QPointF(560, 800)), 0},
            {"negative-rotate-90", QRectF(QPointF(-300, -400), QPointF(312, 392)), QRectF(QPointF(-280, -350), QPointF(300, 380)), 90},
            {"cropped-rotate-180", QRectF(QPointF(10, 20), QPointF(622, 812)), QRectF(QPointF(50, 70), QPointF(600, 780)), 180},
            {"cropped-rotate-270", QRectF(QPointF(100, 0), QPointF(712, 792)), QRectF(QPointF(130, 40), QPointF(700, 760)), 270},
        };
        for (const auto &g : generated) {
            const QString path = m_generated.filePath(QString::fromLatin1(g.name) + QStringLiteral(".pdf"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(makePdf(g.media, g.crop, g.rotation, lines));
            file.close();
            QTest::newRow(g.name) << path << QString();
        }
    }

    void corpus()
    {
        QFETCH(QString, path);
        QFETCH(QString, password);
        comparePdf(path, password);
    }

    void corpusFigure()
    {
        // The figure over every row of corpus(), which runs first.
        qInfo("All files: PDFium %d/%d sampled words with IoU on the line >= %.1f (%.2f%%; plain IoU %.2f%%); pdftotext %d/%d (%.2f%%)",
              m_pdfiumTotal.matched, m_pdfiumTotal.compared, kMinIou, 100 * m_pdfiumTotal.share(), 100 * m_pdfiumPlainTotal.share(),
              m_pdftotextTotal.matched, m_pdftotextTotal.compared, 100 * m_pdftotextTotal.share());
        QVERIFY(m_pdfiumTotal.compared > 1000);
        QVERIFY2(m_pdfiumTotal.share() >= kMinMatchedShare, qPrintable(QString::number(m_pdfiumTotal.share())));
        QVERIFY2(m_pdftotextTotal.share() >= kMinMatchedShare, qPrintable(QString::number(m_pdftotextTotal.share())));
    }

    void boeingOnTheFederalRegister()
    {
        const QString path = corpusPath(QStringLiteral("pdfs/pdfplumber-federal-register-2020-17221.pdf"));
        auto opened = PdfPageSource::open(path);
        QVERIFY(opened);
        const QList<PageGeometry> geometry = pdfinfo(path, {});
        const QList<QList<RefWord>> reference = pdftotextWords(path, {}, geometry);
        QCOMPARE(reference.size(), (*opened)->pageCount());
        int boeing = 0;
        for (int page = 0; page < (*opened)->pageCount(); ++page) {
            auto text = (*opened)->textLayer(page);
            QVERIFY(text);
            for (const Word &w : text->words) {
                if (!w.text.contains(QLatin1String("Boeing")))
                    continue;
                ++boeing;
                double best = 0;
                for (const RefWord &ref : reference[page]) {
                    if (ref.text.contains(QLatin1String("Boeing")))
                        best = std::max(best, iou(rectOf(w.box), ref.box));
                }
                QVERIFY2(best >= kMinIou, qPrintable(QStringLiteral("page %1 \"%2\": IoU %3").arg(page + 1).arg(w.text).arg(best)));
            }
        }
        QVERIFY2(boeing >= 20, qPrintable(QString::number(boeing)));
    }
};

QTEST_GUILESS_MAIN(tst_WordBoxes)
#include "tst_wordboxes.moc"
