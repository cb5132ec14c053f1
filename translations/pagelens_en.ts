<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentCommands</name>
    <message>
        <source>Citations that match no page the agent saw (not shown as sources): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the library a question (answers cite pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to send the question and what the tools find to the model service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may leave the machine for this question: never, text or images (default: the library&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool rounds before the agent gives up, 1 to 50 (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue this conversation (see --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the library&apos;s conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a stored conversation: its questions, steps, answers and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pagelens-cli ask QUESTION [options] | ask --list | ask --show ID | ask --delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--privacy takes never, text or images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted conversation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s privacy is &quot;never&quot;, so no model was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model service is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would send to %1 (%2): the question &quot;%3&quot;, the page text, captions and snippets the tools find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and at most %1 page images per step (WEBP, at most 1024 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; privacy: %1; at most %2 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Run again with --yes to agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to a model service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentTools</name>
    <message numerus="yes">
        <source>found %n object(s) on %1 p. %2</source>
        <translation>
            <numerusform>found %n object on %1 p. %2</numerusform>
            <numerusform>found %n objects on %1 p. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>searched &quot;%1&quot; → %n page(s)</source>
        <translation>
            <numerusform>searched &quot;%1&quot; → %n page</numerusform>
            <numerusform>searched &quot;%1&quot; → %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); there is no page %2.</source>
        <translation>
            <numerusform>%1 has %n page; there is no page %2.</numerusform>
            <numerusform>%1 has %n pages; there is no page %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>looked at %1 p. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1 p. %2 (no image sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the text of %1 p. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;. Use only search_library, view_page, read_page_text and detect_objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused the undeclared tool &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bad argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments do not match %1&apos;s declaration: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown document &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no page %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several documents are named &quot;%1&quot;; give the full path from search_library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document &quot;%1&quot; in the library; use a path search_library returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: empty query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search for &quot;%1&quot; failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1 p. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object detection needs the page image, and this library&apos;s privacy setting allows text only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect on %1 p. %2: not allowed (privacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model service is available for object detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect: no model service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect on %1 p. %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Search folders of PDFs, scans and images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders to add to the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display: running headless (see pagelens-cli --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the window is shown and the library is open (and the given paths are indexed); exit status 0 when that worked. For install checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageLens started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageLens failed to start: the window is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window shown, library %1 open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window shown, %1 indexed, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchCommands</name>
    <message>
        <source>Run a benchmark (bench --help lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown benchmark %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of vectors (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions (default 768).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of timed queries (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat, hnsw or auto (default auto: flat below the HNSW threshold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMP and BLAS threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also time FAISS&apos;s own IndexFlatIP search, one query at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the index file (default: a temporary folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--index is flat, hnsw or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  build %1, save %2, load %3, file %4 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  query p50 %1, p99 %2 over %3 queries, recall@%4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  scan %1 GB/s, memory read %2 GB/s (bound ratio %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  FAISS IndexFlatIP::search p50 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  BLAS: %1; FAISS build: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense index, %1 pages × %2 dimensions, %3, %4 threads (OpenMP %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of pages (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vectors per page (default 1030: ColPali&apos;s 32 × 32 grid and 6 more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions (default 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vectors per query (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of timed queries (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches per pooled vector of the candidate stage (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages reranked exactly by the two-stage search (default 256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the vector file (default: a temporary folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the vector file in --dir and reuse it when the pages, vectors, dimensions and pool factor match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep needs --dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaxSim, %1 pages × %2 vectors × %3 dimensions, %4 query tokens, kernel %5, %6 threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  write %1, open %2, file %3 MB; %4 bytes per page mapped, %5 resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  exact p50 %1, p99 %2; memory roofline %3 at %4 GB/s (ratio %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  two-stage p50 %1, p99 %2 (pool factor %3, %4 candidates), recall@%5 %6 over %7 queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of timed steps (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page view_page shows (default: the first image of the seed notebook, when found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pages needs at least 20.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: pagelens-cli [--library DIR] [--json] [--verbose] COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 some inputs failed, 3 model service error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       pagelens-cli --version | --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentStore</name>
    <message>
        <source>page text and page images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>The conversation could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation &quot;%1&quot; in this library (see ask --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionCommands</name>
    <message numerus="yes">
        <source>%n object(s) stored for %1.</source>
        <translation>
            <numerusform>%n object stored for %1.</numerusform>
            <numerusform>%n objects stored for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the objects stored for a library page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of a library document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the detections in the library (replacing this page&apos;s for the same prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction sent with the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest side of the page image sent, 64 to 4096 pixels (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may leave the machine in this run: never, text or images (default: the library&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to send the page image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--privacy takes never, text or images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object detection sends the page image, which the privacy setting (%1) does not allow; nothing was sent. Use --privacy images for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object detection sends 1 page image (%1, longest side %2 px) to %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Run again with --yes to agree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionLayer</name>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractiveAnswer</name>
    <message>
        <source>Search results for &quot;%1&quot; (%2 These are passages from your library, not an answer.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeminiCodec</name>
    <message>
        <source>The model service blocked the request for safety reasons (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service blocked the answer for safety reasons (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service returned no answer (finish reason: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service returned an empty embedding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service returned %1 embeddings for %2 texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service returned an embedding with invalid values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapCommands</name>
    <message numerus="yes">
        <source>%1 has %n page(s).</source>
        <translation>
            <numerusform>%1 has %n page.</numerusform>
            <numerusform>%1 has %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where on a page a query matched (late interaction, else term matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page (1-based).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the page with the heatmap and a legend to this PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of an encrypted PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send PAGELENS_LATE_API_KEY to an http:// or local server too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query has no words to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing term matches instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heatmap, %2 x %3 cells; strongest at x=%4, y=%5 of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapLayer</name>
    <message>
        <source>%1 at x %2–%3, y %4–%5 of the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexRunner</name>
    <message numerus="yes">
        <source>Late interaction: %n page image(s) would be sent to %1 (%2).</source>
        <translation>
            <numerusform>Late interaction: %n page image would be sent to %1 (%2).</numerusform>
            <numerusform>Late interaction: %n page images would be sent to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>partial  %1: %2 of %n page(s) could not be read</source>
        <translation>
            <numerusform>partial  %1: %2 of %n page could not be read</numerusform>
            <numerusform>partial  %1: %2 of %n pages could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left &quot;indexing&quot; by an interrupted run were reset to pending.</source>
        <translation>
            <numerusform>%n document left &quot;indexing&quot; by an interrupted run was reset to pending.</numerusform>
            <numerusform>%n documents left &quot;indexing&quot; by an interrupted run were reset to pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) kept changing while they were read and stay pending.</source>
        <translation>
            <numerusform>%n document kept changing while it was read and stays pending.</numerusform>
            <numerusform>%n documents kept changing while they were read and stay pending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password to try on documents that need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract languages, e.g. eng+deu (default eng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may leave the machine in this run: never, text or images (default: the library&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to the egress and cost preview and send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed page text only; send no page images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace vectors made with another embedding model or dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>indexed  %1 (%n page(s))</source>
        <translation>
            <numerusform>indexed  %1 (%n page)</numerusform>
            <numerusform>indexed  %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--privacy takes never, text or images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Run again with --yes to agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 captioned, %2 embedded, %3 refused by the model, %4 requests%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render/OCR threads, 0 to 256 (default 0: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a document reader may take on one page, 1 to 3600 (default 60); a file that takes longer fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding dimension, 1 to 8192 (default 768).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption requests per minute, 0 (no limit) to 1000 (default 10, Gemini&apos;s free tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption requests at once, 1 to 32 (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render/OCR threads; 0: one per core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption requests per minute; 0: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption requests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interaction: every page is embedded with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interaction sends page images, which the privacy setting (%1) does not allow; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages embedded for late interaction, %2 could not be read, %3 requests%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indexed, %2 with errors, %3 failed, %4 need a password; %5 pages (%6 text layer, %7 OCR) in %8 s%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also detect objects on every page not yet detected (sends page images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt for --detect (default: the library&apos;s, else prominent items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages detected, %2 unusable answers (asked again next run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n document(s) from the library; the files were not touched.</source>
        <translation>
            <numerusform>Removed %n document from the library; the files were not touched.</numerusform>
            <numerusform>Removed %n documents from the library; the files were not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left &quot;indexing&quot; by an interrupted run were reset to pending.</source>
        <translation>
            <numerusform>%n document left &quot;indexing&quot; by an interrupted run was reset to pending.</numerusform>
            <numerusform>%n documents left &quot;indexing&quot; by an interrupted run were reset to pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dense index rebuilt from the catalog: %n vector(s).</source>
        <translation>
            <numerusform>Dense index rebuilt from the catalog: %n vector.</numerusform>
            <numerusform>Dense index rebuilt from the catalog: %n vectors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added again from the files the library knew (%n folder(s) and file(s)):</source>
        <translation>
            <numerusform>Added again from the files the library knew (%n folder or file):</numerusform>
            <numerusform>Added again from the files the library knew (%n folders and files):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) read again.</source>
        <translation>
            <numerusform>%n document read again.</numerusform>
            <numerusform>%n documents read again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files and folders to the library and index them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up changes and index pending documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the documents and their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a relevance set: Recall@5, MRR@10, nDCG@5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (default 150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of an encrypted PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s).</source>
        <translation>
            <numerusform>%1 has %n page.</numerusform>
            <numerusform>%1 has %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance set (TSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the relevance set&apos;s paths are relative to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take documents or folders out of the library (the files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find words in one document: every occurrence, page by page, with boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a page to an image, with layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the catalog; rebuild its indexes, or a new catalog from the library&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is read-only: search, status and render work; add and index do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents or folders to take out of the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for another PageLens writing to the library (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of hits, 1 to 1000 (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the signals that need no model service (bm25, objects), as the window searches while you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents at or below this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these document types: pdf, image, scan (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents modified on or after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents modified on or before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the hits: relevance (default), name, date (newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pagelens-cli search QUERY [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query syntax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote the whole query for the shell; a query that starts with &apos;-&apos; goes after --.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hits to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page has all the words; pages with most of them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages with some of the words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to find, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document of the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw these layers of a library page: detections, hits (with --query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search whose hit boxes the hits layer draws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layers takes detections and hits, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hits layer needs --query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pagelens-cli render PATH#PAGE -o OUT.png [--dpi N] (%1-%2 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text indexes (pages_fts, pages_trigram) rebuilt from the catalog&apos;s pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows were lost, so a new catalog was made. The damaged one is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type takes pdf, image or scan, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a day such as 2024-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort takes relevance, name or date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaGuard</name>
    <message>
        <source>A media part has no MIME type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service cannot read %1 content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media part has no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to send (%2 MB, limit %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 content is too large to send inline (%2 MB, limit %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 content is too large to upload (%2 MB, limit %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large to send inline (%1 MB, limit %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>Describe an image or a page with the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the difference between two images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize a whole PDF with the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print embedding vectors of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image, or PDF page as FILE#PAGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two images (or PDF pages as FILE#PAGE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the image with boxes and labels to this PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size: %1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts to embed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query or document (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task takes query or document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 dimensions): [%3, ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect objects: labels and boxes (pixels, or stored for a library page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output dimensions, 1 to 8192 (default: the model&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output dimensions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectDetector</name>
    <message numerus="yes">
        <source>%n segmentation mask(s) could not be read; their boxes are kept.</source>
        <translation>
            <numerusform>%n segmentation mask could not be read; their boxes are kept.</numerusform>
            <numerusform>%n segmentation masks could not be read; their boxes are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) without area were dropped.</source>
        <translation>
            <numerusform>%n box without area were dropped.</numerusform>
            <numerusform>%n boxes without area were dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) had their corners the wrong way round and were turned.</source>
        <translation>
            <numerusform>%n box had their corners the wrong way round and were turned.</numerusform>
            <numerusform>%n boxes had their corners the wrong way round and were turned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) reached outside the image and were cut at its edge.</source>
        <translation>
            <numerusform>%n box reached outside the image and were cut at its edge.</numerusform>
            <numerusform>%n boxes reached outside the image and were cut at its edge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model did not return any bounding boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model returned a bounding box without four coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model returned a bounding box without a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model found %1 objects; the first %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAiCodec</name>
    <message>
        <source>This model service cannot read %1 links; send the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model service cannot read PDF files; send page images instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service refused to answer (content filter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model returned a malformed tool call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service returned no answer (finish reason: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service returned an empty embedding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service returned %1 embeddings for %2 texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service returned an embedding with invalid values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens</name>
    <message numerus="yes">
        <source>%1 has %n page(s).</source>
        <translation>
            <numerusform>%1 has %n page.</numerusform>
            <numerusform>%1 has %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The late-interaction server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The late-interaction server did not answer within %n second.</numerusform>
            <numerusform>The late-interaction server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model service did not answer within %n second(s).</source>
        <translation>
            <numerusform>The model service did not answer within %n second.</numerusform>
            <numerusform>The model service did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dense vector index: build, save, load, query latency, recall@10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pagelens-cli bench NAME [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pagelens-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens: %1 prompt, %2 output, %3 total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as takes bytes, base64 or uri, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a temporary file for the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to send the file: bytes (default), base64 or uri (upload).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction sent with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vector index file %1 is damaged or missing; it will be rebuilt from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding has %1 dimensions but the library&apos;s vector index holds %2-dimensional embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read.</source>
        <translation>
            <numerusform>%n page could not be read.</numerusform>
            <numerusform>%n pages could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library catalog could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service returned no query embedding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s answer does not have the expected structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s answer is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be used from the user interface thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service sent a stream that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is neither a PDF nor a supported image (PNG, JPEG, WebP, TIFF, BMP, GIF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image header is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to open safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image format is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has no such page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image to encode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown image format; use webp, jpeg or png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has an implausible number of pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of the image cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image changed while it was open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong for this PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is encrypted in a way that cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no readable pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has no size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is too large to render at this resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page cannot be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition is not available: no OCR language is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition failed on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal &quot;%1&quot; is not available in this library (available: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the relevance set has no tab-separated pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the relevance set has a bad page number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy is set to &quot;never send&quot;: nothing leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run would send to the model service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page image(s) for captions</source>
        <translation>
            <numerusform>%n page image for captions</numerusform>
            <numerusform>%n page images for captions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page text(s) for embeddings</source>
        <translation>
            <numerusform>%n page text for embeddings</numerusform>
            <numerusform>%n page texts for embeddings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %1 tokens in %n request(s)</source>
        <translation>
            <numerusform>about %1 tokens in %n request</numerusform>
            <numerusform>about %1 tokens in %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>privacy setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interaction (MaxSim): exact and two-stage latency, recall@10, memory roofline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: its own time per step (search, view, read, request), model excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a page as PATH#PAGE (pages count from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not indexed yet (run index).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes a number of seconds (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals to use, e.g. bm25,dense,late (default: all the library has).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion weights, e.g. bm25=1,dense=0.5 (default 1 each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal &quot;%1&quot; skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the index file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index file %1 is damaged or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query vectors do not have the %1 dimensions of the page vectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page vector file %1 is damaged; it needs to be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF made the reader crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file made the reader crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document reader sent an answer PageLens cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late-interaction index has no model yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is read-only (its folder or catalog cannot be written): search, status and render work, adding and indexing do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text index could not be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late-interaction server sent vectors that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late-interaction server has no such endpoint: check its address and the dialect (--late-dialect infinity or vllm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late-interaction server does not serve this model (--late-model): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late-interaction server returned %1 vectors for a page, too few for a %2 × %3 patch grid: is it serving the configured model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s text cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s text cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s text takes too long to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmaps are not available for this model: its patch grid is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query has no words to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query and page vectors differ in width (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmaps are not available for %1: its patch grid is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late-interaction server returned %1-wide query vectors; the library&apos;s page vectors are %2 wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weights takes a list such as bm25=1,dense=0.5 (signals: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model service is set up to embed the query (set a key or a local server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page of this library was embedded by a late-interaction server (index with --late-url and --late-model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No late-interaction server is set up to embed the query (--late-url, --late-model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s page vectors were made with %1, but the late-interaction server is set up for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages with all the words are found.
&quot;exact phrase&quot;  the words in this order
-word or NOT word  pages without the word
cat OR dog  either word
know*  words starting with &quot;know&quot;
When no page has all the words, the pages with most of them are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object detection sends the page image, which this library&apos;s privacy setting (%1) does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Showing term matches instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no words (text layer or OCR) to match the query against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1 (%2). The library keeps its previous index; free disk space and index again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the index file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark needs positive --pages, --dim and --queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FAISS baseline failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the vector index %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vector index holds %1-dimensional embeddings but the library uses %2 dimensions; it will be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for the vector index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add to the vector index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding of page %1 is zero or not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove pages from the vector index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query embedding is zero or not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search the vector index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rebuild the vector index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the vector index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vector index file uses another similarity measure; it will be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete old vector index files in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark needs positive --pages, --patches, --dim, --query-tokens and --queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page vector file %1 is damaged or missing; it needs to be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page vectors need a dimension between 1 and 65536.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vectors of page %1 do not fit the page vector file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library&apos;s pages were embedded with %1, not %2. Re-embed the library to switch models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service returned a wrong number of embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model returned %1-dimensional vectors; the library uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: the file already failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file kept changing while it was read; it will be read again on the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interaction sends page images, which this library&apos;s privacy setting (%1) does not allow. Set it to &quot;images&quot; (--privacy images) to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s page vectors were made with %1, not %2. Run again with --reembed to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late-interaction server returned %1-wide vectors; %2 expects %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document reader could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading page %1 took longer than %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file took longer than %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, limit %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, exit code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library catalog is damaged: %1. Run `pagelens-cli repair` to rebuild it (the damaged file is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library in %1, and it cannot be created there (the folder cannot be written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library catalog in %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library catalog in %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library in %1 is read-only and was written by another version of PageLens, so it cannot be upgraded to be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library catalog is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library was written by a newer PageLens (catalog version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library catalog could not be upgraded (step %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library catalog in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is read-only: it cannot be repaired here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged catalog could not be moved aside to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 cannot be written (no permission to create its lock file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another PageLens to finish writing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting to write to the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Another PageLens (process %1) is still writing to %2; gave up after %n second(s).</source>
        <translation>
            <numerusform>Another PageLens (process %1) is still writing to %2; gave up after %n second.</numerusform>
            <numerusform>Another PageLens (process %1) is still writing to %2; gave up after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>has only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar in meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object detection sends page images, which the privacy setting (%1) does not allow: no page is sent for detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page image(s) for object detection</source>
        <translation>
            <numerusform>%n page image for object detection</numerusform>
            <numerusform>%n page images for object detection</numerusform>
        </translation>
    </message>
    <message>
        <source>The library catalog %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::AgentLoop</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent did not finish within %1 steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::ChatPanel</name>
    <message numerus="yes">
        <source>%1 — %2, %n question(s)</source>
        <translation>
            <numerusform>%1 — %2, %n question</numerusform>
            <numerusform>%1 — %2, %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a question about your library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question about your library and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this answer (the conversation stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation (this one stays stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the conversation and its sources as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or delete a stored conversation of this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions and answers; citations such as [S1] are links that open the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers cite the pages they come from; click a citation such as [S1] to open the page. Without a model service you get the best matching passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a library first (File ▸ Open Library…), then ask about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the library&apos;s privacy setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try again, or reopen the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s privacy is &quot;never&quot;, so no model was asked; Settings changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model service is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to get answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question, and the page text, captions and snippets the agent finds, will be sent to %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent may also send up to %1 page images per step (WEBP, at most 1024 px).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the Model Service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent yet. &quot;Not Now&quot; shows the library&apos;s search results instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again for this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to a model service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer: may the question be sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service is no longer available. Check Settings (Tools ▸ Settings…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. This answer was not kept; ask again to continue the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent stopped without an answer. Ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited but not among the pages the agent saw (not links): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete This Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this conversation from the library? Its questions and answers cannot be restored. The documents are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Add a valid key in Settings (Tools ▸ Settings…), then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Check the network and the server address in Settings, then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Wait a minute, then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose another model in Settings, then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Ask again, or start a new conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::DocumentModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Library %1, %n document(s)</source>
        <translation>
            <numerusform>Library %1, %n document</numerusform>
            <numerusform>Library %1, %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Added files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files added one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click it, or right-click ▸ Enter Password…, to type its password (kept for this session only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click ▸ Rescan reads it again, for example after the file was repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::EgressDialog</name>
    <message>
        <source>Send Pages to the Model Service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions and embeddings make pages findable by meaning. Nothing has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send these pages to the model service now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send nothing; you can do it later from the Library menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page image(s) to caption</source>
        <translation>
            <numerusform>%n page image to caption</numerusform>
            <numerusform>%n page images to caption</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page text(s) to embed</source>
        <translation>
            <numerusform>%n page text to embed</numerusform>
            <numerusform>%n page texts to embed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %1 tokens in %n request(s)</source>
        <translation>
            <numerusform>about %1 tokens in %n request</numerusform>
            <numerusform>about %1 tokens in %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>never send anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page text and page images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library&apos;s privacy setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send is remembered for this library and these kinds of data: you are not asked again for them. Tools ▸ Settings ▸ Privacy takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page image(s) for object detection</source>
        <translation>
            <numerusform>%n page image for object detection</numerusform>
            <numerusform>%n page images for object detection</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageLens::FindBar</name>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find result count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::GeminiProvider</name>
    <message>
        <source>The file upload could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uploaded file did not become ready in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service could not process the uploaded file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::HelpDialog</name>
    <message>
        <source>PageLens Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::HttpProvider</name>
    <message>
        <source>There is no text to embed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::IndexProgressWidget</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop indexing; documents not finished stay pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing captions and embeddings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing to index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel captions and embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sending to the model service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause sending to the model service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioning pages with the model service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding pages with the model service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing file %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::LateInteractionClient</name>
    <message>
        <source>There is nothing to embed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late-interaction server sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::LayerController</name>
    <message numerus="yes">
        <source>%n object(s) found on page %1.</source>
        <translation>
            <numerusform>%n object found on page %1.</numerusform>
            <numerusform>%n objects found on page %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Detect Objects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Objects on this page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this page&apos;s image to the model service and mark the objects it finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for something first: the heatmap shows where the query matched on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping “%1” on page %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap (%1): strongest at x %2, y %3 of page %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a page of a library document first, then detect objects on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should be found on page %1? The page image is sent with this instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the library&apos;s privacy setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try again, or reopen the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object detection sends the page image, which this library&apos;s privacy setting (“%1”) does not allow. Nothing was sent; Settings (Tools ▸ Settings…) changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model service is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to detect objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image of page %1 of “%2” (WEBP, longest side %3 px) and your prompt will be sent to %4 at %5 to find objects on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the Page Image?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again for this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer: may the page image be sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting objects on page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object detection failed: %1 The page&apos;s earlier objects are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::LayerLegend</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page layers legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest heatmap regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page layers message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::LibraryController</name>
    <message numerus="yes">
        <source>Late interaction: %n page(s) embedded.</source>
        <translation>
            <numerusform>Late interaction: %n page embedded.</numerusform>
            <numerusform>Late interaction: %n pages embedded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page image(s) wait for the late-interaction server: agree to send page images (Library ▸ Caption and Embed Pages…) first.</source>
        <translation>
            <numerusform>%n page image wait for the late-interaction server: agree to send page images (Library ▸ Caption and Embed Pages…) first.</numerusform>
            <numerusform>%n page images wait for the late-interaction server: agree to send page images (Library ▸ Caption and Embed Pages…) first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n document(s) from the library; the files were not touched. Adding them again brings them back.</source>
        <translation>
            <numerusform>Removed %n document from the library; the files were not touched. Adding them again brings them back.</numerusform>
            <numerusform>Removed %n documents from the library; the files were not touched. Adding them again brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n document added</numerusform>
            <numerusform>%n documents added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening library %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n item(s)…</source>
        <translation>
            <numerusform>Adding %n item…</numerusform>
            <numerusform>Adding %n items…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rescan the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling indexing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the library&apos;s privacy setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages are being indexed; you will be asked when that has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on the model service in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not work out what would be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library may not send anything; change its privacy in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page is already captioned and embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Library ▸ Caption and Embed Pages… offers it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions and embeddings stopped: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions and embeddings paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions and embeddings resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling captions and embeddings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rescan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove from the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interaction needs page images, which this library may not send (Tools ▸ Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interaction: page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interaction stopped: %1 Pages done so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model service is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages were not captioned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the library&apos;s privacy setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 as agreed for this library (Settings takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Library ▸ Caption and Embed Pages… asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is set in Tools ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and the server address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the model names in Tools ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the embedding model and dimension the library was made with in Tools ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages done so far are kept; Library ▸ Caption and Embed Pages… continues later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::LibraryPane</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show documents with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in the library with their indexing status. Press Enter to open a document, the menu key for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the &amp;System Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::MainWindow</name>
    <message numerus="yes">
        <source>%n changed while read (still pending)</source>
        <translation>
            <numerusform>%n changed while read (still pending)</numerusform>
            <numerusform>%n changed while read (still pending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with unreadable pages</source>
        <translation>
            <numerusform>%n with unreadable pages</numerusform>
            <numerusform>%n with unreadable pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>PageLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a library in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add PDFs, scans or images to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder; it is watched for new and changed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for new, changed and removed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the selected password-protected document for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document that needs a password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption and &amp;Embed Pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be sent to the model service, then caption and embed pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model service, API key, privacy and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PageLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected.
Enter its password (kept for this session only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — PageLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indexed</source>
        <translation>
            <numerusform>%n indexed</numerusform>
            <numerusform>%n indexed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing cancelled; unfinished documents stay pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n document(s)</source>
        <translation>
            <numerusform>Indexed %n document</numerusform>
            <numerusform>Indexed %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a password</source>
        <translation>
            <numerusform>%n needs a password</numerusform>
            <numerusform>%n need a password</numerusform>
        </translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions and embeddings cancelled; pages done so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Captioned %n page(s)</source>
        <translation>
            <numerusform>Captioned %n page</numerusform>
            <numerusform>Captioned %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>embedded %n page(s)</source>
        <translation>
            <numerusform>embedded %n page</numerusform>
            <numerusform>embedded %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the model</source>
        <translation>
            <numerusform>%n refused by the model</numerusform>
            <numerusform>%n refused by the model</numerusform>
        </translation>
    </message>
    <message>
        <source>About PageLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;Search folders of PDFs, scans and images, and see every match on its page.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for “%1” is wrong. Double-click it to try another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is unlocked for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a question; the answer cites the pages it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s table of contents; choose an entry to turn to its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window on the whole screen (F11 again to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageLens &amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passage cited as [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 search skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions and Embeddings Need a Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To caption and embed pages, open Settings, paste the service&apos;s API key under API Key and press OK (it is kept in the OS keychain), or start PageLens with the environment variable %1 set. A local server such as Ollama or llama.cpp needs no key: enter its address under Server address. Search by words works without any of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed Page &amp;Images for Late Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the pages not yet embedded to the late-interaction server of Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a late-interaction server in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page images are already being embedded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::OutlinePane</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document to see its outline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::PageLayers</name>
    <message>
        <source>Show Search &amp;Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the boxes around the words the search matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Detected &amp;Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the objects detected on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Query &amp;Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide where on the page the current query matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::PageView</name>
    <message>
        <source>Page viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop PDFs, scans or images here, or choose File ▸ Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) highlighted</source>
        <translation>
            <numerusform>%n match highlighted</numerusform>
            <numerusform>%n matches highlighted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) highlighted, marking: %1</source>
        <translation>
            <numerusform>%n box highlighted, marking: %1</numerusform>
            <numerusform>%n boxes highlighted, marking: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>turned %1°</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::PrivacyChoiceDialog</name>
    <message>
        <source>What May This Library Send?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service can caption and embed the pages of %1 so they can be found by meaning. Choose what this library may send; nothing has been sent, and you are shown exactly what would go before anything does. Settings changes it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never send anything (search stays offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;text only (embeddings for search by meaning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page text and page &amp;images (captions of pictures and scans too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::ProviderSession</name>
    <message>
        <source>The model service is turned off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OpenAI API key: enter one in Settings or set OPENAI_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No late-interaction server is set up in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the late-interaction server&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Gemini API key: enter one in Settings or set GEMINI_API_KEY (or GOOGLE_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::SearchPanel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the pages with only some of the words.</source>
        <translation>
            <numerusform>%n of the pages has only some of the words.</numerusform>
            <numerusform>%n of the pages have only some of the words.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search pages: words, &quot;phrase&quot;, -word, a OR b, word*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results come as you type; Enter also asks the model service. Escape clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to find; press Enter to include the model service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per document; Left and Right move through its pages, Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page has all the words of “%1”; %2 with most of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in %1 match “%2”.</source>
        <translation>
            <numerusform>%n page in %1 matches “%2”.</numerusform>
            <numerusform>%n pages in %1 match “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageLens::SearchResultModel</name>
    <message numerus="yes">
        <source>%1, %n matching page(s): %2</source>
        <translation>
            <numerusform>%1, %n matching page: %2</numerusform>
            <numerusform>%1, %n matching pages: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s)</source>
        <translation>
            <numerusform>%1 · %n page</numerusform>
            <numerusform>%1 · %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s) · has only: %2</source>
        <translation>
            <numerusform>%1 · %n page · has only: %2</numerusform>
            <numerusform>%1 · %n pages · has only: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(results of the previous query)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::SettingsDialog</name>
    <message>
        <source>&amp;Use the model service when indexing and searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption and embed pages with the model service after indexing (you are asked before anything is sent), and search with every signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vectors of a library must all have the same size; changing it means embedding the library again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new key to store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this service&apos;s key from the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this library may send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never send anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page text only (for embeddings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page text and page images (for captions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini&apos;s free tier allows about 10 per minute; local servers need no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generation model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embedding model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding &amp;dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are stored in the OS keychain, never in PageLens&apos;s settings or library files, and are not shown again once stored. GOOGLE_API_KEY, GEMINI_API_KEY or OPENAI_API_KEY in the environment take precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy of This Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;May send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption &amp;requests per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests &amp;in flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the library&apos;s setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a library to choose what it may send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the key from the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was stored in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the key from the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd the API key to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;Again Before Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the key to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server that asks for one, e.g. llama.cpp started with --api-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget that you agreed to send this library&apos;s pages: the preview is shown and your answer asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of PageLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the service&apos;s own address. For a local server use its OpenAI-compatible address, e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8080/v1 (llama.cpp server); local servers need no key and get none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR &amp;languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages without a text layer are read in the checked languages; each extra language makes reading slower. Applies to pages indexed from now on: pages already indexed are not read again. More languages come from packages such as tesseract-ocr-deu (German) or tesseract-ocr-fra (French); their files are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the next time PageLens starts. The command line follows the LANG and LC_ALL environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late-interaction server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late-interaction model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late-interaction server API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infinity (/embeddings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM (/pooling, token_embed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late-interaction server API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the server was started with --api-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server started with --api-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late Interaction (Page Images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP&amp;I:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ColPali-family server embeds page images for the &quot;late&quot; search signal and the heatmaps, e.g. infinity_emb v2 --model-id vidore/colpali-v1.2-merged, or vllm serve MODEL --runner pooling. Pages are sent only where this library may send page images. PAGELENS_LATE_API_KEY in the environment takes precedence over the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name, Tesseract code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Tesseract language is installed, so pages without a text layer cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to the library in %1. You are shown what would be sent, and asked once for each kind of data, before anything leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet for the library in %1: you are asked the first time something would leave this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are asked before this library sends anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agreed that this library may send %1 without asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1 Install or unlock a keychain (GNOME Keyring or KWallet, reached through the Secret Service), or start PageLens with %2 set in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored: %1 Install or unlock a keychain (GNOME Keyring or KWallet), or start PageLens with %2 set in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key (most local servers need none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored: %1 Set PAGELENS_LATE_API_KEY in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect objects while indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends each page image for object detection; needs page images allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection pro&amp;mpt:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::ThumbnailStrip</name>
    <message>
        <source>Page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 has detected objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1, has detected objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::ViewerPanel</name>
    <message>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All on Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the words selected on the page (drag over the words to select them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all pages in one scroll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderOptions</name>
    <message>
        <source>Model service: gemini (default) or openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address (default: the service&apos;s own, or PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation model (gemini: gemini-2.5-flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding model (gemini: gemini-embedding-001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image format to send: webp (default), jpeg or png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use gemini or openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Gemini API key: set GOOGLE_API_KEY or GEMINI_API_KEY, or store a key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OpenAI API key: set OPENAI_API_KEY or store a key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the API key to an http:// or local/private server too (by default it goes only to public https servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize images to at most this width before sending, 16 to 8192 (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late-interaction server (infinity), e.g. http://localhost:7997 (default: PAGELENS_LATE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its ColPali-family model, e.g. vidore/colpali-v1.2-merged (default: PAGELENS_LATE_MODEL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the server sends vectors: base64 (default) or float.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s API: infinity (/embeddings, default) or vllm (/pooling, task token_embed) (default: PAGELENS_LATE_DIALECT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A late-interaction server needs both --late-url and --late-model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--late-url takes an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--late-encoding takes base64 or float.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--late-dialect takes infinity or vllm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceFailure</name>
    <message>
        <source>The model service refused the API key. Check that the key is valid and allowed to use this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service does not know this model. Check the model name (--model or --embed-model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service stopped the answer before it was complete. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service is overloaded or unavailable right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service&apos;s rate limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not valid. Set a valid key in GOOGLE_API_KEY or GEMINI_API_KEY, or store one in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gemini API is not enabled for this key&apos;s project. Enable it in the Google Cloud console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily quota of the model service is used up. Try again tomorrow or use another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service&apos;s rate limit was reached. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of this API key has no quota left. Check the plan and billing of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service&apos;s rate limit was reached. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service stopped answering and the request timed out. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service cannot be reached. Check the network connection and the service address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
