// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

#include "tests/fakes/fakehttpserver.h"

namespace PageLens::Test {

/**
 * A fake infinity server (`infinity_emb v2`) serving one ColPali-family model at /embeddings, as
 * infinity answers (OpenAI-shaped list, float rows or base64 of little-endian float32 rows,
 * OpenAI error envelope with a numeric code, FastAPI's {"detail"} for 401 and 422).
 *
 * Images are decoded and resized as the model's processor does (PaliGemma: 448 × 448, 14 px
 * patches; Qwen2-VL: smart_resize to multiples of 28 within 768 visual tokens, 28 px cells) and each
 * patch becomes a deterministic unit vector; a patch that is mostly pure red (#ff0000) in the image
 * becomes the "hot" vector instead. Rows are laid out like the real model: PaliGemma gives the
 * 1024 grid rows then 6 prompt rows; Qwen2 4 prompt rows, the grid, 7 prompt rows. A text becomes a
 * start row, one row per word (the hot word maps to the hot vector, others hashed) and a few
 * augmentation rows. Nothing depends on PageLens's code.
 *
 * setVllm(true) makes it a `vllm serve M --runner pooling` server instead: POST /pooling with
 * "task": "token_embed", texts in "input", one image per chat request ("messages" with an
 * image_url part), answers {"data": [{"index", "object": "pooling", "data"}]} with base64 in the
 * requested "embed_dtype"/"endianness", and vLLM's error envelope ({"error": {"message", "type",
 * "param", "code"}}; with setVllmLegacyErrors the flat {"object": "error", ...} of vLLM < 0.10).
 */
class FakeInfinityServer : public FakeHttpServer
{
    Q_OBJECT
public:
    static constexpr int kDim = 128;

    FakeInfinityServer(QString servedModel, QString hotWord, QObject *parent = nullptr);

    /** When set, requests without `Authorization: Bearer <key>` get 401 {"detail": "Unauthorized"}. */
    void setRequiredKey(const QByteArray &key) { m_requiredKey = key; }
    void setVllm(bool vllm) { m_vllm = vllm; }
    void setVllmLegacyErrors(bool legacy) { m_vllmLegacyErrors = legacy; }
    /** How many images it embedded (to check nothing is sent twice). */
    int imagesEmbedded() const;
    /** The hot vector, and the deterministic vector of anything else, for tests. */
    static QVector<float> hotVector();
    static QVector<float> hashedVector(const QString &seed);

protected:
    FakeResponse respond(const FakeRequest &request) override;

private:
    FakeResponse embeddings(const FakeRequest &request);
    FakeResponse pooling(const FakeRequest &request);
    FakeResponse vllmError(int status, const QString &type, const QString &message) const;
    QJsonValue encoded(const QVector<QVector<float>> &rows, bool base64, bool bigEndian) const;
    QVector<QVector<float>> imageRows(const QImage &image) const;
    QVector<QVector<float>> textRows(const QString &text) const;

    QString m_model;
    QString m_hotWord;
    QByteArray m_requiredKey;
    bool m_vllm = false;
    bool m_vllmLegacyErrors = false;
    mutable QMutex m_countMutex;
    int m_images = 0;
};

} // namespace PageLens::Test
