// SPDX-License-Identifier: MIT
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

#include "core/media/documentopener.h"
#include "core/media/imagecodec.h"
#include "core/media/imagepagesource.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using Test::corpusPath;

class tst_ImageCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allocationLimitIsSet()
    {
        QVERIFY(ImageCodec::allocationLimitMb() > 0);
        QCOMPARE(QImageReader::allocationLimit(), ImageCodec::allocationLimitMb());
        QVERIFY(ImageCodec::maxPixels() >= 8192LL * 8192);
    }

    void loadsFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("png") << "images/pypdf-geotopo-torus.png";
        QTest::newRow("jpeg") << "images/pypdf-coati-photo.jpg";
        QTest::newRow("webp") << "images/docling-webp-test.webp";
        QTest::newRow("tiff") << "images/docling-2206.01062.tif";
    }
    void loadsFormats()
    {
        QFETCH(QString, file);
        auto image = ImageCodec::load(corpusPath(file));
        QVERIFY2(image, qPrintable(image ? QString() : image.error().toLogString()));
        QVERIFY(image->width() > 10 && image->height() > 10);
    }

    void multiPageTiff()
    {
        const QString path = corpusPath(QStringLiteral("images/docling-2206.01062.tif"));
        QImageReader reader(path);
        const int frames = reader.imageCount();
        QVERIFY(frames > 1);
        auto source = DocumentOpener::open(path);
        QVERIFY(source);
        QCOMPARE((*source)->pageCount(), frames);
        for (int page = 0; page < frames; ++page) {
            auto image = (*source)->render(page, 72);
            QVERIFY(image);
            QCOMPARE(QSizeF(image->size()), (*source)->pageSize(page));
            auto text = (*source)->textLayer(page);
            QVERIFY(text);
            QCOMPARE(text->source, PageText::Source::None);
        }
        auto last = ImageCodec::load(path, frames - 1);
        QVERIFY(last);
        QCOMPARE(ImageCodec::load(path, frames).error().code, Error::Code::InvalidArgument);
    }

    void imagePageGeometry()
    {
        auto source = DocumentOpener::open(corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg")));
        QVERIFY(source);
        QCOMPARE((*source)->pageCount(), 1);
        const QSizeF size = (*source)->pageSize(0);
        // A pixel is a point; rendering never enlarges past the pixels, and halves at 36 dpi.
        auto full = (*source)->render(0, 300);
        QVERIFY(full);
        QCOMPARE(QSizeF(full->size()), size);
        auto half = (*source)->render(0, 36);
        QVERIFY(half);
        QVERIFY(std::abs(half->width() - size.width() / 2) <= 1);
        QCOMPARE((*source)->render(1, 72).error().code, Error::Code::InvalidArgument);
    }

    void scaledToMaxWidth()
    {
        QImage image(1000, 500, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QImage smaller = ImageCodec::scaledToMaxWidth(image, 400);
        QCOMPARE(smaller.size(), QSize(400, 200));
        QCOMPARE(ImageCodec::scaledToMaxWidth(image, 2000).size(), image.size());
        QCOMPARE(ImageCodec::scaledToMaxWidth(image, 0).size(), image.size());
    }

    void encodeRoundTrips_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("webp") << int(ImageCodec::Format::Webp) << QByteArray("RIFF");
        QTest::newRow("jpeg") << int(ImageCodec::Format::Jpeg) << QByteArray("\xff\xd8\xff");
        QTest::newRow("png") << int(ImageCodec::Format::Png) << QByteArray("\x89PNG");
    }
    void encodeRoundTrips()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, magic);
        auto source = ImageCodec::load(corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg")));
        QVERIFY(source);
        const QImage scaled = ImageCodec::scaledToMaxWidth(*source, 300);
        auto bytes = ImageCodec::encode(scaled, ImageCodec::Format(format), 80);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().toLogString()));
        QVERIFY(bytes->startsWith(magic));
        QImage decoded;
        QVERIFY(decoded.loadFromData(*bytes));
        QCOMPARE(decoded.size(), scaled.size());
        // Lossy formats stay close: compare a mid pixel.
        const QPoint mid(scaled.width() / 2, scaled.height() / 2);
        const QRgb a = scaled.pixel(mid), b = decoded.pixel(mid);
        QVERIFY(std::abs(qGray(a) - qGray(b)) < 40);
        const QByteArray base64 = ImageCodec::toBase64(*bytes);
        QCOMPARE(QByteArray::fromBase64(base64), *bytes);
    }

    void jpegFlattensAlphaOnWhite()
    {
        QImage clear(20, 20, QImage::Format_ARGB32);
        clear.fill(Qt::transparent);
        auto bytes = ImageCodec::encode(clear, ImageCodec::Format::Jpeg);
        QVERIFY(bytes);
        QImage decoded;
        QVERIFY(decoded.loadFromData(*bytes));
        QVERIFY(qGray(decoded.pixel(10, 10)) > 240);
        QCOMPARE(ImageCodec::encode(QImage(), ImageCodec::Format::Png).error().code, Error::Code::InvalidArgument);
    }

    void mimeAndNames()
    {
        QCOMPARE(ImageCodec::mimeType(ImageCodec::Format::Webp), QStringLiteral("image/webp"));
        QCOMPARE(ImageCodec::mimeType(ImageCodec::Format::Jpeg), QStringLiteral("image/jpeg"));
        QCOMPARE(ImageCodec::mimeType(ImageCodec::Format::Png), QStringLiteral("image/png"));
        QCOMPARE(*ImageCodec::formatFromName(QStringLiteral("JPG")), ImageCodec::Format::Jpeg);
        QCOMPARE(*ImageCodec::formatFromName(QStringLiteral("jpeg")), ImageCodec::Format::Jpeg);
        QCOMPARE(*ImageCodec::formatFromName(QStringLiteral("webp")), ImageCodec::Format::Webp);
        QCOMPARE(*ImageCodec::formatFromName(QStringLiteral("png")), ImageCodec::Format::Png);
        QCOMPARE(ImageCodec::formatFromName(QStringLiteral("gif")).error().code, Error::Code::InvalidArgument);
    }

    void readFileWithLimit()
    {
        const QString path = corpusPath(QStringLiteral("pdfs/docling-ocr_test.pdf"));
        const qint64 size = QFileInfo(path).size();
        auto bytes = ImageCodec::readFile(path, size);
        QVERIFY(bytes);
        QCOMPARE(bytes->size(), size);
        QVERIFY(bytes->startsWith("%PDF"));
        QCOMPARE(ImageCodec::readFile(path, size - 1).error().code, Error::Code::InvalidArgument);
        QCOMPARE(ImageCodec::readFile(path + QStringLiteral(".missing"), 10).error().code, Error::Code::NotFound);
    }

    void refusesHugeHeadersBeforeDecoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("png 200000x200000") << "broken/derived-huge-ihdr-easyocr-width_ths.png";
        QTest::newRow("jpeg 3102x62976") << "broken/qpdf-dctfuzz-25297ce5-huge-dims.jpg";
        QTest::newRow("jpeg 65425x8703") << "broken/qpdf-dctfuzz-e0b87af8-huge-dims.jpg";
    }
    void refusesHugeHeadersBeforeDecoding()
    {
        QFETCH(QString, file);
        auto image = ImageCodec::load(corpusPath(file));
        QVERIFY(!image);
        QVERIFY(!image.error().message.isEmpty());
        QVERIFY(!DocumentOpener::open(corpusPath(file)));
    }

    void truncatedJpegDecodesPartially()
    {
        // Policy: what Qt decodes is accepted (libjpeg fills the missing rows), so a cut photo still shows.
        auto image = ImageCodec::load(corpusPath(QStringLiteral("broken/derived-truncated-easyocr-thai.jpg")));
        QVERIFY(image);
        QVERIFY(!image->isNull());
    }
};

QTEST_GUILESS_MAIN(tst_ImageCodec)
#include "tst_imagecodec.moc"
