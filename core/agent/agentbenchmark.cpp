// SPDX-License-Identifier: MIT
#include "core/agent/agentbenchmark.h"

#include <algorithm>
#include <ctime>
#include <random>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "core/agent/agentloop.h"
#include "core/agent/agenttools.h"
#include "core/library/catalog.h"
#include "core/library/library.h"
#include "core/llm/geminicodec.h"
#include "core/service/libraryservice.h"

namespace PageLens {

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/** Zipf-like page text over a fixed vocabulary, so searches hit hundreds of pages as real ones do. */
QString pageText(std::mt19937 &random, const QStringList &vocabulary)
{
    std::geometric_distribution<int> rank(0.02);
    QStringList words;
    for (int i = 0; i < 250; ++i)
        words << vocabulary.at(std::min<int>(rank(random), int(vocabulary.size()) - 1));
    return words.join(QLatin1Char(' '));
}

} // namespace

QString AgentBenchmark::Report::toText() const
{
    return QStringLiteral("agent, %1 pages, %2 steps (setup %3 s)\n"
                          "  search_library  %4 ms\n  view_page       %5 ms (render + WEBP)\n  read_page_text  %6 ms\n"
                          "  encode request  %7 ms (%8 KiB: 8 tool rounds with images)\n  step            %9 ms (median, model excluded)\n"
                          "  step CPU        %10 ms (all threads; load average %11)\n")
        .arg(pages).arg(steps).arg(setupSeconds, 0, 'f', 1)
        .arg(searchMs, 0, 'f', 2).arg(viewMs, 0, 'f', 2).arg(readMs, 0, 'f', 2)
        .arg(encodeMs, 0, 'f', 2).arg(requestBytes / 1024).arg(stepMs, 0, 'f', 2)
        .arg(stepCpuMs, 0, 'f', 2).arg(loadAverage, 0, 'f', 1);
}

QJsonObject AgentBenchmark::Report::toJson() const
{
    return QJsonObject{{QStringLiteral("pages"), pages}, {QStringLiteral("steps"), steps},
                       {QStringLiteral("setup_s"), setupSeconds}, {QStringLiteral("search_ms"), searchMs},
                       {QStringLiteral("view_ms"), viewMs}, {QStringLiteral("read_ms"), readMs},
                       {QStringLiteral("encode_ms"), encodeMs}, {QStringLiteral("step_ms"), stepMs},
                       {QStringLiteral("request_bytes"), requestBytes},
                       {QStringLiteral("step_cpu_ms"), stepCpuMs}, {QStringLiteral("load_average"), loadAverage}};
}

Result<AgentBenchmark::Report> AgentBenchmark::run(const Options &options)
{
    if (!QFileInfo(options.imagePath).isReadable())
        return fail(Error::Code::Io, QStringLiteral("Cannot read %1.").arg(options.imagePath));
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    Report report;
    report.pages = options.pages;
    report.steps = options.steps;
    {
        auto catalog = Catalog::open(dir.path());
        if (!catalog)
            return tl::unexpected(catalog.error());
        QStringList vocabulary;
        for (int i = 0; i < 2000; ++i)
            vocabulary << QStringLiteral("w%1").arg(i);
        std::mt19937 random(7);
        const int perDocument = 10;
        for (int first = 0; first < options.pages; first += perDocument) {
            DocumentInfo doc;
            const bool image = first == 0;   // the first document is the real page view_page renders
            doc.path = image ? QFileInfo(options.imagePath).absoluteFilePath() : QStringLiteral("/bench/doc-%1.pdf").arg(first);
            doc.kind = image ? QStringLiteral("image") : QStringLiteral("pdf");
            doc.hash = QStringLiteral("h%1").arg(first);
            doc.pageCount = image ? 1 : std::min(perDocument, options.pages - first);
            auto id = (*catalog)->insertDocument(doc);
            if (!id)
                return tl::unexpected(id.error());
            doc.id = *id;
            QVector<PageRecord> pages;
            for (int p = 0; p < doc.pageCount; ++p) {
                PageRecord record;
                record.ref = PageRef{doc.id, p};
                record.size = QSizeF(612, 792);
                record.text.source = PageText::Source::TextLayer;
                record.text.text = pageText(random, vocabulary) + (image ? QStringLiteral(" kitten") : QString());
                pages.append(record);
            }
            if (auto committed = (*catalog)->commitDocument(doc, pages); !committed)
                return tl::unexpected(committed.error());
        }
    }
    auto service = LibraryService::open(dir.path(), {});
    if (!service)
        return tl::unexpected(service.error());
    report.setupSeconds = timer.elapsed() / 1000.0;

    AgentTools::Options toolOptions;
    toolOptions.privacy = Privacy::Images;
    toolOptions.search.signalNames = {QStringLiteral("bm25")};
    AgentTools tools(*service, toolOptions);
    SourceList sources;
    GenerateRequest request;
    request.systemInstruction = AgentLoop::systemPrompt();
    request.tools = AgentTools::declarations();
    request.turns.append(ChatTurn{ChatTurn::Role::User, {ContentPart::fromText(QStringLiteral("what color is my kitten?"))}});
    std::vector<double> search, view, read, encode, step, cpu;
    const QString image = QFileInfo(options.imagePath).absoluteFilePath();
    for (int i = 0; i < options.steps; ++i) {
        int images = 4;
        const std::clock_t cpuStart = std::clock();
        QElapsedTimer t;
        t.start();
        auto found = tools.call(QStringLiteral("search_library"),
                                {{QStringLiteral("query"), QStringLiteral("w%1 w%2").arg(3 + i % 40).arg(11 + (i * 7) % 60)}}, sources, images);
        const double s = t.nsecsElapsed() / 1e6;
        t.restart();
        auto viewed = tools.call(QStringLiteral("view_page"), {{QStringLiteral("document"), image}, {QStringLiteral("page"), 1}}, sources, images);
        const double v = t.nsecsElapsed() / 1e6;
        t.restart();
        auto text = tools.call(QStringLiteral("read_page_text"),
                               {{QStringLiteral("document"), QStringLiteral("/bench/doc-%1.pdf").arg(10 * (1 + i % (options.pages / 10 - 1)))},
                                {QStringLiteral("page"), 1 + i % 10}}, sources, images);
        const double r = t.nsecsElapsed() / 1e6;
        if (!found.ok || !viewed.ok || viewed.image.isEmpty() || !text.ok)
            return fail(Error::Code::Unknown, QStringLiteral("A benchmark tool call failed: %1")
                                                  .arg(QString::fromUtf8(QJsonDocument(found.ok ? (viewed.ok ? text.response : viewed.response) : found.response).toJson())));
        t.restart();
        ContentPart call;
        call.kind = ContentPart::Kind::FunctionCall;
        call.name = QStringLiteral("search_library");
        call.thoughtSignature = QByteArray(400, 'A');
        request.turns.append(ChatTurn{ChatTurn::Role::Model, {call}});
        ContentPart response;
        response.kind = ContentPart::Kind::FunctionResponse;
        response.name = call.name;
        response.args = found.response;
        ContentPart picture = ContentPart::fromBytes(viewed.image, QStringLiteral("image/webp"));
        request.turns.append(ChatTurn{ChatTurn::Role::User, {response, picture}});
        if (request.turns.size() > 1 + 2 * AgentLoop::Options{}.maxSteps)   // an answer holds at most maxSteps rounds
            request.turns.remove(1, 2);
        const QByteArray body = QJsonDocument(GeminiCodec::generateBody(request)).toJson(QJsonDocument::Compact);
        const double e = t.nsecsElapsed() / 1e6;
        report.requestBytes = body.size();
        search.push_back(s);
        view.push_back(v);
        read.push_back(r);
        encode.push_back(e);
        step.push_back(s + v + r + e);
        cpu.push_back(1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    }
    report.searchMs = median(search);
    report.viewMs = median(view);
    report.readMs = median(read);
    report.encodeMs = encode.empty() ? 0 : encode.back();
    report.stepMs = median(step);
    report.stepCpuMs = median(cpu);
    QFile loadavg(QStringLiteral("/proc/loadavg"));   // Linux only; elsewhere the figure stays 0
    if (loadavg.open(QIODevice::ReadOnly))
        report.loadAverage = loadavg.readAll().split(' ').value(0).toDouble();
    (*service)->waitForIdle();
    return report;
}

} // namespace PageLens
