// SPDX-License-Identifier: MIT
// The worker's side of the document-worker protocol, in-process: the input is a file handed to
// pagelens-docworker, asked for as the indexer asks ("open", then "page" for the first page and for
// one past the last). OCR runs at a low resolution so an input costs milliseconds, not seconds.
// Held to: every answer is "ok" or an error that says why; every answer travels as one whole frame
// and comes back equal; a page answer decodes on the indexer's side, in [0,1] page space; the
// page after the last is an error.
#include <QCborValue>

#include "core/ingest/documentworker.h"
#include "core/ingest/workerprotocol.h"
#include "core/media/imagecodec.h"
#include "tests/fuzz/fuzzenvironment.h"

using namespace PageLens;
using PageLens::Fuzz::FuzzEnvironment;

namespace {

QCborMap ask(const QCborMap &request)
{
    const QCborMap answer = DocumentWorker::answer(request);
    const bool ok = answer.value(QStringLiteral("ok")).toBool();
    FuzzEnvironment::require(ok || !answer.value(QStringLiteral("message")).toString().isEmpty(), "a refusal says why");
    QByteArray stream = WorkerProtocol::frame(answer);
    const auto taken = WorkerProtocol::takeFrame(stream);
    FuzzEnvironment::require(taken && *taken && stream.isEmpty() && (*taken)->toCborValue().toCbor() == answer.toCborValue().toCbor(),
                             "an answer travels as one whole frame");
    return answer;
}

void requirePage(const QCborMap &answer)
{
    if (!answer.value(QStringLiteral("ok")).toBool())
        return;
    const auto record = WorkerProtocol::decodeRecord(answer);
    FuzzEnvironment::require(bool(record), "the indexer reads every page the worker answers");
    for (const Word &word : std::as_const(record->text.words))
        FuzzEnvironment::require(word.box.left >= 0 && word.box.top >= 0 && word.box.right <= 1 && word.box.bottom <= 1,
                                 "word boxes lie in [0,1] page space");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzEnvironment::start();
    ImageCodec::applyAllocationLimit();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int inputs = 0;
    const QString path = FuzzEnvironment::writeScratchFile(data, size);
    // The worker keeps the last document open by path and version: a new version per input.
    const QString version = QString::number(++inputs);
    const QCborMap opened = ask(QCborMap{{QStringLiteral("op"), QStringLiteral("open")}, {QStringLiteral("path"), path}});
    if (!opened.value(QStringLiteral("ok")).toBool())
        return 0;
    const qint64 pages = WorkerProtocol::integer(opened.value(QStringLiteral("pages")), -1);
    FuzzEnvironment::require(pages >= 0, "an opened document has a page count");
    for (const qint64 page : {qint64(0), pages}) {
        const QCborMap answer = ask(QCborMap{{QStringLiteral("op"), QStringLiteral("page")},
                                             {QStringLiteral("path"), path},
                                             {QStringLiteral("page"), page},
                                             {QStringLiteral("version"), version},
                                             {QStringLiteral("ocrLanguages"), QStringLiteral("eng")},
                                             {QStringLiteral("ocrDpi"), 24.0},
                                             {QStringLiteral("minTextLayerChars"), 1}});
        if (page >= pages)
            FuzzEnvironment::require(!answer.value(QStringLiteral("ok")).toBool(), "there is no page after the last");
        requirePage(answer);
    }
    return 0;
}
