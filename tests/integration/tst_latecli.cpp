// SPDX-License-Identifier: MIT
// Late interaction end to end through pagelens-cli against a fake infinity server: heatmap peaks on
// a portrait PDF page (ColPali, 32 x 32) and a landscape image (ColQwen2, 36 x 20) land on the red
// square drawn there; the late signal finds the hot page; indexing sends each page once; without a
// server the heatmap shows term matches; the same through vLLM's /pooling (--late-dialect vllm).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/fakes/fakeinfinityserver.h"
#include "tests/support/clirunner.h"
#include "tests/support/testpaths.h"

using namespace PageLens::Test;

namespace {

const QString kColPali = QStringLiteral("vidore/colpali-v1.2-merged");
const QString kColQwen = QStringLiteral("michaelfeil/colqwen2-v0.1");

/** An A4 portrait PDF: some text and a pure red square centred at `centre` (normalized page position). */
void writePdf(const QString &path, QPointF centre, const QString &text, QPointF textAt)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    QPainter painter(&writer);
    const QRect page = painter.viewport();
    const int side = page.width() / 8;   // four ColPali patches across
    painter.fillRect(QRect(int(centre.x() * page.width()) - side / 2, int(centre.y() * page.height()) - side / 2, side, side),
                     QColor(255, 0, 0));
    QFont font = painter.font();
    font.setPointSize(14);
    painter.setFont(font);
    painter.drawText(QPointF(textAt.x() * page.width(), textAt.y() * page.height()), text);
}

QJsonObject json(const CliRunner::Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestLateCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void portraitPdfPeak();
    void landscapeImagePeak();
    void termMatchesWithoutServer();
    void indexOnceAndSearchLate();
    void serverErrors();
    void vllmDialect();

private:
    CliRunner::Run cli(const QStringList &args) const { return CliRunner(m_library.path())(args); }

    QTemporaryDir m_dir;
    QTemporaryDir m_library;
    FakeInfinityServer m_colpali{kColPali, QStringLiteral("invoice")};
    FakeInfinityServer m_colqwen{kColQwen, QStringLiteral("invoice")};
    FakeInfinityServer m_vllm{kColPali, QStringLiteral("invoice")};
    QString m_hotPdf;
};

void TestLateCli::initTestCase()
{
    QVERIFY(m_colpali.startOnOwnThread());
    QVERIFY(m_colqwen.startOnOwnThread());
    m_vllm.setVllm(true);
    QVERIFY(m_vllm.startOnOwnThread());
    m_hotPdf = m_dir.filePath(QStringLiteral("hot.pdf"));
    writePdf(m_hotPdf, QPointF(0.7, 0.25), QStringLiteral("quarterly report"), QPointF(0.1, 0.8));
}

void TestLateCli::portraitPdfPeak()
{
    const auto run = cli({QStringLiteral("--json"), QStringLiteral("heatmap"), QStringLiteral("invoice"), m_hotPdf + QStringLiteral("#1"),
                          QStringLiteral("--late-url"), m_colpali.url().toString(), QStringLiteral("--late-model"), kColPali,
                          QStringLiteral("-o"), m_dir.filePath(QStringLiteral("heat.png"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject map = json(run);
    QCOMPARE(map.value(QLatin1String("grid")).toArray(), (QJsonArray{32, 32}));
    QCOMPARE(map.value(QLatin1String("tokens")).toArray(), (QJsonArray{QStringLiteral("invoice")}));
    QCOMPARE(map.value(QLatin1String("cells")).toArray().size(), 1024);
    QCOMPARE(map.value(QLatin1String("per_token")).toObject().value(QLatin1String("invoice")).toArray().size(), 1024);
    QCOMPARE(map.value(QLatin1String("source")).toString(), QStringLiteral("late"));
    // Within one cell of the square's centre; a transposed grid would put it at (0.25, 0.7).
    const QJsonObject peak = map.value(QLatin1String("peak")).toObject();
    QVERIFY2(std::abs(peak.value(QLatin1String("x")).toDouble() - 0.7) <= 1.0 / 32
                 && std::abs(peak.value(QLatin1String("y")).toDouble() - 0.25) <= 1.0 / 32,
             run.out.constData());
    QImage png(m_dir.filePath(QStringLiteral("heat.png")));
    QVERIFY(!png.isNull());
    QVERIFY(png.height() > png.width());   // the page, with the legend below it
}

void TestLateCli::landscapeImagePeak()
{
    QImage image(1600, 900, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(320 - 60, 675 - 60, 120, 120), QColor(255, 0, 0));   // centred at (0.2, 0.75)
    painter.end();
    const QString path = m_dir.filePath(QStringLiteral("wide.png"));
    QVERIFY(image.save(path));
    const auto run = cli({QStringLiteral("--json"), QStringLiteral("heatmap"), QStringLiteral("invoice"), path,
                          QStringLiteral("--late-url"), m_colqwen.url().toString(), QStringLiteral("--late-model"), kColQwen,
                          QStringLiteral("--late-encoding"), QStringLiteral("float")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject map = json(run);
    // 1600 x 900 within 768 cells of 28 px: 36 x 20 (worked out in tst_lateinteraction).
    QCOMPARE(map.value(QLatin1String("grid")).toArray(), (QJsonArray{36, 20}));
    const QJsonObject peak = map.value(QLatin1String("peak")).toObject();
    QVERIFY2(std::abs(peak.value(QLatin1String("x")).toDouble() - 0.2) <= 1.0 / 36
                 && std::abs(peak.value(QLatin1String("y")).toDouble() - 0.75) <= 1.0 / 20,
             run.out.constData());
    QCOMPARE(m_colqwen.lastRequest().json().value(QLatin1String("encoding_format")).toString(), QStringLiteral("float"));
}

void TestLateCli::termMatchesWithoutServer()
{
    const QString path = m_dir.filePath(QStringLiteral("words.pdf"));
    writePdf(path, QPointF(0.5, 0.5), QStringLiteral("zebra"), QPointF(0.15, 0.9));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PAGELENS_LATE_URL"));
    const auto run = CliRunner(m_library.path(), env)({QStringLiteral("--json"), QStringLiteral("heatmap"), QStringLiteral("Zebra"),
                                                        path + QStringLiteral("#1")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject map = json(run);
    QCOMPARE(map.value(QLatin1String("source")).toString(), QStringLiteral("term matches"));
    QCOMPARE(map.value(QLatin1String("grid")).toArray().at(0).toInt(), 32);
    // The word starts at x 0.15 on the baseline at y 0.9: the peak is on it, not on the red square.
    const QJsonObject peak = map.value(QLatin1String("peak")).toObject();
    const double x = peak.value(QLatin1String("x")).toDouble(), y = peak.value(QLatin1String("y")).toDouble();
    QVERIFY2(x > 0.14 && x < 0.3 && y > 0.85 && y < 0.91, run.out.constData());
}

void TestLateCli::indexOnceAndSearchLate()
{
    const QString other = corpusPath(QStringLiteral("pdfs/docling-2305.03393v1-pg9.pdf"));
    QCOMPARE(cli({QStringLiteral("add"), m_hotPdf, other}).exitCode, 0);
    const QStringList late{QStringLiteral("--late-url"), m_colpali.url().toString(), QStringLiteral("--late-model"), kColPali};

    // No consent: nothing is sent.
    const int before = m_colpali.imagesEmbedded();
    auto run = cli(QStringList{QStringLiteral("index"), QStringLiteral("--privacy"), QStringLiteral("images")} + late);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("2 page image"));
    QCOMPARE(m_colpali.imagesEmbedded(), before);
    // Privacy "text" refuses.
    run = cli(QStringList{QStringLiteral("index"), QStringLiteral("--privacy"), QStringLiteral("text"), QStringLiteral("--yes")} + late);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(m_colpali.imagesEmbedded(), before);

    run = cli(QStringList{QStringLiteral("index"), QStringLiteral("--privacy"), QStringLiteral("images"), QStringLiteral("--yes")} + late);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_colpali.imagesEmbedded(), before + 2);
    // Again: nothing is sent twice.
    run = cli(QStringList{QStringLiteral("index"), QStringLiteral("--privacy"), QStringLiteral("images"), QStringLiteral("--yes")} + late);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_colpali.imagesEmbedded(), before + 2);

    run = cli(QStringList{QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("invoice"), QStringLiteral("--signals"),
                          QStringLiteral("late")} + late);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray hits = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).toObject().value(QLatin1String("path")).toString(), QFileInfo(m_hotPdf).absoluteFilePath());
    const QJsonObject signal = hits.at(0).toObject().value(QLatin1String("signals")).toObject().value(QLatin1String("late")).toObject();
    QCOMPARE(signal.value(QLatin1String("rank")).toInt(), 1);
    // MaxSim of [start, invoice, 3 augmentation rows]: the hot patch answers "invoice" with ~1.
    QVERIFY(signal.value(QLatin1String("score")).toDouble() > 1.0);

    // Fused with BM25; and without a server the late signal is skipped with its reason.
    run = cli(QStringList{QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("invoice"), QStringLiteral("--signals"),
                          QStringLiteral("bm25,late")} + late);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PAGELENS_LATE_URL"));
    env.remove(QStringLiteral("PAGELENS_LATE_MODEL"));
    run = CliRunner(m_library.path(), env)({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("table"),
                                            QStringLiteral("--signals"), QStringLiteral("bm25,late")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject first = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    QVERIFY(first.value(QLatin1String("skipped")).toObject().value(QLatin1String("late")).toString().contains(QLatin1String("--late-url")));

    // Another model: refused without --reembed, everything sent again with it.
    const QStringList qwen{QStringLiteral("--late-url"), m_colqwen.url().toString(), QStringLiteral("--late-model"), kColQwen};
    run = cli(QStringList{QStringLiteral("index"), QStringLiteral("--privacy"), QStringLiteral("images"), QStringLiteral("--yes")} + qwen);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("--reembed"));
    const int qwenBefore = m_colqwen.imagesEmbedded();
    run = cli(QStringList{QStringLiteral("index"), QStringLiteral("--privacy"), QStringLiteral("images"), QStringLiteral("--yes"),
                          QStringLiteral("--reembed")} + qwen);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_colqwen.imagesEmbedded(), qwenBefore + 2);
    run = cli(QStringList{QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("invoice"), QStringLiteral("--signals"),
                          QStringLiteral("late")} + qwen);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).array().at(0).toObject().value(QLatin1String("path")).toString(),
             QFileInfo(m_hotPdf).absoluteFilePath());
}

void TestLateCli::serverErrors()
{
    // A model the server does not serve: exit 3 with the server's reason.
    auto run = cli({QStringLiteral("heatmap"), QStringLiteral("invoice"), m_hotPdf, QStringLiteral("--late-url"), m_colpali.url().toString(),
                    QStringLiteral("--late-model"), QStringLiteral("vidore/colpali-v1.3-merged")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("colpali-v1.3-merged"), run.err.constData());
    // Half a configuration is a usage error.
    run = cli({QStringLiteral("heatmap"), QStringLiteral("invoice"), m_hotPdf, QStringLiteral("--late-url"), m_colpali.url().toString()});
    QCOMPARE(run.exitCode, 1);
}

void TestLateCli::vllmDialect()
{
    // The same page through vLLM's /pooling: heatmap peak on the square, indexing once, the late signal.
    QTemporaryDir library;
    const auto run = [&library](const QStringList &args) { return CliRunner(library.path())(args); };
    const QStringList late{QStringLiteral("--late-url"), m_vllm.url().toString(), QStringLiteral("--late-model"), kColPali,
                           QStringLiteral("--late-dialect"), QStringLiteral("vllm")};
    auto result = run(QStringList{QStringLiteral("--json"), QStringLiteral("heatmap"), QStringLiteral("invoice"), m_hotPdf + QStringLiteral("#1")} + late);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject peak = json(result).value(QLatin1String("peak")).toObject();
    QVERIFY2(std::abs(peak.value(QLatin1String("x")).toDouble() - 0.7) <= 1.0 / 32
                 && std::abs(peak.value(QLatin1String("y")).toDouble() - 0.25) <= 1.0 / 32,
             result.out.constData());

    const QString other = corpusPath(QStringLiteral("pdfs/docling-2305.03393v1-pg9.pdf"));
    QCOMPARE(run({QStringLiteral("add"), m_hotPdf, other}).exitCode, 0);
    const int before = m_vllm.imagesEmbedded();
    result = run(QStringList{QStringLiteral("index"), QStringLiteral("--privacy"), QStringLiteral("images"), QStringLiteral("--yes")} + late);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_vllm.imagesEmbedded(), before + 2);
    result = run(QStringList{QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("invoice"), QStringLiteral("--signals"),
                             QStringLiteral("late")} + late);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject first = QJsonDocument::fromJson(result.out).array().at(0).toObject();
    QCOMPARE(first.value(QLatin1String("path")).toString(), QFileInfo(m_hotPdf).absoluteFilePath());
    QCOMPARE(first.value(QLatin1String("signals")).toObject().value(QLatin1String("late")).toObject().value(QLatin1String("rank")).toInt(), 1);

    // A dialect that does not exist is a usage error; infinity's path on a vLLM server says to check the dialect.
    result = run({QStringLiteral("heatmap"), QStringLiteral("invoice"), m_hotPdf, QStringLiteral("--late-url"), m_vllm.url().toString(),
                  QStringLiteral("--late-model"), kColPali, QStringLiteral("--late-dialect"), QStringLiteral("tei")});
    QCOMPARE(result.exitCode, 1);
    result = run({QStringLiteral("heatmap"), QStringLiteral("invoice"), m_hotPdf, QStringLiteral("--late-url"), m_vllm.url().toString(),
                  QStringLiteral("--late-model"), kColPali});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains("--late-dialect"), result.err.constData());
}

QTEST_MAIN(TestLateCli)
#include "tst_latecli.moc"
