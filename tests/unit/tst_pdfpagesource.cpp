// SPDX-License-Identifier: MIT
#include <QTest>
#include <QtConcurrent>

#include "core/media/documentopener.h"
#include "core/media/pdfpagesource.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using Test::corpusPath;

namespace {

std::unique_ptr<PdfPageSource> openPdf(const QString &relative, const QString &password = {})
{
    auto opened = PdfPageSource::open(corpusPath(relative), password);
    if (!opened)
        qWarning("%s", qPrintable(opened.error().toLogString()));
    return opened ? std::move(*opened) : nullptr;
}

const Word *findWord(const PageText &text, const QString &needle)
{
    for (const Word &w : text.words) {
        if (w.text.contains(needle))
            return &w;
    }
    return nullptr;
}

/** Mean darkness (0-1) of `image` inside a normalized box. */
double darkness(const QImage &image, const NormalizedRect &box)
{
    const QRect r = box.toRect(image.size()).toAlignedRect().intersected(image.rect());
    if (r.isEmpty())
        return 0;
    double sum = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            sum += 1.0 - qGray(image.pixel(x, y)) / 255.0;
    return sum / (double(r.width()) * r.height());
}

} // namespace

class tst_PdfPageSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rotatedPagesAsDisplayed_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("rotation");
        QTest::addColumn<bool>("landscape");
        QTest::newRow("rotate 90") << 0 << 90 << true;
        QTest::newRow("rotate 180") << 1 << 180 << false;
        QTest::newRow("rotate 270") << 2 << 270 << true;
        QTest::newRow("rotate 0") << 3 << 0 << false;
    }
    void rotatedPagesAsDisplayed()
    {
        QFETCH(int, page);
        QFETCH(int, rotation);
        QFETCH(bool, landscape);
        auto pdf = openPdf(QStringLiteral("pdfs/pypdf-habibi-rotated.pdf"));
        QVERIFY(pdf);
        QCOMPARE(pdf->pageCount(), 4);
        const QSizeF size = pdf->pageSize(page);
        QCOMPARE(size.width() > size.height(), landscape);
        QCOMPARE(qRound(std::max(size.width(), size.height())), 842);

        auto image = pdf->render(page, 100);
        QVERIFY(image);
        QCOMPARE(image->size(), (size * 100 / 72).toSize());
        QCOMPARE(image->dotsPerMeterX(), qRound(100 / 0.0254));

        auto text = pdf->textLayer(page);
        QVERIFY(text);
        QCOMPARE(text->source, PageText::Source::TextLayer);
        const Word *word = findWord(*text, QStringLiteral("habibi"));
        QVERIFY(word);
        QVERIFY(word->box.isValid());
        // The box sits on the word's ink in the render as displayed, and the page around it is blank.
        QVERIFY2(darkness(*image, word->box) > 0.08, qPrintable(QString::number(darkness(*image, word->box))));
        QVERIFY(darkness(*image, {0.3, 0.3, 0.7, 0.7}) < 0.01);
        // As displayed, the text sits near a corner: the writer put it at the top left before turning.
        const double cx = (word->box.left + word->box.right) / 2, cy = (word->box.top + word->box.bottom) / 2;
        const bool right = cx > 0.5, bottom = cy > 0.5;
        QCOMPARE(right, rotation == 90 || rotation == 180);
        QCOMPARE(bottom, rotation == 180 || rotation == 270);
    }

    void landscapeTableRotate90()
    {
        auto pdf = openPdf(QStringLiteral("pdfs/pdfplumber-senate-expenditures.pdf"));
        QVERIFY(pdf);
        QCOMPARE(pdf->pageSize(0), QSizeF(792, 612));
        auto text = pdf->textLayer(0);
        QVERIFY(text);
        QVERIFY(text->text.startsWith(QStringLiteral("DOCUMENT NO.")));
        const Word *word = findWord(*text, QStringLiteral("DOCUMENT"));
        QVERIFY(word);
        // As displayed the header runs left to right near the top: a wide, flat box.
        const QRectF box = word->box.toRect(pdf->pageSize(0));
        QVERIFY2(box.width() > 2 * box.height(), qPrintable(QStringLiteral("%1x%2").arg(box.width()).arg(box.height())));
        QVERIFY(word->box.top < 0.25);
        auto image = pdf->render(0, 72);
        QVERIFY(image);
        QVERIFY(darkness(*image, word->box) > 0.1);
    }

    void textLayerWordsAndBoxes()
    {
        auto pdf = openPdf(QStringLiteral("pdfs/docling-redp5110_sampled.pdf"));
        QVERIFY(pdf);
        QCOMPARE(pdf->pageCount(), 18);
        auto text = pdf->textLayer(0);
        QVERIFY(text);
        QVERIFY(text->text.contains(QStringLiteral("Row and Column Access Control")));
        QVERIFY(text->words.size() > 10);
        // Reference boxes from pdftotext -bbox (letter page, 612 x 792 pt).
        const struct {
            const char *word;
            double left, right, top, bottom;
        } expected[] = {{"Front", 287.8, 348.6, 28.5, 50.7}, {"Column", 188.5, 318.1, 84.6, 122.8}, {"Support", 35.7, 170.2, 127.6, 165.8}};
        for (const auto &e : expected) {
            const Word *word = findWord(*text, QString::fromLatin1(e.word));
            QVERIFY2(word, e.word);
            const QRectF box = word->box.toRect(QSizeF(612, 792));
            // Poppler's own word boxes: exact to a tenth of a point.
            const QString got = QStringLiteral("%1 %2,%3-%4,%5").arg(e.word).arg(box.left()).arg(box.top()).arg(box.right()).arg(box.bottom());
            QVERIFY2(std::abs(box.left() - e.left) < 0.1 && std::abs(box.right() - e.right) < 0.1, qPrintable(got));
            QVERIFY2(std::abs(box.top() - e.top) < 0.1 && std::abs(box.bottom() - e.bottom) < 0.1, qPrintable(got));
        }
        for (const Word &w : text->words) {
            QVERIFY(w.box.isValid());
            QCOMPARE(w.confidence, 100.0f);
        }
    }

    void rightToLeftInReadingOrder()
    {
        // Poppler gives Arabic words with their letters as drawn, left to right; the text reads right to
        // left, as PDFium's does, with the Latin run kept left to right ("R", "و" glued to "Python").
        auto pdf = openPdf(QStringLiteral("pdfs/docling-right_to_left_01.pdf"));
        QVERIFY(pdf);
        auto text = pdf->textLayer(0);
        QVERIFY(text);
        QCOMPARE(text->text.section(QLatin1Char('\n'), 0, 0),
                 QString::fromUtf8("تحسين اإلنتاجية وحل المشكالت من خالل البرمجة بلغة R وPython"));
        const Word *first = findWord(*text, QString::fromUtf8("تحسين"));
        const Word *last = findWord(*text, QString::fromUtf8("وPython"));
        QVERIFY(first && last);
        QVERIFY(first->box.left > last->box.right);   // read first, drawn rightmost
    }

    void scanHasNoTextLayer()
    {
        auto pdf = openPdf(QStringLiteral("pdfs/docling-ocr_test_rotated_90.pdf"));
        QVERIFY(pdf);
        const QSizeF size = pdf->pageSize(0);
        QVERIFY(size.width() > size.height());   // /Rotate 270 of a portrait page
        auto text = pdf->textLayer(0);
        QVERIFY(text);
        QCOMPARE(text->source, PageText::Source::None);
        QVERIFY(text->words.isEmpty());
        auto image = pdf->render(0, 50);
        QVERIFY(image);
        QCOMPARE(image->size(), (size * 50 / 72).toSize());
        // The background is white, not transparent.
        QCOMPARE(image->pixel(0, 0), qRgb(255, 255, 255));
    }

    void badArguments()
    {
        auto pdf = openPdf(QStringLiteral("pdfs/docling-ocr_test.pdf"));
        QVERIFY(pdf);
        QCOMPARE(pdf->render(5, 72).error().code, Error::Code::InvalidArgument);
        QCOMPARE(pdf->render(-1, 72).error().code, Error::Code::InvalidArgument);
        QCOMPARE(pdf->render(0, 0).error().code, Error::Code::InvalidArgument);
        QCOMPARE(pdf->render(0, 100000).error().code, Error::Code::InvalidArgument);
        QCOMPARE(pdf->textLayer(1).error().code, Error::Code::InvalidArgument);
        QVERIFY(pdf->pageSize(3).isEmpty());
    }

    void textLayerOfALongDocument()
    {
        // Speed is measured in bench_ingest (docs/benchmarks.md), not asserted here: a loaded
        // machine must not fail a correctness test.
        auto pdf = openPdf(QStringLiteral("pdfs/pypdf-GeoTopo-komprimiert.pdf"));
        QVERIFY(pdf);
        QCOMPARE(pdf->pageCount(), 117);
        int words = 0;
        for (int page = 0; page < pdf->pageCount(); ++page) {
            auto text = pdf->textLayer(page);
            QVERIFY(text);
            words += int(text->words.size());
        }
        QVERIFY(words > 10000);
    }

    void sameFileOnSeveralThreads()
    {
        const QString path = corpusPath(QStringLiteral("pdfs/docling-redp5110_sampled.pdf"));
        QList<int> workers = {0, 1, 2, 3};
        const QList<QString> texts = QtConcurrent::blockingMapped(workers, [&](int) {
            auto source = DocumentOpener::open(path);
            if (!source)
                return QString();
            QString all;
            for (int page = 0; page < (*source)->pageCount(); ++page) {
                auto text = (*source)->textLayer(page);
                auto image = (*source)->render(page, 30);
                if (!text || !image)
                    return QString();
                all += text->text;
            }
            return all;
        });
        QVERIFY(!texts.first().isEmpty());
        for (const QString &text : texts)
            QCOMPARE(text, texts.first());
    }
};

QTEST_GUILESS_MAIN(tst_PdfPageSource)
#include "tst_pdfpagesource.moc"
