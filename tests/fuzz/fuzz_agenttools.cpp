// SPDX-License-Identifier: MIT
// The agent's tool calls as a model sends them: the first line of the input is the tool name, the
// rest its JSON arguments (anything that is not a JSON object arrives as no arguments), run through
// AgentTools::call on a real library indexed once, offline: four text-layer PDFs of the corpus, two
// of them copied under the same file name (so a name can be ambiguous). Privacy allows images, but
// the step's image budget is 0 (no page is rendered per input) and no detector is configured.
// Held to: a name outside the four declared ones fails and runs nothing; a call that succeeds had
// arguments valid against its declaration (once 3.0 or "3" is read as 3) and names a page that
// exists; detect_objects never succeeds without a detector; a stored call replays as it went.
#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "core/agent/agenttools.h"
#include "core/ingest/indexer.h"
#include "core/llm/jsonschemavalidator.h"
#include "core/service/libraryservice.h"
#include "tests/fuzz/fuzzenvironment.h"

using namespace PageLens;
using PageLens::Fuzz::FuzzEnvironment;

namespace {

// The tool names of the contract (issue 9), written out here rather than read from the code under test.
const QStringList kTools{QStringLiteral("search_library"), QStringLiteral("view_page"), QStringLiteral("read_page_text"),
                         QStringLiteral("detect_objects")};

struct Setup {
    QTemporaryDir dir;
    std::shared_ptr<LibraryService> service;
    QHash<QString, int> pageCounts;   // library path -> pages
};

Setup *g_setup = nullptr;

/** What a model means by a number argument: 3, 3.0 and " 3 " all mean 3; NaN when it is none. */
double meaning(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double number = value.isString() ? value.toString().trimmed().toDouble(&ok) : 0;
    return ok ? number : std::nan("");
}

QJsonObject declarationOf(const QString &name)
{
    for (const ToolDeclaration &tool : AgentTools::declarations())
        if (tool.name == name)
            return tool.parameters;
    FuzzEnvironment::require(false, "every contract tool is declared");
    return {};
}

void buildLibrary()
{
    g_setup = new Setup;   // lives as long as the process, like the library a conversation uses
    FuzzEnvironment::require(g_setup->dir.isValid(), "a scratch library folder");
    const QString twin = QStringLiteral("notes.pdf");
    QStringList files{FuzzEnvironment::sharedPath(QStringLiteral("corpus/pdfs/pypdf-multicolumn.pdf")),
                      FuzzEnvironment::sharedPath(QStringLiteral("corpus/pdfs/docling-odf_table_with_title_01.ods.pdf"))};
    // Two different files (the same content would be indexed once) under one name.
    const QList<std::pair<QString, QString>> twins{{QStringLiteral("a"), QStringLiteral("corpus/pdfs/pypdf-annotated_pdf.pdf")},
                                                   {QStringLiteral("b"), QStringLiteral("corpus/pdfs/pypdf-habibi-rotated.pdf")}};
    for (const auto &[sub, original] : twins) {
        QDir(g_setup->dir.path()).mkpath(sub);
        const QString copy = g_setup->dir.filePath(sub + QLatin1Char('/') + twin);
        FuzzEnvironment::require(QFile::copy(FuzzEnvironment::sharedPath(original), copy), "the corpus PDFs are readable");
        files << copy;
    }
    auto service = LibraryService::open(g_setup->dir.filePath(QStringLiteral("library")), {});
    FuzzEnvironment::require(bool(service), "the library opens");
    g_setup->service = *service;
    FuzzEnvironment::require(bool(g_setup->service->add(files).result()), "the PDFs are added");
    IndexOptions options;
    options.workers = 1;
    Indexer indexer(g_setup->service->library()->catalog(), options);
    FuzzEnvironment::require(bool(g_setup->service->index(&indexer).result()), "the library is indexed");
    FuzzEnvironment::require(bool(g_setup->service->setPrivacy(Privacy::Images).result()), "privacy is set");
    auto documents = g_setup->service->library()->documents();
    FuzzEnvironment::require(documents && documents->size() == files.size(), "every PDF is in the library");
    for (const DocumentInfo &doc : std::as_const(*documents)) {
        FuzzEnvironment::require(doc.status == DocumentStatus::Indexed && doc.pageCount > 0, "every PDF is indexed");
        g_setup->pageCounts.insert(doc.path, doc.pageCount);
    }
}

/** The checks on a call that succeeded: valid arguments, an existing page, a consistent answer. */
void requireSound(const QString &name, const QJsonObject &args, const AgentToolResult &result)
{
    QJsonObject normalized = args;
    if (name == kTools.at(0)) {
        const QJsonArray hits = result.response.value(QStringLiteral("hits")).toArray();
        int k = 5;
        if (args.contains(QStringLiteral("k"))) {
            const double wanted = meaning(args.value(QStringLiteral("k")));
            FuzzEnvironment::require(wanted == std::floor(wanted), "a search's k is a whole number");
            k = int(wanted);
            normalized.insert(QStringLiteral("k"), k);
        }
        FuzzEnvironment::require(hits.size() <= k, "a search returns at most k pages");
        FuzzEnvironment::require(!args.value(QStringLiteral("query")).toString().trimmed().isEmpty(), "a search has a query");
        for (const QJsonValue &hit : hits) {
            const QString document = hit[QLatin1String("document")].toString();
            const int page = hit[QLatin1String("page")].toInt();
            FuzzEnvironment::require(g_setup->pageCounts.contains(document), "a hit is a library document");
            FuzzEnvironment::require(page >= 1 && page <= g_setup->pageCounts.value(document), "a hit is a page of its document");
        }
    } else {
        FuzzEnvironment::require(meaning(args.value(QStringLiteral("page"))) == result.page, "the page read is the page asked for");
        normalized.insert(QStringLiteral("page"), result.page);
        FuzzEnvironment::require(g_setup->pageCounts.contains(result.document), "the document is in the library");
        FuzzEnvironment::require(result.page >= 1 && result.page <= g_setup->pageCounts.value(result.document), "the page exists");
        const QString asked = args.value(QStringLiteral("document")).toString();
        FuzzEnvironment::require(asked == result.document || asked == QFileInfo(result.document).fileName(),
                                 "the document read is the one named");
        FuzzEnvironment::require(result.response.value(QStringLiteral("document")).toString() == result.document
                                     && result.response.value(QStringLiteral("page")).toInt() == result.page,
                                 "the model is told which page it got");
    }
    FuzzEnvironment::require(bool(JsonSchemaValidator::validate(normalized, declarationOf(name))),
                             "a call that succeeded had arguments valid against its declaration");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzEnvironment::start();
    buildLibrary();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzEnvironment::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString name = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    const QJsonObject args = QJsonDocument::fromJson(newline < 0 ? QByteArray() : input.mid(newline + 1)).object();

    AgentTools::Options options;
    options.privacy = Privacy::Images;
    options.search.offlineOnly = true;
    AgentTools tools(g_setup->service, options);
    SourceList sources;
    int imagesLeft = 0;
    const AgentToolResult result = tools.call(name, args, sources, imagesLeft);

    FuzzEnvironment::require(result.ok != result.response.contains(QStringLiteral("error")), "a failure, and only a failure, says why");
    FuzzEnvironment::require(imagesLeft == 0 && result.image.isEmpty(), "no image beyond the step's budget");
    if (!kTools.contains(name)) {
        FuzzEnvironment::require(!result.ok && sources.all().isEmpty() && result.document.isEmpty(),
                                 "an undeclared tool fails and runs nothing");
        FuzzEnvironment::require(!AgentTools::isDeclared(name), "only the contract's tools are declared");
    }
    if (result.ok) {
        FuzzEnvironment::require(name != kTools.at(3), "detection cannot succeed without a detector");
        requireSound(name, args, result);
    } else {
        FuzzEnvironment::require(!result.response.value(QStringLiteral("error")).toString().isEmpty(), "a failure says why");
    }
    FuzzEnvironment::require(AgentTools::replayedStep(name, args, result.response).ok == result.ok, "a stored call replays as it went");
    return 0;
}
