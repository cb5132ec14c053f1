// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "core/common/result.h"
#include "core/llm/provider.h"

namespace PageLens {

/** A Files API resource (GET /v1beta/files/{id}, or the upload answer's `file`). */
struct GeminiFile {
    QString name;       // "files/abc-123"
    QString uri;
    QString mimeType;
    QString state;      // PROCESSING, ACTIVE, FAILED
    QString errorMessage;
};

/**
 * The Gemini v1beta JSON mapping: request bodies from PageLens types, and every response shape
 * parsed with all fields optional (proto3 JSON omits defaults). No I/O.
 */
class GeminiCodec
{
    Q_DECLARE_TR_FUNCTIONS(GeminiCodec)
public:
    /** What a (streamed) response has said so far. */
    struct Accumulator {
        GenerateResponse response;
        QString blockReason;
        QString blockMessage;
        bool sawCandidate = false;
        bool sawParts = false;
    };

    static QJsonObject requestPart(const ContentPart &part);
    static QJsonObject generateBody(const GenerateRequest &request);
    static QJsonObject countTokensBody(const QString &model, const GenerateRequest &request);
    static QJsonObject batchEmbedBody(const QString &model, const QStringList &texts, EmbedTask task, int dimensions);

    static ContentPart responsePart(const QJsonObject &part);
    static Usage parseUsage(const QJsonObject &usageMetadata);
    /** Folds one GenerateContentResponse (a whole answer or one stream chunk) into `acc`. */
    static void merge(Accumulator &acc, const QJsonObject &chunk);
    /** The final answer, or a clear error for blocked, truncated, empty or invalid output. */
    static Result<GenerateResponse> finish(Accumulator acc, const QJsonObject &schema = {});

    /** Vectors in request order, L2-normalized (reduced gemini-embedding-001 vectors are not). */
    static Result<QVector<QVector<float>>> parseEmbeddings(const QJsonObject &body, int expected);
    static Result<int> parseCountTokens(const QJsonObject &body);
    static GeminiFile parseFile(const QJsonObject &body);
    static void normalize(QVector<float> &vector);
    /** Whether an embedding value is a finite float: NaN, infinity or beyond float would poison the index. */
    static bool isEmbeddingValue(double value);
};

} // namespace PageLens
