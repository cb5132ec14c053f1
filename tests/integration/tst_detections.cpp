// SPDX-License-Identifier: MIT
// Detected objects on library pages through the built pagelens-cli and the fake Gemini server:
// stored as page rectangles, replaced per prompt, searchable with the `objects` signal, drawn by
// `render --layers`, and every kind of bad model output handled without losing earlier results.
#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/fakes/fakegeminiserver.h"
#include "tests/support/testpaths.h"

using namespace PageLens::Test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QJsonObject box(const QJsonArray &box2d, const QString &label)
{
    return {{QStringLiteral("box_2d"), box2d}, {QStringLiteral("label"), label}};
}

/** A Gemini answer whose text is `boxes` as structured output. */
FakeResponse answer(const QJsonArray &boxes)
{
    const QString text = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("bounding_boxes"), boxes}}).toJson(QJsonDocument::Compact));
    return FakeResponse::json(200, FakeGeminiServer::textAnswer(text));
}

FakeResponse textAnswer(const QString &text)
{
    return FakeResponse::json(200, FakeGeminiServer::textAnswer(text));
}

QJsonArray numbers(std::initializer_list<double> values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

} // namespace

class TestDetections : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void storedAsPageRectangles_data();
    void storedAsPageRectangles();
    void consentAndPrivacyComeFirst();
    void sameRectanglesAtAnyImageSize();
    void rerunReplacesOnlyItsPrompt();
    void rotatedPagesAreSentAsDisplayed();
    void labelsAreSearchable();
    void outOfRangeBoxesAreClamped();
    void swappedCornersAreTurned();
    void emptyBoxesAreDropped();
    void onlyTheFirstHundredAreKept();
    void unreadableAnswersKeepEarlierDetections_data();
    void unreadableAnswersKeepEarlierDetections();
    void segmentationMasksAreKept();
    void renderDrawsLayers();

private:
    Run run(const QStringList &args);
    Run detect(const QString &page, const FakeResponse &response, const QStringList &extra = {});
    QJsonArray stored(const QString &page);
    QImage lastSentImage() const;

    std::unique_ptr<FakeGeminiServer> m_fake;
    QTemporaryDir m_dir;
    QString m_library;
    QString m_pdf;
    QString m_image;
    QString m_rotated;
};

void TestDetections::initTestCase()
{
    QVERIFY(QFileInfo::exists(cliPath()));
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("library"));
    m_pdf = corpusPath(QStringLiteral("pdfs/docling-normal_4pages.pdf"));
    m_image = corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg"));
    m_rotated = corpusPath(QStringLiteral("pdfs/pypdf-habibi-rotated.pdf"));
    m_fake = std::make_unique<FakeGeminiServer>();
    QVERIFY(m_fake->start());
    const Run added = run({QStringLiteral("add"), m_pdf, m_image, m_rotated});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestDetections::init()
{
    m_fake->clearRequests();
}

Run TestDetections::run(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PAGELENS_GEMINI_BASE_URL"), m_fake->url().toString());
    env.insert(QStringLiteral("GOOGLE_API_KEY"), QStringLiteral("test-key"));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(cliPath(), QStringList{QStringLiteral("--library"), m_library} + args);
    // The fake serves from this thread: wait with an event loop.
    if (!finished.wait(120000))
        process.kill();
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run TestDetections::detect(const QString &page, const FakeResponse &response, const QStringList &extra)
{
    m_fake->enqueue(QStringLiteral(":generateContent"), response);
    return run(QStringList{QStringLiteral("detect"), page, QStringLiteral("--store"), QStringLiteral("--yes")} + extra);
}

QJsonArray TestDetections::stored(const QString &page)
{
    const Run r = run({QStringLiteral("--json"), QStringLiteral("detections"), page});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return r.json().value(QLatin1String("detections")).toArray();
}

QImage TestDetections::lastSentImage() const
{
    const QJsonObject part = m_fake->lastRequest(QStringLiteral(":generateContent")).json()
                                 .value(QLatin1String("contents"))[0][QLatin1String("parts")][0].toObject();
    return QImage::fromData(QByteArray::fromBase64(part[QLatin1String("inlineData")][QLatin1String("data")].toString().toLatin1()));
}

void TestDetections::storedAsPageRectangles_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("pdf page") << m_pdf + QStringLiteral("#2");
    QTest::newRow("image") << m_image + QStringLiteral("#1");
}

void TestDetections::storedAsPageRectangles()
{
    QFETCH(QString, page);
    const Run r = detect(page, answer({box({100, 200, 500, 600}, QStringLiteral("animal"))}));
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 1);
    QVERIFY(!lastSentImage().isNull());
    const QJsonArray found = stored(page);
    QCOMPARE(found.size(), 1);
    const QJsonObject d = found.first().toObject();
    QCOMPARE(d.value(QLatin1String("label")).toString(), QStringLiteral("animal"));
    // [ymin, xmin, ymax, xmax] / 1000 is [left, top, right, bottom] of the page.
    QCOMPARE(d.value(QLatin1String("box")).toArray(), numbers({0.2, 0.1, 0.6, 0.5}));
    QCOMPARE(d.value(QLatin1String("box_2d")).toArray(), numbers({100, 200, 500, 600}));
    QCOMPARE(d.value(QLatin1String("model")).toString(), QStringLiteral("gemini-2.5-flash"));
    QVERIFY(d.value(QLatin1String("prompt")).toString().contains(QStringLiteral("box_2d")));   // the default prompt
}

void TestDetections::consentAndPrivacyComeFirst()
{
    const QString page = m_pdf + QStringLiteral("#3");
    Run r = run({QStringLiteral("detect"), page, QStringLiteral("--store")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("--yes")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("1 page image")));
    r = run({QStringLiteral("detect"), page, QStringLiteral("--store"), QStringLiteral("--yes"), QStringLiteral("--privacy"), QStringLiteral("text")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("privacy")), qPrintable(r.err));
    QCOMPARE(m_fake->count(), 0);
    QCOMPARE(stored(page).size(), 0);
    // A page that is not in the document, a file that is not in the library.
    QCOMPARE(run({QStringLiteral("detect"), m_pdf + QStringLiteral("#99"), QStringLiteral("--store"), QStringLiteral("--yes")}).exitCode, 1);
    QCOMPARE(run({QStringLiteral("detections"), corpusPath(QStringLiteral("images/easyocr-french.jpg"))}).exitCode, 1);
    QCOMPARE(m_fake->count(), 0);
}

void TestDetections::sameRectanglesAtAnyImageSize()
{
    const QString page = m_pdf + QStringLiteral("#4");
    QList<QJsonArray> boxes;
    QList<QSize> sent;
    for (const QString side : {QStringLiteral("256"), QStringLiteral("1600")}) {
        const Run r = detect(page, answer({box({100, 200, 500, 600}, QStringLiteral("table")), box({0, 0, 1000, 1000}, QStringLiteral("page"))}),
                             {QStringLiteral("--max-side"), side});
        QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
        sent << lastSentImage().size();
        const QJsonArray found = stored(page);
        QCOMPARE(found.size(), 2);
        boxes << QJsonArray{found.at(0)[QLatin1String("box")], found.at(1)[QLatin1String("box")]};
    }
    QCOMPARE(std::max(sent.at(0).width(), sent.at(0).height()), 256);
    QCOMPARE(std::max(sent.at(1).width(), sent.at(1).height()), 1600);
    QCOMPARE(boxes.at(0), boxes.at(1));
    QCOMPARE(boxes.at(0).at(1).toArray(), numbers({0, 0, 1, 1}));
}

void TestDetections::rerunReplacesOnlyItsPrompt()
{
    const QString page = m_image + QStringLiteral("#1");
    Run r = detect(page, answer({box({10, 10, 20, 20}, QStringLiteral("eye")), box({10, 30, 20, 40}, QStringLiteral("eye"))}),
                   {QStringLiteral("--prompt"), QStringLiteral("find the eyes")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    r = detect(page, answer({box({300, 300, 700, 700}, QStringLiteral("head"))}), {QStringLiteral("--prompt"), QStringLiteral("find the head")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    r = detect(page, answer({box({12, 12, 22, 22}, QStringLiteral("eye"))}), {QStringLiteral("--prompt"), QStringLiteral("find the eyes")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    QStringList labels;
    for (const QJsonValue &d : stored(page))
        if (d[QLatin1String("prompt")].toString().startsWith(QLatin1String("find the")))
            labels << d[QLatin1String("label")].toString() + QLatin1Char('/') + d[QLatin1String("prompt")].toString();
    labels.sort();
    QCOMPARE(labels, (QStringList{QStringLiteral("eye/find the eyes"), QStringLiteral("head/find the head")}));
}

void TestDetections::rotatedPagesAreSentAsDisplayed()
{
    // pdfinfo: every page is A4 portrait in its MediaBox; page 1 has /Rotate 90, page 4 none.
    QList<QSize> sent;
    for (int page : {1, 4}) {
        const Run r = detect(m_rotated + QStringLiteral("#%1").arg(page), answer({box({100, 200, 500, 600}, QStringLiteral("word"))}));
        QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
        sent << lastSentImage().size();
        QCOMPARE(stored(m_rotated + QStringLiteral("#%1").arg(page)).first()[QLatin1String("box")].toArray(), numbers({0.2, 0.1, 0.6, 0.5}));
    }
    QVERIFY2(sent.at(0).width() > sent.at(0).height(), "a page turned by 90 degrees is sent landscape");
    QVERIFY(sent.at(1).width() < sent.at(1).height());
    QVERIFY(std::abs(sent.at(0).width() - sent.at(1).height()) <= 1);
}

void TestDetections::labelsAreSearchable()
{
    const QString page = m_pdf + QStringLiteral("#1");
    const Run r = detect(page, answer({box({100, 200, 500, 600}, QStringLiteral("sailing boats")), box({600, 600, 700, 700}, QStringLiteral("lighthouse"))}));
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    // "boat" finds "sailing boats": the same Porter stemming as the page text.
    const Run found = run({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("boat"), QStringLiteral("--signals"), QStringLiteral("objects")});
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    const QJsonArray hits = QJsonDocument::fromJson(found.out.toUtf8()).array();
    QCOMPARE(hits.size(), 1);
    const QJsonObject hit = hits.first().toObject();
    QCOMPARE(hit.value(QLatin1String("path")).toString(), m_pdf);
    QCOMPARE(hit.value(QLatin1String("page")).toInt(), 1);
    QVERIFY(hit.value(QLatin1String("signals")).toObject().contains(QLatin1String("objects")));
    QCOMPARE(hit.value(QLatin1String("boxes")).toArray().size(), 1);   // the boat, not the lighthouse
    // Boxes are in page points: pdfinfo gives this page 612 x 859 pt.
    const QJsonArray b = hit.value(QLatin1String("boxes"))[0].toArray();
    QVERIFY2(std::abs(b.at(0).toDouble() - 0.2 * 612) < 1.0, qPrintable(QJsonDocument(b).toJson()));
    QVERIFY(std::abs(b.at(1).toDouble() - 0.1 * 859) < 1.0);
    // Without --signals, objects join the text signals once the library has detections.
    const Run all = run({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("lighthouse")});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const QJsonArray allHits = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QVERIFY(!allHits.isEmpty());
    QVERIFY(allHits.first()[QLatin1String("signals")].toObject().contains(QLatin1String("objects")));
    // A word no label has finds nothing.
    const Run none = run({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("giraffe"), QStringLiteral("--signals"), QStringLiteral("objects")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);
}

void TestDetections::outOfRangeBoxesAreClamped()
{
    const QString page = m_pdf + QStringLiteral("#2");
    const Run r = detect(page, answer({box({-50, 200, 1200, 600}, QStringLiteral("tall"))}), {QStringLiteral("--prompt"), QStringLiteral("clamp")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("edge")), qPrintable(r.err));
    const QJsonArray found = stored(page);
    const auto it = std::find_if(found.begin(), found.end(), [](const QJsonValue &d) { return d[QLatin1String("prompt")] == QStringLiteral("clamp"); });
    QVERIFY(it != found.end());
    QCOMPARE((*it)[QLatin1String("box")].toArray(), numbers({0.2, 0, 0.6, 1}));
    QCOMPARE((*it)[QLatin1String("box_2d")].toArray(), numbers({-50, 200, 1200, 600}));   // as the model said
}

void TestDetections::swappedCornersAreTurned()
{
    const QString page = m_pdf + QStringLiteral("#3");
    const Run r = detect(page, answer({box({500, 600, 100, 200}, QStringLiteral("upside down"))}), {QStringLiteral("--privacy"), QStringLiteral("images")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("wrong way round")), qPrintable(r.err));
    const QJsonArray found = stored(page);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()[QLatin1String("box")].toArray(), numbers({0.2, 0.1, 0.6, 0.5}));
}

void TestDetections::emptyBoxesAreDropped()
{
    const QString page = m_rotated + QStringLiteral("#2");
    const Run r = detect(page, answer({box({100, 200, 100, 600}, QStringLiteral("flat")), box({100, 200, 500, 200}, QStringLiteral("thin")),
                                       box({1100, 200, 1300, 600}, QStringLiteral("below the page")), box({100, 200, 500, 600}, QStringLiteral("real"))}));
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("3 boxes without area were dropped")), qPrintable(r.err));
    const QJsonArray found = stored(page);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()[QLatin1String("label")].toString(), QStringLiteral("real"));
}

void TestDetections::onlyTheFirstHundredAreKept()
{
    const QString page = m_rotated + QStringLiteral("#3");
    QJsonArray many;
    for (int i = 0; i < 140; ++i)
        many.append(box({i * 5, i * 5, i * 5 + 20, i * 5 + 20}, QStringLiteral("dot %1").arg(i)));
    const Run r = detect(page, answer(many));
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("140 objects; the first 100 are kept")), qPrintable(r.err));
    const QJsonArray found = stored(page);
    QCOMPARE(found.size(), 100);
    QCOMPARE(found.first()[QLatin1String("label")].toString(), QStringLiteral("dot 0"));
    QCOMPARE(found.last()[QLatin1String("label")].toString(), QStringLiteral("dot 99"));
}

void TestDetections::unreadableAnswersKeepEarlierDetections_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("not JSON") << QStringLiteral("Sorry, I cannot see any objects in this image.");
    QTest::newRow("three coordinates") << QStringLiteral(R"({"bounding_boxes": [{"box_2d": [1, 2, 3], "label": "x"}]})");
    QTest::newRow("no label") << QStringLiteral(R"({"bounding_boxes": [{"box_2d": [1, 2, 3, 4]}]})");
    QTest::newRow("coordinates as text") << QStringLiteral(R"({"bounding_boxes": [{"box_2d": ["a", "b", "c", "d"], "label": "x"}]})");
    QTest::newRow("no list") << QStringLiteral(R"({"objects": 3})");
    QTest::newRow("truncated") << QStringLiteral(R"({"bounding_boxes": [{"box_2d": [1, 2, 3, 4], "lab)");
}

void TestDetections::unreadableAnswersKeepEarlierDetections()
{
    QFETCH(QString, text);
    const QString page = m_rotated + QStringLiteral("#4");
    Run r = detect(page, answer({box({100, 200, 500, 600}, QStringLiteral("kept"))}), {QStringLiteral("--prompt"), QStringLiteral("bad")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    r = detect(page, textAnswer(text), {QStringLiteral("--prompt"), QStringLiteral("bad")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.err.trimmed().isEmpty());
    QStringList labels;
    for (const QJsonValue &d : stored(page))
        if (d[QLatin1String("prompt")] == QStringLiteral("bad"))
            labels << d[QLatin1String("label")].toString();
    QCOMPARE(labels, QStringList{QStringLiteral("kept")});
}

void TestDetections::segmentationMasksAreKept()
{
    QImage mask(40, 20, QImage::Format_Grayscale8);
    mask.fill(0);
    QPainter(&mask).fillRect(QRect(10, 5, 20, 10), Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(mask.save(&buffer, "PNG"));
    QJsonObject withMask = box({100, 200, 500, 600}, QStringLiteral("cat"));
    withMask.insert(QStringLiteral("mask"), QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
    QJsonObject badMask = box({600, 600, 900, 900}, QStringLiteral("dog"));
    badMask.insert(QStringLiteral("mask"), QStringLiteral("data:image/png;base64,bm90IGEgcG5n"));
    const QString page = m_image + QStringLiteral("#1");
    const Run r = detect(page, answer({withMask, badMask}), {QStringLiteral("--prompt"), QStringLiteral("segment")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("could not be read")), qPrintable(r.err));
    QMap<QString, bool> masks;
    for (const QJsonValue &d : stored(page))
        if (d[QLatin1String("prompt")] == QStringLiteral("segment"))
            masks.insert(d[QLatin1String("label")].toString(), d[QLatin1String("mask")].toBool());
    QCOMPARE(masks, (QMap<QString, bool>{{QStringLiteral("cat"), true}, {QStringLiteral("dog"), false}}));

    // Drawn as an outline: the mask's white rectangle is the middle half of the box in x and y,
    // so its left edge lies at 0.2 + 0.25 * 0.4 = 0.3 of the image width, halfway down the box.
    const QString out = m_dir.filePath(QStringLiteral("mask.png"));
    const Run drawn = run({QStringLiteral("render"), page, QStringLiteral("-o"), out, QStringLiteral("--layers"), QStringLiteral("detections")});
    QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
    const QImage image(out);
    const int y = int(0.3 * image.height());
    int outline = -1;
    for (int x = int(0.21 * image.width()); x < int(0.59 * image.width()) && outline < 0; ++x)
        if (QColor(image.pixel(x, y)) == QColor(255, 0, 200))
            outline = x;
    QVERIFY2(std::abs(outline - 0.3 * image.width()) <= 2, qPrintable(QString::number(outline)));
}

void TestDetections::renderDrawsLayers()
{
    const QString page = m_rotated + QStringLiteral("#1");   // turned by 90 degrees: drawn as displayed
    Run r = detect(page, answer({box({100, 200, 500, 600}, QStringLiteral("signpost"))}), {QStringLiteral("--prompt"), QStringLiteral("render")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    const QString plainFile = m_dir.filePath(QStringLiteral("plain.png"));
    const QString layeredFile = m_dir.filePath(QStringLiteral("layered.png"));
    r = run({QStringLiteral("render"), page, QStringLiteral("-o"), plainFile, QStringLiteral("--dpi"), QStringLiteral("50")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("render"), page, QStringLiteral("-o"), layeredFile, QStringLiteral("--dpi"), QStringLiteral("50"),
             QStringLiteral("--layers"), QStringLiteral("detections,hits"), QStringLiteral("--query"), QStringLiteral("signpost")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage plain(plainFile);
    const QImage layered(layeredFile);
    QCOMPARE(layered.size(), plain.size());
    QVERIFY(plain.width() > plain.height());   // A4 turned: 842 x 595 pt at 50 dpi
    // The box's left edge at x = 0.2 w, halfway down the box (y = 0.3 h), in the detection colour.
    const QPoint edge(int(0.2 * layered.width()), int(0.3 * layered.height()));
    QCOMPARE(QColor(layered.pixel(edge)), QColor(220, 30, 30));
    QVERIFY(QColor(plain.pixel(edge)) != QColor(220, 30, 30));
    // The hit layer tints the inside of the same box (the objects signal found it), not the corner of the page.
    const QPoint inside(int(0.4 * layered.width()), int(0.2 * layered.height()));
    QVERIFY(layered.pixel(inside) != plain.pixel(inside));
    QCOMPARE(layered.pixel(QPoint(2, layered.height() - 3)), plain.pixel(QPoint(2, layered.height() - 3)));
    QCOMPARE(run({QStringLiteral("render"), page, QStringLiteral("-o"), layeredFile, QStringLiteral("--layers"), QStringLiteral("heat")}).exitCode, 1);
    QCOMPARE(run({QStringLiteral("render"), page, QStringLiteral("-o"), layeredFile, QStringLiteral("--layers"), QStringLiteral("hits")}).exitCode, 1);
}

QTEST_MAIN(TestDetections)
#include "tst_detections.moc"
