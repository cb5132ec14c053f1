// SPDX-License-Identifier: MIT
// LateInteractionClient against a fake infinity server (wire format, encodings, error bodies,
// retries) and PatchGrid against sizes worked out by hand from the models' processors.
#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QtTest>

#include "core/llm/futureresult.h"
#include "core/llm/lateinteractionclient.h"
#include "core/llm/patchgrid.h"
#include "tests/fakes/fakeinfinityserver.h"

using namespace PageLens;
using namespace PageLens::Test;

namespace {

const QString kColPali = QStringLiteral("vidore/colpali-v1.2-merged");

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/** A white image with a pure red square over the given pixels. */
QImage withRedSquare(QSize size, QRect square)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = square.top(); y <= square.bottom(); ++y)
        for (int x = square.left(); x <= square.right(); ++x)
            image.setPixel(x, y, qRgb(255, 0, 0));
    return image;
}

float dot(const float *a, const QVector<float> &b)
{
    float sum = 0;
    for (qsizetype i = 0; i < b.size(); ++i)
        sum += a[i] * b[i];
    return sum;
}

} // namespace

class TestLateInteraction : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void base64AndFloatGiveTheSameRows();
    void requestIsInfinityShaped();
    void acceptsEmbeddingsAndFlatVectors();
    void errorBodies();
    void retriesOverload();
    void keyOnlyWhereAllowed();
    void paliGemmaGrid();
    void qwenGrid();
    void unknownModelHasNoGrid();
    void vllmGivesTheSameRowsOneImageAtATime();
    void vllmRequestIsPoolingShaped();
    void vllmErrorBodies();

private:
    LateConfig config(LateConfig::Encoding encoding) const;

    std::unique_ptr<FakeInfinityServer> m_fake;
};

void TestLateInteraction::init()
{
    m_fake = std::make_unique<FakeInfinityServer>(kColPali, QStringLiteral("invoice"));
    QVERIFY(m_fake->start());
}

void TestLateInteraction::cleanup()
{
    m_fake.reset();
}

LateConfig TestLateInteraction::config(LateConfig::Encoding encoding) const
{
    LateConfig config;
    config.url = m_fake->url().toString() + QStringLiteral("/");
    config.model = kColPali;
    config.encoding = encoding;
    return config;
}

void TestLateInteraction::base64AndFloatGiveTheSameRows()
{
    // Red over the patch at column 5, row 3 of ColPali's 32 × 32 grid of 14 px patches.
    const QByteArray image = png(withRedSquare({448, 448}, QRect(5 * 14, 3 * 14, 14, 14)));
    LateInteractionClient base64(config(LateConfig::Encoding::Base64));
    LateInteractionClient floats(config(LateConfig::Encoding::Float));
    const auto a = awaitResult(base64.embedImages({image}, QStringLiteral("image/png")));
    const auto b = awaitResult(floats.embedImages({image}, QStringLiteral("image/png")));
    QVERIFY2(a && b, qPrintable((a ? b.error() : a.error()).toLogString()));
    QCOMPARE(a->size(), 1);
    QCOMPARE(a->first().rows, 1030);   // 1024 patches and 6 prompt tokens, as colpali-v1.2 answers
    QCOMPARE(a->first().dim, 128);
    QCOMPARE(b->first().rows, 1030);
    for (size_t i = 0; i < a->first().values.size(); ++i)
        QVERIFY(std::abs(a->first().values[i] - b->first().values[i]) < 1e-6f);
    // Row 3 * 32 + 5 is the hot vector; another row is that patch's own vector.
    QVERIFY(dot(a->first().row(3 * 32 + 5), FakeInfinityServer::hotVector()) > 0.999f);
    QVERIFY(dot(a->first().row(0), FakeInfinityServer::hashedVector(QStringLiteral("patch-0-0"))) > 0.999f);

    const auto text = awaitResult(base64.embedTexts({QStringLiteral("total invoice")}));
    QVERIFY(text);
    QCOMPARE(text->first().rows, 6);   // start, two words, three augmentation rows
    QVERIFY(dot(text->first().row(2), FakeInfinityServer::hotVector()) > 0.999f);
}

void TestLateInteraction::requestIsInfinityShaped()
{
    LateInteractionClient client(config(LateConfig::Encoding::Base64));
    QVERIFY(awaitResult(client.embedImages({png(withRedSquare({100, 50}, {}))}, QStringLiteral("image/png"))));
    const QJsonObject body = m_fake->lastRequest().json();
    QCOMPARE(m_fake->lastRequest().path, QStringLiteral("/embeddings"));
    QCOMPARE(body.value(QLatin1String("model")).toString(), kColPali);
    QCOMPARE(body.value(QLatin1String("modality")).toString(), QStringLiteral("image"));
    QCOMPARE(body.value(QLatin1String("encoding_format")).toString(), QStringLiteral("base64"));
    QVERIFY(body.value(QLatin1String("input")).toArray().at(0).toString().startsWith(QLatin1String("data:image/png;base64,iVBOR")));
    QVERIFY(awaitResult(client.embedTexts({QStringLiteral("a"), QStringLiteral("b")})));
    QCOMPARE(m_fake->lastRequest().json().value(QLatin1String("modality")).toString(), QStringLiteral("text"));
    QCOMPARE(m_fake->lastRequest().json().value(QLatin1String("input")).toArray().size(), 2);
}

void TestLateInteraction::acceptsEmbeddingsAndFlatVectors()
{
    // Out of order, `embeddings` for `embedding`, and one flat vector.
    m_fake->enqueue(QStringLiteral("/embeddings"), FakeResponse::json(200, QByteArrayLiteral(
        R"({"data":[{"index":1,"embeddings":[0.5,0.25]},{"index":0,"embeddings":[[1,2],[3,4],[5,6]]}],"model":"m","usage":{}})")));
    LateInteractionClient client(config(LateConfig::Encoding::Float));
    const auto result = awaitResult(client.embedTexts({QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
    QCOMPARE(result->at(0).rows, 3);
    QCOMPARE(result->at(0).dim, 2);
    QCOMPARE(result->at(0).values[5], 6.0f);
    QCOMPARE(result->at(1).rows, 1);
    QCOMPARE(result->at(1).values[1], 0.25f);

    // base64 that is not whole rows of the configured width is an error, not a misread.
    m_fake->enqueue(QStringLiteral("/embeddings"), FakeResponse::json(200, QByteArrayLiteral(
        R"({"data":[{"index":0,"embedding":"AACAPwAAAEA="}],"model":"m","usage":{}})")));   // 2 floats, dim 128
    const auto partial = awaitResult(client.embedTexts({QStringLiteral("a")}));
    QVERIFY(!partial);
    QCOMPARE(partial.error().code, Error::Code::BadResponse);
    m_fake->enqueue(QStringLiteral("/embeddings"), FakeResponse::json(200, QByteArrayLiteral(R"({"data":[],"model":"m"})")));
    QCOMPARE(awaitResult(client.embedTexts({QStringLiteral("a")})).error().code, Error::Code::BadResponse);
}

void TestLateInteraction::errorBodies()
{
    LateConfig wrongModel = config(LateConfig::Encoding::Base64);
    wrongModel.model = QStringLiteral("vidore/colqwen2-v1.0");
    LateInteractionClient wrong(wrongModel);
    const auto notServed = awaitResult(wrong.embedTexts({QStringLiteral("x")}));
    QVERIFY(!notServed);
    QCOMPARE(notServed.error().code, Error::Code::ModelNotFound);
    QVERIFY(notServed.error().message.contains(QLatin1String("colqwen2-v1.0")));

    m_fake->setRequiredKey("sekret");
    LateInteractionClient noKey(config(LateConfig::Encoding::Base64));
    const auto refused = awaitResult(noKey.embedTexts({QStringLiteral("x")}));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidKey);
    QVERIFY(refused.error().detail.contains(QLatin1String("Unauthorized")));
    m_fake->setRequiredKey({});

    m_fake->enqueue(QStringLiteral("/embeddings"), FakeResponse::json(422, QByteArrayLiteral(
        R"({"detail":[{"type":"missing","loc":["body","input"],"msg":"Field required","input":{}}]})")));
    LateInteractionClient client(config(LateConfig::Encoding::Base64));
    const auto invalid = awaitResult(client.embedTexts({QStringLiteral("x")}));
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, Error::Code::InvalidArgument);
    QVERIFY2(invalid.error().message.contains(QLatin1String("body.input: Field required")), qPrintable(invalid.error().message));

    // A broken image, as the real server words it.
    const auto corrupt = awaitResult(client.embedImages({QByteArray("not an image")}, QStringLiteral("image/png")));
    QVERIFY(!corrupt);
    QCOMPARE(corrupt.error().code, Error::Code::InvalidArgument);
    QVERIFY(corrupt.error().message.contains(QLatin1String("ImageCorruption")));
}

void TestLateInteraction::retriesOverload()
{
    LateInteractionClient client(config(LateConfig::Encoding::Base64));
    client.http()->setScheduler([](std::chrono::milliseconds, QObject *context, std::function<void()> fire) {
        QMetaObject::invokeMethod(context, std::move(fire), Qt::QueuedConnection);
    });
    m_fake->enqueue(QStringLiteral("/embeddings"), FakeResponse::json(429, QByteArrayLiteral(
        R"({"error":{"message":"model vidore/colpali-v1.2-merged is currently overloaded","type":null,"param":null,"code":429}})")));
    m_fake->enqueue(QStringLiteral("/embeddings"), FakeResponse::json(503, QByteArrayLiteral(R"({"detail":"Service Unavailable"})")));
    const auto result = awaitResult(client.embedTexts({QStringLiteral("invoice")}));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
    QCOMPARE(m_fake->count(QStringLiteral("/embeddings")), 3);
}

void TestLateInteraction::keyOnlyWhereAllowed()
{
    LateConfig withKey = config(LateConfig::Encoding::Base64);
    withKey.apiKey = QStringLiteral("sekret");
    LateInteractionClient local(withKey);   // 127.0.0.1 over http: no key unless opted in
    QVERIFY(awaitResult(local.embedTexts({QStringLiteral("x")})));
    QVERIFY(m_fake->lastRequest().header("authorization").isEmpty());
    withKey.sendKey = true;
    m_fake->setRequiredKey("sekret");
    LateInteractionClient optedIn(withKey);
    QVERIFY(awaitResult(optedIn.embedTexts({QStringLiteral("x")})));
    QCOMPARE(m_fake->lastRequest().header("authorization"), QByteArray("Bearer sekret"));
}

void TestLateInteraction::paliGemmaGrid()
{
    QCOMPARE(PatchGrid::familyOf(QStringLiteral("vidore/colpali-v1.3-merged")), PatchGrid::Family::PaliGemma);
    const PatchGrid grid = PatchGrid::forPage(PatchGrid::Family::PaliGemma, QSizeF(595, 842));
    QCOMPARE(grid.columns(), 32);
    QCOMPARE(grid.rows(), 32);
    QCOMPARE(grid.inputSize(), QSize(448, 448));
    QCOMPARE(*grid.firstPatchRow(1030), 0);
    QVERIFY(!grid.firstPatchRow(1000));
}

void TestLateInteraction::qwenGrid()
{
    QCOMPARE(PatchGrid::familyOf(QStringLiteral("michaelfeil/colqwen2-v0.1")), PatchGrid::Family::Qwen2);
    QCOMPARE(PatchGrid::familyOf(QStringLiteral("vidore/colqwen2.5-v0.2")), PatchGrid::Family::Qwen2);
    // A4 portrait: sqrt(768 / (595 * 842)) * 595 = 23.3 columns, * 842 = 32.97 rows -> 23 x 32 cells of 28 px.
    const PatchGrid a4 = PatchGrid::forPage(PatchGrid::Family::Qwen2, QSizeF(595, 842));
    QCOMPARE(a4.columns(), 23);
    QCOMPARE(a4.rows(), 32);
    QCOMPARE(a4.inputSize(), QSize(644, 896));
    // 1600 x 900 landscape: 36.95 x 20.78 -> 36 x 20.
    const PatchGrid wide = PatchGrid::forPage(PatchGrid::Family::Qwen2, QSizeF(1600, 900));
    QCOMPARE(wide.columns(), 36);
    QCOMPARE(wide.rows(), 20);
    // 4 prompt rows, 720 cells, 7 prompt rows; two rows of left padding move the grid, not the end.
    QCOMPARE(*wide.firstPatchRow(731), 4);
    QCOMPARE(*wide.firstPatchRow(733), 6);
    QVERIFY(!wide.firstPatchRow(730));

    // The fake (Qwen2-VL's smart_resize) leaves the size PageLens sends as it is: one row per cell.
    FakeInfinityServer qwen(QStringLiteral("michaelfeil/colqwen2-v0.1"), QStringLiteral("invoice"));
    QVERIFY(qwen.start());
    LateConfig config;
    config.url = qwen.url().toString();
    config.model = QStringLiteral("michaelfeil/colqwen2-v0.1");
    LateInteractionClient client(config);
    const auto rows = awaitResult(client.embedImages({png(withRedSquare(wide.inputSize(), {}))}, QStringLiteral("image/png")));
    QVERIFY(rows);
    QCOMPARE(rows->first().rows, 4 + 36 * 20 + 7);
}

void TestLateInteraction::unknownModelHasNoGrid()
{
    QCOMPARE(PatchGrid::familyOf(QStringLiteral("jinaai/jina-clip-v2")), PatchGrid::Family::Unknown);
    const PatchGrid grid = PatchGrid::forPage(PatchGrid::Family::Unknown, QSizeF(842, 595));
    QVERIFY(!grid.hasGrid());
    QCOMPARE(grid.inputSize(), QSize(1024, 724));
    QCOMPARE(*grid.firstPatchRow(17), 0);
}

QTEST_MAIN(TestLateInteraction)
void TestLateInteraction::vllmGivesTheSameRowsOneImageAtATime()
{
    // Two pages with the red patch in different cells: vLLM's answers must match infinity's rows,
    // in input order, although each image is its own request.
    const QByteArray first = png(withRedSquare({448, 448}, QRect(5 * 14, 3 * 14, 14, 14)));
    const QByteArray second = png(withRedSquare({448, 448}, QRect(30 * 14, 20 * 14, 14, 14)));
    LateInteractionClient infinity(config(LateConfig::Encoding::Float));
    const auto expected = awaitResult(infinity.embedImages({first, second}, QStringLiteral("image/png")));
    QVERIFY(expected);

    FakeInfinityServer vllm(kColPali, QStringLiteral("invoice"));
    vllm.setVllm(true);
    QVERIFY(vllm.start());
    for (const auto encoding : {LateConfig::Encoding::Base64, LateConfig::Encoding::Float}) {
        LateConfig settings = config(encoding);
        settings.url = vllm.url().toString();
        settings.dialect = LateConfig::Dialect::Vllm;
        LateInteractionClient client(settings);
        const auto images = awaitResult(client.embedImages({first, second}, QStringLiteral("image/png")));
        QVERIFY2(images, qPrintable(images ? QString() : images.error().toLogString()));
        QCOMPARE(images->size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(images->at(i).rows, 1030);
            QCOMPARE(images->at(i).dim, 128);
            for (size_t v = 0; v < images->at(i).values.size(); ++v)
                QVERIFY(std::abs(images->at(i).values[v] - expected->at(i).values[v]) < 1e-6f);
        }
        QVERIFY(dot(images->at(0).row(3 * 32 + 5), FakeInfinityServer::hotVector()) > 0.999f);
        QVERIFY(dot(images->at(1).row(20 * 32 + 30), FakeInfinityServer::hotVector()) > 0.999f);
        QVERIFY(dot(images->at(1).row(3 * 32 + 5), FakeInfinityServer::hotVector()) < 0.5f);

        const auto text = awaitResult(client.embedTexts({QStringLiteral("total invoice"), QStringLiteral("x")}));
        QVERIFY(text);
        QCOMPARE(text->size(), 2);
        QCOMPARE(text->first().rows, 6);
        QVERIFY(dot(text->first().row(2), FakeInfinityServer::hotVector()) > 0.999f);
    }
    QCOMPARE(vllm.count(QStringLiteral("/pooling")), 6); // 2 images + 1 text request, twice
    QCOMPARE(vllm.imagesEmbedded(), 4);
}

void TestLateInteraction::vllmRequestIsPoolingShaped()
{
    FakeInfinityServer vllm(kColPali, QStringLiteral("invoice"));
    vllm.setVllm(true);
    QVERIFY(vllm.start());
    LateConfig settings = config(LateConfig::Encoding::Base64);
    settings.url = vllm.url().toString() + QStringLiteral("/");
    settings.dialect = LateConfig::Dialect::Vllm;
    LateInteractionClient client(settings);
    QVERIFY(awaitResult(client.embedImages({png(withRedSquare({100, 50}, {}))}, QStringLiteral("image/png"))));
    const FakeRequest request = vllm.lastRequest();
    QCOMPARE(request.path, QStringLiteral("/pooling"));
    const QJsonObject body = request.json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), kColPali);
    QCOMPARE(body.value(QLatin1String("task")).toString(), QStringLiteral("token_embed"));
    QCOMPARE(body.value(QLatin1String("encoding_format")).toString(), QStringLiteral("base64"));
    QCOMPARE(body.value(QLatin1String("embed_dtype")).toString(), QStringLiteral("float32"));
    QCOMPARE(body.value(QLatin1String("endianness")).toString(), QStringLiteral("little"));
    QVERIFY(!body.contains(QLatin1String("input")));
    const QJsonObject message = body.value(QLatin1String("messages")).toArray().at(0).toObject();
    QCOMPARE(message.value(QLatin1String("role")).toString(), QStringLiteral("user"));
    const QJsonObject part = message.value(QLatin1String("content")).toArray().at(0).toObject();
    QCOMPARE(part.value(QLatin1String("type")).toString(), QStringLiteral("image_url"));
    QVERIFY(part.value(QLatin1String("image_url")).toObject().value(QLatin1String("url")).toString().startsWith(
        QLatin1String("data:image/png;base64,iVBOR")));

    QVERIFY(awaitResult(client.embedTexts({QStringLiteral("a"), QStringLiteral("b")})));
    const QJsonObject text = vllm.lastRequest().json();
    QCOMPARE(text.value(QLatin1String("input")).toArray().size(), 2);
    QVERIFY(!text.contains(QLatin1String("messages")));
    QVERIFY(!text.contains(QLatin1String("modality")));
}

void TestLateInteraction::vllmErrorBodies()
{
    FakeInfinityServer vllm(kColPali, QStringLiteral("invoice"));
    vllm.setVllm(true);
    QVERIFY(vllm.start());
    LateConfig settings = config(LateConfig::Encoding::Base64);
    settings.url = vllm.url().toString();
    settings.dialect = LateConfig::Dialect::Vllm;
    settings.model = QStringLiteral("vidore/colqwen2-v1.0");
    for (const bool legacy : {false, true}) {
        vllm.setVllmLegacyErrors(legacy);
        LateInteractionClient wrong(settings);
        const auto notServed = awaitResult(wrong.embedTexts({QStringLiteral("x")}));
        QVERIFY(!notServed);
        QCOMPARE(notServed.error().code, Error::Code::ModelNotFound);
        QVERIFY2(notServed.error().message.contains(QLatin1String("colqwen2-v1.0")) || notServed.error().detail.contains(QLatin1String("colqwen2-v1.0")),
                 qPrintable(notServed.error().toLogString()));
    }

    // A broken image: the server's words reach the user; the second image is never sent.
    settings.model = kColPali;
    LateInteractionClient client(settings);
    const auto corrupt = awaitResult(client.embedImages({QByteArray("not an image"), png(withRedSquare({10, 10}, {}))},
                                                        QStringLiteral("image/png")));
    QVERIFY(!corrupt);
    QCOMPARE(corrupt.error().code, Error::Code::InvalidArgument);
    QVERIFY2(corrupt.error().toLogString().contains(QLatin1String("Failed to load image")), qPrintable(corrupt.error().toLogString()));
    QCOMPARE(vllm.imagesEmbedded(), 0);

    // An infinity client pointed at a vLLM server gets vLLM's 404, not vectors.
    LateConfig infinity = settings;
    infinity.dialect = LateConfig::Dialect::Infinity;
    LateInteractionClient misdirected(infinity);
    const auto missing = awaitResult(misdirected.embedTexts({QStringLiteral("x")}));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::InvalidArgument);
    QVERIFY2(missing.error().message.contains(QLatin1String("--late-dialect")), qPrintable(missing.error().message));
}

#include "tst_lateinteraction.moc"
