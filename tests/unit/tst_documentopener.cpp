// SPDX-License-Identifier: MIT
#include <QTemporaryDir>
#include <QTest>

#include "core/media/documentopener.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using Test::corpusPath;

class tst_DocumentOpener : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void kindByContent_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        QTest::newRow("pdf") << corpusPath("pdfs/docling-ocr_test.pdf") << "pdf";
        QTest::newRow("png") << corpusPath("images/pypdf-geotopo-torus.png") << "image";
        QTest::newRow("jpeg") << corpusPath("images/pypdf-coati-photo.jpg") << "image";
        QTest::newRow("webp") << corpusPath("images/docling-webp-test.webp") << "image";
        QTest::newRow("tiff") << corpusPath("images/docling-2206.01062.tif") << "image";
        QTest::newRow("text") << corpusPath("MANIFEST.tsv") << "";
        QTest::newRow("empty") << corpusPath("broken/pdfplumber-empty.pdf") << "";
        QTest::newRow("oops") << corpusPath("broken/qpdf-bad1.pdf") << "";
    }
    void kindByContent()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QCOMPARE(DocumentOpener::kindOf(path), kind);
    }

    void kindIgnoresName()
    {
        QFile pdf(corpusPath("pdfs/docling-ocr_test.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QString disguised = writeFile(QStringLiteral("holiday.png"), pdf.readAll());
        QCOMPARE(DocumentOpener::kindOf(disguised), QStringLiteral("pdf"));
        auto opened = DocumentOpener::open(disguised);
        QVERIFY(opened);
        QCOMPARE((*opened)->pageCount(), 1);
    }

    void pdfHeaderAfterGarbage()
    {
        QFile pdf(corpusPath("pdfs/docling-ocr_test.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QString shifted = writeFile(QStringLiteral("shifted.bin"), QByteArray(600, 'x') + pdf.readAll());
        QCOMPARE(DocumentOpener::kindOf(shifted), QStringLiteral("pdf"));
        const QString tooFar = writeFile(QStringLiteral("far.bin"), QByteArray(2000, 'x') + "%PDF-1.4\n");
        QCOMPARE(DocumentOpener::kindOf(tooFar), QString());
    }

    void magicBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("gif87") << QByteArray("GIF87a....");
        QTest::newRow("gif89") << QByteArray("GIF89a....");
        QTest::newRow("bmp") << QByteArray("BM......");
        QTest::newRow("tiff-le") << QByteArray("II*\0....", 8);
        QTest::newRow("tiff-be") << QByteArray("MM\0*....", 8);
        QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16);
    }
    void magicBytes()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(DocumentOpener::kindOf(writeFile(QString::fromLatin1(QTest::currentDataTag()), bytes)), QStringLiteral("image"));
    }

    void riffThatIsNotWebp()
    {
        QCOMPARE(DocumentOpener::kindOf(writeFile(QStringLiteral("sound.wav"), QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16))), QString());
    }

    void emptyFileIsCorrupt()
    {
        auto opened = DocumentOpener::open(corpusPath("broken/pdfplumber-empty.pdf"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Corrupt);
        QVERIFY(opened.error().message.contains(QStringLiteral("empty")));
    }

    void unknownContentIsUnsupported()
    {
        auto opened = DocumentOpener::open(corpusPath("MANIFEST.tsv"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Unsupported);
        QVERIFY(!opened.error().message.isEmpty());
    }

    void missingFile()
    {
        auto opened = DocumentOpener::open(m_dir.filePath(QStringLiteral("nope.pdf")));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotFound);
    }

    void passwords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::newRow("writer") << "pdfs/pypdf-libreoffice-writer-password.pdf" << "openpassword";
        QTest::newRow("docling") << "pdfs/docling-2206.01062_pg3-password-1234.pdf" << "1234";
    }
    void passwords()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        auto locked = DocumentOpener::open(corpusPath(file));
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, Error::Code::NeedsPassword);
        QVERIFY(locked.error().message.contains(QStringLiteral("password")));

        auto wrong = DocumentOpener::open(corpusPath(file), QStringLiteral("not-it"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Error::Code::NeedsPassword);
        QVERIFY(wrong.error().message.contains(QStringLiteral("wrong")));

        auto opened = DocumentOpener::open(corpusPath(file), password);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toLogString()));
        QVERIFY((*opened)->pageCount() >= 1);
        auto text = (*opened)->textLayer(0);
        QVERIFY(text);
        QVERIFY(!text->text.isEmpty());
    }

    void ownerPasswordOnlyOpens_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("R6") << "pdfs/qpdf-enc-R6-AES256-owner-password-only.pdf";
        QTest::newRow("images") << "pdfs/qpdf-encrypted-with-images.pdf";
    }
    void ownerPasswordOnlyOpens()
    {
        QFETCH(QString, file);
        auto opened = DocumentOpener::open(corpusPath(file));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toLogString()));
        auto image = (*opened)->render(0, 50);
        QVERIFY(image);
        QVERIFY(!image->isNull());
    }

    void supportedSuffixes()
    {
        QVERIFY(DocumentOpener::isSupportedSuffix(QStringLiteral("/a/b/Report.PDF")));
        QVERIFY(DocumentOpener::isSupportedSuffix(QStringLiteral("scan.tiff")));
        QVERIFY(DocumentOpener::isSupportedSuffix(QStringLiteral("photo.jpeg")));
        QVERIFY(DocumentOpener::isSupportedSuffix(QStringLiteral("pic.webp")));
        QVERIFY(!DocumentOpener::isSupportedSuffix(QStringLiteral("notes.txt")));
        QVERIFY(!DocumentOpener::isSupportedSuffix(QStringLiteral("pdf")));
    }
};

QTEST_GUILESS_MAIN(tst_DocumentOpener)
#include "tst_documentopener.moc"
