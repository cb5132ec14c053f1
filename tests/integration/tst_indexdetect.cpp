// SPDX-License-Identifier: MIT
// Object detection while indexing (`index --detect`) through the built pagelens-cli and the fake
// Gemini server: every page's boxes stored, nothing sent twice (also for pages where nothing was
// found), counted in the egress preview, and nothing sent without the "images" privacy.
#include <QJsonArray>
#include <QJsonDocument>
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

QJsonArray numbers(std::initializer_list<double> values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

} // namespace

class TestIndexDetect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void storesEveryPageAndSendsNothingTwice();
    void pagesWithoutObjectsAreNotSentAgain();
    void previewCountsDetection();
    void textPrivacySendsNoImage();

private:
    Run run(const QString &library, const QStringList &args);
    /** A new library with the 4-page PDF and the photo added (offline: nothing sent). */
    QString newLibrary(const QStringList &files);
    QJsonArray stored(const QString &library, const QString &page);
    int imagesSent() const;

    std::unique_ptr<FakeGeminiServer> m_fake;
    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_image;
    int m_libraries = 0;
};

void TestIndexDetect::initTestCase()
{
    QVERIFY(QFileInfo::exists(cliPath()));
    QVERIFY(m_dir.isValid());
    m_pdf = corpusPath(QStringLiteral("pdfs/docling-normal_4pages.pdf"));
    m_image = corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg"));
    m_fake = std::make_unique<FakeGeminiServer>();
    QVERIFY(m_fake->start());
}

void TestIndexDetect::init()
{
    m_fake->clearRequests();
}

Run TestIndexDetect::run(const QString &library, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PAGELENS_GEMINI_BASE_URL"), m_fake->url().toString());
    env.insert(QStringLiteral("GOOGLE_API_KEY"), QStringLiteral("test-key"));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(cliPath(), QStringList{QStringLiteral("--library"), library} + args);
    // The fake serves from this thread: wait with an event loop.
    if (!finished.wait(120000))
        process.kill();
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestIndexDetect::newLibrary(const QStringList &files)
{
    const QString library = m_dir.filePath(QStringLiteral("library-%1").arg(++m_libraries));
    const Run added = run(library, QStringList{QStringLiteral("add")} + files);
    if (added.exitCode != 0)
        qWarning() << added.err;
    return library;
}

QJsonArray TestIndexDetect::stored(const QString &library, const QString &page)
{
    const Run r = run(library, {QStringLiteral("--json"), QStringLiteral("detections"), page});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return r.json().value(QLatin1String("detections")).toArray();
}

int TestIndexDetect::imagesSent() const
{
    int images = 0;
    for (const FakeRequest &request : m_fake->requests())
        images += int(request.body.count("inlineData") + request.body.count("inline_data"));
    return images;
}

void TestIndexDetect::storesEveryPageAndSendsNothingTwice()
{
    const QString library = newLibrary({m_pdf, m_image});
    QCOMPARE(m_fake->count(), 0);
    const QStringList detect{QStringLiteral("index"), QStringLiteral("--detect"), QStringLiteral("--no-captions"),
                             QStringLiteral("--privacy"), QStringLiteral("images"), QStringLiteral("--yes")};
    Run r = run(library, detect);
    QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.err));
    // Captions are off: every generateContent is one page image sent for detection, 4 + 1 pages.
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 5);
    QCOMPARE(imagesSent(), 5);
    for (const FakeRequest &request : m_fake->requests()) {
        if (request.path.contains(QLatin1String(":generateContent")))
            QVERIFY(request.body.contains("box_2d"));   // the detection schema, not a caption
    }
    QVERIFY2(r.err.contains(QStringLiteral("5 pages detected")), qPrintable(r.err));

    // The fake answers the detection schema with its generic instance: one object, integers
    // 100, 200, 300, 400 as box_2d [ymin, xmin, ymax, xmax] and the label "fake 1", i.e. the page
    // rectangle left 0.2, top 0.1, right 0.4, bottom 0.3.
    const QStringList pages{m_pdf + QStringLiteral("#1"), m_pdf + QStringLiteral("#2"), m_pdf + QStringLiteral("#3"),
                            m_pdf + QStringLiteral("#4"), m_image + QStringLiteral("#1")};
    for (const QString &page : pages) {
        const QJsonArray found = stored(library, page);
        QVERIFY2(found.size() == 1, qPrintable(page));
        const QJsonObject d = found.first().toObject();
        QCOMPARE(d.value(QLatin1String("label")).toString(), QStringLiteral("fake 1"));
        QCOMPARE(d.value(QLatin1String("box_2d")).toArray(), numbers({100, 200, 300, 400}));
        QCOMPARE(d.value(QLatin1String("box")).toArray(), numbers({0.2, 0.1, 0.4, 0.3}));
        QVERIFY(d.value(QLatin1String("prompt")).toString().contains(QStringLiteral("box_2d")));   // the default prompt
    }

    // The second run finds every page detected with that prompt and sends nothing.
    m_fake->clearRequests();
    r = run(library, detect);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_fake->count(), 0);

    // Another prompt is another detection: all pages again, stored beside the first.
    r = run(library, detect + QStringList{QStringLiteral("--detect-prompt"), QStringLiteral("Find the tables.")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 5);
    QVERIFY(m_fake->lastRequest(QStringLiteral(":generateContent")).body.contains("Find the tables."));
    QCOMPARE(stored(library, m_pdf + QStringLiteral("#2")).size(), 2);
}

void TestIndexDetect::pagesWithoutObjectsAreNotSentAgain()
{
    const QString library = newLibrary({m_image});
    m_fake->enqueue(QStringLiteral(":generateContent"),
                    FakeResponse::json(200, FakeGeminiServer::textAnswer(QStringLiteral("{\"bounding_boxes\": []}"))));
    const QStringList detect{QStringLiteral("index"), QStringLiteral("--detect"), QStringLiteral("--no-captions"),
                             QStringLiteral("--privacy"), QStringLiteral("images"), QStringLiteral("--yes")};
    Run r = run(library, detect);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 1);
    QCOMPARE(stored(library, m_image + QStringLiteral("#1")).size(), 0);
    m_fake->clearRequests();
    r = run(library, detect);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_fake->count(), 0);

    // An unreadable answer stores nothing and the page is asked again next time.
    const QString other = newLibrary({m_image});
    m_fake->enqueue(QStringLiteral(":generateContent"), FakeResponse::json(200, FakeGeminiServer::textAnswer(QStringLiteral("no boxes here"))));
    r = run(other, detect);
    QVERIFY2(r.err.contains(QStringLiteral("1 unusable")), qPrintable(r.err));
    QCOMPARE(stored(other, m_image + QStringLiteral("#1")).size(), 0);
    m_fake->clearRequests();
    r = run(other, detect);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 1);
    QCOMPARE(stored(other, m_image + QStringLiteral("#1")).size(), 1);
}

void TestIndexDetect::previewCountsDetection()
{
    const QString library = newLibrary({m_pdf, m_image});
    Run r = run(library, {QStringLiteral("index"), QStringLiteral("--detect"), QStringLiteral("--privacy"), QStringLiteral("images")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("5 page image\\S* for object detection"))), qPrintable(r.err));
    QVERIFY(r.err.contains(QRegularExpression(QStringLiteral("5 page image\\S* for captions"))));
    QVERIFY(r.err.contains(QStringLiteral("--yes")));
    QCOMPARE(m_fake->count(), 0);
    // Without --detect the same preview has no detection line.
    r = run(library, {QStringLiteral("index"), QStringLiteral("--privacy"), QStringLiteral("images")});
    QVERIFY2(!r.err.contains(QStringLiteral("object detection")), qPrintable(r.err));
    QCOMPARE(m_fake->count(), 0);
}

void TestIndexDetect::textPrivacySendsNoImage()
{
    const QString library = newLibrary({m_pdf, m_image});
    const Run r = run(library, {QStringLiteral("index"), QStringLiteral("--detect"), QStringLiteral("--privacy"), QStringLiteral("text"),
                                QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err.count(QStringLiteral("Object detection sends page images")), 1);
    QVERIFY(m_fake->count(QStringLiteral("mbedContents")) > 0);   // the text still went, as privacy allows
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 0);
    QCOMPARE(imagesSent(), 0);
    QCOMPARE(stored(library, m_pdf + QStringLiteral("#1")).size(), 0);
}

QTEST_GUILESS_MAIN(TestIndexDetect)
#include "tst_indexdetect.moc"
