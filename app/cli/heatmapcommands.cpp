// SPDX-License-Identifier: MIT
#include "app/cli/heatmapcommands.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <numeric>

#include "app/cli/cliapp.h"
#include "app/cli/clicontext.h"
#include "app/cli/provideroptions.h"
#include "core/detect/heatmappainter.h"
#include "core/llm/lateinteractionclient.h"
#include "core/media/documentopener.h"
#include "core/media/pageimager.h"
#include "core/ocr/ocrengine.h"
#include "core/retrieval/lateheatmap.h"
#include "core/retrieval/querytokens.h"
#include "core/retrieval/termheatmap.h"

namespace PageLens::Cli {

namespace {

constexpr int kMaxIdfPages = 500;   // IDF over at most this many pages of the document (text layers are fast)

QJsonArray cellsJson(const Heatmap &map)
{
    QJsonArray cells;
    for (float value : map.cells)
        cells.append(std::round(double(value) * 10000.0) / 10000.0);
    return cells;
}

/**
 * Term matches: the page's words (text layer, else OCR of the page) and each query word's IDF over
 * the document's text-layer pages.
 */
Result<QueryHeatmaps> termMatches(PageSource &source, int page, const QString &query)
{
    auto text = source.textLayer(page);
    if (!text)
        return tl::unexpected(text.error());
    Words words = text->words;
    if (words.isEmpty()) {
        auto image = PageImager::render(source, page, PageImageSize::atDpi(OcrEngine::recommendedDpi()));
        if (!image)
            return tl::unexpected(image.error());
        OcrEngine ocr;
        auto recognized = ocr.recognize(*image);
        if (!recognized)
            return tl::unexpected(recognized.error());
        // OCR boxes are normalized to the image as given, which is the page as displayed.
        words = recognized->text.words;
    }
    const QStringList terms = LateHeatmap::words(query);
    const int pages = std::min(source.pageCount(), kMaxIdfPages);
    QHash<QString, int> withTerm;
    for (int p = 0; p < pages; ++p) {
        auto layer = p == page ? Result<PageText>(PageText{}) : source.textLayer(p);
        const Words &pageWords = p == page ? words : (layer ? layer->words : Words{});
        QSet<QString> seen;
        for (const Word &word : pageWords)
            for (const QString &token : QueryTokens::tokenize(word.text))
                seen.insert(token);
        for (const QString &term : terms)
            withTerm[term] += seen.contains(term);
    }
    QHash<QString, double> idf;
    for (const QString &term : terms)
        idf.insert(term, TermHeatmap::idf(pages, withTerm.value(term)));
    return TermHeatmap::compute(words, source.pageSize(page), terms, idf);
}

} // namespace

QList<CliCommand> HeatmapCommands::commands()
{
    return {
        {QStringLiteral("heatmap"), QStringLiteral("QUERY PATH#PAGE [-o OUT.png]"),
         tr("Where on a page a query matched (late interaction, else term matches)"), &heatmap},
    };
}

int HeatmapCommands::heatmap(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("query"), tr("The query."), QStringLiteral("QUERY"));
    parser.addPositionalArgument(QStringLiteral("page"), tr("The page (1-based)."), QStringLiteral("PATH#PAGE"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the page with the heatmap and a legend to this PNG."),
                      QStringLiteral("OUT.png")});
    parser.addOption({QStringLiteral("password"), tr("Password of an encrypted PDF."), QStringLiteral("PASSWORD")});
    parser.addOption({QStringLiteral("send-key"), tr("Send PAGELENS_LATE_API_KEY to an http:// or local server too.")});
    ProviderOptions::addLateOptions(parser);
    if (!ctx.parse(parser, 2, 2))
        return Usage;
    const QString query = parser.positionalArguments().at(0);
    const QString spec = parser.positionalArguments().at(1);
    QString path = spec;
    int page = 1;
    const qsizetype hash = spec.lastIndexOf(QLatin1Char('#'));
    if (hash > 0 && !QFileInfo::exists(spec)) {
        bool ok = false;
        page = spec.mid(hash + 1).toInt(&ok);
        path = spec.left(hash);
        if (!ok || page < 1) {
            ctx.err << tr("\"%1\" is not a page number.").arg(spec.mid(hash + 1)) << '\n';
            return Usage;
        }
    }
    if (LateHeatmap::words(query).isEmpty()) {
        ctx.err << tr("The query has no words to map.") << '\n';
        return Usage;
    }
    const auto late = ProviderOptions::lateConfig(parser);
    if (!late) {
        ctx.err << late.error().message << '\n';
        return Usage;
    }
    auto source = DocumentOpener::open(path, parser.value(QStringLiteral("password")));
    if (!source) {
        ctx.err << source.error().message << '\n';
        return SomeInputsFailed;
    }
    if (page > (*source)->pageCount()) {
        ctx.err << tr("%1 has %n page(s).", nullptr, (*source)->pageCount()).arg(path) << '\n';
        return Usage;
    }

    Result<QueryHeatmaps> maps = tl::unexpected(Error(Error::Code::Unsupported, QString()));
    if (late->isSet()) {
        // The user named the server and the page: sending this one page image is the request itself.
        auto client = LateInteractionClient::createOnOwnThread(*late);
        maps = LateHeatmap::forPage(*client, **source, page - 1, query);
        if (!maps && maps.error().code != Error::Code::Unsupported) {
            ctx.err << maps.error().message << '\n';
            switch (maps.error().code) {
            case Error::Code::Io:
            case Error::Code::Corrupt:
            case Error::Code::NeedsPassword:
                return SomeInputsFailed;
            default:
                return ModelServiceError;
            }
        }
        if (!maps)
            ctx.err << maps.error().message << ' ' << tr("Showing term matches instead.") << '\n';
    }
    if (!maps) {
        maps = termMatches(**source, page - 1, query);
        if (!maps) {
            ctx.err << maps.error().message << '\n';
            return SomeInputsFailed;
        }
    }

    const Heatmap &combined = maps->combined;
    const QPointF peak = combined.peak();
    QString output;
    if (parser.isSet(QStringLiteral("o"))) {
        output = parser.value(QStringLiteral("o"));
        auto image = PageImager::render(**source, page - 1, PageImageSize::withLongestSide(1200));
        if (!image) {
            ctx.err << image.error().message << '\n';
            return SomeInputsFailed;
        }
        const QString label = combined.source + QStringLiteral(" - ") + maps->tokens.join(QLatin1Char(' '));
        if (!HeatmapPainter::paint(*image, combined, label).save(output, "PNG")) {
            ctx.err << tr("%1 cannot be written.").arg(output) << '\n';
            return SomeInputsFailed;
        }
    }
    if (ctx.json) {
        QJsonObject perToken;
        for (qsizetype i = 0; i < maps->tokens.size(); ++i)
            perToken.insert(maps->tokens.at(i), cellsJson(maps->perToken.at(i)));
        QJsonObject root{{QStringLiteral("grid"), QJsonArray{combined.columns, combined.rows}},
                         {QStringLiteral("tokens"), QJsonArray::fromStringList(maps->tokens)},
                         {QStringLiteral("cells"), cellsJson(combined)},
                         {QStringLiteral("per_token"), perToken},
                         {QStringLiteral("peak"), QJsonObject{{QStringLiteral("x"), peak.x()}, {QStringLiteral("y"), peak.y()}}},
                         {QStringLiteral("source"), combined.source}};
        if (!output.isEmpty())
            root.insert(QStringLiteral("output"), QFileInfo(output).absoluteFilePath());
        ctx.printJson(QJsonDocument(root));
        return Ok;
    }
    // The strongest regions as text, so the answer does not depend on seeing the image.
    ctx.out << tr("%1 heatmap, %2 x %3 cells; strongest at x=%4, y=%5 of the page")
                   .arg(combined.source).arg(combined.columns).arg(combined.rows)
                   .arg(peak.x(), 0, 'f', 3).arg(peak.y(), 0, 'f', 3) << '\n';
    QVector<qsizetype> order(combined.cells.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return combined.cells[a] > combined.cells[b]; });
    for (qsizetype i = 0; i < std::min<qsizetype>(5, order.size()) && combined.cells[order[i]] > 0; ++i) {
        const NormalizedRect cell = combined.cell(int(order[i] % combined.columns), int(order[i] / combined.columns));
        ctx.out << QStringLiteral("  %1  x %2-%3, y %4-%5\n").arg(combined.cells[order[i]], 0, 'f', 2)
                       .arg(cell.left, 0, 'f', 2).arg(cell.right, 0, 'f', 2).arg(cell.top, 0, 'f', 2).arg(cell.bottom, 0, 'f', 2);
    }
    if (!output.isEmpty())
        ctx.out << tr("Wrote %1").arg(output) << '\n';
    return Ok;
}

} // namespace PageLens::Cli
