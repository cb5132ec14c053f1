// SPDX-License-Identifier: MIT
#include <QTest>
#include <QTransform>

#include "core/media/documentopener.h"
#include "core/ocr/ocrengine.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using Test::corpusPath;

namespace {

QImage renderFirstPage(const QString &relative, int dpi = OcrEngine::recommendedDpi())
{
    auto source = DocumentOpener::open(corpusPath(relative));
    if (!source)
        return {};
    auto image = (*source)->render(0, dpi);
    return image ? *image : QImage();
}

const Word *findWord(const PageText &text, const QString &needle)
{
    for (const Word &w : text.words) {
        if (w.text.contains(needle))
            return &w;
    }
    return nullptr;
}

} // namespace

class tst_OcrEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languagesFromTessdata()
    {
        const QStringList languages = OcrEngine::availableLanguages();
        QVERIFY(languages.contains(QStringLiteral("eng")));
        QVERIFY(!languages.contains(QStringLiteral("osd")));
        OcrEngine engine(QStringLiteral("eng+xxx"));
        QCOMPARE(engine.languages(), QStringLiteral("eng"));
        if (languages.contains(QStringLiteral("deu"))) {
            OcrEngine two(QStringLiteral("eng+deu"));
            QCOMPARE(two.languages(), QStringLiteral("eng+deu"));
        }
    }

    void readsUprightScan()
    {
        const QImage image = renderFirstPage(QStringLiteral("pdfs/docling-ocr_test.pdf"));
        QVERIFY(!image.isNull());
        OcrEngine engine;
        auto result = engine.recognize(image);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
        QCOMPARE(result->rotation, 0);
        QCOMPARE(result->text.source, PageText::Source::Ocr);
        QVERIFY2(result->text.text.contains(QStringLiteral("Docling")), qPrintable(result->text.text));
        QVERIFY(result->text.text.contains(QStringLiteral("JSON")));
        QVERIFY(result->text.text.contains(QLatin1Char('\n')));
        const Word *word = findWord(result->text, QStringLiteral("Docling"));
        QVERIFY(word);
        QVERIFY(word->box.isValid());
        QVERIFY(word->confidence > 50);
        // Upright text: wider than tall.
        const QRectF box = word->box.toRect(image.size());
        QVERIFY(box.width() > box.height());
    }

    void turnsRotatedScan_data()
    {
        QTest::addColumn<int>("turn");
        QTest::newRow("90") << 90;
        QTest::newRow("180") << 180;
        QTest::newRow("270") << 270;
    }
    void turnsRotatedScan()
    {
        QFETCH(int, turn);
        const QImage upright = renderFirstPage(QStringLiteral("pdfs/docling-ocr_test.pdf"));
        QVERIFY(!upright.isNull());
        QImage turned = upright.transformed(QTransform().rotate(turn));
        turned.setDotsPerMeterX(upright.dotsPerMeterX());
        turned.setDotsPerMeterY(upright.dotsPerMeterY());
        OcrEngine engine;
        auto result = engine.recognize(turned);
        QVERIFY(result);
        QCOMPARE(result->rotation, (360 - turn) % 360);
        QVERIFY2(result->text.text.contains(QStringLiteral("Docling")), qPrintable(result->text.text));
        // Boxes are on the image as given: the word's box, turned back, matches the upright reading.
        OcrEngine reference;
        auto straight = reference.recognize(upright);
        QVERIFY(straight);
        const Word *a = findWord(straight->text, QStringLiteral("Docling"));
        const Word *b = findWord(result->text, QStringLiteral("Docling"));
        QVERIFY(a && b);
        const QPointF centre = b->box.toRect(QSizeF(1, 1)).center();
        const QPointF back = QTransform().rotate(-turn).map(centre - QPointF(0.5, 0.5)) + QPointF(0.5, 0.5);
        const QPointF expected = a->box.toRect(QSizeF(1, 1)).center();
        // Normalized coordinates are not square, so compare per axis on the upright page.
        QVERIFY2(std::abs(back.x() - expected.x()) < 0.05 || turn % 180 != 0, "x");
        QVERIFY2(std::abs(back.y() - expected.y()) < 0.05 || turn % 180 != 0, "y");
        if (turn % 180 != 0) {
            // For quarter turns check the mapping directly.
            const QPointF mapped = turn == 90 ? QPointF(centre.y(), 1 - centre.x()) : QPointF(1 - centre.y(), centre.x());
            QVERIFY2(std::abs(mapped.x() - expected.x()) < 0.05 && std::abs(mapped.y() - expected.y()) < 0.05,
                     qPrintable(QStringLiteral("%1,%2 vs %3,%4").arg(mapped.x()).arg(mapped.y()).arg(expected.x()).arg(expected.y())));
        }
    }

    void readsRotatedPdf_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("needle");
        QTest::newRow("rotate 270") << "pdfs/docling-ocr_test_rotated_90.pdf" << "JSON and Markdown";
        QTest::newRow("rotation mismatch") << "pdfs/docling-sample_with_rotation_mismatch.pdf" << "SLEREXE";
    }
    void readsRotatedPdf()
    {
        QFETCH(QString, file);
        QFETCH(QString, needle);
        const QImage image = renderFirstPage(file);
        QVERIFY(!image.isNull());
        OcrEngine engine;
        auto result = engine.recognize(image);
        QVERIFY(result);
        qInfo("%s: turned %d, %d words: %s", qPrintable(file), result->rotation, int(result->text.words.size()), qPrintable(result->text.text.left(120)));
        QVERIFY(result->text.words.size() > 10);
        if (!needle.isEmpty())
            QVERIFY2(result->text.text.contains(needle), qPrintable(result->text.text));
        double confidence = 0;
        for (const Word &w : result->text.words)
            confidence += w.confidence;
        QVERIFY(confidence / result->text.words.size() > 70);
    }

    void blankAndTinyImages()
    {
        OcrEngine engine;
        QImage blank(400, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        auto result = engine.recognize(blank);
        QVERIFY(result);
        QVERIFY(result->text.words.isEmpty());
        QVERIFY(result->text.text.isEmpty());
        QCOMPARE(engine.recognize(QImage()).error().code, Error::Code::InvalidArgument);
        QCOMPARE(engine.recognize(QImage(1, 1, QImage::Format_RGB32)).error().code, Error::Code::InvalidArgument);
    }

    void transparentImageReadsAsWhite()
    {
        QImage image = renderFirstPage(QStringLiteral("pdfs/docling-ocr_test.pdf")).convertToFormat(QImage::Format_ARGB32);
        // Make the white background transparent black, as a PDF renderer leaves it.
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(line[x]) > 240)
                    line[x] = qRgba(0, 0, 0, 0);
            }
        }
        OcrEngine engine;
        auto result = engine.recognize(image);
        QVERIFY(result);
        QVERIFY(result->text.text.contains(QStringLiteral("Docling")));
    }
};

QTEST_GUILESS_MAIN(tst_OcrEngine)
#include "tst_ocrengine.moc"
