<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccessibleNames</name>
        <message>
            <source>Clear %1</source>
            <translation>清除%1</translation>
        </message>
        <message>
            <source>More of %1</source>
            <translation>%1的更多项</translation>
        </message>
    </context>
    <context>
        <name>AgentCommands</name>
        <message>
            <source>Citations that match no page the agent saw (not shown as sources): %1</source>
            <translation>与智能体查看过的任何页面都不对应的引用（未作为来源显示）：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>Ask the library a question (answers cite pages)</source>
            <translation>向资料库提问（回答会引用页面）</translation>
        </message>
        <message>
            <source>What to ask.</source>
            <translation>要提问的内容。</translation>
        </message>
        <message>
            <source>Agree to send the question and what the tools find to the model service.</source>
            <translation>同意将问题及工具找到的内容发送给模型服务。</translation>
        </message>
        <message>
            <source>What may leave the machine for this question: never, text or images (default: the library's setting).</source>
            <translation>此问题允许发出本机的内容：never、text 或 images（默认：资料库的设置）。</translation>
        </message>
        <message>
            <source>Tool rounds before the agent gives up, 1 to 50 (default 8).</source>
            <translation>智能体放弃前的工具调用轮数，1 到 50（默认 8）。</translation>
        </message>
        <message>
            <source>Continue this conversation (see --list).</source>
            <translation>继续此对话（参见 --list）。</translation>
        </message>
        <message>
            <source>List the library's conversations.</source>
            <translation>列出资料库中的对话。</translation>
        </message>
        <message>
            <source>Delete a conversation.</source>
            <translation>删除一个对话。</translation>
        </message>
        <message>
            <source>Show a stored conversation: its questions, steps, answers and sources.</source>
            <translation>显示已保存的对话：其中的问题、步骤、回答和来源。</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli ask QUESTION [options] | ask --list | ask --show ID | ask --delete ID</source>
            <translation>用法：pagelens-cli ask QUESTION [options] | ask --list | ask --show ID | ask --delete ID</translation>
        </message>
        <message>
            <source>tool rounds</source>
            <translation>工具调用轮数</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy 的取值为 never、text 或 images。</translation>
        </message>
        <message>
            <source>Deleted conversation %1.</source>
            <translation>已删除对话 %1。</translation>
        </message>
        <message>
            <source>The library's privacy is "never", so no model was asked.</source>
            <translation>资料库的隐私设置为“never”，因此未询问任何模型。</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>尚未设置模型服务。</translation>
        </message>
        <message>
            <source>Would send to %1 (%2): the question "%3", the page text, captions and snippets the tools find</source>
            <translation>将发送到 %1（%2）：问题“%3”，以及工具找到的页面文本、描述和摘录</translation>
        </message>
        <message>
            <source>, and at most %1 page images per step (WEBP, at most 1024 px)</source>
            <translation>，另外每步最多 %1 张页面图像（WEBP，最大 1024 像素）</translation>
        </message>
        <message>
            <source>; privacy: %1; at most %2 steps.</source>
            <translation>；隐私：%1；最多 %2 步。</translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>未发送任何内容。如同意发送，请加上 --yes 重新运行。</translation>
        </message>
        <message>
            <source>Nothing was sent to a model service.</source>
            <translation>未向模型服务发送任何内容。</translation>
        </message>
        <message>
            <source>The agent stopped.</source>
            <translation>智能体已停止。</translation>
        </message>
    </context>
    <context>
        <name>AgentTools</name>
        <message numerus="yes">
            <source>searched "%1" → %n page(s)</source>
            <translation>
                <numerusform>搜索“%1”→ %n 页</numerusform>
            </translation>
        </message>
        <message>
            <source>looked at %1 p. %2</source>
            <translation>查看了 %1 第 %2 页</translation>
        </message>
        <message>
            <source>read %1 p. %2 (no image sent)</source>
            <translation>读取了 %1 第 %2 页（未发送图像）</translation>
        </message>
        <message>
            <source>read the text of %1 p. %2</source>
            <translation>读取了 %1 第 %2 页的文本</translation>
        </message>
        <message numerus="yes">
            <source>found %n object(s) on %1 p. %2</source>
            <translation>
                <numerusform>在 %1 第 %2 页上找到 %n 个对象</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 失败：%2</translation>
        </message>
        <message>
            <source>There is no tool named "%1". Use only search_library, view_page, read_page_text and detect_objects.</source>
            <translation>没有名为“%1”的工具。只能使用 search_library、view_page、read_page_text 和 detect_objects。</translation>
        </message>
        <message>
            <source>refused the undeclared tool "%1"</source>
            <translation>拒绝了未声明的工具“%1”</translation>
        </message>
        <message>
            <source>"%1" must be a whole number.</source>
            <translation>“%1”必须是整数。</translation>
        </message>
        <message>
            <source>%1: bad argument "%2"</source>
            <translation>%1：参数“%2”无效</translation>
        </message>
        <message>
            <source>The arguments do not match %1's declaration: %2</source>
            <translation>参数与 %1 的声明不符：%2</translation>
        </message>
        <message>
            <source>%1: invalid arguments</source>
            <translation>%1：参数无效</translation>
        </message>
        <message>
            <source>%1: unknown document "%2"</source>
            <translation>%1：未知文档“%2”</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s); there is no page %2.</source>
            <translation>
                <numerusform>%1 共有 %n 页，没有第 %2 页。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no page %2 in %3</source>
            <translation>%1：%3 中没有第 %2 页</translation>
        </message>
        <message>
            <source>Several documents are named "%1"; give the full path from search_library.</source>
            <translation>有多个文档名为“%1”；请提供 search_library 给出的完整路径。</translation>
        </message>
        <message>
            <source>There is no document "%1" in the library; use a path search_library returned.</source>
            <translation>资料库中没有文档“%1”；请使用 search_library 返回的路径。</translation>
        </message>
        <message>
            <source>The query is empty.</source>
            <translation>查询为空。</translation>
        </message>
        <message>
            <source>search: empty query</source>
            <translation>search：查询为空</translation>
        </message>
        <message>
            <source>search for "%1" failed</source>
            <translation>搜索“%1”失败</translation>
        </message>
        <message>
            <source>could not read %1 p. %2</source>
            <translation>无法读取 %1 第 %2 页</translation>
        </message>
        <message>
            <source>Object detection needs the page image, and this library's privacy setting allows text only.</source>
            <translation>对象检测需要页面图像，而此资料库的隐私设置只允许发送文本。</translation>
        </message>
        <message>
            <source>detect on %1 p. %2: not allowed (privacy)</source>
            <translation>在 %1 第 %2 页上检测：不允许（隐私设置）</translation>
        </message>
        <message>
            <source>No model service is available for object detection.</source>
            <translation>没有可用于对象检测的模型服务。</translation>
        </message>
        <message>
            <source>detect: no model service</source>
            <translation>detect：没有模型服务</translation>
        </message>
        <message>
            <source>detect on %1 p. %2 failed</source>
            <translation>在 %1 第 %2 页上检测失败</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>No display: running headless (see pagelens-cli --help).</source>
            <translation>没有显示器：以无界面模式运行（参见 pagelens-cli --help）。</translation>
        </message>
        <message>
            <source>Search folders of PDFs, scans and images.</source>
            <translation>搜索存放 PDF、扫描件和图像的文件夹。</translation>
        </message>
        <message>
            <source>Quit once the window is shown and the library is open (and the given paths are indexed); exit status 0 when that worked. For install checks.</source>
            <translation>窗口显示且资料库打开（并且给定路径已索引）后立即退出；成功时退出状态为 0。用于安装检查。</translation>
        </message>
        <message>
            <source>Open the library in &lt;dir&gt;.</source>
            <translation>打开 &lt;dir&gt; 中的资料库。</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>dir</translation>
        </message>
        <message>
            <source>Log debug detail.</source>
            <translation>记录调试详细信息。</translation>
        </message>
        <message>
            <source>Files and folders to add to the library.</source>
            <translation>要添加到资料库的文件和文件夹。</translation>
        </message>
        <message>
            <source>PageLens started: %1</source>
            <translation>PageLens 已启动：%1</translation>
        </message>
        <message>
            <source>PageLens failed to start: the window is not shown.</source>
            <translation>PageLens 启动失败：窗口未显示。</translation>
        </message>
        <message>
            <source>window shown, library %1 open.</source>
            <translation>窗口已显示，资料库 %1 已打开。</translation>
        </message>
        <message>
            <source>window shown, %1 indexed, %2 failed.</source>
            <translation>窗口已显示，%1 个已索引，%2 个失败。</translation>
        </message>
    </context>
    <context>
        <name>BenchCommands</name>
        <message>
            <source>Run a benchmark (bench --help lists them)</source>
            <translation>运行基准测试（bench --help 会列出所有测试）</translation>
        </message>
        <message>
            <source>Unknown benchmark %1.</source>
            <translation>未知基准测试 %1。</translation>
        </message>
        <message>
            <source>Number of vectors (default 10000).</source>
            <translation>向量数量（默认 10000）。</translation>
        </message>
        <message>
            <source>Dimensions (default 768).</source>
            <translation>维度（默认 768）。</translation>
        </message>
        <message>
            <source>Number of timed queries (default 200).</source>
            <translation>计时查询的数量（默认 200）。</translation>
        </message>
        <message>
            <source>flat, hnsw or auto (default auto: flat below the HNSW threshold).</source>
            <translation>flat、hnsw 或 auto（默认 auto：低于 HNSW 阈值时使用 flat）。</translation>
        </message>
        <message>
            <source>OpenMP and BLAS threads (default: one per core).</source>
            <translation>OpenMP 和 BLAS 线程数（默认：每个核心一个）。</translation>
        </message>
        <message>
            <source>Also time FAISS's own IndexFlatIP search, one query at a time.</source>
            <translation>同时对 FAISS 自身的 IndexFlatIP 搜索计时，每次一个查询。</translation>
        </message>
        <message>
            <source>Folder for the index file (default: a temporary folder).</source>
            <translation>存放索引文件的文件夹（默认：临时文件夹）。</translation>
        </message>
        <message>
            <source>--index is flat, hnsw or auto.</source>
            <translation>--index 的取值为 flat、hnsw 或 auto。</translation>
        </message>
        <message>
            <source>Dense index, %1 pages × %2 dimensions, %3, %4 threads (OpenMP %5)</source>
            <translation>稠密向量索引，%1 页 × %2 维，%3，%4 个线程（OpenMP %5）</translation>
        </message>
        <message>
            <source>  build %1, save %2, load %3, file %4 MB</source>
            <translation>  构建 %1，保存 %2，加载 %3，文件 %4 MB</translation>
        </message>
        <message>
            <source>  query p50 %1, p99 %2 over %3 queries, recall@%4 %5</source>
            <translation>  查询 p50 %1，p99 %2，共 %3 次查询，recall@%4 %5</translation>
        </message>
        <message>
            <source>  scan %1 GB/s, memory read %2 GB/s (bound ratio %3)</source>
            <translation>  扫描 %1 GB/s，内存读取 %2 GB/s（带宽比 %3）</translation>
        </message>
        <message>
            <source>  FAISS IndexFlatIP::search p50 %1</source>
            <translation>  FAISS IndexFlatIP::search p50 %1</translation>
        </message>
        <message>
            <source>  BLAS: %1; FAISS build: %2</source>
            <translation>  BLAS：%1；FAISS 构建：%2</translation>
        </message>
        <message>
            <source>Number of pages (default 10000).</source>
            <translation>页数（默认 10000）。</translation>
        </message>
        <message>
            <source>Vectors per page (default 1030: ColPali's 32 × 32 grid and 6 more).</source>
            <translation>每页向量数（默认 1030：ColPali 的 32 × 32 网格外加 6 个）。</translation>
        </message>
        <message>
            <source>Dimensions (default 128).</source>
            <translation>维度（默认 128）。</translation>
        </message>
        <message>
            <source>Vectors per query (default 20).</source>
            <translation>每个查询的向量数（默认 20）。</translation>
        </message>
        <message>
            <source>Number of timed queries (default 20).</source>
            <translation>计时查询的数量（默认 20）。</translation>
        </message>
        <message>
            <source>Search threads (default: one per core).</source>
            <translation>搜索线程数（默认：每个核心一个）。</translation>
        </message>
        <message>
            <source>Patches per pooled vector of the candidate stage (default 32).</source>
            <translation>候选阶段每个池化向量包含的图块数（默认 32）。</translation>
        </message>
        <message>
            <source>Pages reranked exactly by the two-stage search (default 256).</source>
            <translation>两阶段搜索中精确重排的页数（默认 256）。</translation>
        </message>
        <message>
            <source>Folder for the vector file (default: a temporary folder).</source>
            <translation>存放向量文件的文件夹（默认：临时文件夹）。</translation>
        </message>
        <message>
            <source>Keep the vector file in --dir and reuse it when the pages, vectors, dimensions and pool factor match.</source>
            <translation>将向量文件保留在 --dir 中，并在页数、向量数、维度和池化系数都相同时重复使用。</translation>
        </message>
        <message>
            <source>--keep needs --dir.</source>
            <translation>--keep 需要同时指定 --dir。</translation>
        </message>
        <message>
            <source>MaxSim, %1 pages × %2 vectors × %3 dimensions, %4 query tokens, kernel %5, %6 threads</source>
            <translation>MaxSim，%1 页 × %2 个向量 × %3 维，%4 个查询 token，内核 %5，%6 个线程</translation>
        </message>
        <message>
            <source>  write %1, open %2, file %3 MB; %4 bytes per page mapped, %5 resident</source>
            <translation>  写入 %1，打开 %2，文件 %3 MB；每页映射 %4 字节，常驻 %5</translation>
        </message>
        <message>
            <source>  exact p50 %1, p99 %2; memory roofline %3 at %4 GB/s (ratio %5)</source>
            <translation>  精确 p50 %1，p99 %2；内存 roofline %3（%4 GB/s 时，比值 %5）</translation>
        </message>
        <message>
            <source>  two-stage p50 %1, p99 %2 (pool factor %3, %4 candidates), recall@%5 %6 over %7 queries</source>
            <translation>  两阶段 p50 %1，p99 %2（池化系数 %3，%4 个候选），recall@%5 %6，共 %7 次查询</translation>
        </message>
        <message>
            <source>Number of timed steps (default 30).</source>
            <translation>计时步骤数（默认 30）。</translation>
        </message>
        <message>
            <source>The page view_page shows (default: the first image of the seed notebook, when found).</source>
            <translation>view_page 显示的页面（默认：找到时为种子笔记本的第一张图像）。</translation>
        </message>
        <message>
            <source>--pages needs at least 20.</source>
            <translation>--pages 至少为 20。</translation>
        </message>
    </context>
    <context>
        <name>CliApp</name>
        <message>
            <source>Usage: pagelens-cli [--library DIR] [--json] [--verbose] COMMAND [ARGS...]</source>
            <translation>用法： pagelens-cli [--library DIR] [--json] [--verbose] COMMAND [ARGS...]</translation>
        </message>
        <message>
            <source>       pagelens-cli --version | --help</source>
            <translation>       pagelens-cli --version | --help</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>Exit codes: 0 ok, 1 usage, 2 some inputs failed, 3 model service error.</source>
            <translation>退出码：0 成功，1 用法错误，2 部分输入失败，3 模型服务错误。</translation>
        </message>
        <message>
            <source>--library needs a folder.</source>
            <translation>--library 需要指定一个文件夹。</translation>
        </message>
        <message>
            <source>Unknown option %1.</source>
            <translation>未知选项 %1。</translation>
        </message>
        <message>
            <source>Unknown command %1.</source>
            <translation>未知命令 %1。</translation>
        </message>
    </context>
    <context>
        <name>ConsentStore</name>
        <message>
            <source>page text and page images</source>
            <translation>页面文本和页面图像</translation>
        </message>
        <message>
            <source>page text</source>
            <translation>页面文本</translation>
        </message>
        <message>
            <source>page images</source>
            <translation>页面图像</translation>
        </message>
    </context>
    <context>
        <name>ConversationStore</name>
        <message>
            <source>The conversation could not be read.</source>
            <translation>无法读取该对话。</translation>
        </message>
        <message>
            <source>There is no conversation "%1" in this library (see ask --list).</source>
            <translation>此资料库中没有对话“%1”（参见 ask --list）。</translation>
        </message>
        <message>
            <source>The conversation could not be saved.</source>
            <translation>无法保存该对话。</translation>
        </message>
        <message>
            <source>The conversations could not be read.</source>
            <translation>无法读取对话。</translation>
        </message>
        <message>
            <source>The conversation could not be deleted.</source>
            <translation>无法删除该对话。</translation>
        </message>
    </context>
    <context>
        <name>DetectionCommands</name>
        <message>
            <source>List the objects stored for a library page</source>
            <translation>列出为资料库页面保存的对象</translation>
        </message>
        <message>
            <source>A page of a library document.</source>
            <translation>资料库文档中的一个页面。</translation>
        </message>
        <message>
            <source>Keep the detections in the library (replacing this page's for the same prompt).</source>
            <translation>将检测结果保存到资料库中（替换此页面使用相同提示词的检测结果）。</translation>
        </message>
        <message>
            <source>The instruction sent with the page.</source>
            <translation>随页面一起发送的指令。</translation>
        </message>
        <message>
            <source>Longest side of the page image sent, 64 to 4096 pixels (default %1).</source>
            <translation>发送的页面图像的最长边，64 到 4096 像素（默认 %1）。</translation>
        </message>
        <message>
            <source>What may leave the machine in this run: never, text or images (default: the library's setting).</source>
            <translation>本次运行允许发出本机的内容：never、text 或 images（默认：资料库的设置）。</translation>
        </message>
        <message>
            <source>Agree to send the page image.</source>
            <translation>同意发送页面图像。</translation>
        </message>
        <message>
            <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
            <translation>其他 PageLens 正在写入资料库时等待的秒数（默认 600）。</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>像素</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy 的取值为 never、text 或 images。</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which the privacy setting (%1) does not allow; nothing was sent. Use --privacy images for this run.</source>
            <translation>对象检测需要发送页面图像，而隐私设置（%1）不允许；未发送任何内容。可在本次运行中使用 --privacy images。</translation>
        </message>
        <message>
            <source>Object detection sends 1 page image (%1, longest side %2 px) to %3 at %4.</source>
            <translation>对象检测将向 %3（%4）发送 1 张页面图像（%1，最长边 %2 px）。</translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>未发送任何内容。如同意发送，请加上 --yes 重新运行。</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) stored for %1.</source>
            <translation>
                <numerusform>已为 %1 保存 %n 个对象。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetectionLayer</name>
        <message>
            <source>detected</source>
            <translation>已检测</translation>
        </message>
        <message>
            <source>detected by %1</source>
            <translation>由 %1 检测</translation>
        </message>
        <message>
            <source>prompt “%1”</source>
            <translation>提示词“%1”</translation>
        </message>
    </context>
    <context>
        <name>ExtractiveAnswer</name>
        <message>
            <source>Search results for "%1" (%2 These are passages from your library, not an answer.)</source>
            <translation>“%1”的搜索结果（%2以下是资料库中的段落，而不是回答。）</translation>
        </message>
        <message>
            <source>No page matches.</source>
            <translation>没有匹配的页面。</translation>
        </message>
    </context>
    <context>
        <name>GeminiCodec</name>
        <message>
            <source>The model service blocked the request for safety reasons (%1).</source>
            <translation>模型服务出于安全原因拦截了该请求（%1）。</translation>
        </message>
        <message>
            <source>The model service blocked the answer for safety reasons (%1).</source>
            <translation>模型服务出于安全原因拦截了该回答（%1）。</translation>
        </message>
        <message>
            <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
            <translation>回答因达到最大输出 token 数而被截断。请允许更多 token 后重试。</translation>
        </message>
        <message>
            <source>The model service returned no answer (finish reason: %1).</source>
            <translation>模型服务未返回回答（结束原因：%1）。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>The model service returned an embedding with invalid values.</source>
            <translation>模型服务返回的嵌入包含无效值。</translation>
        </message>
        <message>
            <source>The model service returned an empty embedding.</source>
            <translation>模型服务返回了空嵌入。</translation>
        </message>
        <message>
            <source>The model service returned %1 embeddings for %2 texts.</source>
            <translation>模型服务为 %2 段文本返回了 %1 个嵌入。</translation>
        </message>
    </context>
    <context>
        <name>HeatmapCommands</name>
        <message>
            <source>Where on a page a query matched (late interaction, else term matches)</source>
            <translation>查询在页面上的匹配位置（使用延迟交互，否则使用词语匹配）</translation>
        </message>
        <message>
            <source>The query.</source>
            <translation>查询内容。</translation>
        </message>
        <message>
            <source>The page (1-based).</source>
            <translation>页码（从 1 开始）。</translation>
        </message>
        <message>
            <source>Write the page with the heatmap and a legend to this PNG.</source>
            <translation>将带有热力图和图例的页面写入此 PNG 文件。</translation>
        </message>
        <message>
            <source>Password of an encrypted PDF.</source>
            <translation>加密 PDF 的密码。</translation>
        </message>
        <message>
            <source>Send PAGELENS_LATE_API_KEY to an http:// or local server too.</source>
            <translation>也将 PAGELENS_LATE_API_KEY 发送到 http:// 或本地服务器。</translation>
        </message>
        <message>
            <source>"%1" is not a page number.</source>
            <translation>“%1”不是页码。</translation>
        </message>
        <message>
            <source>The query has no words to map.</source>
            <translation>查询中没有可以映射的词。</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 共有 %n 页。</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing term matches instead.</source>
            <translation>改为显示词语匹配。</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>%1 heatmap, %2 x %3 cells; strongest at x=%4, y=%5 of the page</source>
            <translation>%1 热力图，%2 x %3 个单元格；最强处位于页面的 x=%4，y=%5</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>已写入 %1</translation>
        </message>
    </context>
    <context>
        <name>HeatmapLayer</name>
        <message>
            <source>%1 at x %2–%3, y %4–%5 of the page</source>
            <translation>%1 位于页面的 x %2–%3，y %4–%5</translation>
        </message>
    </context>
    <context>
        <name>IndexRunner</name>
        <message>
            <source>Password to try on documents that need one.</source>
            <translation>对需要密码的文档尝试使用的密码。</translation>
        </message>
        <message>
            <source>Tesseract languages, e.g. eng+deu (default eng).</source>
            <translation>Tesseract 语言，例如 eng+deu（默认 eng）。</translation>
        </message>
        <message>
            <source>Render/OCR threads, 0 to 256 (default 0: one per core).</source>
            <translation>渲染/OCR 线程数，0 到 256（默认 0：每个核心一个）。</translation>
        </message>
        <message>
            <source>Seconds a document reader may take on one page, 1 to 3600 (default 60); a file that takes longer fails.</source>
            <translation>文档读取器处理单个页面的最长秒数，1 到 3600（默认 60）；超时的文件将失败。</translation>
        </message>
        <message>
            <source>What may leave the machine in this run: never, text or images (default: the library's setting).</source>
            <translation>本次运行允许发出本机的内容：never、text 或 images（默认：资料库的设置）。</translation>
        </message>
        <message>
            <source>Agree to the egress and cost preview and send.</source>
            <translation>同意外发内容和费用预览并发送。</translation>
        </message>
        <message>
            <source>Embedding dimension, 1 to 8192 (default 768).</source>
            <translation>嵌入维度，1 到 8192（默认 768）。</translation>
        </message>
        <message>
            <source>Embed page text only; send no page images.</source>
            <translation>仅嵌入页面文本；不发送页面图像。</translation>
        </message>
        <message>
            <source>Caption requests per minute, 0 (no limit) to 1000 (default 10, Gemini's free tier).</source>
            <translation>每分钟的描述请求数，0（不限制）到 1000（默认 10，即 Gemini 免费层级的限制）。</translation>
        </message>
        <message>
            <source>Caption requests at once, 1 to 32 (default 2).</source>
            <translation>同时进行的描述请求数，1 到 32（默认 2）。</translation>
        </message>
        <message>
            <source>Replace vectors made with another embedding model or dimension.</source>
            <translation>替换使用其他嵌入模型或维度生成的向量。</translation>
        </message>
        <message>
            <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
            <translation>其他 PageLens 正在写入资料库时等待的秒数（默认 600）。</translation>
        </message>
        <message>
            <source>render/OCR threads; 0: one per core</source>
            <translation>渲染/OCR 线程数；0：每个核心一个</translation>
        </message>
        <message>
            <source>seconds per page</source>
            <translation>每页秒数</translation>
        </message>
        <message>
            <source>embedding dimensions</source>
            <translation>嵌入维度</translation>
        </message>
        <message>
            <source>caption requests per minute; 0: no limit</source>
            <translation>每分钟描述请求数；0：不限制</translation>
        </message>
        <message>
            <source>caption requests at once</source>
            <translation>同时进行的描述请求数</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy 的取值为 never、text 或 images。</translation>
        </message>
        <message>
            <source>Late interaction: every page is embedded with %1.</source>
            <translation>延迟交互：每个页面都使用 %1 嵌入。</translation>
        </message>
        <message>
            <source>Late interaction sends page images, which the privacy setting (%1) does not allow; nothing was sent.</source>
            <translation>延迟交互需要发送页面图像，而隐私设置（%1）不允许；未发送任何内容。</translation>
        </message>
        <message numerus="yes">
            <source>Late interaction: %n page image(s) would be sent to %1 (%2).</source>
            <translation>
                <numerusform>延迟交互：将向 %1（%2）发送 %n 张页面图像。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>未发送任何内容。如同意发送，请加上 --yes 重新运行。</translation>
        </message>
        <message>
            <source>%1 pages embedded for late interaction, %2 could not be read, %3 requests%4</source>
            <translation>已为延迟交互嵌入 %1 页，%2 页无法读取，%3 个请求%4</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> （已取消）</translation>
        </message>
        <message numerus="yes">
            <source>indexed  %1 (%n page(s))</source>
            <translation>
                <numerusform>已索引  %1（%n 页）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>partial  %1: %2 of %n page(s) could not be read</source>
            <translation>
                <numerusform>不完整  %1：%n 页中有 %2 页无法读取</numerusform>
            </translation>
        </message>
        <message>
            <source>page %1: %2</source>
            <translation>第 %1 页：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) left "indexing" by an interrupted run were reset to pending.</source>
            <translation>
                <numerusform>中断的运行遗留了 %n 个处于“正在索引”状态的文档，已重置为待处理。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) kept changing while they were read and stay pending.</source>
            <translation>
                <numerusform>%n 个文档在读取期间不断变化，仍为待处理。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 indexed, %2 with errors, %3 failed, %4 need a password; %5 pages (%6 text layer, %7 OCR) in %8 s%9</source>
            <translation>%1 个已索引，%2 个有错误，%3 个失败，%4 个需要密码；共 %5 页（%6 页来自文本层，%7 页来自 OCR），用时 %8 秒%9</translation>
        </message>
        <message>
            <source>%1 captioned, %2 embedded, %3 refused by the model, %4 requests%5</source>
            <translation>%1 页已生成描述，%2 页已嵌入，%3 页被模型拒绝，%4 个请求%5</translation>
        </message>
        <message>
            <source>Also detect objects on every page not yet detected (sends page images).</source>
            <translation>同时在尚未检测的每一页上检测对象（会发送页面图像）。</translation>
        </message>
        <message>
            <source>The prompt for --detect (default: the library's, else prominent items).</source>
            <translation>--detect 使用的提示词（默认：资料库的提示词，否则为显著项目）。</translation>
        </message>
        <message>
            <source>%1 pages detected, %2 unusable answers (asked again next run)</source>
            <translation>已检测 %1 页，%2 个回答无法使用（下次运行时重新请求）</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommands</name>
        <message>
            <source>--type takes pdf, image or scan, not "%1".</source>
            <translation>--type 的取值为 pdf、image 或 scan，而不是“%1”。</translation>
        </message>
        <message>
            <source>--%1 takes a day such as 2024-05-31.</source>
            <translation>--%1 的取值为日期，例如 2024-05-31。</translation>
        </message>
        <message>
            <source>--sort takes relevance, name or date.</source>
            <translation>--sort 的取值为 relevance、name 或 date。</translation>
        </message>
        <message>
            <source>Add files and folders to the library and index them</source>
            <translation>将文件和文件夹添加到资料库并建立索引</translation>
        </message>
        <message>
            <source>Pick up changes and index pending documents</source>
            <translation>获取更改并索引待处理的文档</translation>
        </message>
        <message>
            <source>List the documents and their state</source>
            <translation>列出文档及其状态</translation>
        </message>
        <message>
            <source>Take documents or folders out of the library (the files stay)</source>
            <translation>将文档或文件夹移出资料库（文件本身保留）</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>搜索资料库</translation>
        </message>
        <message>
            <source>Find words in one document: every occurrence, page by page, with boxes</source>
            <translation>在单个文档中查找词语：逐页列出每处出现位置及其方框</translation>
        </message>
        <message>
            <source>Render a page to an image, with layers</source>
            <translation>将页面渲染为图像，可带图层</translation>
        </message>
        <message>
            <source>Run a relevance set: Recall@5, MRR@10, nDCG@5</source>
            <translation>运行相关性评测集：Recall@5、MRR@10、nDCG@5</translation>
        </message>
        <message>
            <source>Check the catalog; rebuild its indexes, or a new catalog from the library's files</source>
            <translation>检查编目；重建其索引，或根据资料库的文件新建编目</translation>
        </message>
        <message>
            <source>Files and folders to add.</source>
            <translation>要添加的文件和文件夹。</translation>
        </message>
        <message>
            <source>page %1: %2</source>
            <translation>第 %1 页：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) left "indexing" by an interrupted run were reset to pending.</source>
            <translation>
                <numerusform>中断的运行遗留了 %n 个处于“正在索引”状态的文档，已重置为待处理。</numerusform>
            </translation>
        </message>
        <message>
            <source>The library is read-only: search, status and render work; add and index do not.</source>
            <translation>此资料库为只读：search、status 和 render 可用；add 和 index 不可用。</translation>
        </message>
        <message>
            <source>Documents or folders to take out of the library.</source>
            <translation>要移出资料库的文档或文件夹。</translation>
        </message>
        <message>
            <source>Seconds to wait for another PageLens writing to the library (default 600).</source>
            <translation>等待其他 PageLens 写入资料库的秒数（默认 600）。</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n document(s) from the library; the files were not touched.</source>
            <translation>
                <numerusform>已从资料库中移除 %n 个文档；文件本身未受影响。</numerusform>
            </translation>
        </message>
        <message>
            <source>What to look for.</source>
            <translation>要查找的内容。</translation>
        </message>
        <message>
            <source>Number of hits, 1 to 1000 (default 10).</source>
            <translation>命中结果数，1 到 1000（默认 10）。</translation>
        </message>
        <message>
            <source>Only the signals that need no model service (bm25, objects), as the window searches while you type.</source>
            <translation>仅使用无需模型服务的信号（bm25、objects），与窗口中边输入边搜索的方式相同。</translation>
        </message>
        <message>
            <source>Only documents at or below this folder.</source>
            <translation>仅限此文件夹及其子文件夹中的文档。</translation>
        </message>
        <message>
            <source>Only these document types: pdf, image, scan (comma-separated).</source>
            <translation>仅限以下文档类型：pdf、image、scan（以逗号分隔）。</translation>
        </message>
        <message>
            <source>Only documents modified on or after this day.</source>
            <translation>仅限在该日期当天或之后修改的文档。</translation>
        </message>
        <message>
            <source>Only documents modified on or before this day.</source>
            <translation>仅限在该日期当天或之前修改的文档。</translation>
        </message>
        <message>
            <source>Order of the hits: relevance (default), name, date (newest first).</source>
            <translation>命中结果的排序方式：relevance（默认）、name、date（最新的在前）。</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli search QUERY [options]</source>
            <translation>用法：pagelens-cli search QUERY [options]</translation>
        </message>
        <message>
            <source>Query syntax:</source>
            <translation>查询语法：</translation>
        </message>
        <message>
            <source>Quote the whole query for the shell; a query that starts with '-' goes after --.</source>
            <translation>请为 shell 给整个查询加上引号；以“-”开头的查询要放在 -- 之后。</translation>
        </message>
        <message>
            <source>hits to show</source>
            <translation>要显示的命中结果数</translation>
        </message>
        <message>
            <source>No page has all the words; pages with most of them:</source>
            <translation>没有页面包含所有词语；包含其中大部分词语的页面：</translation>
        </message>
        <message>
            <source>Pages with some of the words:</source>
            <translation>包含部分词语的页面：</translation>
        </message>
        <message>
            <source>The words to find, in this order.</source>
            <translation>要查找的词语，按此顺序出现。</translation>
        </message>
        <message>
            <source>A document of the library.</source>
            <translation>资料库中的一个文档。</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n 个命中结果</numerusform>
            </translation>
        </message>
        <message>
            <source>The page to render.</source>
            <translation>要渲染的页面。</translation>
        </message>
        <message>
            <source>Output image file.</source>
            <translation>输出图像文件。</translation>
        </message>
        <message>
            <source>Resolution (default 150).</source>
            <translation>分辨率（默认 150）。</translation>
        </message>
        <message>
            <source>Password of an encrypted PDF.</source>
            <translation>加密 PDF 的密码。</translation>
        </message>
        <message>
            <source>Draw these layers of a library page: detections, hits (with --query).</source>
            <translation>绘制资料库页面的以下图层：detections、hits（需配合 --query）。</translation>
        </message>
        <message>
            <source>The search whose hit boxes the hits layer draws.</source>
            <translation>hits 图层所绘制命中方框对应的搜索。</translation>
        </message>
        <message>
            <source>--layers takes detections and hits, not "%1".</source>
            <translation>--layers 的取值为 detections 和 hits，而不是“%1”。</translation>
        </message>
        <message>
            <source>The hits layer needs --query.</source>
            <translation>hits 图层需要 --query。</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli render PATH#PAGE -o OUT.png [--dpi N] (%1-%2 dpi)</source>
            <translation>用法：pagelens-cli render PATH#PAGE -o OUT.png [--dpi N]（%1-%2 dpi）</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 共有 %n 页。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Relevance set (TSV).</source>
            <translation>相关性评测集（TSV）。</translation>
        </message>
        <message>
            <source>Folder the relevance set's paths are relative to.</source>
            <translation>相关性评测集中路径所相对的文件夹。</translation>
        </message>
        <message>
            <source>Catalog check: %1</source>
            <translation>编目检查：%1</translation>
        </message>
        <message>
            <source>Text indexes (pages_fts, pages_trigram) rebuilt from the catalog's pages.</source>
            <translation>已根据编目中的页面重建文本索引（pages_fts、pages_trigram）。</translation>
        </message>
        <message numerus="yes">
            <source>Dense index rebuilt from the catalog: %n vector(s).</source>
            <translation>
                <numerusform>已根据编目重建稠密向量索引：%n 个向量。</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows were lost, so a new catalog was made. The damaged one is kept at %1.</source>
            <translation>有数据行丢失，因此已新建编目。损坏的编目保留在 %1。</translation>
        </message>
        <message numerus="yes">
            <source>Added again from the files the library knew (%n folder(s) and file(s)):</source>
            <translation>
                <numerusform>已根据资料库已知的文件重新添加（%n 个文件夹和文件）：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) read again.</source>
            <translation>
                <numerusform>已重新读取 %n 个文档。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaGuard</name>
        <message>
            <source>A media part has no MIME type.</source>
            <translation>某个媒体部分没有 MIME 类型。</translation>
        </message>
        <message>
            <source>The model service cannot read %1 content.</source>
            <translation>模型服务无法读取 %1 内容。</translation>
        </message>
        <message>
            <source>A media part has no content.</source>
            <translation>某个媒体部分没有内容。</translation>
        </message>
        <message>
            <source>%1 is too large to send (%2 MB, limit %3 MB).</source>
            <translation>%1 太大，无法发送（%2 MB，上限 %3 MB）。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>The %1 content is too large to send inline (%2 MB, limit %3 MB).</source>
            <translation>%1 内容太大，无法内联发送（%2 MB，上限 %3 MB）。</translation>
        </message>
        <message>
            <source>The %1 content is too large to upload (%2 MB, limit %3 MB).</source>
            <translation>%1 内容太大，无法上传（%2 MB，上限 %3 MB）。</translation>
        </message>
        <message>
            <source>The request is too large to send inline (%1 MB, limit %2 MB).</source>
            <translation>请求太大，无法内联发送（%1 MB，上限 %2 MB）。</translation>
        </message>
    </context>
    <context>
        <name>ModelCommands</name>
        <message>
            <source>Describe an image or a page with the model</source>
            <translation>用模型描述图像或页面</translation>
        </message>
        <message>
            <source>Describe the difference between two images</source>
            <translation>描述两张图像之间的差异</translation>
        </message>
        <message>
            <source>Summarize a whole PDF with the model</source>
            <translation>用模型总结整个 PDF</translation>
        </message>
        <message>
            <source>Detect objects: labels and boxes (pixels, or stored for a library page)</source>
            <translation>检测对象：标签和方框（以像素表示，或为资料库页面保存）</translation>
        </message>
        <message>
            <source>Print embedding vectors of texts</source>
            <translation>输出文本的嵌入向量</translation>
        </message>
        <message>
            <source>Image, or PDF page as FILE#PAGE.</source>
            <translation>图像，或以 FILE#PAGE 表示的 PDF 页面。</translation>
        </message>
        <message>
            <source>Two images (or PDF pages as FILE#PAGE).</source>
            <translation>两张图像（或以 FILE#PAGE 表示的 PDF 页面）。</translation>
        </message>
        <message>
            <source>A PDF file.</source>
            <translation>一个 PDF 文件。</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <source>%1 is not a PDF file.</source>
            <translation>%1 不是 PDF 文件。</translation>
        </message>
        <message>
            <source>Write the image with boxes and labels to this PNG.</source>
            <translation>将带有方框和标签的图像写入此 PNG 文件。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Image size: %1 x %2</source>
            <translation>图像尺寸：%1 x %2</translation>
        </message>
        <message>
            <source>Texts to embed.</source>
            <translation>要嵌入的文本。</translation>
        </message>
        <message>
            <source>query or document (default).</source>
            <translation>query 或 document（默认）。</translation>
        </message>
        <message>
            <source>Output dimensions, 1 to 8192 (default: the model's).</source>
            <translation>输出维度，1 到 8192（默认：模型自身的维度）。</translation>
        </message>
        <message>
            <source>--task takes query or document.</source>
            <translation>--task 的取值为 query 或 document。</translation>
        </message>
        <message>
            <source>output dimensions</source>
            <translation>输出维度</translation>
        </message>
        <message>
            <source>%1 (%2 dimensions): [%3, ...]</source>
            <translation>%1（%2 维）：[%3, ...]</translation>
        </message>
    </context>
    <context>
        <name>ObjectDetector</name>
        <message>
            <source>The model did not return any bounding boxes.</source>
            <translation>模型未返回任何边界框。</translation>
        </message>
        <message>
            <source>The model returned a bounding box without four coordinates.</source>
            <translation>模型返回的边界框没有四个坐标。</translation>
        </message>
        <message>
            <source>The model returned a bounding box without a label.</source>
            <translation>模型返回的边界框没有标签。</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) reached outside the image and were cut at its edge.</source>
            <translation>
                <numerusform>%n 个方框超出图像范围，已在图像边缘截断。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) had their corners the wrong way round and were turned.</source>
            <translation>
                <numerusform>%n 个方框的角点顺序颠倒，已纠正。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) without area were dropped.</source>
            <translation>
                <numerusform>已丢弃 %n 个面积为零的方框。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segmentation mask(s) could not be read; their boxes are kept.</source>
            <translation>
                <numerusform>%n 个分割掩码无法读取；其方框已保留。</numerusform>
            </translation>
        </message>
        <message>
            <source>The model found %1 objects; the first %2 are kept.</source>
            <translation>模型找到了 %1 个对象；仅保留前 %2 个。</translation>
        </message>
    </context>
    <context>
        <name>OpenAiCodec</name>
        <message>
            <source>This model service cannot read %1 links; send the file itself.</source>
            <translation>此模型服务无法读取 %1 链接；请直接发送文件本身。</translation>
        </message>
        <message>
            <source>This model service cannot read PDF files; send page images instead.</source>
            <translation>此模型服务无法读取 PDF 文件；请改为发送页面图像。</translation>
        </message>
        <message>
            <source>The model service refused to answer (content filter).</source>
            <translation>模型服务拒绝回答（内容过滤）。</translation>
        </message>
        <message>
            <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
            <translation>回答因达到最大输出 token 数而被截断。请允许更多 token 后重试。</translation>
        </message>
        <message>
            <source>The model returned a malformed tool call.</source>
            <translation>模型返回了格式错误的工具调用。</translation>
        </message>
        <message>
            <source>The model service returned no answer (finish reason: %1).</source>
            <translation>模型服务未返回回答（结束原因：%1）。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>The model service returned an embedding with invalid values.</source>
            <translation>模型服务返回的嵌入包含无效值。</translation>
        </message>
        <message>
            <source>The model service returned an empty embedding.</source>
            <translation>模型服务返回了空嵌入。</translation>
        </message>
        <message>
            <source>The model service returned %1 embeddings for %2 texts.</source>
            <translation>模型服务为 %2 段文本返回了 %1 个嵌入。</translation>
        </message>
    </context>
    <context>
        <name>PageLens</name>
        <message>
            <source>Dense vector index: build, save, load, query latency, recall@10</source>
            <translation>稠密向量索引：构建、保存、加载、查询延迟、recall@10</translation>
        </message>
        <message>
            <source>Late interaction (MaxSim): exact and two-stage latency, recall@10, memory roofline</source>
            <translation>延迟交互（MaxSim）：精确搜索和两阶段搜索的延迟、recall@10、内存 roofline</translation>
        </message>
        <message>
            <source>Agent: its own time per step (search, view, read, request), model excluded</source>
            <translation>智能体：每个步骤（搜索、查看、读取、请求）自身耗时，不含模型时间</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli bench NAME [OPTIONS]</source>
            <translation>用法：pagelens-cli bench NAME [OPTIONS]</translation>
        </message>
        <message>
            <source>Benchmarks:</source>
            <translation>基准测试：</translation>
        </message>
        <message>
            <source>Unexpected argument %1.</source>
            <translation>多余的参数 %1。</translation>
        </message>
        <message>
            <source>--%1 needs a positive number.</source>
            <translation>--%1 需要一个正数。</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli %1 %2</source>
            <translation>用法：pagelens-cli %1 %2</translation>
        </message>
        <message>
            <source>%1 takes a whole number from %2 to %3 (%4).</source>
            <translation>%1 须为 %2 到 %3 之间的整数（%4）。</translation>
        </message>
        <message>
            <source>Name a page as PATH#PAGE (pages count from 1).</source>
            <translation>请以 PATH#PAGE 的形式指定页面（页码从 1 开始）。</translation>
        </message>
        <message>
            <source>%1 is not indexed yet (run index).</source>
            <translation>%1 尚未索引（请运行 index）。</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 共有 %n 页。</numerusform>
            </translation>
        </message>
        <message>
            <source>--wait takes a number of seconds (0 or more).</source>
            <translation>--wait 的取值为秒数（0 或更大）。</translation>
        </message>
        <message>
            <source>Signals to use, e.g. bm25,dense,late (default: all the library has).</source>
            <translation>要使用的信号，例如 bm25,dense,late（默认：资料库中已有的全部信号）。</translation>
        </message>
        <message>
            <source>Fusion weights, e.g. bm25=1,dense=0.5 (default 1 each).</source>
            <translation>融合权重，例如 bm25=1,dense=0.5（默认均为 1）。</translation>
        </message>
        <message>
            <source>Signal "%1" skipped: %2</source>
            <translation>已跳过信号“%1”：%2</translation>
        </message>
        <message>
            <source>Tokens: %1 prompt, %2 output, %3 total.</source>
            <translation>token 用量：提示词 %1，输出 %2，共 %3。</translation>
        </message>
        <message>
            <source>--as takes bytes, base64 or uri, not "%1".</source>
            <translation>--as 的取值为 bytes、base64 或 uri，而不是“%1”。</translation>
        </message>
        <message>
            <source>Cannot write a temporary file for the upload.</source>
            <translation>无法为上传写入临时文件。</translation>
        </message>
        <message>
            <source>How to send the file: bytes (default), base64 or uri (upload).</source>
            <translation>文件的发送方式：bytes（默认）、base64 或 uri（上传）。</translation>
        </message>
        <message>
            <source>The instruction sent with the file.</source>
            <translation>随文件一起发送的指令。</translation>
        </message>
        <message>
            <source>Could not save the index file.</source>
            <translation>无法保存索引文件。</translation>
        </message>
        <message>
            <source>The index file %1 is damaged or missing.</source>
            <translation>索引文件 %1 已损坏或缺失。</translation>
        </message>
        <message>
            <source>Could not save %1 (%2). The library keeps its previous index; free disk space and index again.</source>
            <translation>无法保存 %1（%2）。资料库保留之前的索引；请释放磁盘空间后重新建立索引。</translation>
        </message>
        <message>
            <source>Could not read the index file %1.</source>
            <translation>无法读取索引文件 %1。</translation>
        </message>
        <message>
            <source>The benchmark needs positive --pages, --dim and --queries.</source>
            <translation>该基准测试需要为正数的 --pages、--dim 和 --queries。</translation>
        </message>
        <message>
            <source>Could not create a temporary folder.</source>
            <translation>无法创建临时文件夹。</translation>
        </message>
        <message>
            <source>The FAISS baseline failed.</source>
            <translation>FAISS 基线测试失败。</translation>
        </message>
        <message>
            <source>The vector index file %1 is damaged or missing; it will be rebuilt from the catalog.</source>
            <translation>向量索引文件 %1 已损坏或缺失；将根据编目重建。</translation>
        </message>
        <message>
            <source>Could not read the vector index %1.</source>
            <translation>无法读取向量索引 %1。</translation>
        </message>
        <message>
            <source>The vector index holds %1-dimensional embeddings but the library uses %2 dimensions; it will be rebuilt.</source>
            <translation>向量索引存放的是 %1 维嵌入，而资料库使用 %2 维；将重建该索引。</translation>
        </message>
        <message>
            <source>Not enough memory for the vector index.</source>
            <translation>内存不足，无法容纳向量索引。</translation>
        </message>
        <message>
            <source>The embedding has %1 dimensions but the library's vector index holds %2-dimensional embeddings.</source>
            <translation>该嵌入有 %1 维，但资料库的向量索引存放的是 %2 维嵌入。</translation>
        </message>
        <message>
            <source>Could not add to the vector index.</source>
            <translation>无法添加到向量索引。</translation>
        </message>
        <message>
            <source>The embedding of page %1 is zero or not a number.</source>
            <translation>第 %1 页的嵌入为零或不是数值。</translation>
        </message>
        <message>
            <source>Could not remove pages from the vector index.</source>
            <translation>无法从向量索引中移除页面。</translation>
        </message>
        <message>
            <source>The query embedding is zero or not a number.</source>
            <translation>查询嵌入为零或不是数值。</translation>
        </message>
        <message>
            <source>Could not search the vector index.</source>
            <translation>无法搜索向量索引。</translation>
        </message>
        <message>
            <source>Could not rebuild the vector index.</source>
            <translation>无法重建向量索引。</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Could not save the vector index.</source>
            <translation>无法保存向量索引。</translation>
        </message>
        <message>
            <source>The vector index file uses another similarity measure; it will be rebuilt.</source>
            <translation>向量索引文件使用了其他相似度度量；将重建该文件。</translation>
        </message>
        <message>
            <source>Could not delete old vector index files in %1.</source>
            <translation>无法删除 %1 中的旧向量索引文件。</translation>
        </message>
        <message>
            <source>The benchmark needs positive --pages, --patches, --dim, --query-tokens and --queries.</source>
            <translation>该基准测试需要为正数的 --pages、--patches、--dim、--query-tokens 和 --queries。</translation>
        </message>
        <message>
            <source>The query vectors do not have the %1 dimensions of the page vectors.</source>
            <translation>查询向量的维度与页面向量的 %1 维不一致。</translation>
        </message>
        <message>
            <source>The page vector file %1 is damaged; it needs to be rebuilt.</source>
            <translation>页面向量文件 %1 已损坏；需要重建。</translation>
        </message>
        <message>
            <source>The page vector file %1 is damaged or missing; it needs to be rebuilt.</source>
            <translation>页面向量文件 %1 已损坏或缺失；需要重建。</translation>
        </message>
        <message>
            <source>Page vectors need a dimension between 1 and 65536.</source>
            <translation>页面向量的维度必须介于 1 和 65536 之间。</translation>
        </message>
        <message>
            <source>The vectors of page %1 do not fit the page vector file.</source>
            <translation>第 %1 页的向量与页面向量文件不符。</translation>
        </message>
        <message>
            <source>This library's pages were embedded with %1, not %2. Re-embed the library to switch models.</source>
            <translation>此资料库的页面是用 %1 嵌入的，而不是 %2。要切换模型，请重新嵌入资料库。</translation>
        </message>
        <message>
            <source>The model service returned a wrong number of embeddings.</source>
            <translation>模型服务返回的嵌入数量不正确。</translation>
        </message>
        <message>
            <source>The model returned %1-dimensional vectors; the library uses %2.</source>
            <translation>模型返回了 %1 维向量；资料库使用的是 %2 维。</translation>
        </message>
        <message>
            <source>Privacy is set to "never send": nothing leaves this machine.</source>
            <translation>隐私设置为“从不发送”：任何内容都不会离开本机。</translation>
        </message>
        <message>
            <source>This run would send to the model service:</source>
            <translation>本次运行将向模型服务发送：</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for captions</source>
            <translation>
                <numerusform>%n 张页面图像，用于生成描述</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page text(s) for embeddings</source>
            <translation>
                <numerusform>%n 段页面文本，用于生成嵌入</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %1 tokens in %n request(s)</source>
            <translation>
                <numerusform>约 %1 个 token，共 %n 个请求</numerusform>
            </translation>
        </message>
        <message>
            <source>privacy setting: %1</source>
            <translation>隐私设置：%1</translation>
        </message>
        <message>
            <source>Not read: the file already failed.</source>
            <translation>未读取：该文件此前已失败。</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) could not be read.</source>
            <translation>
                <numerusform>%n 页无法读取。</numerusform>
            </translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>该文档没有页面。</translation>
        </message>
        <message>
            <source>Indexing was cancelled.</source>
            <translation>索引已取消。</translation>
        </message>
        <message>
            <source>The file kept changing while it was read; it will be read again on the next run.</source>
            <translation>文件在读取期间不断变化；将在下次运行时重新读取。</translation>
        </message>
        <message>
            <source>Late interaction sends page images, which this library's privacy setting (%1) does not allow. Set it to "images" (--privacy images) to use it.</source>
            <translation>延迟交互需要发送页面图像，而此资料库的隐私设置（%1）不允许。要使用该功能，请将其设为“images”（--privacy images）。</translation>
        </message>
        <message>
            <source>The library's page vectors were made with %1, not %2. Run again with --reembed to replace them.</source>
            <translation>资料库的页面向量是用 %1 生成的，而不是 %2。请加上 --reembed 重新运行以替换这些向量。</translation>
        </message>
        <message>
            <source>The late-interaction server returned %1-wide vectors; %2 expects %3.</source>
            <translation>延迟交互服务器返回的向量宽度为 %1；%2 需要 %3。</translation>
        </message>
        <message>
            <source>The PDF made the reader crash</source>
            <translation>该 PDF 导致读取器崩溃</translation>
        </message>
        <message>
            <source>The file made the reader crash</source>
            <translation>该文件导致读取器崩溃</translation>
        </message>
        <message>
            <source>The document reader could not be started.</source>
            <translation>无法启动文档读取器。</translation>
        </message>
        <message>
            <source>Reading page %1 took longer than %2 s</source>
            <translation>读取第 %1 页耗时超过 %2 秒</translation>
        </message>
        <message>
            <source>Opening the file took longer than %1 s</source>
            <translation>打开文件耗时超过 %1 秒</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>第 %1 页</translation>
        </message>
        <message>
            <source>opening</source>
            <translation>打开时</translation>
        </message>
        <message>
            <source>The reader ran out of memory</source>
            <translation>读取器内存不足</translation>
        </message>
        <message>
            <source>%1, limit %2 MB</source>
            <translation>%1，上限 %2 MB</translation>
        </message>
        <message>
            <source>%1, signal %2</source>
            <translation>%1，信号 %2</translation>
        </message>
        <message>
            <source>%1, exit code %2</source>
            <translation>%1，退出码 %2</translation>
        </message>
        <message>
            <source>The document reader sent an answer PageLens cannot read.</source>
            <translation>文档读取器发送了 PageLens 无法读取的应答。</translation>
        </message>
        <message>
            <source>The library catalog could not be updated.</source>
            <translation>无法更新资料库编目。</translation>
        </message>
        <message>
            <source>it cannot be read (%1)</source>
            <translation>无法读取（%1）</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>it is not an SQLite database</source>
            <translation>不是 SQLite 数据库</translation>
        </message>
        <message>
            <source>its header is damaged</source>
            <translation>文件头已损坏</translation>
        </message>
        <message>
            <source>the file is truncated (%1 bytes)</source>
            <translation>文件被截断（%1 字节）</translation>
        </message>
        <message>
            <source>The library catalog is damaged: %1. Run `pagelens-cli repair` to rebuild it (the damaged file is kept).</source>
            <translation>资料库编目已损坏：%1。请运行 `pagelens-cli repair` 进行重建（损坏的文件会保留）。</translation>
        </message>
        <message>
            <source>The library folder %1 cannot be created.</source>
            <translation>无法创建资料库文件夹 %1。</translation>
        </message>
        <message>
            <source>There is no library in %1, and it cannot be created there (the folder cannot be written).</source>
            <translation>%1 中没有资料库，也无法在此创建（该文件夹不可写）。</translation>
        </message>
        <message>
            <source>The library catalog in %1 cannot be opened.</source>
            <translation>无法打开 %1 中的资料库编目。</translation>
        </message>
        <message>
            <source>The library catalog in %1 cannot be read.</source>
            <translation>无法读取 %1 中的资料库编目。</translation>
        </message>
        <message>
            <source>The library in %1 is read-only and was written by another version of PageLens, so it cannot be upgraded to be read.</source>
            <translation>%1 中的资料库为只读，且由其他版本的 PageLens 写入，因此无法为读取而升级。</translation>
        </message>
        <message>
            <source>The document is not in the library.</source>
            <translation>该文档不在资料库中。</translation>
        </message>
        <message>
            <source>%1 is not in the library.</source>
            <translation>%1 不在资料库中。</translation>
        </message>
        <message>
            <source>The library catalog is locked.</source>
            <translation>资料库编目已被锁定。</translation>
        </message>
        <message>
            <source>Page %1 is not in the library.</source>
            <translation>第 %1 页不在资料库中。</translation>
        </message>
        <message>
            <source>The page is not in the library.</source>
            <translation>该页面不在资料库中。</translation>
        </message>
        <message>
            <source>This library was written by a newer PageLens (catalog version %1).</source>
            <translation>此资料库由较新版本的 PageLens 写入（编目版本 %1）。</translation>
        </message>
        <message>
            <source>The library catalog could not be upgraded (step %1).</source>
            <translation>无法升级资料库编目（第 %1 步）。</translation>
        </message>
        <message>
            <source>The late-interaction index has no model yet.</source>
            <translation>延迟交互索引尚无模型。</translation>
        </message>
        <message>
            <source>The library %1 is read-only (its folder or catalog cannot be written): search, status and render work, adding and indexing do not.</source>
            <translation>资料库 %1 为只读（其文件夹或编目不可写）：搜索、状态查看和渲染可用，添加和索引不可用。</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>无应答</translation>
        </message>
        <message>
            <source>The text index could not be rebuilt.</source>
            <translation>无法重建文本索引。</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>There is no library catalog in %1.</source>
            <translation>%1 中没有资料库编目。</translation>
        </message>
        <message>
            <source>The library %1 is read-only: it cannot be repaired here.</source>
            <translation>资料库 %1 为只读：无法在此修复。</translation>
        </message>
        <message>
            <source>The damaged catalog could not be moved aside to %1.</source>
            <translation>无法将损坏的编目移到 %1。</translation>
        </message>
        <message>
            <source>%1 cannot be read.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 不存在。</translation>
        </message>
        <message>
            <source>%1 is not a regular file.</source>
            <translation>%1 不是普通文件。</translation>
        </message>
        <message>
            <source>The library %1 cannot be written (no permission to create its lock file).</source>
            <translation>无法写入资料库 %1（没有创建其锁文件的权限）。</translation>
        </message>
        <message>
            <source>Waiting for another PageLens to finish writing to %1…</source>
            <translation>正在等待另一个 PageLens 完成对 %1 的写入…</translation>
        </message>
        <message>
            <source>Cancelled while waiting to write to the library.</source>
            <translation>等待写入资料库时已取消。</translation>
        </message>
        <message numerus="yes">
            <source>Another PageLens (process %1) is still writing to %2; gave up after %n second(s).</source>
            <translation>
                <numerusform>另一个 PageLens（进程 %1）仍在写入 %2；等待 %n 秒后已放弃。</numerusform>
            </translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>请求已取消。</translation>
        </message>
        <message>
            <source>No answer came within %1 s.</source>
            <translation>%1 秒内未收到应答。</translation>
        </message>
        <message>
            <source>The model service sent an answer that could not be read.</source>
            <translation>模型服务发送的应答无法读取。</translation>
        </message>
        <message>
            <source>The model's answer does not have the expected structure.</source>
            <translation>模型的回答不符合预期的结构。</translation>
        </message>
        <message>
            <source>The model's answer is not valid JSON.</source>
            <translation>模型的回答不是有效的 JSON。</translation>
        </message>
        <message>
            <source>The keychain cannot be used from the user interface thread.</source>
            <translation>不能在用户界面线程中使用密钥环。</translation>
        </message>
        <message>
            <source>The keychain did not answer in time.</source>
            <translation>密钥环未及时响应。</translation>
        </message>
        <message>
            <source>No API key is stored in the keychain.</source>
            <translation>密钥环中未保存 API 密钥。</translation>
        </message>
        <message>
            <source>The keychain is not available.</source>
            <translation>密钥环不可用。</translation>
        </message>
        <message>
            <source>The late-interaction server sent vectors that could not be read.</source>
            <translation>延迟交互服务器发送的向量无法读取。</translation>
        </message>
        <message>
            <source>The late-interaction server has no such endpoint: check its address and the dialect (--late-dialect infinity or vllm).</source>
            <translation>延迟交互服务器没有此端点：请检查其地址和接口类型（--late-dialect infinity 或 vllm）。</translation>
        </message>
        <message>
            <source>The late-interaction server does not serve this model (--late-model): %1</source>
            <translation>延迟交互服务器未提供此模型（--late-model）：%1</translation>
        </message>
        <message>
            <source>The late-interaction server returned %1 vectors for a page, too few for a %2 × %3 patch grid: is it serving the configured model?</source>
            <translation>延迟交互服务器为一个页面返回了 %1 个向量，不足以构成 %2 × %3 的图块网格：该服务器提供的是否为所配置的模型？</translation>
        </message>
        <message>
            <source>The model service sent a stream that could not be read.</source>
            <translation>模型服务发送的数据流无法读取。</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>文件不存在。</translation>
        </message>
        <message>
            <source>This is not a regular file.</source>
            <translation>这不是普通文件。</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>文件为空。</translation>
        </message>
        <message>
            <source>This file is neither a PDF nor a supported image (PNG, JPEG, WebP, TIFF, BMP, GIF).</source>
            <translation>此文件既不是 PDF，也不是受支持的图像（PNG、JPEG、WebP、TIFF、BMP、GIF）。</translation>
        </message>
        <message>
            <source>The image header is unreadable.</source>
            <translation>无法读取图像文件头。</translation>
        </message>
        <message>
            <source>The image is too large to open safely.</source>
            <translation>图像太大，无法安全打开。</translation>
        </message>
        <message>
            <source>The image cannot be decoded.</source>
            <translation>无法解码该图像。</translation>
        </message>
        <message>
            <source>This image format is not supported.</source>
            <translation>不支持此图像格式。</translation>
        </message>
        <message>
            <source>The image has no such page.</source>
            <translation>图像中没有该页。</translation>
        </message>
        <message>
            <source>There is no image to encode.</source>
            <translation>没有要编码的图像。</translation>
        </message>
        <message>
            <source>The image cannot be encoded.</source>
            <translation>无法编码该图像。</translation>
        </message>
        <message>
            <source>Unknown image format; use webp, jpeg or png.</source>
            <translation>未知图像格式；请使用 webp、jpeg 或 png。</translation>
        </message>
        <message>
            <source>The file is too large to send.</source>
            <translation>文件太大，无法发送。</translation>
        </message>
        <message>
            <source>The image cannot be read.</source>
            <translation>无法读取该图像。</translation>
        </message>
        <message>
            <source>The image has an implausible number of pages.</source>
            <translation>图像的页数不合常理。</translation>
        </message>
        <message>
            <source>A page of the image cannot be read.</source>
            <translation>无法读取图像中的某一页。</translation>
        </message>
        <message>
            <source>There is no such page.</source>
            <translation>没有该页。</translation>
        </message>
        <message>
            <source>The image changed while it was open.</source>
            <translation>图像在打开期间发生了变化。</translation>
        </message>
        <message>
            <source>The PDF needs a password.</source>
            <translation>该 PDF 需要密码。</translation>
        </message>
        <message>
            <source>The password is wrong for this PDF.</source>
            <translation>该 PDF 的密码错误。</translation>
        </message>
        <message>
            <source>The PDF is encrypted in a way that cannot be opened.</source>
            <translation>该 PDF 的加密方式无法打开。</translation>
        </message>
        <message>
            <source>The PDF is damaged and cannot be read.</source>
            <translation>该 PDF 已损坏，无法读取。</translation>
        </message>
        <message>
            <source>The PDF cannot be read.</source>
            <translation>无法读取该 PDF。</translation>
        </message>
        <message>
            <source>The PDF has no readable pages.</source>
            <translation>该 PDF 没有可读取的页面。</translation>
        </message>
        <message>
            <source>The page has no size.</source>
            <translation>页面没有尺寸。</translation>
        </message>
        <message>
            <source>The page is too large to render at this resolution.</source>
            <translation>页面太大，无法以此分辨率渲染。</translation>
        </message>
        <message>
            <source>The page cannot be rendered.</source>
            <translation>无法渲染该页面。</translation>
        </message>
        <message>
            <source>The PDF's text cannot be read.</source>
            <translation>无法读取该 PDF 的文本。</translation>
        </message>
        <message>
            <source>The page's text cannot be read.</source>
            <translation>无法读取该页面的文本。</translation>
        </message>
        <message>
            <source>The page's text takes too long to read.</source>
            <translation>读取该页面的文本耗时过长。</translation>
        </message>
        <message>
            <source>Text recognition is not available: no OCR language is installed.</source>
            <translation>文字识别不可用：未安装任何 OCR 语言。</translation>
        </message>
        <message>
            <source>There is no image to read.</source>
            <translation>没有要识别的图像。</translation>
        </message>
        <message>
            <source>Text recognition failed on this page.</source>
            <translation>此页面的文字识别失败。</translation>
        </message>
        <message numerus="yes">
            <source>The model service did not answer within %n second(s).</source>
            <translation>
                <numerusform>模型服务在 %n 秒内未响应。</numerusform>
            </translation>
        </message>
        <message>
            <source>The model service returned no query embedding.</source>
            <translation>模型服务未返回查询嵌入。</translation>
        </message>
        <message>
            <source>The signal "%1" is not available in this library (available: %2).</source>
            <translation>信号“%1”在此资料库中不可用（可用信号：%2）。</translation>
        </message>
        <message>
            <source>Heatmaps are not available for this model: its patch grid is not known.</source>
            <translation>此模型无法使用热力图：其图块网格未知。</translation>
        </message>
        <message>
            <source>The query has no words to map.</source>
            <translation>查询中没有可以映射的词。</translation>
        </message>
        <message>
            <source>The query and page vectors differ in width (%1, %2).</source>
            <translation>查询向量与页面向量的宽度不同（%1，%2）。</translation>
        </message>
        <message>
            <source>Heatmaps are not available for %1: its patch grid is not known.</source>
            <translation>%1 无法使用热力图：其图块网格未知。</translation>
        </message>
        <message numerus="yes">
            <source>The late-interaction server did not answer within %n second(s).</source>
            <translation>
                <numerusform>延迟交互服务器在 %n 秒内未响应。</numerusform>
            </translation>
        </message>
        <message>
            <source>The late-interaction server returned %1-wide query vectors; the library's page vectors are %2 wide.</source>
            <translation>延迟交互服务器返回的查询向量宽度为 %1；资料库的页面向量宽度为 %2。</translation>
        </message>
        <message>
            <source>--weights takes a list such as bm25=1,dense=0.5 (signals: %1).</source>
            <translation>--weights 的取值为类似 bm25=1,dense=0.5 的列表（信号：%1）。</translation>
        </message>
        <message>
            <source>No model service is set up to embed the query (set a key or a local server).</source>
            <translation>尚未设置用于嵌入查询的模型服务（请设置密钥或本地服务器）。</translation>
        </message>
        <message>
            <source>No page of this library was embedded by a late-interaction server (index with --late-url and --late-model).</source>
            <translation>此资料库中没有任何页面由延迟交互服务器嵌入（请使用 --late-url 和 --late-model 建立索引）。</translation>
        </message>
        <message>
            <source>No late-interaction server is set up to embed the query (--late-url, --late-model).</source>
            <translation>尚未设置用于嵌入查询的延迟交互服务器（--late-url、--late-model）。</translation>
        </message>
        <message>
            <source>The library's page vectors were made with %1, but the late-interaction server is set up for %2.</source>
            <translation>资料库的页面向量是用 %1 生成的，但延迟交互服务器设置的是 %2。</translation>
        </message>
        <message>
            <source>has only: %1</source>
            <translation>仅包含：%1</translation>
        </message>
        <message>
            <source>matched: %1</source>
            <translation>匹配：%1</translation>
        </message>
        <message>
            <source>similar in meaning</source>
            <translation>含义相近</translation>
        </message>
        <message>
            <source>signals: %1</source>
            <translation>信号：%1</translation>
        </message>
        <message>
            <source>caption</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>objects</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>looks like</source>
            <translation>外观相似</translation>
        </message>
        <message>
            <source>The search failed.</source>
            <translation>搜索失败。</translation>
        </message>
        <message>
            <source>Objects: %1</source>
            <translation>对象：%1</translation>
        </message>
        <message>
            <source>Pages with all the words are found.
"exact phrase"  the words in this order
-word or NOT word  pages without the word
cat OR dog  either word
know*  words starting with "know"
When no page has all the words, the pages with most of them are shown.</source>
            <translation>查找包含所有词语的页面。
"精确短语"  按此顺序出现的这些词语
-词语 或 NOT 词语  不含该词语的页面
cat OR dog  含其中任一词语
know*  以“know”开头的词语
没有页面包含所有词语时，显示包含其中大部分词语的页面。</translation>
        </message>
        <message>
            <source>Line %1 of the relevance set has no tab-separated pages.</source>
            <translation>相关性评测集第 %1 行没有以制表符分隔的页面。</translation>
        </message>
        <message>
            <source>Line %1 of the relevance set has a bad page number.</source>
            <translation>相关性评测集第 %1 行的页码无效。</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which this library's privacy setting (%1) does not allow.</source>
            <translation>对象检测需要发送页面图像，而此资料库的隐私设置（%1）不允许。</translation>
        </message>
        <message>
            <source>%1 Showing term matches instead.</source>
            <translation>%1改为显示词语匹配。</translation>
        </message>
        <message>
            <source>This page has no words (text layer or OCR) to match the query against.</source>
            <translation>此页面没有可与查询匹配的词语（文本层或 OCR）。</translation>
        </message>
        <message>
            <source>Object detection sends page images, which the privacy setting (%1) does not allow: no page is sent for detection.</source>
            <translation>对象检测会发送页面图像，但隐私设置（%1）不允许：不会为检测发送任何页面。</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for object detection</source>
            <translation>
                <numerusform>用于对象检测的 %n 张页面图像</numerusform>
            </translation>
        </message>
        <message>
            <source>The library catalog %1 cannot be created.</source>
            <translation>无法创建库目录 %1。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::AgentLoop</name>
        <message>
            <source>Stopped.</source>
            <translation>已停止。</translation>
        </message>
        <message>
            <source>The agent did not finish within %1 steps.</source>
            <translation>智能体未能在 %1 步内完成。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ChatPanel</name>
        <message>
            <source>&amp;Ask</source>
            <translation>提问(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Copy Answer</source>
            <translation>复制回答(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Ask a question about your library…</source>
            <translation>就您的资料库提问…</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Type a question about your library and press Enter</source>
            <translation>输入有关资料库的问题，然后按 Enter</translation>
        </message>
        <message>
            <source>Stop this answer (the conversation stays)</source>
            <translation>停止此回答（对话保留）</translation>
        </message>
        <message>
            <source>Start a new conversation (this one stays stored)</source>
            <translation>开始新对话（当前对话仍会保存）</translation>
        </message>
        <message>
            <source>Copy the last answer</source>
            <translation>复制最后一个回答</translation>
        </message>
        <message>
            <source>Save the conversation and its sources as Markdown</source>
            <translation>将对话及其来源保存为 Markdown</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>历史记录(&amp;H)</translation>
        </message>
        <message>
            <source>Open or delete a stored conversation of this library</source>
            <translation>打开或删除此资料库中已保存的对话</translation>
        </message>
        <message>
            <source>Conversation history</source>
            <translation>对话历史记录</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>对话</translation>
        </message>
        <message>
            <source>The questions and answers; citations such as [S1] are links that open the page</source>
            <translation>问题和回答；[S1] 之类的引用是可打开对应页面的链接</translation>
        </message>
        <message>
            <source>Answers cite the pages they come from; click a citation such as [S1] to open the page. Without a model service you get the best matching passages.</source>
            <translation>回答会引用其出处页面；点击 [S1] 之类的引用即可打开该页面。没有模型服务时，将显示最匹配的段落。</translation>
        </message>
        <message>
            <source>Answer status</source>
            <translation>回答状态</translation>
        </message>
        <message>
            <source>Open a library first (File ▸ Open Library…), then ask about it.</source>
            <translation>请先打开资料库（文件 ▸ 打开资料库…），然后再就其提问。</translation>
        </message>
        <message>
            <source>Reading the library's privacy setting…</source>
            <translation>正在读取资料库的隐私设置…</translation>
        </message>
        <message>
            <source>%1 Try again, or reopen the library.</source>
            <translation>%1请重试，或重新打开资料库。</translation>
        </message>
        <message>
            <source>The library's privacy is "never", so no model was asked; Settings changes it.</source>
            <translation>资料库的隐私设置为“从不发送”，因此未询问任何模型；可在设置中更改。</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>尚未设置模型服务。</translation>
        </message>
        <message>
            <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to get answers.</source>
            <translation>%1请在设置（工具 ▸ 设置…）中添加密钥或服务器以获取回答。</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>OpenAI 兼容服务</translation>
        </message>
        <message>
            <source>Your question, and the page text, captions and snippets the agent finds, will be sent to %1 at %2.</source>
            <translation>您的问题，以及智能体找到的页面文本、描述和摘录，将发送到 %1（%2）。</translation>
        </message>
        <message>
            <source>The agent may also send up to %1 page images per step (WEBP, at most 1024 px).</source>
            <translation>智能体每步还可能发送最多 %1 张页面图像（WEBP，最大 1024 像素）。</translation>
        </message>
        <message>
            <source>Send to the Model Service?</source>
            <translation>发送到模型服务吗？</translation>
        </message>
        <message>
            <source>Nothing has been sent yet. "Not Now" shows the library's search results instead.</source>
            <translation>尚未发送任何内容。选择“暂不”将改为显示资料库的搜索结果。</translation>
        </message>
        <message>
            <source>Don't ask again for this library</source>
            <translation>对此资料库不再询问</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>发送(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>暂不(&amp;N)</translation>
        </message>
        <message>
            <source>Nothing was sent to a model service.</source>
            <translation>未向模型服务发送任何内容。</translation>
        </message>
        <message>
            <source>Waiting for your answer: may the question be sent?</source>
            <translation>正在等待您的答复：是否可以发送该问题？</translation>
        </message>
        <message>
            <source>The model service is no longer available. Check Settings (Tools ▸ Settings…).</source>
            <translation>模型服务已不可用。请检查设置（工具 ▸ 设置…）。</translation>
        </message>
        <message>
            <source>Answering…</source>
            <translation>正在回答…</translation>
        </message>
        <message>
            <source>Step %1: %2…</source>
            <translation>第 %1 步：%2…</translation>
        </message>
        <message>
            <source>%1 (failed)</source>
            <translation>%1（失败）</translation>
        </message>
        <message>
            <source>Asking the model…</source>
            <translation>正在询问模型…</translation>
        </message>
        <message>
            <source>Stopped. This answer was not kept; ask again to continue the conversation.</source>
            <translation>已停止。此回答未保留；请重新提问以继续对话。</translation>
        </message>
        <message>
            <source>The agent stopped without an answer. Ask again.</source>
            <translation>智能体未给出回答就停止了。请重新提问。</translation>
        </message>
        <message>
            <source>Cited but not among the pages the agent saw (not links): %1.</source>
            <translation>已引用但不在智能体查看过的页面中（不是链接）：%1。</translation>
        </message>
        <message>
            <source>Searching the library…</source>
            <translation>正在搜索资料库…</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>搜索失败：%1</translation>
        </message>
        <message>
            <source>The conversation history cannot be read: %1</source>
            <translation>无法读取对话历史记录：%1</translation>
        </message>
        <message>
            <source>No stored conversations</source>
            <translation>没有已保存的对话</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2, %n question(s)</source>
            <translation>
                <numerusform>%1 — %2，%n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Delete This Conversation…</source>
            <translation>删除此对话(&amp;D)…</translation>
        </message>
        <message>
            <source>Opening the conversation…</source>
            <translation>正在打开对话…</translation>
        </message>
        <message>
            <source>The conversation cannot be opened: %1</source>
            <translation>无法打开该对话：%1</translation>
        </message>
        <message>
            <source>Delete Conversation?</source>
            <translation>删除对话吗？</translation>
        </message>
        <message>
            <source>Delete this conversation from the library? Its questions and answers cannot be restored. The documents are not touched.</source>
            <translation>要从资料库中删除此对话吗？其中的问题和回答将无法恢复。文档不受影响。</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>The conversation was deleted.</source>
            <translation>对话已删除。</translation>
        </message>
        <message>
            <source>The conversation could not be deleted: %1</source>
            <translation>无法删除该对话：%1</translation>
        </message>
        <message>
            <source>You:</source>
            <translation>您：</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>第 %1 页</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Ask the Library</source>
            <translation>向资料库提问</translation>
        </message>
        <message>
            <source>Library: %1</source>
            <translation>资料库：%1</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>来源：</translation>
        </message>
        <message>
            <source>Cannot write "%1": %2</source>
            <translation>无法写入“%1”：%2</translation>
        </message>
        <message>
            <source>The answer is on the clipboard.</source>
            <translation>回答已复制到剪贴板。</translation>
        </message>
        <message>
            <source>Export Conversation</source>
            <translation>导出对话</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The conversation was saved to %1.</source>
            <translation>对话已保存到 %1。</translation>
        </message>
        <message>
            <source>%1 Add a valid key in Settings (Tools ▸ Settings…), then ask again.</source>
            <translation>%1请在设置（工具 ▸ 设置…）中添加有效的密钥，然后重新提问。</translation>
        </message>
        <message>
            <source>%1 Check the network and the server address in Settings, then ask again.</source>
            <translation>%1请检查网络和设置中的服务器地址，然后重新提问。</translation>
        </message>
        <message>
            <source>%1 Wait a minute, then ask again.</source>
            <translation>%1请稍等一分钟，然后重新提问。</translation>
        </message>
        <message>
            <source>%1 Choose another model in Settings, then ask again.</source>
            <translation>%1请在设置中选择其他模型，然后重新提问。</translation>
        </message>
        <message>
            <source>%1 Ask again, or start a new conversation.</source>
            <translation>%1请重新提问，或开始新对话。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::DocumentModel</name>
        <message>
            <source>Added files</source>
            <translation>已添加的文件</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>Indexing</source>
            <translation>正在索引</translation>
        </message>
        <message>
            <source>Indexed</source>
            <translation>已索引</translation>
        </message>
        <message>
            <source>Indexed with errors</source>
            <translation>已索引（有错误）</translation>
        </message>
        <message>
            <source>Needs password</source>
            <translation>需要密码</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Double-click it, or right-click ▸ Enter Password…, to type its password (kept for this session only).</source>
            <translation>双击该文档，或右键单击 ▸ 输入密码…，即可输入其密码（仅在本次会话中保留）。</translation>
        </message>
        <message>
            <source>Right-click ▸ Rescan reads it again, for example after the file was repaired.</source>
            <translation>右键单击 ▸ 重新扫描可重新读取该文件，例如在文件修复之后。</translation>
        </message>
        <message>
            <source>Library in %1</source>
            <translation>位于 %1 的资料库</translation>
        </message>
        <message>
            <source>Files added one by one</source>
            <translation>逐个添加的文件</translation>
        </message>
        <message numerus="yes">
            <source>Library %1, %n document(s)</source>
            <translation>
                <numerusform>资料库 %1，%n 个文档</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder %1</source>
            <translation>文件夹 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 页</numerusform>
            </translation>
        </message>
        <message>
            <source>Page %1: %2</source>
            <translation>第 %1 页：%2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>路径</translation>
        </message>
    </context>
    <context>
        <name>PageLens::EgressDialog</name>
        <message>
            <source>Send Pages to the Model Service?</source>
            <translation>将页面发送到模型服务吗？</translation>
        </message>
        <message>
            <source>Captions and embeddings make pages findable by meaning. Nothing has been sent yet.</source>
            <translation>描述和嵌入可让页面按含义被找到。尚未发送任何内容。</translation>
        </message>
        <message>
            <source>What would be sent</source>
            <translation>将发送的内容</translation>
        </message>
        <message>
            <source>Destination: %1</source>
            <translation>目标：%1</translation>
        </message>
        <message>
            <source>Send is remembered for this library and these kinds of data: you are not asked again for them. Tools ▸ Settings ▸ Privacy takes it back.</source>
            <translation>“发送”会针对此资料库和这些数据类型记住您的选择：之后不会再就这些内容询问您。可在工具 ▸ 设置 ▸ 隐私中撤销。</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>发送(&amp;S)</translation>
        </message>
        <message>
            <source>Send these pages to the model service now</source>
            <translation>立即将这些页面发送到模型服务</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>暂不(&amp;N)</translation>
        </message>
        <message>
            <source>Send nothing; you can do it later from the Library menu</source>
            <translation>不发送任何内容；以后可从“资料库”菜单发送</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) to caption</source>
            <translation>
                <numerusform>%n 张页面图像待生成描述</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page text(s) to embed</source>
            <translation>
                <numerusform>%n 段页面文本待嵌入</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message numerus="yes">
            <source>about %1 tokens in %n request(s)</source>
            <translation>
                <numerusform>约 %1 个 token，共 %n 个请求</numerusform>
            </translation>
        </message>
        <message>
            <source>never send anything</source>
            <translation>从不发送任何内容</translation>
        </message>
        <message>
            <source>page text only</source>
            <translation>仅页面文本</translation>
        </message>
        <message>
            <source>page text and page images</source>
            <translation>页面文本和页面图像</translation>
        </message>
        <message>
            <source>This library's privacy setting: %1</source>
            <translation>此资料库的隐私设置：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for object detection</source>
            <translation>
                <numerusform>用于对象检测的 %n 张页面图像</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::FindBar</name>
        <message>
            <source>Previous hit (Shift+F3)</source>
            <translation>上一个命中结果（Shift+F3）</translation>
        </message>
        <message>
            <source>Next hit (F3)</source>
            <translation>下一个命中结果（F3）</translation>
        </message>
        <message>
            <source>Close find (Escape)</source>
            <translation>关闭查找（Escape）</translation>
        </message>
        <message>
            <source>Find in document</source>
            <translation>在文档中查找</translation>
        </message>
        <message>
            <source>Find result count</source>
            <translation>查找结果数</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>No hits</source>
            <translation>无命中结果</translation>
        </message>
    </context>
    <context>
        <name>PageLens::GeminiProvider</name>
        <message>
            <source>The file upload could not be started.</source>
            <translation>无法开始上传文件。</translation>
        </message>
        <message>
            <source>The uploaded file did not become ready in time.</source>
            <translation>上传的文件未能及时就绪。</translation>
        </message>
        <message>
            <source>The model service could not process the uploaded file.</source>
            <translation>模型服务无法处理上传的文件。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::HelpDialog</name>
        <message>
            <source>PageLens Help</source>
            <translation>PageLens 帮助</translation>
        </message>
        <message>
            <source>The manual is missing from this build.</source>
            <translation>此版本缺少使用手册。</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
    </context>
    <context>
        <name>PageLens::HttpProvider</name>
        <message>
            <source>There is no text to embed.</source>
            <translation>没有要嵌入的文本。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::IndexProgressWidget</name>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n 秒</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message>
            <source>Indexing progress</source>
            <translation>索引进度</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel indexing</source>
            <translation>取消索引</translation>
        </message>
        <message>
            <source>Stop indexing; documents not finished stay pending</source>
            <translation>停止索引；未完成的文档仍为待处理</translation>
        </message>
        <message>
            <source>Preparing captions and embeddings…</source>
            <translation>正在准备描述和嵌入…</translation>
        </message>
        <message>
            <source>Preparing to index…</source>
            <translation>正在准备索引…</translation>
        </message>
        <message>
            <source>Cancel captions and embeddings</source>
            <translation>取消描述和嵌入</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Resume sending to the model service</source>
            <translation>继续向模型服务发送</translation>
        </message>
        <message>
            <source>Pause sending to the model service</source>
            <translation>暂停向模型服务发送</translation>
        </message>
        <message>
            <source>%1 / %2 pages</source>
            <translation>%1 / %2 页</translation>
        </message>
        <message>
            <source>Captioning pages with the model service</source>
            <translation>正在用模型服务为页面生成描述</translation>
        </message>
        <message>
            <source>Embedding pages with the model service</source>
            <translation>正在用模型服务嵌入页面</translation>
        </message>
        <message>
            <source>Indexing file %1 of %2</source>
            <translation>正在索引第 %1 个文件，共 %2 个</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>约剩 %1</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LateInteractionClient</name>
        <message>
            <source>There is nothing to embed.</source>
            <translation>没有要嵌入的内容。</translation>
        </message>
        <message>
            <source>The late-interaction server sent an answer that could not be read.</source>
            <translation>延迟交互服务器发送的应答无法读取。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LayerController</name>
        <message>
            <source>&amp;Detect Objects…</source>
            <translation>检测对象(&amp;D)…</translation>
        </message>
        <message>
            <source>Detect Objects on this page (%1)</source>
            <translation>检测此页面上的对象（%1）</translation>
        </message>
        <message>
            <source>Send this page's image to the model service and mark the objects it finds</source>
            <translation>将此页面的图像发送到模型服务，并标出其找到的对象</translation>
        </message>
        <message>
            <source>Search for something first: the heatmap shows where the query matched on this page.</source>
            <translation>请先进行搜索：热力图会显示查询在此页面上的匹配位置。</translation>
        </message>
        <message>
            <source>Mapping “%1” on page %2…</source>
            <translation>正在第 %2 页上映射“%1”…</translation>
        </message>
        <message>
            <source>late interaction</source>
            <translation>延迟交互</translation>
        </message>
        <message>
            <source>term matches</source>
            <translation>词语匹配</translation>
        </message>
        <message>
            <source>Heatmap (%1): strongest at x %2, y %3 of page %4.</source>
            <translation>热力图（%1）：最强处位于第 %4 页的 x %2，y %3。</translation>
        </message>
        <message>
            <source>Open a page of a library document first, then detect objects on it.</source>
            <translation>请先打开资料库文档中的某一页，然后再检测其中的对象。</translation>
        </message>
        <message>
            <source>Detect Objects</source>
            <translation>检测对象</translation>
        </message>
        <message>
            <source>What should be found on page %1? The page image is sent with this instruction.</source>
            <translation>要在第 %1 页上查找什么？页面图像会随此指令一起发送。</translation>
        </message>
        <message>
            <source>&amp;Detect</source>
            <translation>检测(&amp;D)</translation>
        </message>
        <message>
            <source>Reading the library's privacy setting…</source>
            <translation>正在读取资料库的隐私设置…</translation>
        </message>
        <message>
            <source>%1 Try again, or reopen the library.</source>
            <translation>%1请重试，或重新打开资料库。</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which this library's privacy setting (“%1”) does not allow. Nothing was sent; Settings (Tools ▸ Settings…) changes it.</source>
            <translation>对象检测需要发送页面图像，而此资料库的隐私设置（“%1”）不允许。未发送任何内容；可在设置（工具 ▸ 设置…）中更改。</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>尚未设置模型服务。</translation>
        </message>
        <message>
            <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to detect objects.</source>
            <translation>%1请在设置（工具 ▸ 设置…）中添加密钥或服务器以检测对象。</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>OpenAI 兼容服务</translation>
        </message>
        <message>
            <source>The image of page %1 of “%2” (WEBP, longest side %3 px) and your prompt will be sent to %4 at %5 to find objects on it.</source>
            <translation>第 %1 页（“%2”）的图像（WEBP，最长边 %3 px）和您的提示词将发送到 %4（%5），以查找其中的对象。</translation>
        </message>
        <message>
            <source>Send the Page Image?</source>
            <translation>发送页面图像吗？</translation>
        </message>
        <message>
            <source>Nothing has been sent yet.</source>
            <translation>尚未发送任何内容。</translation>
        </message>
        <message>
            <source>Don't ask again for this library</source>
            <translation>对此资料库不再询问</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>发送(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>暂不(&amp;N)</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>未发送任何内容。</translation>
        </message>
        <message>
            <source>Waiting for your answer: may the page image be sent?</source>
            <translation>正在等待您的答复：是否可以发送页面图像？</translation>
        </message>
        <message>
            <source>Detecting objects on page %1…</source>
            <translation>正在检测第 %1 页上的对象…</translation>
        </message>
        <message>
            <source>Object detection failed: %1 The page's earlier objects are kept.</source>
            <translation>对象检测失败：%1此页面之前的对象已保留。</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) found on page %1.</source>
            <translation>
                <numerusform>在第 %1 页上找到 %n 个对象。</numerusform>
            </translation>
        </message>
        <message>
            <source>Detection cancelled; nothing was stored.</source>
            <translation>检测已取消；未保存任何内容。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LayerLegend</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Page layers legend</source>
            <translation>页面图层图例</translation>
        </message>
        <message>
            <source>Heatmap word</source>
            <translation>热力图词语</translation>
        </message>
        <message>
            <source>Heatmap opacity</source>
            <translation>热力图不透明度</translation>
        </message>
        <message>
            <source>Strongest heatmap regions</source>
            <translation>热力图最强区域</translation>
        </message>
        <message>
            <source>Page layers message</source>
            <translation>页面图层消息</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>不透明度</translation>
        </message>
        <message>
            <source>Objects:</source>
            <translation>对象：</translation>
        </message>
        <message>
            <source>All words</source>
            <translation>所有词语</translation>
        </message>
        <message>
            <source>Strongest: %1</source>
            <translation>最强：%1</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LibraryController</name>
        <message numerus="yes">
            <source>%n document(s) added</source>
            <translation>
                <numerusform>已添加 %n 个文档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n 个已更改</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>%n 个已移动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n 个已移除</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) skipped</source>
            <translation>
                <numerusform>已跳过 %n 个重复项</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes found</source>
            <translation>未发现更改</translation>
        </message>
        <message>
            <source>Opening library %1…</source>
            <translation>正在打开资料库 %1…</translation>
        </message>
        <message>
            <source>Could not open the library %1: %2</source>
            <translation>无法打开资料库 %1：%2</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n item(s)…</source>
            <translation>
                <numerusform>正在添加 %n 项…</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not add files: %1</source>
            <translation>无法添加文件：%1</translation>
        </message>
        <message>
            <source>Scanning folders…</source>
            <translation>正在扫描文件夹…</translation>
        </message>
        <message>
            <source>Could not rescan the library: %1</source>
            <translation>无法重新扫描资料库：%1</translation>
        </message>
        <message>
            <source>Could not rescan: %1</source>
            <translation>无法重新扫描：%1</translation>
        </message>
        <message>
            <source>Could not remove from the library: %1</source>
            <translation>无法从资料库中移除：%1</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n document(s) from the library; the files were not touched. Adding them again brings them back.</source>
            <translation>
                <numerusform>已从资料库中移除 %n 个文档；文件本身未受影响。重新添加即可恢复。</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read the library: %1</source>
            <translation>无法读取资料库：%1</translation>
        </message>
        <message>
            <source>Indexing stopped: %1</source>
            <translation>索引已停止：%1</translation>
        </message>
        <message>
            <source>Late interaction: %1</source>
            <translation>延迟交互：%1</translation>
        </message>
        <message>
            <source>Late interaction needs page images, which this library may not send (Tools ▸ Settings).</source>
            <translation>延迟交互需要页面图像，而此资料库不允许发送（工具 ▸ 设置）。</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) wait for the late-interaction server: agree to send page images (Library ▸ Caption and Embed Pages…) first.</source>
            <translation>
                <numerusform>%n 张页面图像正在等待发送到延迟交互服务器：请先同意发送页面图像（资料库 ▸ 为页面生成描述和嵌入…）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Late interaction: page %1 of %2</source>
            <translation>延迟交互：第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>Late interaction stopped: %1 Pages done so far are kept.</source>
            <translation>延迟交互已停止：%1已完成的页面会保留。</translation>
        </message>
        <message numerus="yes">
            <source>Late interaction: %n page(s) embedded.</source>
            <translation>
                <numerusform>延迟交互：已嵌入 %n 页。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling indexing…</source>
            <translation>正在取消索引…</translation>
        </message>
        <message>
            <source>Could not set the password: %1</source>
            <translation>无法设置密码：%1</translation>
        </message>
        <message>
            <source>No library is open.</source>
            <translation>没有打开的资料库。</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>尚未设置模型服务。</translation>
        </message>
        <message>
            <source>Could not save the library's privacy setting: %1</source>
            <translation>无法保存资料库的隐私设置：%1</translation>
        </message>
        <message>
            <source>Pages are being indexed; you will be asked when that has finished.</source>
            <translation>正在索引页面；完成后会询问您。</translation>
        </message>
        <message>
            <source>Turn on the model service in Settings first.</source>
            <translation>请先在设置中启用模型服务。</translation>
        </message>
        <message>
            <source>Pages were not captioned: %1</source>
            <translation>页面未生成描述：%1</translation>
        </message>
        <message>
            <source>Could not read the library's privacy setting: %1</source>
            <translation>无法读取资料库的隐私设置：%1</translation>
        </message>
        <message>
            <source>Could not work out what would be sent: %1</source>
            <translation>无法确定将发送哪些内容：%1</translation>
        </message>
        <message>
            <source>This library may not send anything; change its privacy in Settings.</source>
            <translation>此资料库不允许发送任何内容；请在设置中更改其隐私设置。</translation>
        </message>
        <message>
            <source>Every page is already captioned and embedded.</source>
            <translation>所有页面都已生成描述并完成嵌入。</translation>
        </message>
        <message>
            <source>Sending %1 as agreed for this library (Settings takes it back).</source>
            <translation>按此资料库已同意的设置发送%1（可在设置中撤销）。</translation>
        </message>
        <message>
            <source>Nothing was sent. Library ▸ Caption and Embed Pages… asks again.</source>
            <translation>未发送任何内容。资料库 ▸ 为页面生成描述和嵌入… 会再次询问。</translation>
        </message>
        <message>
            <source>Looking up the API key…</source>
            <translation>正在查找 API 密钥…</translation>
        </message>
        <message>
            <source>Nothing was sent. Library ▸ Caption and Embed Pages… offers it again.</source>
            <translation>未发送任何内容。可通过资料库 ▸ 为页面生成描述和嵌入… 再次发送。</translation>
        </message>
        <message>
            <source>The key is set in Tools ▸ Settings.</source>
            <translation>密钥在工具 ▸ 设置中设置。</translation>
        </message>
        <message>
            <source>Check the network and the server address (%1).</source>
            <translation>请检查网络和服务器地址（%1）。</translation>
        </message>
        <message>
            <source>Check the model names in Tools ▸ Settings.</source>
            <translation>请在工具 ▸ 设置中检查模型名称。</translation>
        </message>
        <message>
            <source>Set the embedding model and dimension the library was made with in Tools ▸ Settings.</source>
            <translation>请在工具 ▸ 设置中设置构建此资料库时使用的嵌入模型和维度。</translation>
        </message>
        <message>
            <source>Pages done so far are kept; Library ▸ Caption and Embed Pages… continues later.</source>
            <translation>已完成的页面会保留；之后可通过资料库 ▸ 为页面生成描述和嵌入… 继续。</translation>
        </message>
        <message>
            <source>Captions and embeddings stopped: %1 %2</source>
            <translation>描述和嵌入已停止：%1%2</translation>
        </message>
        <message>
            <source>Captions and embeddings paused.</source>
            <translation>描述和嵌入已暂停。</translation>
        </message>
        <message>
            <source>Captions and embeddings resumed.</source>
            <translation>描述和嵌入已继续。</translation>
        </message>
        <message>
            <source>Cancelling captions and embeddings…</source>
            <translation>正在取消描述和嵌入…</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LibraryPane</name>
        <message>
            <source>Library</source>
            <translation>资料库</translation>
        </message>
        <message>
            <source>Filter by name or path</source>
            <translation>按名称或路径筛选</translation>
        </message>
        <message>
            <source>Filter documents</source>
            <translation>筛选文档</translation>
        </message>
        <message>
            <source>Show documents with status</source>
            <translation>按状态显示文档</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Library documents</source>
            <translation>资料库文档</translation>
        </message>
        <message>
            <source>Documents in the library with their indexing status. Press Enter to open a document, the menu key for more.</source>
            <translation>资料库中的文档及其索引状态。按 Enter 打开文档，按菜单键查看更多操作。</translation>
        </message>
        <message>
            <source>Copied %1</source>
            <translation>已复制 %1</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>Enter &amp;Password…</source>
            <translation>输入密码(&amp;P)…</translation>
        </message>
        <message>
            <source>Open with the &amp;System Viewer</source>
            <translation>用系统查看器打开(&amp;S)</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>在文件夹中显示(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Copy Path</source>
            <translation>复制路径(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>重新扫描(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;move from Library</source>
            <translation>从资料库中移除(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>PageLens::MainWindow</name>
        <message>
            <source>Ask the Library</source>
            <translation>向资料库提问</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>大纲</translation>
        </message>
        <message>
            <source>PageLens</source>
            <translation>PageLens</translation>
        </message>
        <message>
            <source>Library and search</source>
            <translation>资料库和搜索</translation>
        </message>
        <message>
            <source>The password for “%1” is wrong. Double-click it to try another.</source>
            <translation>“%1”的密码错误。双击该文档可尝试其他密码。</translation>
        </message>
        <message>
            <source>“%1” is unlocked for this session.</source>
            <translation>“%1”已在本次会话中解锁。</translation>
        </message>
        <message>
            <source>The document is not in the library.</source>
            <translation>该文档不在资料库中。</translation>
        </message>
        <message>
            <source>&amp;Open Library…</source>
            <translation>打开资料库(&amp;O)…</translation>
        </message>
        <message>
            <source>Open or create a library in a folder</source>
            <translation>在文件夹中打开或创建资料库</translation>
        </message>
        <message>
            <source>Add &amp;Files…</source>
            <translation>添加文件(&amp;F)…</translation>
        </message>
        <message>
            <source>Add PDFs, scans or images to the library</source>
            <translation>将 PDF、扫描件或图像添加到资料库</translation>
        </message>
        <message>
            <source>Add F&amp;older…</source>
            <translation>添加文件夹(&amp;D)…</translation>
        </message>
        <message>
            <source>Add a folder; it is watched for new and changed files</source>
            <translation>添加文件夹；系统会监视其中新增和更改的文件</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>重新扫描(&amp;R)</translation>
        </message>
        <message>
            <source>Look for new, changed and removed files</source>
            <translation>查找新增、更改和移除的文件</translation>
        </message>
        <message>
            <source>&amp;Cancel Indexing</source>
            <translation>取消索引(&amp;C)</translation>
        </message>
        <message>
            <source>Enter &amp;Password…</source>
            <translation>输入密码(&amp;P)…</translation>
        </message>
        <message>
            <source>Unlock the selected password-protected document for this session</source>
            <translation>在本次会话中解锁所选的受密码保护文档</translation>
        </message>
        <message>
            <source>Select a document that needs a password first.</source>
            <translation>请先选择一个需要密码的文档。</translation>
        </message>
        <message>
            <source>Caption and &amp;Embed Pages…</source>
            <translation>为页面生成描述和嵌入(&amp;E)…</translation>
        </message>
        <message>
            <source>Show what would be sent to the model service, then caption and embed pages</source>
            <translation>显示将发送到模型服务的内容，然后为页面生成描述和嵌入</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>Model service, API key, privacy and limits</source>
            <translation>模型服务、API 密钥、隐私和限制</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Search the Library…</source>
            <translation>搜索资料库(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>资料库(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Ask the Library</source>
            <translation>向资料库提问(&amp;A)</translation>
        </message>
        <message>
            <source>Ask a question; the answer cites the pages it comes from</source>
            <translation>提出问题；回答会引用其出处页面</translation>
        </message>
        <message>
            <source>&amp;Outline</source>
            <translation>大纲(&amp;O)</translation>
        </message>
        <message>
            <source>The PDF's table of contents; choose an entry to turn to its page</source>
            <translation>PDF 的目录；选择条目即可转到对应页面</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <source>Show the window on the whole screen (F11 again to leave)</source>
            <translation>在整个屏幕上显示窗口（再次按 F11 退出）</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>PageLens &amp;Help</source>
            <translation>PageLens 帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About PageLens</source>
            <translation>关于 PageLens(&amp;A)</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>%1, page %2</source>
            <translation>%1，第 %2 页</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>资料库</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>资料库</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Open Library</source>
            <translation>打开资料库</translation>
        </message>
        <message>
            <source>Add Files</source>
            <translation>添加文件</translation>
        </message>
        <message>
            <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;All files (*)</source>
            <translation>文档和图像 (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Add Folder</source>
            <translation>添加文件夹</translation>
        </message>
        <message>
            <source>Password Required</source>
            <translation>需要密码</translation>
        </message>
        <message>
            <source>“%1” is protected.
Enter its password (kept for this session only):</source>
            <translation>“%1”受密码保护。
请输入其密码（仅在本次会话中保留）：</translation>
        </message>
        <message>
            <source>“%1” is not shown: %2</source>
            <translation>“%1”未显示：%2</translation>
        </message>
        <message>
            <source>the passage cited as [%1]</source>
            <translation>引用为 [%1] 的段落</translation>
        </message>
        <message>
            <source>%1 search skipped: %2</source>
            <translation>已跳过 %1 搜索：%2</translation>
        </message>
        <message>
            <source>%1 — PageLens</source>
            <translation>%1 — PageLens</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n 个文档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indexed</source>
            <translation>
                <numerusform>%n 个已索引</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 页</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n 个等待中</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n 个需要处理</numerusform>
            </translation>
        </message>
        <message>
            <source>Indexing cancelled; unfinished documents stay pending.</source>
            <translation>索引已取消；未完成的文档仍为待处理。</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n document(s)</source>
            <translation>
                <numerusform>已索引 %n 个文档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with unreadable pages</source>
            <translation>
                <numerusform>%n 个有无法读取的页面</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n 个失败</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed while read (still pending)</source>
            <translation>
                <numerusform>%n 个在读取期间发生变化（仍为待处理）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) a password</source>
            <translation>
                <numerusform>%n 个需要密码</numerusform>
            </translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>OpenAI 兼容服务</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Captions and Embeddings Need a Key</source>
            <translation>描述和嵌入需要密钥</translation>
        </message>
        <message>
            <source>Nothing was sent: %1</source>
            <translation>未发送任何内容：%1</translation>
        </message>
        <message>
            <source>To caption and embed pages, open Settings, paste the service's API key under API Key and press OK (it is kept in the OS keychain), or start PageLens with the environment variable %1 set. A local server such as Ollama or llama.cpp needs no key: enter its address under Server address. Search by words works without any of this.</source>
            <translation>要为页面生成描述和嵌入，请打开设置，将服务的 API 密钥粘贴到“API 密钥”下并按“确定”（密钥保存在操作系统的密钥环中），或在启动 PageLens 时设置环境变量 %1。Ollama 或 llama.cpp 等本地服务器不需要密钥：只需在“服务器地址”中输入其地址。按词语搜索无需以上任何设置即可使用。</translation>
        </message>
        <message>
            <source>Open &amp;Settings…</source>
            <translation>打开设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>暂不(&amp;N)</translation>
        </message>
        <message>
            <source>Captions and embeddings cancelled; pages done so far are kept.</source>
            <translation>描述和嵌入已取消；已完成的页面会保留。</translation>
        </message>
        <message numerus="yes">
            <source>Captioned %n page(s)</source>
            <translation>
                <numerusform>已为 %n 页生成描述</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>embedded %n page(s)</source>
            <translation>
                <numerusform>已嵌入 %n 页</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the model</source>
            <translation>
                <numerusform>%n 页被模型拒绝</numerusform>
            </translation>
        </message>
        <message>
            <source>About PageLens</source>
            <translation>关于 PageLens</translation>
        </message>
        <message>
            <source>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;Search folders of PDFs, scans and images, and see every match on its page.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;搜索存放 PDF、扫描件和图像的文件夹，并在页面上查看每一处匹配。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Embed Page &amp;Images for Late Interaction</source>
            <translation>为延迟交互嵌入页面图像(&amp;I)</translation>
        </message>
        <message>
            <source>Send the pages not yet embedded to the late-interaction server of Settings</source>
            <translation>将尚未嵌入的页面发送到设置中的延迟交互服务器</translation>
        </message>
        <message>
            <source>Open a library first.</source>
            <translation>请先打开一个资料库。</translation>
        </message>
        <message>
            <source>Set up a late-interaction server in Settings first.</source>
            <translation>请先在设置中配置延迟交互服务器。</translation>
        </message>
        <message>
            <source>Page images are already being embedded.</source>
            <translation>页面图像已在嵌入中。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::OutlinePane</name>
        <message>
            <source>Outline</source>
            <translation>大纲</translation>
        </message>
        <message>
            <source>This document has no outline.</source>
            <translation>此文档没有大纲。</translation>
        </message>
        <message>
            <source>Open a document to see its outline.</source>
            <translation>打开文档即可查看其大纲。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PageLayers</name>
        <message>
            <source>Show Search &amp;Matches</source>
            <translation>显示搜索匹配(&amp;M)</translation>
        </message>
        <message>
            <source>Show or hide the boxes around the words the search matched</source>
            <translation>显示或隐藏搜索所匹配词语周围的方框</translation>
        </message>
        <message>
            <source>Show Detected &amp;Objects</source>
            <translation>显示检测到的对象(&amp;O)</translation>
        </message>
        <message>
            <source>Show or hide the objects detected on the page</source>
            <translation>显示或隐藏在页面上检测到的对象</translation>
        </message>
        <message>
            <source>Show Query &amp;Heatmap</source>
            <translation>显示查询热力图(&amp;H)</translation>
        </message>
        <message>
            <source>Show or hide where on the page the current query matched</source>
            <translation>显示或隐藏当前查询在页面上的匹配位置</translation>
        </message>
        <message>
            <source>Heatmap (%1)</source>
            <translation>热力图（%1）</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PageView</name>
        <message>
            <source>Page viewer</source>
            <translation>页面查看器</translation>
        </message>
        <message>
            <source>Drop PDFs, scans or images here, or choose File ▸ Add Files…</source>
            <translation>将 PDF、扫描件或图像拖放到此处，或选择文件 ▸ 添加文件…</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>正在打开…</translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>该文档没有页面。</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>没有文档</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) highlighted</source>
            <translation>
                <numerusform>已突出显示 %n 处匹配</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) highlighted, marking: %1</source>
            <translation>
                <numerusform>已突出显示 %n 个方框，标记：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>turned %1°</source>
            <translation>已旋转 %1°</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PrivacyChoiceDialog</name>
        <message>
            <source>What May This Library Send?</source>
            <translation>此资料库可以发送哪些内容？</translation>
        </message>
        <message>
            <source>The model service can caption and embed the pages of %1 so they can be found by meaning. Choose what this library may send; nothing has been sent, and you are shown exactly what would go before anything does. Settings changes it later.</source>
            <translation>模型服务可以为 %1 的页面生成描述和嵌入，以便按含义查找这些页面。请选择此资料库可以发送的内容；目前尚未发送任何内容，并且在发送任何内容之前，都会向您准确显示将发送的内容。之后可在设置中更改。</translation>
        </message>
        <message>
            <source>&amp;Never send anything (search stays offline)</source>
            <translation>从不发送任何内容（搜索保持离线）(&amp;N)</translation>
        </message>
        <message>
            <source>Page &amp;text only (embeddings for search by meaning)</source>
            <translation>仅页面文本（用于按含义搜索的嵌入）(&amp;T)</translation>
        </message>
        <message>
            <source>Page text and page &amp;images (captions of pictures and scans too)</source>
            <translation>页面文本和页面图像（还可为图片和扫描件生成描述）(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Use This Setting</source>
            <translation>使用此设置(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ProviderSession</name>
        <message>
            <source>The model service is turned off in Settings.</source>
            <translation>模型服务已在设置中关闭。</translation>
        </message>
        <message>
            <source>No late-interaction server is set up in Settings.</source>
            <translation>尚未在设置中设置延迟交互服务器。</translation>
        </message>
        <message>
            <source>Looking up the late-interaction server's key…</source>
            <translation>正在查找延迟交互服务器的密钥…</translation>
        </message>
        <message>
            <source>Looking up the API key…</source>
            <translation>正在查找 API 密钥…</translation>
        </message>
        <message>
            <source>No Gemini API key: enter one in Settings or set GEMINI_API_KEY (or GOOGLE_API_KEY).</source>
            <translation>没有 Gemini API 密钥：请在设置中输入密钥，或设置 GEMINI_API_KEY（或 GOOGLE_API_KEY）。</translation>
        </message>
        <message>
            <source>No OpenAI API key: enter one in Settings or set OPENAI_API_KEY.</source>
            <translation>没有 OpenAI API 密钥：请在设置中输入密钥，或设置 OPENAI_API_KEY。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::SearchPanel</name>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>修改时间</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>排序方式</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>搜索(&amp;S)</translation>
        </message>
        <message>
            <source>Search pages: words, "phrase", -word, a OR b, word*</source>
            <translation>搜索页面：词语、"短语"、-词语、a OR b、词语*</translation>
        </message>
        <message>
            <source>Results come as you type; Enter also asks the model service. Escape clears the search.</source>
            <translation>输入时即显示结果；按 Enter 还会询问模型服务。按 Escape 清除搜索。</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Type words to find; press Enter to include the model service</source>
            <translation>输入要查找的词语；按 Enter 可同时使用模型服务</translation>
        </message>
        <message>
            <source>All folders</source>
            <translation>所有文件夹</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>所有类型</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>图像</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>任何时间</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Past 7 days</source>
            <translation>过去 7 天</translation>
        </message>
        <message>
            <source>Past 30 days</source>
            <translation>过去 30 天</translation>
        </message>
        <message>
            <source>Past year</source>
            <translation>过去一年</translation>
        </message>
        <message>
            <source>Relevance</source>
            <translation>相关性</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>搜索状态</translation>
        </message>
        <message>
            <source>Type words to search.</source>
            <translation>输入要搜索的词语。</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>搜索结果</translation>
        </message>
        <message>
            <source>One row per document; Left and Right move through its pages, Enter opens one</source>
            <translation>每个文档一行；按 ← 和 → 键在其页面间移动，按 Enter 打开页面</translation>
        </message>
        <message>
            <source>Searching for “%1”…</source>
            <translation>正在搜索“%1”…</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%2中的 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 页</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n 个文档</numerusform>
            </translation>
        </message>
        <message>
            <source>No pages match “%1”.</source>
            <translation>没有与“%1”匹配的页面。</translation>
        </message>
        <message>
            <source>No page has all the words of “%1”; %2 with most of them.</source>
            <translation>没有页面包含“%1”的所有词语；显示包含其中大部分词语的 %2。</translation>
        </message>
        <message numerus="yes">
            <source>%n of the pages with only some of the words.</source>
            <translation>
                <numerusform>其中 %n 页仅包含部分词语。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) in %1 match “%2”.</source>
            <translation>
                <numerusform>%1 中有 %n 页与“%2”匹配。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::SearchResultModel</name>
        <message>
            <source>p. %1</source>
            <translation>第 %1 页</translation>
        </message>
        <message>
            <source>p. %1 · %2</source>
            <translation>第 %1 页 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n matching page(s): %2</source>
            <translation>
                <numerusform>%1，%n 个匹配页面：%2</numerusform>
            </translation>
        </message>
        <message>
            <source>(results of the previous query)</source>
            <translation>（上一个查询的结果）</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n page(s) · has only: %2</source>
            <translation>
                <numerusform>%1 · %n 页 · 仅包含：%2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n page(s)</source>
            <translation>
                <numerusform>%1 · %n 页</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::SettingsDialog</name>
        <message>
            <source>&amp;Use the model service when indexing and searching</source>
            <translation>索引和搜索时使用模型服务(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Store Key</source>
            <translation>保存密钥(&amp;S)</translation>
        </message>
        <message>
            <source>Remo&amp;ve Key</source>
            <translation>移除密钥(&amp;V)</translation>
        </message>
        <message>
            <source>Se&amp;nd the API key to this server</source>
            <translation>将 API 密钥发送到此服务器(&amp;N)</translation>
        </message>
        <message>
            <source>Ask &amp;Again Before Sending</source>
            <translation>发送前再次询问(&amp;A)</translation>
        </message>
        <message>
            <source>S&amp;tore</source>
            <translation>保存(&amp;T)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Send the key to this server</source>
            <translation>将密钥发送到此服务器</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Caption and embed pages with the model service after indexing (you are asked before anything is sent), and search with every signal.</source>
            <translation>索引后使用模型服务为页面生成描述和嵌入（发送任何内容之前都会询问您），并使用所有信号进行搜索。</translation>
        </message>
        <message>
            <source>Model service</source>
            <translation>模型服务</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)</source>
            <translation>OpenAI 兼容（OpenAI、Ollama、llama.cpp、vLLM）</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>服务器地址</translation>
        </message>
        <message>
            <source>Generation model</source>
            <translation>生成模型</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>嵌入模型</translation>
        </message>
        <message>
            <source>Embedding dimension</source>
            <translation>嵌入维度</translation>
        </message>
        <message>
            <source>Vectors of a library must all have the same size; changing it means embedding the library again.</source>
            <translation>同一资料库中的向量必须具有相同的维度；更改此值意味着需要重新嵌入整个资料库。</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <source>Paste a new key to store it</source>
            <translation>粘贴新密钥以保存</translation>
        </message>
        <message>
            <source>API key status</source>
            <translation>API 密钥状态</translation>
        </message>
        <message>
            <source>Delete this service's key from the OS keychain</source>
            <translation>从操作系统密钥环中删除此服务的密钥</translation>
        </message>
        <message>
            <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server that asks for one, e.g. llama.cpp started with --api-key.</source>
            <translation>密钥通常只发送到互联网上的 https 服务器。如果本地服务器或纯 http 服务器需要密钥（例如使用 --api-key 启动的 llama.cpp），请勾选此项。</translation>
        </message>
        <message>
            <source>What this library may send</source>
            <translation>此资料库可以发送的内容</translation>
        </message>
        <message>
            <source>Never send anything</source>
            <translation>从不发送任何内容</translation>
        </message>
        <message>
            <source>Page text only (for embeddings)</source>
            <translation>仅页面文本（用于嵌入）</translation>
        </message>
        <message>
            <source>Page text and page images (for captions)</source>
            <translation>页面文本和页面图像（用于生成描述）</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>尚未选择</translation>
        </message>
        <message>
            <source>Forget that you agreed to send this library's pages: the preview is shown and your answer asked for again next time.</source>
            <translation>忘记您已同意发送此资料库的页面：下次将重新显示预览并再次征求您的同意。</translation>
        </message>
        <message>
            <source>Caption requests per minute</source>
            <translation>每分钟描述请求数</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>不限制</translation>
        </message>
        <message>
            <source>Gemini's free tier allows about 10 per minute; local servers need no limit.</source>
            <translation>Gemini 免费层级每分钟约允许 10 个请求；本地服务器无需限制。</translation>
        </message>
        <message>
            <source>Requests in flight</source>
            <translation>进行中的请求数</translation>
        </message>
        <message>
            <source>Text recognition languages</source>
            <translation>文字识别语言</translation>
        </message>
        <message>
            <source>Language of PageLens</source>
            <translation>PageLens 界面语言</translation>
        </message>
        <message>
            <source>Model Service</source>
            <translation>模型服务</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>服务提供方(&amp;P)：</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>服务器地址(&amp;A)：</translation>
        </message>
        <message>
            <source>Leave empty for the service's own address. For a local server use its OpenAI-compatible address, e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8080/v1 (llama.cpp server); local servers need no key and get none.</source>
            <translation>留空则使用该服务自身的地址。对于本地服务器，请使用其 OpenAI 兼容地址，例如 http://localhost:11434/v1（Ollama）或 http://localhost:8080/v1（llama.cpp 服务器）；本地服务器不需要密钥，也不会收到密钥。</translation>
        </message>
        <message>
            <source>&amp;Generation model:</source>
            <translation>生成模型(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Embedding model:</source>
            <translation>嵌入模型(&amp;E)：</translation>
        </message>
        <message>
            <source>Embedding &amp;dimension:</source>
            <translation>嵌入维度(&amp;D)：</translation>
        </message>
        <message>
            <source>API Key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>密钥(&amp;K)：</translation>
        </message>
        <message>
            <source>Keys are stored in the OS keychain, never in PageLens's settings or library files, and are not shown again once stored. GOOGLE_API_KEY, GEMINI_API_KEY or OPENAI_API_KEY in the environment take precedence.</source>
            <translation>密钥保存在操作系统的密钥环中，绝不会保存在 PageLens 的设置或资料库文件中，且保存后不再显示。环境变量 GOOGLE_API_KEY、GEMINI_API_KEY 或 OPENAI_API_KEY 优先。</translation>
        </message>
        <message>
            <source>Privacy of This Library</source>
            <translation>此资料库的隐私</translation>
        </message>
        <message>
            <source>&amp;May send:</source>
            <translation>可以发送(&amp;M)：</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>限制</translation>
        </message>
        <message>
            <source>Caption &amp;requests per minute:</source>
            <translation>每分钟描述请求数(&amp;R)：</translation>
        </message>
        <message>
            <source>Requests &amp;in flight:</source>
            <translation>进行中的请求数(&amp;I)：</translation>
        </message>
        <message>
            <source>Text Recognition</source>
            <translation>文字识别</translation>
        </message>
        <message>
            <source>OCR &amp;languages:</source>
            <translation>OCR 语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Pages without a text layer are read in the checked languages; each extra language makes reading slower. Applies to pages indexed from now on: pages already indexed are not read again. More languages come from packages such as tesseract-ocr-deu (German) or tesseract-ocr-fra (French); their files are in %1.</source>
            <translation>没有文本层的页面将使用所勾选的语言识别；每增加一种语言都会使识别变慢。仅对此后索引的页面生效：已索引的页面不会重新识别。更多语言可通过 tesseract-ocr-deu（德语）或 tesseract-ocr-fra（法语）等软件包安装；其文件位于 %1。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Applies the next time PageLens starts. The command line follows the LANG and LC_ALL environment variables.</source>
            <translation>下次启动 PageLens 时生效。命令行遵循 LANG 和 LC_ALL 环境变量。</translation>
        </message>
        <message>
            <source>Late-interaction server address</source>
            <translation>延迟交互服务器地址</translation>
        </message>
        <message>
            <source>Late-interaction model</source>
            <translation>延迟交互模型</translation>
        </message>
        <message>
            <source>Late-interaction server API</source>
            <translation>延迟交互服务器 API</translation>
        </message>
        <message>
            <source>infinity (/embeddings)</source>
            <translation>infinity (/embeddings)</translation>
        </message>
        <message>
            <source>vLLM (/pooling, token_embed)</source>
            <translation>vLLM (/pooling, token_embed)</translation>
        </message>
        <message>
            <source>Late-interaction server API key</source>
            <translation>延迟交互服务器 API 密钥</translation>
        </message>
        <message>
            <source>Only if the server was started with --api-key</source>
            <translation>仅当服务器使用 --api-key 启动时需要</translation>
        </message>
        <message>
            <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server started with --api-key.</source>
            <translation>密钥通常只发送到互联网上的 https 服务器。如果本地服务器或纯 http 服务器是使用 --api-key 启动的，请勾选此项。</translation>
        </message>
        <message>
            <source>Late Interaction (Page Images)</source>
            <translation>延迟交互（页面图像）</translation>
        </message>
        <message>
            <source>Ser&amp;ver:</source>
            <translation>服务器(&amp;V)：</translation>
        </message>
        <message>
            <source>M&amp;odel:</source>
            <translation>模型(&amp;O)：</translation>
        </message>
        <message>
            <source>AP&amp;I:</source>
            <translation>API(&amp;I)：</translation>
        </message>
        <message>
            <source>Ke&amp;y:</source>
            <translation>密钥(&amp;Y)：</translation>
        </message>
        <message>
            <source>A ColPali-family server embeds page images for the "late" search signal and the heatmaps, e.g. infinity_emb v2 --model-id vidore/colpali-v1.2-merged, or vllm serve MODEL --runner pooling. Pages are sent only where this library may send page images. PAGELENS_LATE_API_KEY in the environment takes precedence over the keychain.</source>
            <translation>ColPali 系列服务器为“late”搜索信号和热力图嵌入页面图像，例如 infinity_emb v2 --model-id vidore/colpali-v1.2-merged，或 vllm serve MODEL --runner pooling。仅当此资料库允许发送页面图像时才会发送页面。环境变量 PAGELENS_LATE_API_KEY 优先于密钥环。</translation>
        </message>
        <message>
            <source>Reading the library's setting…</source>
            <translation>正在读取资料库的设置…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>language name, Tesseract code</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>No Tesseract language is installed, so pages without a text layer cannot be read.</source>
            <translation>未安装任何 Tesseract 语言，因此无法识别没有文本层的页面。</translation>
        </message>
        <message>
            <source>Check at least one language.</source>
            <translation>请至少勾选一种语言。</translation>
        </message>
        <message>
            <source>Open a library to choose what it may send.</source>
            <translation>打开资料库后即可选择其可以发送的内容。</translation>
        </message>
        <message>
            <source>Applies to the library in %1. You are shown what would be sent, and asked once for each kind of data, before anything leaves this computer.</source>
            <translation>适用于 %1 中的资料库。在任何内容离开此计算机之前，都会向您显示将发送的内容，并针对每种数据类型询问一次。</translation>
        </message>
        <message>
            <source>Not chosen yet for the library in %1: you are asked the first time something would leave this computer.</source>
            <translation>尚未为 %1 中的资料库选择：首次有内容需要离开此计算机时会询问您。</translation>
        </message>
        <message>
            <source>You are asked before this library sends anything.</source>
            <translation>此资料库发送任何内容之前都会询问您。</translation>
        </message>
        <message>
            <source>You agreed that this library may send %1 without asking again.</source>
            <translation>您已同意此资料库无需再次询问即可发送%1。</translation>
        </message>
        <message>
            <source>Checking the keychain…</source>
            <translation>正在检查密钥环…</translation>
        </message>
        <message>
            <source>Using the key from the environment variable %1.</source>
            <translation>正在使用环境变量 %1 中的密钥。</translation>
        </message>
        <message>
            <source>A key is stored in the OS keychain.</source>
            <translation>操作系统密钥环中已保存一个密钥。</translation>
        </message>
        <message>
            <source>No key is stored.</source>
            <translation>未保存密钥。</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1 Install or unlock a keychain (GNOME Keyring or KWallet, reached through the Secret Service), or start PageLens with %2 set in the environment.</source>
            <translation>无法读取密钥环：%1请安装或解锁密钥环（GNOME 密钥环或 KWallet，通过 Secret Service 访问），或在启动 PageLens 时在环境中设置 %2。</translation>
        </message>
        <message>
            <source>Storing the key in the OS keychain…</source>
            <translation>正在将密钥保存到操作系统密钥环…</translation>
        </message>
        <message>
            <source>The key could not be stored: %1 Install or unlock a keychain (GNOME Keyring or KWallet), or start PageLens with %2 set in the environment instead.</source>
            <translation>无法保存密钥：%1请安装或解锁密钥环（GNOME 密钥环或 KWallet），或改为在启动 PageLens 时在环境中设置 %2。</translation>
        </message>
        <message>
            <source>The key was stored in the OS keychain.</source>
            <translation>密钥已保存到操作系统密钥环。</translation>
        </message>
        <message>
            <source>Removing the key from the OS keychain…</source>
            <translation>正在从操作系统密钥环中移除密钥…</translation>
        </message>
        <message>
            <source>The key could not be removed: %1</source>
            <translation>无法移除密钥：%1</translation>
        </message>
        <message>
            <source>No key (most local servers need none).</source>
            <translation>无密钥（大多数本地服务器不需要）。</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1</source>
            <translation>无法读取密钥环：%1</translation>
        </message>
        <message>
            <source>The key could not be stored: %1 Set PAGELENS_LATE_API_KEY in the environment instead.</source>
            <translation>无法保存密钥：%1请改为在环境中设置 PAGELENS_LATE_API_KEY。</translation>
        </message>
        <message>
            <source>Detect objects while indexing</source>
            <translation>建立索引时检测对象</translation>
        </message>
        <message>
            <source>Sends each page image for object detection; needs page images allowed.</source>
            <translation>将每张页面图像发送用于对象检测；需要允许发送页面图像。</translation>
        </message>
        <message>
            <source>Detection prompt</source>
            <translation>检测提示词</translation>
        </message>
        <message>
            <source>Detection pro&amp;mpt:</source>
            <translation>检测提示词(&amp;M)：</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ThumbnailStrip</name>
        <message>
            <source>Page thumbnails</source>
            <translation>页面缩略图</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>第 %1 页</translation>
        </message>
        <message>
            <source>Page %1 has detected objects</source>
            <translation>第 %1 页有检测到的对象</translation>
        </message>
        <message>
            <source>Page %1, has detected objects</source>
            <translation>第 %1 页，有检测到的对象</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ViewerPanel</name>
        <message>
            <source>&amp;Previous Page</source>
            <translation>上一页(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next Page</source>
            <translation>下一页(&amp;N)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>Fit &amp;Width</source>
            <translation>适合宽度(&amp;W)</translation>
        </message>
        <message>
            <source>Fit &amp;Page</source>
            <translation>适合页面(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Find in Document…</source>
            <translation>在文档中查找(&amp;F)…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>查找下一个(&amp;N)</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>查找上一个(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>Select &amp;All on Page</source>
            <translation>全选本页(&amp;A)</translation>
        </message>
        <message>
            <source>Copy the words selected on the page (drag over the words to select them)</source>
            <translation>复制在页面上选中的词语（在词语上拖动即可选中）</translation>
        </message>
        <message>
            <source>Rotate &amp;Left</source>
            <translation>向左旋转(&amp;L)</translation>
        </message>
        <message>
            <source>Rotate &amp;Right</source>
            <translation>向右旋转(&amp;R)</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>页码</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>缩放级别</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Viewer tools</source>
            <translation>查看器工具</translation>
        </message>
        <message>
            <source>search match</source>
            <translation>搜索匹配</translation>
        </message>
        <message>
            <source>matched: %1</source>
            <translation>匹配：%1</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>/ %1</translation>
        </message>
        <message>
            <source>&amp;Continuous</source>
            <translation>连续(&amp;C)</translation>
        </message>
        <message>
            <source>Show all pages in one scroll</source>
            <translation>在一个滚动视图中显示所有页面</translation>
        </message>
    </context>
    <context>
        <name>ProviderOptions</name>
        <message>
            <source>Model service: gemini (default) or openai.</source>
            <translation>模型服务：gemini（默认）或 openai。</translation>
        </message>
        <message>
            <source>Service address (default: the service's own, or PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL).</source>
            <translation>服务地址（默认：该服务自身的地址，或 PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL）。</translation>
        </message>
        <message>
            <source>Generation model (gemini: gemini-2.5-flash).</source>
            <translation>生成模型（gemini：gemini-2.5-flash）。</translation>
        </message>
        <message>
            <source>Embedding model (gemini: gemini-embedding-001).</source>
            <translation>嵌入模型（gemini：gemini-embedding-001）。</translation>
        </message>
        <message>
            <source>Send the API key to an http:// or local/private server too (by default it goes only to public https servers).</source>
            <translation>也将 API 密钥发送到 http:// 或本地/私有服务器（默认只发送到公共 https 服务器）。</translation>
        </message>
        <message>
            <source>Resize images to at most this width before sending, 16 to 8192 (default 600).</source>
            <translation>发送前将图像缩放到不超过此宽度，16 到 8192（默认 600）。</translation>
        </message>
        <message>
            <source>Image format to send: webp (default), jpeg or png.</source>
            <translation>发送的图像格式：webp（默认）、jpeg 或 png。</translation>
        </message>
        <message>
            <source>Late-interaction server (infinity), e.g. http://localhost:7997 (default: PAGELENS_LATE_URL).</source>
            <translation>延迟交互服务器（infinity），例如 http://localhost:7997（默认：PAGELENS_LATE_URL）。</translation>
        </message>
        <message>
            <source>Its ColPali-family model, e.g. vidore/colpali-v1.2-merged (default: PAGELENS_LATE_MODEL).</source>
            <translation>其 ColPali 系列模型，例如 vidore/colpali-v1.2-merged（默认：PAGELENS_LATE_MODEL）。</translation>
        </message>
        <message>
            <source>How the server sends vectors: base64 (default) or float.</source>
            <translation>服务器发送向量的方式：base64（默认）或 float。</translation>
        </message>
        <message>
            <source>The server's API: infinity (/embeddings, default) or vllm (/pooling, task token_embed) (default: PAGELENS_LATE_DIALECT).</source>
            <translation>服务器的 API：infinity（/embeddings，默认）或 vllm（/pooling，任务 token_embed）（默认：PAGELENS_LATE_DIALECT）。</translation>
        </message>
        <message>
            <source>A late-interaction server needs both --late-url and --late-model.</source>
            <translation>延迟交互服务器需要同时指定 --late-url 和 --late-model。</translation>
        </message>
        <message>
            <source>--late-url takes an http:// or https:// address.</source>
            <translation>--late-url 的取值为 http:// 或 https:// 地址。</translation>
        </message>
        <message>
            <source>--late-encoding takes base64 or float.</source>
            <translation>--late-encoding 的取值为 base64 或 float。</translation>
        </message>
        <message>
            <source>--late-dialect takes infinity or vllm.</source>
            <translation>--late-dialect 的取值为 infinity 或 vllm。</translation>
        </message>
        <message>
            <source>Unknown provider "%1": use gemini or openai.</source>
            <translation>未知的服务提供方“%1”：请使用 gemini 或 openai。</translation>
        </message>
        <message>
            <source>No Gemini API key: set GOOGLE_API_KEY or GEMINI_API_KEY, or store a key in the keychain.</source>
            <translation>没有 Gemini API 密钥：请设置 GOOGLE_API_KEY 或 GEMINI_API_KEY，或在密钥环中保存密钥。</translation>
        </message>
        <message>
            <source>No OpenAI API key: set OPENAI_API_KEY or store a key in the keychain.</source>
            <translation>没有 OpenAI API 密钥：请设置 OPENAI_API_KEY，或在密钥环中保存密钥。</translation>
        </message>
        <message>
            <source>"%1" is not a page number.</source>
            <translation>“%1”不是页码。</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>像素</translation>
        </message>
        <message>
            <source>%1 has only %2 pages.</source>
            <translation>%1 只有 %2 页。</translation>
        </message>
    </context>
    <context>
        <name>ServiceFailure</name>
        <message>
            <source>The model service refused the API key. Check that the key is valid and allowed to use this API.</source>
            <translation>模型服务拒绝了该 API 密钥。请检查密钥是否有效，以及是否有权使用此 API。</translation>
        </message>
        <message>
            <source>The model service does not know this model. Check the model name (--model or --embed-model).</source>
            <translation>模型服务不认识此模型。请检查模型名称（--model 或 --embed-model）。</translation>
        </message>
        <message>
            <source>The model service stopped the answer before it was complete. Try again.</source>
            <translation>模型服务在回答完成前将其中止。请重试。</translation>
        </message>
        <message>
            <source>The model service is overloaded or unavailable right now. Try again in a few minutes.</source>
            <translation>模型服务当前过载或不可用。请几分钟后重试。</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached.</source>
            <translation>已达到模型服务的速率限制。</translation>
        </message>
        <message>
            <source>The model service rejected the request: %1</source>
            <translation>模型服务拒绝了该请求：%1</translation>
        </message>
        <message>
            <source>The API key is not valid. Set a valid key in GOOGLE_API_KEY or GEMINI_API_KEY, or store one in the keychain.</source>
            <translation>API 密钥无效。请在 GOOGLE_API_KEY 或 GEMINI_API_KEY 中设置有效的密钥，或在密钥环中保存密钥。</translation>
        </message>
        <message>
            <source>The Gemini API is not enabled for this key's project. Enable it in the Google Cloud console.</source>
            <translation>此密钥所属项目未启用 Gemini API。请在 Google Cloud 控制台中启用。</translation>
        </message>
        <message>
            <source>The daily quota of the model service is used up. Try again tomorrow or use another key.</source>
            <translation>模型服务的每日配额已用完。请明天重试，或使用其他密钥。</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached. Try again in %1 seconds.</source>
            <translation>已达到模型服务的速率限制。请在 %1 秒后重试。</translation>
        </message>
        <message>
            <source>The account of this API key has no quota left. Check the plan and billing of the service.</source>
            <translation>此 API 密钥所属账户已无剩余配额。请检查该服务的套餐和账单。</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached. Try again in a minute.</source>
            <translation>已达到模型服务的速率限制。请一分钟后重试。</translation>
        </message>
        <message>
            <source>The model service stopped answering and the request timed out. Check the network and try again.</source>
            <translation>模型服务停止应答，请求已超时。请检查网络后重试。</translation>
        </message>
        <message>
            <source>The model service cannot be reached. Check the network connection and the service address.</source>
            <translation>无法连接到模型服务。请检查网络连接和服务地址。</translation>
        </message>
    </context>
    <context>
        <name>UiLanguage</name>
        <message>
            <source>System language</source>
            <translation>系统语言</translation>
        </message>
    </context>
</TS>
