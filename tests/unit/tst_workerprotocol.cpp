// SPDX-License-Identifier: MIT
// The frames between the indexer and pagelens-docworker, and the worker's answers to real files.
#include <limits>

#include <QCborArray>
#include <QCborValue>
#include <QTest>

#include "core/ingest/documentworker.h"
#include "core/ingest/workerprotocol.h"
#include "tests/support/testpaths.h"

using namespace PageLens;

namespace {

/** A column of one word box. Not `QCborArray{QCborArray{...}}`: clang reads a braced single array as a copy. */
QCborArray oneBox(const QCborArray &box)
{
    QCborArray boxes;
    boxes.append(box);
    return boxes;
}

} // namespace

class tst_WorkerProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frameIsLengthThenCbor()
    {
        const QByteArray bytes = WorkerProtocol::frame(QCborMap{{QStringLiteral("op"), QStringLiteral("open")}});
        // CBOR of {"op": "open"}: map(1), text(2) "op", text(4) "open" (RFC 8949).
        const QByteArray cbor = QByteArray::fromHex("a1626f70646f70656e");
        QCOMPARE(bytes, QByteArray::fromHex("00000009") + cbor);
    }

    void takeFrameWaitsForWholeFrames()
    {
        const QByteArray one = WorkerProtocol::frame(QCborMap{{QStringLiteral("n"), 1}});
        const QByteArray two = WorkerProtocol::frame(QCborMap{{QStringLiteral("n"), 2}});
        const QByteArray stream = one + two;
        QByteArray buffer;
        QList<qint64> seen;
        for (char byte : stream) {   // a pipe may deliver any split
            buffer.append(byte);
            auto frame = WorkerProtocol::takeFrame(buffer);
            QVERIFY(frame);
            if (*frame)
                seen << (*frame)->value(QStringLiteral("n")).toInteger();
        }
        QCOMPARE(seen, (QList<qint64>{1, 2}));
        QVERIFY(buffer.isEmpty());
    }

    void brokenFramesAreErrors()
    {
        QByteArray huge = QByteArray::fromHex("7fffffff");   // 2 GiB announced
        QVERIFY(!WorkerProtocol::takeFrame(huge));
        QByteArray notMap = QByteArray::fromHex("00000001") + QByteArray::fromHex("01");   // the integer 1
        QVERIFY(!WorkerProtocol::takeFrame(notMap));
        QByteArray garbage = QByteArray::fromHex("00000002") + QByteArray::fromHex("ffff");
        QVERIFY(!WorkerProtocol::takeFrame(garbage));
    }

    void recordSurvivesTheTrip()
    {
        PageRecord record;
        record.size = QSizeF(612, 792);
        record.rotation = 90;
        record.text.source = PageText::Source::Ocr;
        record.text.text = QStringLiteral("Größe 42\nzwei");
        record.text.words = {{QStringLiteral("Größe"), {0.1, 0.2, 0.3, 0.25}, 91.5f},
                             {QStringLiteral("42"), {0.35, 0.2, 0.4, 0.25}, 88},
                             {QStringLiteral("zwei"), {0.1, 0.3, 0.2, 0.35}, 100}};
        QByteArray buffer = WorkerProtocol::frame(WorkerProtocol::encodeRecord(record));
        auto frame = WorkerProtocol::takeFrame(buffer);
        QVERIFY(frame && *frame);
        auto back = WorkerProtocol::decodeRecord(**frame);
        QVERIFY(back);
        QCOMPARE(back->size, QSizeF(612, 792));
        QCOMPARE(back->rotation, 90);
        QCOMPARE(back->text.source, PageText::Source::Ocr);
        QCOMPARE(back->text.text, QStringLiteral("Größe 42\nzwei"));
        QCOMPARE(back->text.words.size(), 3);
        QCOMPARE(back->text.words[0].text, QStringLiteral("Größe"));
        QCOMPARE(back->text.words[0].box.left, 0.1);
        QCOMPARE(back->text.words[0].box.bottom, 0.25);
        QCOMPARE(back->text.words[0].confidence, 91.5f);
        QCOMPARE(back->text.words[2].box.right, 0.2);
    }

    void inconsistentRecordsAreRefused()
    {
        QCborMap map{{QStringLiteral("source"), 1},
                     {QStringLiteral("words"), QCborArray{QStringLiteral("a"), QStringLiteral("b")}},
                     {QStringLiteral("boxes"), oneBox({0, 0, 1, 1})},
                     {QStringLiteral("confidences"), QCborArray{100, 100}}};
        QVERIFY(!WorkerProtocol::decodeRecord(map));
        map.insert(QStringLiteral("boxes"), QCborArray{QCborArray{0, 0, 1, 1}, QCborArray{0, 0, 1}});
        QVERIFY(!WorkerProtocol::decodeRecord(map));
        map.insert(QStringLiteral("source"), 7);
        QVERIFY(!WorkerProtocol::decodeRecord(map));
    }

    /** A compromised worker's impossible numbers: refused when not numbers, kept on the page otherwise. */
    void impossibleValuesAreRefusedOrClamped()
    {
        const QCborMap page{{QStringLiteral("width"), 612.0},
                            {QStringLiteral("height"), 792.0},
                            {QStringLiteral("source"), 1},
                            {QStringLiteral("words"), QCborArray{QStringLiteral("a")}},
                            {QStringLiteral("boxes"), oneBox({-3.0, 0.25, 7.5, 0.5})},
                            {QStringLiteral("confidences"), QCborArray{250.0}}};
        const auto clamped = WorkerProtocol::decodeRecord(page);
        QVERIFY2(clamped, qPrintable(clamped ? QString() : clamped.error().detail));
        QCOMPARE(clamped->text.words[0].box.left, 0.0);
        QCOMPARE(clamped->text.words[0].box.top, 0.25);
        QCOMPARE(clamped->text.words[0].box.right, 1.0);
        QCOMPARE(clamped->text.words[0].confidence, 100.0f);

        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const QList<std::pair<QString, QCborValue>> broken{
            {QStringLiteral("boxes"), oneBox({nan, 0.25, 0.5, 0.5})},
            {QStringLiteral("confidences"), QCborArray{-inf}},
            {QStringLiteral("width"), -612.0},
            {QStringLiteral("height"), inf},
            {QStringLiteral("rotation"), 45},
            {QStringLiteral("rotation"), -90},
            {QStringLiteral("rotation"), qint64(1) << 40}};
        for (const auto &[key, value] : broken) {
            QCborMap map = page;
            map.insert(key, value);
            const auto decoded = WorkerProtocol::decodeRecord(map);
            QVERIFY2(!decoded, qPrintable(key));
            QCOMPARE(decoded.error().code, Error::Code::BadResponse);
        }
    }

    /** Integers are read only from CBOR integers: a huge double (undefined behaviour to convert) is not one. */
    void integersAreNeverConvertedFromDoubles()
    {
        QCOMPARE(WorkerProtocol::integer(QCborValue(7)), 7);
        QCOMPARE(WorkerProtocol::integer(QCborValue(1.6e190), -1), -1);
        QCOMPARE(WorkerProtocol::integer(QCborValue(3.0), -1), -1);
        QCOMPARE(WorkerProtocol::integer(QCborValue(QStringLiteral("3")), -1), -1);
        QCOMPARE(WorkerProtocol::decodeError(QCborMap{{QStringLiteral("code"), 1.6e190}}).code, Error::Code::Unknown);
    }

    void errorsKeepCodeAndMessage()
    {
        const Error error(Error::Code::NeedsPassword, QStringLiteral("needs a password"), QStringLiteral("detail"));
        const Error back = WorkerProtocol::decodeError(WorkerProtocol::encodeError(error));
        QCOMPARE(back.code, Error::Code::NeedsPassword);
        QCOMPARE(back.message, error.message);
        QCOMPARE(back.detail, error.detail);
        QCOMPARE(WorkerProtocol::decodeError(QCborMap{{QStringLiteral("code"), 999}}).code, Error::Code::Unknown);
    }

    void workerAnswersRealFiles()
    {
        // Page counts as pdfinfo gives them (4 and 1); the transcript's first page holds "Mirzayance".
        const QString four = Test::corpusPath(QStringLiteral("pdfs/docling-normal_4pages.pdf"));
        QCborMap open = DocumentWorker::answer({{QStringLiteral("op"), QStringLiteral("open")}, {QStringLiteral("path"), four}});
        QVERIFY(open.value(QStringLiteral("ok")).toBool());
        QCOMPARE(open.value(QStringLiteral("pages")).toInteger(), 4);

        const QString scotus = Test::corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf"));
        const QCborMap page = DocumentWorker::answer({{QStringLiteral("op"), QStringLiteral("page")},
                                                      {QStringLiteral("path"), scotus},
                                                      {QStringLiteral("page"), 0},
                                                      {QStringLiteral("ocrLanguages"), QStringLiteral("eng")},
                                                      {QStringLiteral("ocrDpi"), 200},
                                                      {QStringLiteral("minTextLayerChars"), 16}});
        QVERIFY(page.value(QStringLiteral("ok")).toBool());
        auto record = WorkerProtocol::decodeRecord(page);
        QVERIFY(record);
        QCOMPARE(record->text.source, PageText::Source::TextLayer);
        QVERIFY(record->text.text.contains(QStringLiteral("MIRZAYANCE"), Qt::CaseInsensitive));
        QVERIFY(!record->text.words.isEmpty());

        const QCborMap broken = DocumentWorker::answer({{QStringLiteral("op"), QStringLiteral("open")},
                                                        {QStringLiteral("path"), Test::corpusPath(QStringLiteral("broken/qpdf-bad1.pdf"))}});
        QVERIFY(!broken.value(QStringLiteral("ok")).toBool());
        QVERIFY(!broken.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!DocumentWorker::answer({{QStringLiteral("op"), QStringLiteral("format-disk")}}).value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(tst_WorkerProtocol)
#include "tst_workerprotocol.moc"
