// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

#include "core/agent/agentanswer.h"
#include "core/agent/sourcelist.h"
#include "core/llm/provider.h"
#include "core/model/documentinfo.h"
#include "core/model/privacy.h"
#include "core/retrieval/librarysearch.h"

namespace PageLens {

class LibraryService;

/** What one tool call gave: the response the model sees, a line for people, and maybe a page image. */
struct AgentToolResult {
    bool ok = false;
    QJsonObject response;     // sent to the model as the function response
    QString summary;          // "searched \"kitten\" → 4 pages"
    QByteArray image;         // WEBP of the page, when the tool shows one (privacy "images" only)
    QString imageName;        // e.g. "image_1.jpeg p1.webp"
    QString document;         // the page the call was about, if any
    int page = 0;
};

/**
 * The agent's read-only tools over one library: search_library, view_page, read_page_text and
 * detect_objects (names, arguments and results are a contract, issue 9). Arguments are checked
 * against the declarations and the library before anything runs; an unknown tool runs nothing.
 * Nothing here writes, deletes or reaches a network other than the model service (detection).
 * Blocking: call from a worker thread (the service's futures are waited on).
 */
class AgentTools
{
    Q_DECLARE_TR_FUNCTIONS(AgentTools)
public:
    struct Options {
        Privacy privacy = Privacy::TextOnly;   // images leave only under Privacy::Images
        SearchOptions search;                  // signals and the provider that embeds queries
        Provider *detector = nullptr;          // for detect_objects; none: the tool says so
        int maxTextChars = 6000;               // page text beyond this is cut (and the model told)
    };

    AgentTools(std::shared_ptr<LibraryService> service, Options options);

    static QVector<ToolDeclaration> declarations();
    static bool isDeclared(const QString &name);

    /**
     * Runs one call. `sources` gives every page shown an id; `imagesLeft` is the step's image
     * budget (decremented when an image is attached). Failures are results the model sees.
     */
    AgentToolResult call(const QString &name, const QJsonObject &args, SourceList &sources, int &imagesLeft);

    /**
     * The line people see for a call that succeeded, from its arguments and the response the
     * model got: the same words live and when a stored conversation is shown again.
     */
    static QString describe(const QString &name, const QJsonObject &args, const QJsonObject &response);
    /** A stored call and its response as the step it was (summary, page looked at, failed or not). */
    static AgentStep replayedStep(const QString &name, const QJsonObject &args, const QJsonObject &response);

    /** Document text as the model gets it: fenced as quoted content it must not obey. */
    static QString quoted(const QString &text);
    static QString contentNotice();

private:
    AgentToolResult searchLibrary(const QJsonObject &args, SourceList &sources);
    AgentToolResult viewPage(const DocumentInfo &doc, int page, SourceList &sources, int &imagesLeft);
    AgentToolResult readPageText(const DocumentInfo &doc, int page, SourceList &sources);
    AgentToolResult detectObjects(const DocumentInfo &doc, int page, const QString &prompt, SourceList &sources);
    /** The library document a model names by path (or by a file name only one document has). */
    Result<DocumentInfo> findDocument(const QString &name);
    static AgentToolResult failure(const QString &message, const QString &summary);

    std::shared_ptr<LibraryService> m_service;
    Options m_options;
    std::optional<QVector<DocumentInfo>> m_documents;   // read once per AgentTools (one answer)
};

} // namespace PageLens
