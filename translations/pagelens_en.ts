<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--index is flat, hnsw or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense index, %1 pages × %2 dimensions, %3, %4 threads</source>
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
        <source>Render/OCR threads (default: one per core).</source>
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
        <source>Embedding dimension (default 768).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed page text only; send no page images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption requests per minute (default 10, Gemini&apos;s free tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption requests at once (default 2).</source>
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
        <source>%1 indexed, %2 failed, %3 need a password; %4 pages (%5 text layer, %6 OCR) in %7 s%8</source>
        <translation type="unfinished"></translation>
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
        <source>--dim needs a positive number.</source>
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
        <source>Render a page to an image</source>
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
        <source>Number of hits (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-k needs a positive number.</source>
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
    <message>
        <source>Usage: pagelens-cli render PATH#PAGE -o OUT.png [--dpi N] (10-1200 dpi)</source>
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
        <source>Detect objects: labels and boxes in pixels</source>
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
        <source>Output dimensions (default: the model&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task takes query or document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dim needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 dimensions): [%3, ...]</source>
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
        <source>Signals to use, e.g. bm25,dense (default: all the library has).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense search skipped: %1</source>
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
        <source>Could not save the vector index.</source>
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
        <source>Not enough memory for the vector index.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLens::Catalog</name>
    <message>
        <source>The library folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library catalog in %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library was written by a newer PageLens (catalog version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library catalog is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library catalog could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library catalog could not be updated.</source>
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
</context>
<context>
    <name>PageLens::DenseBenchmark</name>
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
</context>
<context>
    <name>PageLens::DenseFile</name>
    <message>
        <source>Could not save the vector index.</source>
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
</context>
<context>
    <name>PageLens::DenseIndex</name>
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
        <source>The vector index file %1 is damaged or missing; it will be rebuilt from the catalog.</source>
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
        <source>Folder %1, %n document(s)</source>
        <translation>
            <numerusform>Folder %1, %n document</numerusform>
            <numerusform>Folder %1, %n documents</numerusform>
        </translation>
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
</context>
<context>
    <name>PageLens::Enricher</name>
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
</context>
<context>
    <name>PageLens::GeminiProvider</name>
    <message>
        <source>There is no text to embed.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>PageLens::Indexer</name>
    <message>
        <source>The document has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing was cancelled.</source>
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
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages done so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service refused the API key: %1 Check the key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service&apos;s quota is used up: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service at %1 cannot be reached: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model service does not know the model: %1 Check the model names in Settings.</source>
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
        <source>Documents in the library with their indexing status. Press Enter to open a document.</source>
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
</context>
<context>
    <name>PageLens::LibraryScanner</name>
    <message>
        <source>%1 cannot be read.</source>
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
        <source>&amp;Find…</source>
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
</context>
<context>
    <name>PageLens::OpenAiProvider</name>
    <message>
        <source>There is no text to embed.</source>
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
        <source>No Gemini API key: enter one in Settings or set GOOGLE_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OpenAI API key: enter one in Settings or set OPENAI_API_KEY.</source>
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
    <message numerus="yes">
        <source>%n more with some of the words.</source>
        <translation>
            <numerusform>%n more with some of the words.</numerusform>
            <numerusform>%n more with some of the words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No page has all the words of “%1”; %n page(s) with most of them.</source>
        <translation>
            <numerusform>No page has all the words of “%1”; %n page with most of them.</numerusform>
            <numerusform>No page has all the words of “%1”; %n pages with most of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to find and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a query and press Enter.</source>
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
    <message numerus="yes">
        <source>%n page(s) match “%1”.</source>
        <translation>
            <numerusform>%n page matches “%1”.</numerusform>
            <numerusform>%n pages match “%1”.</numerusform>
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
        <source>%1 %2 (#%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2, score %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · page %2</source>
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
        <source>Leave empty for the service&apos;s own address. For a local server use its OpenAI-compatible address, e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8080/v1 (llama.cpp server); local servers need no key.</source>
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
        <source>Applies to the library in %1. You are always shown what would be sent, and asked, before anything leaves this computer.</source>
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
        <source>The key could not be stored: %1</source>
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
        <source>Resize images to at most this width before sending (default 600).</source>
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
        <source>--max-width needs a number of pixels (at least 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only %2 pages.</source>
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n with unreadable pages</source>
        <translation>
            <numerusform>%n with unreadable pages</numerusform>
            <numerusform>%n with unreadable pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed while read (still pending)</source>
        <translation>
            <numerusform>%n changed while read (still pending)</numerusform>
            <numerusform>%n changed while read (still pending)</numerusform>
        </translation>
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
</context>
</TS>
