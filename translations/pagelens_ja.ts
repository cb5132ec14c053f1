<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>AccessibleNames</name>
        <message>
            <source>Clear %1</source>
            <translation>%1 をクリア</translation>
        </message>
        <message>
            <source>More of %1</source>
            <translation>%1 のその他の項目</translation>
        </message>
    </context>
    <context>
        <name>AgentCommands</name>
        <message>
            <source>Citations that match no page the agent saw (not shown as sources): %1</source>
            <translation>エージェントが参照したどのページにも一致しない引用 (出典としては表示されません): %1</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n 件の質問</numerusform>
            </translation>
        </message>
        <message>
            <source>Ask the library a question (answers cite pages)</source>
            <translation>ライブラリに質問します (回答にはページが引用されます)</translation>
        </message>
        <message>
            <source>What to ask.</source>
            <translation>質問する内容。</translation>
        </message>
        <message>
            <source>Agree to send the question and what the tools find to the model service.</source>
            <translation>質問とツールが見つけた内容をモデルサービスに送信することに同意します。</translation>
        </message>
        <message>
            <source>What may leave the machine for this question: never, text or images (default: the library's setting).</source>
            <translation>この質問でマシンの外部に送信してよいもの: never、text、images のいずれか (既定: ライブラリの設定)。</translation>
        </message>
        <message>
            <source>Tool rounds before the agent gives up, 1 to 50 (default 8).</source>
            <translation>エージェントが断念するまでのツールのラウンド数、1 から 50 (既定 8)。</translation>
        </message>
        <message>
            <source>Continue this conversation (see --list).</source>
            <translation>この会話を続けます (--list を参照)。</translation>
        </message>
        <message>
            <source>List the library's conversations.</source>
            <translation>ライブラリの会話を一覧表示します。</translation>
        </message>
        <message>
            <source>Delete a conversation.</source>
            <translation>会話を削除します。</translation>
        </message>
        <message>
            <source>Show a stored conversation: its questions, steps, answers and sources.</source>
            <translation>保存された会話 (質問、ステップ、回答、出典) を表示します。</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli ask QUESTION [options] | ask --list | ask --show ID | ask --delete ID</source>
            <translation>使い方: pagelens-cli ask QUESTION [options] | ask --list | ask --show ID | ask --delete ID</translation>
        </message>
        <message>
            <source>tool rounds</source>
            <translation>ツールのラウンド数</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy には never、text、images のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>Deleted conversation %1.</source>
            <translation>会話 %1 を削除しました。</translation>
        </message>
        <message>
            <source>The library's privacy is "never", so no model was asked.</source>
            <translation>ライブラリのプライバシー設定が「never」のため、モデルには問い合わせていません。</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>モデルサービスが設定されていません。</translation>
        </message>
        <message>
            <source>Would send to %1 (%2): the question "%3", the page text, captions and snippets the tools find</source>
            <translation>%1 (%2) に送信される内容: 質問「%3」、ツールが見つけたページのテキスト、キャプション、抜粋</translation>
        </message>
        <message>
            <source>, and at most %1 page images per step (WEBP, at most 1024 px)</source>
            <translation>、およびステップごとに最大 %1 枚のページ画像 (WEBP、最大 1024 px)</translation>
        </message>
        <message>
            <source>; privacy: %1; at most %2 steps.</source>
            <translation>。プライバシー: %1、最大 %2 ステップ。</translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>何も送信されていません。同意するには --yes を付けて再実行してください。</translation>
        </message>
        <message>
            <source>Nothing was sent to a model service.</source>
            <translation>モデルサービスには何も送信されていません。</translation>
        </message>
        <message>
            <source>The agent stopped.</source>
            <translation>エージェントが停止しました。</translation>
        </message>
    </context>
    <context>
        <name>AgentTools</name>
        <message numerus="yes">
            <source>searched "%1" → %n page(s)</source>
            <translation>
                <numerusform>「%1」を検索 → %n ページ</numerusform>
            </translation>
        </message>
        <message>
            <source>looked at %1 p. %2</source>
            <translation>%1 の %2 ページを表示</translation>
        </message>
        <message>
            <source>read %1 p. %2 (no image sent)</source>
            <translation>%1 の %2 ページを読み取り (画像は未送信)</translation>
        </message>
        <message>
            <source>read the text of %1 p. %2</source>
            <translation>%1 の %2 ページのテキストを読み取り</translation>
        </message>
        <message numerus="yes">
            <source>found %n object(s) on %1 p. %2</source>
            <translation>
                <numerusform>%1 の %2 ページで %n 個のオブジェクトを検出</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 が失敗しました: %2</translation>
        </message>
        <message>
            <source>There is no tool named "%1". Use only search_library, view_page, read_page_text and detect_objects.</source>
            <translation>「%1」という名前のツールはありません。search_library、view_page、read_page_text、detect_objects のみを使用してください。</translation>
        </message>
        <message>
            <source>refused the undeclared tool "%1"</source>
            <translation>宣言されていないツール「%1」を拒否しました</translation>
        </message>
        <message>
            <source>"%1" must be a whole number.</source>
            <translation>「%1」は整数でなければなりません。</translation>
        </message>
        <message>
            <source>%1: bad argument "%2"</source>
            <translation>%1: 不正な引数「%2」</translation>
        </message>
        <message>
            <source>The arguments do not match %1's declaration: %2</source>
            <translation>引数が %1 の宣言と一致しません: %2</translation>
        </message>
        <message>
            <source>%1: invalid arguments</source>
            <translation>%1: 無効な引数</translation>
        </message>
        <message>
            <source>%1: unknown document "%2"</source>
            <translation>%1: 不明な文書「%2」</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s); there is no page %2.</source>
            <translation>
                <numerusform>%1 は %n ページしかありません。%2 ページはありません。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no page %2 in %3</source>
            <translation>%1: %3 に %2 ページはありません</translation>
        </message>
        <message>
            <source>Several documents are named "%1"; give the full path from search_library.</source>
            <translation>「%1」という名前の文書が複数あります。search_library が返した完全なパスを指定してください。</translation>
        </message>
        <message>
            <source>There is no document "%1" in the library; use a path search_library returned.</source>
            <translation>ライブラリに文書「%1」はありません。search_library が返したパスを使用してください。</translation>
        </message>
        <message>
            <source>The query is empty.</source>
            <translation>クエリが空です。</translation>
        </message>
        <message>
            <source>search: empty query</source>
            <translation>検索: クエリが空です</translation>
        </message>
        <message>
            <source>search for "%1" failed</source>
            <translation>「%1」の検索に失敗しました</translation>
        </message>
        <message>
            <source>could not read %1 p. %2</source>
            <translation>%1 の %2 ページを読み取れませんでした</translation>
        </message>
        <message>
            <source>Object detection needs the page image, and this library's privacy setting allows text only.</source>
            <translation>オブジェクト検出にはページ画像が必要ですが、このライブラリのプライバシー設定ではテキストのみが許可されています。</translation>
        </message>
        <message>
            <source>detect on %1 p. %2: not allowed (privacy)</source>
            <translation>%1 の %2 ページの検出: 許可されていません (プライバシー)</translation>
        </message>
        <message>
            <source>No model service is available for object detection.</source>
            <translation>オブジェクト検出に使用できるモデルサービスがありません。</translation>
        </message>
        <message>
            <source>detect: no model service</source>
            <translation>検出: モデルサービスがありません</translation>
        </message>
        <message>
            <source>detect on %1 p. %2 failed</source>
            <translation>%1 の %2 ページの検出に失敗しました</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>No display: running headless (see pagelens-cli --help).</source>
            <translation>ディスプレイがありません: ヘッドレスで実行します (pagelens-cli --help を参照)。</translation>
        </message>
        <message>
            <source>Search folders of PDFs, scans and images.</source>
            <translation>PDF、スキャン、画像のフォルダーを検索します。</translation>
        </message>
        <message>
            <source>Quit once the window is shown and the library is open (and the given paths are indexed); exit status 0 when that worked. For install checks.</source>
            <translation>ウィンドウが表示されてライブラリが開かれた (指定したパスのインデックスが作成された) 時点で終了します。成功した場合の終了ステータスは 0 です。インストールの確認用です。</translation>
        </message>
        <message>
            <source>Open the library in &lt;dir&gt;.</source>
            <translation>&lt;dir&gt; にあるライブラリを開きます。</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>dir</translation>
        </message>
        <message>
            <source>Log debug detail.</source>
            <translation>デバッグの詳細をログに記録します。</translation>
        </message>
        <message>
            <source>Files and folders to add to the library.</source>
            <translation>ライブラリに追加するファイルとフォルダー。</translation>
        </message>
        <message>
            <source>PageLens started: %1</source>
            <translation>PageLens を起動しました: %1</translation>
        </message>
        <message>
            <source>PageLens failed to start: the window is not shown.</source>
            <translation>PageLens の起動に失敗しました: ウィンドウが表示されていません。</translation>
        </message>
        <message>
            <source>window shown, library %1 open.</source>
            <translation>ウィンドウを表示し、ライブラリ %1 を開きました。</translation>
        </message>
        <message>
            <source>window shown, %1 indexed, %2 failed.</source>
            <translation>ウィンドウを表示しました。インデックス作成 %1 件、失敗 %2 件。</translation>
        </message>
    </context>
    <context>
        <name>BenchCommands</name>
        <message>
            <source>Run a benchmark (bench --help lists them)</source>
            <translation>ベンチマークを実行します (一覧は bench --help で表示されます)</translation>
        </message>
        <message>
            <source>Unknown benchmark %1.</source>
            <translation>不明なベンチマーク %1 です。</translation>
        </message>
        <message>
            <source>Number of vectors (default 10000).</source>
            <translation>ベクトル数 (既定 10000)。</translation>
        </message>
        <message>
            <source>Dimensions (default 768).</source>
            <translation>次元数 (既定 768)。</translation>
        </message>
        <message>
            <source>Number of timed queries (default 200).</source>
            <translation>計測するクエリの数 (既定 200)。</translation>
        </message>
        <message>
            <source>flat, hnsw or auto (default auto: flat below the HNSW threshold).</source>
            <translation>flat、hnsw、auto のいずれか (既定 auto: HNSW のしきい値未満では flat)。</translation>
        </message>
        <message>
            <source>OpenMP and BLAS threads (default: one per core).</source>
            <translation>OpenMP と BLAS のスレッド数 (既定: コアごとに 1 つ)。</translation>
        </message>
        <message>
            <source>Also time FAISS's own IndexFlatIP search, one query at a time.</source>
            <translation>FAISS 自身の IndexFlatIP 検索も 1 クエリずつ計測します。</translation>
        </message>
        <message>
            <source>Folder for the index file (default: a temporary folder).</source>
            <translation>インデックスファイル用のフォルダー (既定: 一時フォルダー)。</translation>
        </message>
        <message>
            <source>--index is flat, hnsw or auto.</source>
            <translation>--index には flat、hnsw、auto のいずれかを指定します。</translation>
        </message>
        <message>
            <source>Dense index, %1 pages × %2 dimensions, %3, %4 threads (OpenMP %5)</source>
            <translation>密インデックス、%1 ページ × %2 次元、%3、%4 スレッド (OpenMP %5)</translation>
        </message>
        <message>
            <source>  build %1, save %2, load %3, file %4 MB</source>
            <translation>  構築 %1、保存 %2、読み込み %3、ファイル %4 MB</translation>
        </message>
        <message>
            <source>  query p50 %1, p99 %2 over %3 queries, recall@%4 %5</source>
            <translation>  クエリ p50 %1、p99 %2 (%3 クエリ)、recall@%4 %5</translation>
        </message>
        <message>
            <source>  scan %1 GB/s, memory read %2 GB/s (bound ratio %3)</source>
            <translation>  スキャン %1 GB/s、メモリ読み取り %2 GB/s (限界比 %3)</translation>
        </message>
        <message>
            <source>  FAISS IndexFlatIP::search p50 %1</source>
            <translation>  FAISS IndexFlatIP::search p50 %1</translation>
        </message>
        <message>
            <source>  BLAS: %1; FAISS build: %2</source>
            <translation>  BLAS: %1、FAISS ビルド: %2</translation>
        </message>
        <message>
            <source>Number of pages (default 10000).</source>
            <translation>ページ数 (既定 10000)。</translation>
        </message>
        <message>
            <source>Vectors per page (default 1030: ColPali's 32 × 32 grid and 6 more).</source>
            <translation>ページあたりのベクトル数 (既定 1030: ColPali の 32 × 32 グリッドと 6 個)。</translation>
        </message>
        <message>
            <source>Dimensions (default 128).</source>
            <translation>次元数 (既定 128)。</translation>
        </message>
        <message>
            <source>Vectors per query (default 20).</source>
            <translation>クエリあたりのベクトル数 (既定 20)。</translation>
        </message>
        <message>
            <source>Number of timed queries (default 20).</source>
            <translation>計測するクエリの数 (既定 20)。</translation>
        </message>
        <message>
            <source>Search threads (default: one per core).</source>
            <translation>検索スレッド数 (既定: コアごとに 1 つ)。</translation>
        </message>
        <message>
            <source>Patches per pooled vector of the candidate stage (default 32).</source>
            <translation>候補段階でプールされるベクトルあたりのパッチ数 (既定 32)。</translation>
        </message>
        <message>
            <source>Pages reranked exactly by the two-stage search (default 256).</source>
            <translation>2 段階検索で厳密に再ランク付けするページ数 (既定 256)。</translation>
        </message>
        <message>
            <source>Folder for the vector file (default: a temporary folder).</source>
            <translation>ベクトルファイル用のフォルダー (既定: 一時フォルダー)。</translation>
        </message>
        <message>
            <source>Keep the vector file in --dir and reuse it when the pages, vectors, dimensions and pool factor match.</source>
            <translation>ベクトルファイルを --dir に残し、ページ数、ベクトル数、次元数、プール係数が一致する場合は再利用します。</translation>
        </message>
        <message>
            <source>--keep needs --dir.</source>
            <translation>--keep には --dir が必要です。</translation>
        </message>
        <message>
            <source>MaxSim, %1 pages × %2 vectors × %3 dimensions, %4 query tokens, kernel %5, %6 threads</source>
            <translation>MaxSim、%1 ページ × %2 ベクトル × %3 次元、クエリトークン %4 個、カーネル %5、%6 スレッド</translation>
        </message>
        <message>
            <source>  write %1, open %2, file %3 MB; %4 bytes per page mapped, %5 resident</source>
            <translation>  書き込み %1、オープン %2、ファイル %3 MB、ページあたり %4 バイトをマップ、%5 が常駐</translation>
        </message>
        <message>
            <source>  exact p50 %1, p99 %2; memory roofline %3 at %4 GB/s (ratio %5)</source>
            <translation>  厳密 p50 %1、p99 %2、メモリルーフライン %3 (%4 GB/s 時、比 %5)</translation>
        </message>
        <message>
            <source>  two-stage p50 %1, p99 %2 (pool factor %3, %4 candidates), recall@%5 %6 over %7 queries</source>
            <translation>  2 段階 p50 %1、p99 %2 (プール係数 %3、候補 %4 件)、recall@%5 %6 (%7 クエリ)</translation>
        </message>
        <message>
            <source>Number of timed steps (default 30).</source>
            <translation>計測するステップ数 (既定 30)。</translation>
        </message>
        <message>
            <source>The page view_page shows (default: the first image of the seed notebook, when found).</source>
            <translation>view_page が表示するページ (既定: シードノートブックの最初の画像 (見つかった場合))。</translation>
        </message>
        <message>
            <source>--pages needs at least 20.</source>
            <translation>--pages には 20 以上を指定してください。</translation>
        </message>
    </context>
    <context>
        <name>CliApp</name>
        <message>
            <source>Usage: pagelens-cli [--library DIR] [--json] [--verbose] COMMAND [ARGS...]</source>
            <translation>使い方: pagelens-cli [--library DIR] [--json] [--verbose] COMMAND [ARGS...]</translation>
        </message>
        <message>
            <source>       pagelens-cli --version | --help</source>
            <translation>       pagelens-cli --version | --help</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>コマンド:</translation>
        </message>
        <message>
            <source>Exit codes: 0 ok, 1 usage, 2 some inputs failed, 3 model service error.</source>
            <translation>終了コード: 0 成功、1 使い方の誤り、2 一部の入力が失敗、3 モデルサービスのエラー。</translation>
        </message>
        <message>
            <source>--library needs a folder.</source>
            <translation>--library にはフォルダーを指定してください。</translation>
        </message>
        <message>
            <source>Unknown option %1.</source>
            <translation>不明なオプション %1 です。</translation>
        </message>
        <message>
            <source>Unknown command %1.</source>
            <translation>不明なコマンド %1 です。</translation>
        </message>
    </context>
    <context>
        <name>ConsentStore</name>
        <message>
            <source>page text and page images</source>
            <translation>ページのテキストとページ画像</translation>
        </message>
        <message>
            <source>page text</source>
            <translation>ページのテキスト</translation>
        </message>
        <message>
            <source>page images</source>
            <translation>ページ画像</translation>
        </message>
    </context>
    <context>
        <name>ConversationStore</name>
        <message>
            <source>The conversation could not be read.</source>
            <translation>会話を読み込めませんでした。</translation>
        </message>
        <message>
            <source>There is no conversation "%1" in this library (see ask --list).</source>
            <translation>このライブラリに会話「%1」はありません (ask --list を参照)。</translation>
        </message>
        <message>
            <source>The conversation could not be saved.</source>
            <translation>会話を保存できませんでした。</translation>
        </message>
        <message>
            <source>The conversations could not be read.</source>
            <translation>会話一覧を読み込めませんでした。</translation>
        </message>
        <message>
            <source>The conversation could not be deleted.</source>
            <translation>会話を削除できませんでした。</translation>
        </message>
    </context>
    <context>
        <name>DetectionCommands</name>
        <message>
            <source>List the objects stored for a library page</source>
            <translation>ライブラリのページに保存されたオブジェクトを一覧表示します</translation>
        </message>
        <message>
            <source>A page of a library document.</source>
            <translation>ライブラリ文書のページ。</translation>
        </message>
        <message>
            <source>Keep the detections in the library (replacing this page's for the same prompt).</source>
            <translation>検出結果をライブラリに保存します (同じプロンプトによるこのページの検出結果を置き換えます)。</translation>
        </message>
        <message>
            <source>The instruction sent with the page.</source>
            <translation>ページと一緒に送信する指示。</translation>
        </message>
        <message>
            <source>Longest side of the page image sent, 64 to 4096 pixels (default %1).</source>
            <translation>送信するページ画像の長辺、64 から 4096 ピクセル (既定 %1)。</translation>
        </message>
        <message>
            <source>What may leave the machine in this run: never, text or images (default: the library's setting).</source>
            <translation>この実行でマシンの外部に送信してよいもの: never、text、images のいずれか (既定: ライブラリの設定)。</translation>
        </message>
        <message>
            <source>Agree to send the page image.</source>
            <translation>ページ画像の送信に同意します。</translation>
        </message>
        <message>
            <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
            <translation>別の PageLens がライブラリに書き込んでいる間に待機する秒数 (既定 600)。</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>ピクセル</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy には never、text、images のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which the privacy setting (%1) does not allow; nothing was sent. Use --privacy images for this run.</source>
            <translation>オブジェクト検出ではページ画像を送信しますが、プライバシー設定 (%1) で許可されていないため、何も送信されませんでした。この実行に限り許可するには --privacy images を使用してください。</translation>
        </message>
        <message>
            <source>Object detection sends 1 page image (%1, longest side %2 px) to %3 at %4.</source>
            <translation>オブジェクト検出では 1 枚のページ画像 (%1、長辺 %2 px) を %4 の %3 に送信します。</translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>何も送信されていません。同意するには --yes を付けて再実行してください。</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) stored for %1.</source>
            <translation>
                <numerusform>%1 に %n 個のオブジェクトを保存しました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetectionLayer</name>
        <message>
            <source>detected</source>
            <translation>検出</translation>
        </message>
        <message>
            <source>detected by %1</source>
            <translation>%1 による検出</translation>
        </message>
        <message>
            <source>prompt “%1”</source>
            <translation>プロンプト「%1」</translation>
        </message>
    </context>
    <context>
        <name>ExtractiveAnswer</name>
        <message>
            <source>Search results for "%1" (%2 These are passages from your library, not an answer.)</source>
            <translation>「%1」の検索結果 (%2 これはライブラリ内の抜粋であり、回答ではありません。)</translation>
        </message>
        <message>
            <source>No page matches.</source>
            <translation>一致するページはありません。</translation>
        </message>
    </context>
    <context>
        <name>GeminiCodec</name>
        <message>
            <source>The model service blocked the request for safety reasons (%1).</source>
            <translation>モデルサービスが安全上の理由でリクエストをブロックしました (%1)。</translation>
        </message>
        <message>
            <source>The model service blocked the answer for safety reasons (%1).</source>
            <translation>モデルサービスが安全上の理由で回答をブロックしました (%1)。</translation>
        </message>
        <message>
            <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
            <translation>回答が最大出力トークン数で打ち切られました。トークン数の上限を増やして再試行してください。</translation>
        </message>
        <message>
            <source>The model service returned no answer (finish reason: %1).</source>
            <translation>モデルサービスから回答が返されませんでした (終了理由: %1)。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>The model service returned an embedding with invalid values.</source>
            <translation>モデルサービスが無効な値を含む埋め込みを返しました。</translation>
        </message>
        <message>
            <source>The model service returned an empty embedding.</source>
            <translation>モデルサービスが空の埋め込みを返しました。</translation>
        </message>
        <message>
            <source>The model service returned %1 embeddings for %2 texts.</source>
            <translation>モデルサービスが %2 件のテキストに対して %1 件の埋め込みを返しました。</translation>
        </message>
    </context>
    <context>
        <name>HeatmapCommands</name>
        <message>
            <source>Where on a page a query matched (late interaction, else term matches)</source>
            <translation>クエリがページのどこに一致したか (レイトインタラクション、それ以外は語句の一致)</translation>
        </message>
        <message>
            <source>The query.</source>
            <translation>クエリ。</translation>
        </message>
        <message>
            <source>The page (1-based).</source>
            <translation>ページ (1 から始まる番号)。</translation>
        </message>
        <message>
            <source>Write the page with the heatmap and a legend to this PNG.</source>
            <translation>ヒートマップと凡例を付けたページをこの PNG に書き出します。</translation>
        </message>
        <message>
            <source>Password of an encrypted PDF.</source>
            <translation>暗号化された PDF のパスワード。</translation>
        </message>
        <message>
            <source>Send PAGELENS_LATE_API_KEY to an http:// or local server too.</source>
            <translation>PAGELENS_LATE_API_KEY を http:// またはローカルのサーバーにも送信します。</translation>
        </message>
        <message>
            <source>"%1" is not a page number.</source>
            <translation>「%1」はページ番号ではありません。</translation>
        </message>
        <message>
            <source>The query has no words to map.</source>
            <translation>クエリにマップできる単語がありません。</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 は %n ページあります。</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing term matches instead.</source>
            <translation>代わりに語句の一致を表示します。</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>%1 に書き込めません。</translation>
        </message>
        <message>
            <source>%1 heatmap, %2 x %3 cells; strongest at x=%4, y=%5 of the page</source>
            <translation>%1 ヒートマップ、%2 x %3 セル、最も強い位置はページの x=%4、y=%5</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>%1 を書き出しました</translation>
        </message>
    </context>
    <context>
        <name>HeatmapLayer</name>
        <message>
            <source>%1 at x %2–%3, y %4–%5 of the page</source>
            <translation>%1 (ページの x %2–%3、y %4–%5)</translation>
        </message>
    </context>
    <context>
        <name>IndexRunner</name>
        <message>
            <source>Password to try on documents that need one.</source>
            <translation>パスワードが必要な文書で試すパスワード。</translation>
        </message>
        <message>
            <source>Tesseract languages, e.g. eng+deu (default eng).</source>
            <translation>Tesseract の言語、例: eng+deu (既定 eng)。</translation>
        </message>
        <message>
            <source>Render/OCR threads, 0 to 256 (default 0: one per core).</source>
            <translation>レンダリング/OCR のスレッド数、0 から 256 (既定 0: コアごとに 1 つ)。</translation>
        </message>
        <message>
            <source>Seconds a document reader may take on one page, 1 to 3600 (default 60); a file that takes longer fails.</source>
            <translation>文書リーダーが 1 ページに使用できる秒数、1 から 3600 (既定 60)。これより時間がかかるファイルは失敗します。</translation>
        </message>
        <message>
            <source>What may leave the machine in this run: never, text or images (default: the library's setting).</source>
            <translation>この実行でマシンの外部に送信してよいもの: never、text、images のいずれか (既定: ライブラリの設定)。</translation>
        </message>
        <message>
            <source>Agree to the egress and cost preview and send.</source>
            <translation>送信内容とコストのプレビューに同意して送信します。</translation>
        </message>
        <message>
            <source>Embedding dimension, 1 to 8192 (default 768).</source>
            <translation>埋め込みの次元数、1 から 8192 (既定 768)。</translation>
        </message>
        <message>
            <source>Embed page text only; send no page images.</source>
            <translation>ページのテキストのみを埋め込み、ページ画像は送信しません。</translation>
        </message>
        <message>
            <source>Caption requests per minute, 0 (no limit) to 1000 (default 10, Gemini's free tier).</source>
            <translation>1 分あたりのキャプションリクエスト数、0 (無制限) から 1000 (既定 10、Gemini の無料枠)。</translation>
        </message>
        <message>
            <source>Caption requests at once, 1 to 32 (default 2).</source>
            <translation>同時に送るキャプションリクエスト数、1 から 32 (既定 2)。</translation>
        </message>
        <message>
            <source>Replace vectors made with another embedding model or dimension.</source>
            <translation>別の埋め込みモデルや次元数で作成されたベクトルを置き換えます。</translation>
        </message>
        <message>
            <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
            <translation>別の PageLens がライブラリに書き込んでいる間に待機する秒数 (既定 600)。</translation>
        </message>
        <message>
            <source>render/OCR threads; 0: one per core</source>
            <translation>レンダリング/OCR のスレッド数、0: コアごとに 1 つ</translation>
        </message>
        <message>
            <source>seconds per page</source>
            <translation>ページあたりの秒数</translation>
        </message>
        <message>
            <source>embedding dimensions</source>
            <translation>埋め込みの次元数</translation>
        </message>
        <message>
            <source>caption requests per minute; 0: no limit</source>
            <translation>1 分あたりのキャプションリクエスト数、0: 無制限</translation>
        </message>
        <message>
            <source>caption requests at once</source>
            <translation>同時に送るキャプションリクエスト数</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy には never、text、images のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>Late interaction: every page is embedded with %1.</source>
            <translation>レイトインタラクション: すべてのページを %1 で埋め込みます。</translation>
        </message>
        <message>
            <source>Late interaction sends page images, which the privacy setting (%1) does not allow; nothing was sent.</source>
            <translation>レイトインタラクションではページ画像を送信しますが、プライバシー設定 (%1) で許可されていないため、何も送信されませんでした。</translation>
        </message>
        <message numerus="yes">
            <source>Late interaction: %n page image(s) would be sent to %1 (%2).</source>
            <translation>
                <numerusform>レイトインタラクション: %n 枚のページ画像を %1 (%2) に送信します。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>何も送信されていません。同意するには --yes を付けて再実行してください。</translation>
        </message>
        <message>
            <source>%1 pages embedded for late interaction, %2 could not be read, %3 requests%4</source>
            <translation>レイトインタラクション用に %1 ページを埋め込み、%2 ページは読み取れず、リクエスト %3 件%4</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (キャンセル)</translation>
        </message>
        <message numerus="yes">
            <source>indexed  %1 (%n page(s))</source>
            <translation>
                <numerusform>完了  %1 (%n ページ)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>partial  %1: %2 of %n page(s) could not be read</source>
            <translation>
                <numerusform>一部  %1: %n ページ中 %2 ページを読み取れませんでした</numerusform>
            </translation>
        </message>
        <message>
            <source>page %1: %2</source>
            <translation>%1 ページ: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) left "indexing" by an interrupted run were reset to pending.</source>
            <translation>
                <numerusform>中断された実行で「indexing」のまま残っていた %n 件の文書を保留中に戻しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) kept changing while they were read and stay pending.</source>
            <translation>
                <numerusform>%n 件の文書は読み取り中に変更され続けたため、保留中のままです。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 indexed, %2 with errors, %3 failed, %4 need a password; %5 pages (%6 text layer, %7 OCR) in %8 s%9</source>
            <translation>インデックス作成 %1 件、エラーあり %2 件、失敗 %3 件、パスワードが必要 %4 件。%5 ページ (テキストレイヤー %6、OCR %7)、%8 秒%9</translation>
        </message>
        <message>
            <source>%1 captioned, %2 embedded, %3 refused by the model, %4 requests%5</source>
            <translation>キャプション作成 %1 件、埋め込み %2 件、モデルによる拒否 %3 件、リクエスト %4 件%5</translation>
        </message>
        <message>
            <source>Also detect objects on every page not yet detected (sends page images).</source>
            <translation>まだ検出していない各ページのオブジェクトも検出します (ページ画像を送信します)。</translation>
        </message>
        <message>
            <source>The prompt for --detect (default: the library's, else prominent items).</source>
            <translation>--detect のプロンプト (既定: ライブラリのもの、なければ目立つ項目)。</translation>
        </message>
        <message>
            <source>%1 pages detected, %2 unusable answers (asked again next run)</source>
            <translation>%1 ページを検出、使用できない回答 %2 件 (次回の実行で再度問い合わせます)</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommands</name>
        <message>
            <source>--type takes pdf, image or scan, not "%1".</source>
            <translation>--type には「%1」ではなく pdf、image、scan のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>--%1 takes a day such as 2024-05-31.</source>
            <translation>--%1 には 2024-05-31 のような日付を指定してください。</translation>
        </message>
        <message>
            <source>--sort takes relevance, name or date.</source>
            <translation>--sort には relevance、name、date のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>Add files and folders to the library and index them</source>
            <translation>ファイルとフォルダーをライブラリに追加してインデックスを作成します</translation>
        </message>
        <message>
            <source>Pick up changes and index pending documents</source>
            <translation>変更を取り込み、保留中の文書のインデックスを作成します</translation>
        </message>
        <message>
            <source>List the documents and their state</source>
            <translation>文書とその状態を一覧表示します</translation>
        </message>
        <message>
            <source>Take documents or folders out of the library (the files stay)</source>
            <translation>文書やフォルダーをライブラリから削除します (ファイルは残ります)</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>ライブラリを検索します</translation>
        </message>
        <message>
            <source>Find words in one document: every occurrence, page by page, with boxes</source>
            <translation>1 つの文書内で単語を検索します: すべての出現箇所をページごとにボックス付きで表示</translation>
        </message>
        <message>
            <source>Render a page to an image, with layers</source>
            <translation>ページをレイヤー付きで画像にレンダリングします</translation>
        </message>
        <message>
            <source>Run a relevance set: Recall@5, MRR@10, nDCG@5</source>
            <translation>関連性セットを実行します: Recall@5、MRR@10、nDCG@5</translation>
        </message>
        <message>
            <source>Check the catalog; rebuild its indexes, or a new catalog from the library's files</source>
            <translation>カタログを検査し、そのインデックスを再構築するか、ライブラリのファイルから新しいカタログを作成します</translation>
        </message>
        <message>
            <source>Files and folders to add.</source>
            <translation>追加するファイルとフォルダー。</translation>
        </message>
        <message>
            <source>page %1: %2</source>
            <translation>%1 ページ: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) left "indexing" by an interrupted run were reset to pending.</source>
            <translation>
                <numerusform>中断された実行で「indexing」のまま残っていた %n 件の文書を保留中に戻しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>The library is read-only: search, status and render work; add and index do not.</source>
            <translation>ライブラリは読み取り専用です: search、status、render は使用できますが、add と index は使用できません。</translation>
        </message>
        <message>
            <source>Documents or folders to take out of the library.</source>
            <translation>ライブラリから削除する文書またはフォルダー。</translation>
        </message>
        <message>
            <source>Seconds to wait for another PageLens writing to the library (default 600).</source>
            <translation>別の PageLens がライブラリに書き込んでいる場合に待機する秒数 (既定 600)。</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n document(s) from the library; the files were not touched.</source>
            <translation>
                <numerusform>ライブラリから %n 件の文書を削除しました。ファイルには変更を加えていません。</numerusform>
            </translation>
        </message>
        <message>
            <source>What to look for.</source>
            <translation>検索する内容。</translation>
        </message>
        <message>
            <source>Number of hits, 1 to 1000 (default 10).</source>
            <translation>ヒット数、1 から 1000 (既定 10)。</translation>
        </message>
        <message>
            <source>Only the signals that need no model service (bm25, objects), as the window searches while you type.</source>
            <translation>モデルサービスを必要としないシグナル (bm25、objects) のみを使用します (ウィンドウで入力中に検索するときと同じ)。</translation>
        </message>
        <message>
            <source>Only documents at or below this folder.</source>
            <translation>このフォルダー以下の文書のみ。</translation>
        </message>
        <message>
            <source>Only these document types: pdf, image, scan (comma-separated).</source>
            <translation>これらの文書の種類のみ: pdf、image、scan (コンマ区切り)。</translation>
        </message>
        <message>
            <source>Only documents modified on or after this day.</source>
            <translation>この日以降に変更された文書のみ。</translation>
        </message>
        <message>
            <source>Only documents modified on or before this day.</source>
            <translation>この日以前に変更された文書のみ。</translation>
        </message>
        <message>
            <source>Order of the hits: relevance (default), name, date (newest first).</source>
            <translation>ヒットの順序: relevance (既定)、name、date (新しい順)。</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli search QUERY [options]</source>
            <translation>使い方: pagelens-cli search QUERY [options]</translation>
        </message>
        <message>
            <source>Query syntax:</source>
            <translation>クエリ構文:</translation>
        </message>
        <message>
            <source>Quote the whole query for the shell; a query that starts with '-' goes after --.</source>
            <translation>シェルに対してはクエリ全体を引用符で囲んでください。「-」で始まるクエリは -- の後に置きます。</translation>
        </message>
        <message>
            <source>hits to show</source>
            <translation>表示するヒット数</translation>
        </message>
        <message>
            <source>No page has all the words; pages with most of them:</source>
            <translation>すべての単語を含むページはありません。ほとんどの単語を含むページ:</translation>
        </message>
        <message>
            <source>Pages with some of the words:</source>
            <translation>一部の単語を含むページ:</translation>
        </message>
        <message>
            <source>The words to find, in this order.</source>
            <translation>検索する単語 (この順序で)。</translation>
        </message>
        <message>
            <source>A document of the library.</source>
            <translation>ライブラリの文書。</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n 件のヒット</numerusform>
            </translation>
        </message>
        <message>
            <source>The page to render.</source>
            <translation>レンダリングするページ。</translation>
        </message>
        <message>
            <source>Output image file.</source>
            <translation>出力画像ファイル。</translation>
        </message>
        <message>
            <source>Resolution (default 150).</source>
            <translation>解像度 (既定 150)。</translation>
        </message>
        <message>
            <source>Password of an encrypted PDF.</source>
            <translation>暗号化された PDF のパスワード。</translation>
        </message>
        <message>
            <source>Draw these layers of a library page: detections, hits (with --query).</source>
            <translation>ライブラリのページにこれらのレイヤーを描画します: detections、hits (--query と併用)。</translation>
        </message>
        <message>
            <source>The search whose hit boxes the hits layer draws.</source>
            <translation>hits レイヤーがヒットのボックスを描画する検索。</translation>
        </message>
        <message>
            <source>--layers takes detections and hits, not "%1".</source>
            <translation>--layers には「%1」ではなく detections または hits を指定してください。</translation>
        </message>
        <message>
            <source>The hits layer needs --query.</source>
            <translation>hits レイヤーには --query が必要です。</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli render PATH#PAGE -o OUT.png [--dpi N] (%1-%2 dpi)</source>
            <translation>使い方: pagelens-cli render PATH#PAGE -o OUT.png [--dpi N] (%1-%2 dpi)</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 は %n ページあります。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>%1 に書き込めません。</translation>
        </message>
        <message>
            <source>Relevance set (TSV).</source>
            <translation>関連性セット (TSV)。</translation>
        </message>
        <message>
            <source>Folder the relevance set's paths are relative to.</source>
            <translation>関連性セットのパスの基準となるフォルダー。</translation>
        </message>
        <message>
            <source>Catalog check: %1</source>
            <translation>カタログの検査: %1</translation>
        </message>
        <message>
            <source>Text indexes (pages_fts, pages_trigram) rebuilt from the catalog's pages.</source>
            <translation>テキストインデックス (pages_fts、pages_trigram) をカタログのページから再構築しました。</translation>
        </message>
        <message numerus="yes">
            <source>Dense index rebuilt from the catalog: %n vector(s).</source>
            <translation>
                <numerusform>密インデックスをカタログから再構築しました: %n 個のベクトル。</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows were lost, so a new catalog was made. The damaged one is kept at %1.</source>
            <translation>行が失われたため、新しいカタログを作成しました。破損したカタログは %1 に保存してあります。</translation>
        </message>
        <message numerus="yes">
            <source>Added again from the files the library knew (%n folder(s) and file(s)):</source>
            <translation>
                <numerusform>ライブラリが把握していたファイルから再度追加しました (%n 個のフォルダーとファイル):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) read again.</source>
            <translation>
                <numerusform>%n 件の文書を再度読み取りました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaGuard</name>
        <message>
            <source>A media part has no MIME type.</source>
            <translation>メディア部分に MIME タイプがありません。</translation>
        </message>
        <message>
            <source>The model service cannot read %1 content.</source>
            <translation>モデルサービスは %1 の内容を読み取れません。</translation>
        </message>
        <message>
            <source>A media part has no content.</source>
            <translation>メディア部分に内容がありません。</translation>
        </message>
        <message>
            <source>%1 is too large to send (%2 MB, limit %3 MB).</source>
            <translation>%1 は大きすぎるため送信できません (%2 MB、上限 %3 MB)。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み取れません: %2</translation>
        </message>
        <message>
            <source>The %1 content is too large to send inline (%2 MB, limit %3 MB).</source>
            <translation>%1 の内容は大きすぎるためインラインで送信できません (%2 MB、上限 %3 MB)。</translation>
        </message>
        <message>
            <source>The %1 content is too large to upload (%2 MB, limit %3 MB).</source>
            <translation>%1 の内容は大きすぎるためアップロードできません (%2 MB、上限 %3 MB)。</translation>
        </message>
        <message>
            <source>The request is too large to send inline (%1 MB, limit %2 MB).</source>
            <translation>リクエストは大きすぎるためインラインで送信できません (%1 MB、上限 %2 MB)。</translation>
        </message>
    </context>
    <context>
        <name>ModelCommands</name>
        <message>
            <source>Describe an image or a page with the model</source>
            <translation>画像またはページをモデルで説明します</translation>
        </message>
        <message>
            <source>Describe the difference between two images</source>
            <translation>2 つの画像の違いを説明します</translation>
        </message>
        <message>
            <source>Summarize a whole PDF with the model</source>
            <translation>PDF 全体をモデルで要約します</translation>
        </message>
        <message>
            <source>Detect objects: labels and boxes (pixels, or stored for a library page)</source>
            <translation>オブジェクトを検出します: ラベルとボックス (ピクセル単位、またはライブラリのページに保存)</translation>
        </message>
        <message>
            <source>Print embedding vectors of texts</source>
            <translation>テキストの埋め込みベクトルを出力します</translation>
        </message>
        <message>
            <source>Image, or PDF page as FILE#PAGE.</source>
            <translation>画像、または FILE#PAGE 形式の PDF ページ。</translation>
        </message>
        <message>
            <source>Two images (or PDF pages as FILE#PAGE).</source>
            <translation>2 つの画像 (または FILE#PAGE 形式の PDF ページ)。</translation>
        </message>
        <message>
            <source>A PDF file.</source>
            <translation>PDF ファイル。</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>%1 を読み取れません。</translation>
        </message>
        <message>
            <source>%1 is not a PDF file.</source>
            <translation>%1 は PDF ファイルではありません。</translation>
        </message>
        <message>
            <source>Write the image with boxes and labels to this PNG.</source>
            <translation>ボックスとラベルを付けた画像をこの PNG に書き出します。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>%1 に書き込めません。</translation>
        </message>
        <message>
            <source>Image size: %1 x %2</source>
            <translation>画像サイズ: %1 x %2</translation>
        </message>
        <message>
            <source>Texts to embed.</source>
            <translation>埋め込むテキスト。</translation>
        </message>
        <message>
            <source>query or document (default).</source>
            <translation>query または document (既定)。</translation>
        </message>
        <message>
            <source>Output dimensions, 1 to 8192 (default: the model's).</source>
            <translation>出力の次元数、1 から 8192 (既定: モデルの値)。</translation>
        </message>
        <message>
            <source>--task takes query or document.</source>
            <translation>--task には query または document を指定してください。</translation>
        </message>
        <message>
            <source>output dimensions</source>
            <translation>出力の次元数</translation>
        </message>
        <message>
            <source>%1 (%2 dimensions): [%3, ...]</source>
            <translation>%1 (%2 次元): [%3, ...]</translation>
        </message>
    </context>
    <context>
        <name>ObjectDetector</name>
        <message>
            <source>The model did not return any bounding boxes.</source>
            <translation>モデルからバウンディングボックスが返されませんでした。</translation>
        </message>
        <message>
            <source>The model returned a bounding box without four coordinates.</source>
            <translation>モデルが 4 つの座標を持たないバウンディングボックスを返しました。</translation>
        </message>
        <message>
            <source>The model returned a bounding box without a label.</source>
            <translation>モデルがラベルのないバウンディングボックスを返しました。</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) reached outside the image and were cut at its edge.</source>
            <translation>
                <numerusform>%n 個のボックスが画像の外にはみ出していたため、画像の端で切り取りました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) had their corners the wrong way round and were turned.</source>
            <translation>
                <numerusform>%n 個のボックスの角の順序が逆だったため、反転しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) without area were dropped.</source>
            <translation>
                <numerusform>面積のない %n 個のボックスを除外しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segmentation mask(s) could not be read; their boxes are kept.</source>
            <translation>
                <numerusform>%n 個のセグメンテーションマスクを読み取れませんでした。ボックスは保持されます。</numerusform>
            </translation>
        </message>
        <message>
            <source>The model found %1 objects; the first %2 are kept.</source>
            <translation>モデルが %1 個のオブジェクトを検出しました。最初の %2 個を保持します。</translation>
        </message>
    </context>
    <context>
        <name>OpenAiCodec</name>
        <message>
            <source>This model service cannot read %1 links; send the file itself.</source>
            <translation>このモデルサービスは %1 リンクを読み取れません。ファイル自体を送信してください。</translation>
        </message>
        <message>
            <source>This model service cannot read PDF files; send page images instead.</source>
            <translation>このモデルサービスは PDF ファイルを読み取れません。代わりにページ画像を送信してください。</translation>
        </message>
        <message>
            <source>The model service refused to answer (content filter).</source>
            <translation>モデルサービスが回答を拒否しました (コンテンツフィルター)。</translation>
        </message>
        <message>
            <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
            <translation>回答が最大出力トークン数で打ち切られました。トークン数の上限を増やして再試行してください。</translation>
        </message>
        <message>
            <source>The model returned a malformed tool call.</source>
            <translation>モデルが不正な形式のツール呼び出しを返しました。</translation>
        </message>
        <message>
            <source>The model service returned no answer (finish reason: %1).</source>
            <translation>モデルサービスから回答が返されませんでした (終了理由: %1)。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>The model service returned an embedding with invalid values.</source>
            <translation>モデルサービスが無効な値を含む埋め込みを返しました。</translation>
        </message>
        <message>
            <source>The model service returned an empty embedding.</source>
            <translation>モデルサービスが空の埋め込みを返しました。</translation>
        </message>
        <message>
            <source>The model service returned %1 embeddings for %2 texts.</source>
            <translation>モデルサービスが %2 件のテキストに対して %1 件の埋め込みを返しました。</translation>
        </message>
    </context>
    <context>
        <name>PageLens</name>
        <message>
            <source>Dense vector index: build, save, load, query latency, recall@10</source>
            <translation>密ベクトルインデックス: 構築、保存、読み込み、クエリのレイテンシ、recall@10</translation>
        </message>
        <message>
            <source>Late interaction (MaxSim): exact and two-stage latency, recall@10, memory roofline</source>
            <translation>レイトインタラクション (MaxSim): 厳密検索と 2 段階検索のレイテンシ、recall@10、メモリルーフライン</translation>
        </message>
        <message>
            <source>Agent: its own time per step (search, view, read, request), model excluded</source>
            <translation>エージェント: ステップごとの自身の処理時間 (検索、表示、読み取り、リクエスト)、モデルの時間を除く</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli bench NAME [OPTIONS]</source>
            <translation>使い方: pagelens-cli bench NAME [OPTIONS]</translation>
        </message>
        <message>
            <source>Benchmarks:</source>
            <translation>ベンチマーク:</translation>
        </message>
        <message>
            <source>Unexpected argument %1.</source>
            <translation>予期しない引数 %1 です。</translation>
        </message>
        <message>
            <source>--%1 needs a positive number.</source>
            <translation>--%1 には正の数を指定してください。</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli %1 %2</source>
            <translation>使い方: pagelens-cli %1 %2</translation>
        </message>
        <message>
            <source>%1 takes a whole number from %2 to %3 (%4).</source>
            <translation>%1 には %2 から %3 までの整数を指定してください (%4)。</translation>
        </message>
        <message>
            <source>Name a page as PATH#PAGE (pages count from 1).</source>
            <translation>ページは PATH#PAGE の形式で指定してください (ページ番号は 1 から)。</translation>
        </message>
        <message>
            <source>%1 is not indexed yet (run index).</source>
            <translation>%1 はまだインデックスが作成されていません (index を実行してください)。</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 は %n ページあります。</numerusform>
            </translation>
        </message>
        <message>
            <source>--wait takes a number of seconds (0 or more).</source>
            <translation>--wait には秒数 (0 以上) を指定してください。</translation>
        </message>
        <message>
            <source>Signals to use, e.g. bm25,dense,late (default: all the library has).</source>
            <translation>使用するシグナル、例: bm25,dense,late (既定: ライブラリにあるすべて)。</translation>
        </message>
        <message>
            <source>Fusion weights, e.g. bm25=1,dense=0.5 (default 1 each).</source>
            <translation>融合の重み、例: bm25=1,dense=0.5 (既定: それぞれ 1)。</translation>
        </message>
        <message>
            <source>Signal "%1" skipped: %2</source>
            <translation>シグナル「%1」をスキップしました: %2</translation>
        </message>
        <message>
            <source>Tokens: %1 prompt, %2 output, %3 total.</source>
            <translation>トークン: プロンプト %1、出力 %2、合計 %3。</translation>
        </message>
        <message>
            <source>--as takes bytes, base64 or uri, not "%1".</source>
            <translation>--as には「%1」ではなく bytes、base64、uri のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>Cannot write a temporary file for the upload.</source>
            <translation>アップロード用の一時ファイルを書き込めません。</translation>
        </message>
        <message>
            <source>How to send the file: bytes (default), base64 or uri (upload).</source>
            <translation>ファイルの送信方法: bytes (既定)、base64、uri (アップロード)。</translation>
        </message>
        <message>
            <source>The instruction sent with the file.</source>
            <translation>ファイルと一緒に送信する指示。</translation>
        </message>
        <message>
            <source>Could not save the index file.</source>
            <translation>インデックスファイルを保存できませんでした。</translation>
        </message>
        <message>
            <source>The index file %1 is damaged or missing.</source>
            <translation>インデックスファイル %1 が破損しているか、見つかりません。</translation>
        </message>
        <message>
            <source>Could not save %1 (%2). The library keeps its previous index; free disk space and index again.</source>
            <translation>%1 を保存できませんでした（%2）。ライブラリは以前のインデックスを保持しています。ディスクの空き容量を確保してから、もう一度インデックスを作成してください。</translation>
        </message>
        <message>
            <source>Could not read the index file %1.</source>
            <translation>インデックスファイル %1 を読み取れませんでした。</translation>
        </message>
        <message>
            <source>The benchmark needs positive --pages, --dim and --queries.</source>
            <translation>ベンチマークには正の --pages、--dim、--queries が必要です。</translation>
        </message>
        <message>
            <source>Could not create a temporary folder.</source>
            <translation>一時フォルダーを作成できませんでした。</translation>
        </message>
        <message>
            <source>The FAISS baseline failed.</source>
            <translation>FAISS のベースラインが失敗しました。</translation>
        </message>
        <message>
            <source>The vector index file %1 is damaged or missing; it will be rebuilt from the catalog.</source>
            <translation>ベクトルインデックスファイル %1 が破損しているか、見つかりません。カタログから再構築されます。</translation>
        </message>
        <message>
            <source>Could not read the vector index %1.</source>
            <translation>ベクトルインデックス %1 を読み取れませんでした。</translation>
        </message>
        <message>
            <source>The vector index holds %1-dimensional embeddings but the library uses %2 dimensions; it will be rebuilt.</source>
            <translation>ベクトルインデックスには %1 次元の埋め込みが格納されていますが、ライブラリは %2 次元を使用しています。再構築されます。</translation>
        </message>
        <message>
            <source>Not enough memory for the vector index.</source>
            <translation>ベクトルインデックス用のメモリが不足しています。</translation>
        </message>
        <message>
            <source>The embedding has %1 dimensions but the library's vector index holds %2-dimensional embeddings.</source>
            <translation>埋め込みは %1 次元ですが、ライブラリのベクトルインデックスには %2 次元の埋め込みが格納されています。</translation>
        </message>
        <message>
            <source>Could not add to the vector index.</source>
            <translation>ベクトルインデックスに追加できませんでした。</translation>
        </message>
        <message>
            <source>The embedding of page %1 is zero or not a number.</source>
            <translation>%1 ページの埋め込みがゼロまたは数値ではありません。</translation>
        </message>
        <message>
            <source>Could not remove pages from the vector index.</source>
            <translation>ベクトルインデックスからページを削除できませんでした。</translation>
        </message>
        <message>
            <source>The query embedding is zero or not a number.</source>
            <translation>クエリの埋め込みがゼロまたは数値ではありません。</translation>
        </message>
        <message>
            <source>Could not search the vector index.</source>
            <translation>ベクトルインデックスを検索できませんでした。</translation>
        </message>
        <message>
            <source>Could not rebuild the vector index.</source>
            <translation>ベクトルインデックスを再構築できませんでした。</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>フォルダー %1 を作成できませんでした。</translation>
        </message>
        <message>
            <source>Could not save the vector index.</source>
            <translation>ベクトルインデックスを保存できませんでした。</translation>
        </message>
        <message>
            <source>The vector index file uses another similarity measure; it will be rebuilt.</source>
            <translation>ベクトルインデックスファイルは別の類似度尺度を使用しています。再構築されます。</translation>
        </message>
        <message>
            <source>Could not delete old vector index files in %1.</source>
            <translation>%1 にある古いベクトルインデックスファイルを削除できませんでした。</translation>
        </message>
        <message>
            <source>The benchmark needs positive --pages, --patches, --dim, --query-tokens and --queries.</source>
            <translation>ベンチマークには正の --pages、--patches、--dim、--query-tokens、--queries が必要です。</translation>
        </message>
        <message>
            <source>The query vectors do not have the %1 dimensions of the page vectors.</source>
            <translation>クエリベクトルがページベクトルの次元数 (%1) と一致しません。</translation>
        </message>
        <message>
            <source>The page vector file %1 is damaged; it needs to be rebuilt.</source>
            <translation>ページベクトルファイル %1 が破損しています。再構築する必要があります。</translation>
        </message>
        <message>
            <source>The page vector file %1 is damaged or missing; it needs to be rebuilt.</source>
            <translation>ページベクトルファイル %1 が破損しているか、見つかりません。再構築する必要があります。</translation>
        </message>
        <message>
            <source>Page vectors need a dimension between 1 and 65536.</source>
            <translation>ページベクトルの次元数は 1 から 65536 の間でなければなりません。</translation>
        </message>
        <message>
            <source>The vectors of page %1 do not fit the page vector file.</source>
            <translation>%1 ページのベクトルがページベクトルファイルに適合しません。</translation>
        </message>
        <message>
            <source>This library's pages were embedded with %1, not %2. Re-embed the library to switch models.</source>
            <translation>このライブラリのページは %2 ではなく %1 で埋め込まれています。モデルを切り替えるには、ライブラリを再埋め込みしてください。</translation>
        </message>
        <message>
            <source>The model service returned a wrong number of embeddings.</source>
            <translation>モデルサービスが返した埋め込みの数が正しくありません。</translation>
        </message>
        <message>
            <source>The model returned %1-dimensional vectors; the library uses %2.</source>
            <translation>モデルが %1 次元のベクトルを返しましたが、ライブラリは %2 次元を使用しています。</translation>
        </message>
        <message>
            <source>Privacy is set to "never send": nothing leaves this machine.</source>
            <translation>プライバシーが「送信しない」に設定されています: このマシンの外部には何も送信されません。</translation>
        </message>
        <message>
            <source>This run would send to the model service:</source>
            <translation>この実行でモデルサービスに送信される内容:</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for captions</source>
            <translation>
                <numerusform>キャプション用のページ画像 %n 枚</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page text(s) for embeddings</source>
            <translation>
                <numerusform>埋め込み用のページテキスト %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %1 tokens in %n request(s)</source>
            <translation>
                <numerusform>%n 件のリクエストで約 %1 トークン</numerusform>
            </translation>
        </message>
        <message>
            <source>privacy setting: %1</source>
            <translation>プライバシー設定: %1</translation>
        </message>
        <message>
            <source>Not read: the file already failed.</source>
            <translation>読み取りません: このファイルはすでに失敗しています。</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) could not be read.</source>
            <translation>
                <numerusform>%n ページを読み取れませんでした。</numerusform>
            </translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>文書にページがありません。</translation>
        </message>
        <message>
            <source>Indexing was cancelled.</source>
            <translation>インデックス作成はキャンセルされました。</translation>
        </message>
        <message>
            <source>The file kept changing while it was read; it will be read again on the next run.</source>
            <translation>読み取り中にファイルが変更され続けました。次回の実行時に再度読み取ります。</translation>
        </message>
        <message>
            <source>Late interaction sends page images, which this library's privacy setting (%1) does not allow. Set it to "images" (--privacy images) to use it.</source>
            <translation>レイトインタラクションではページ画像を送信しますが、このライブラリのプライバシー設定 (%1) では許可されていません。使用するには「images」(--privacy images) に設定してください。</translation>
        </message>
        <message>
            <source>The library's page vectors were made with %1, not %2. Run again with --reembed to replace them.</source>
            <translation>ライブラリのページベクトルは %2 ではなく %1 で作成されています。置き換えるには --reembed を付けて再実行してください。</translation>
        </message>
        <message>
            <source>The late-interaction server returned %1-wide vectors; %2 expects %3.</source>
            <translation>レイトインタラクションサーバーが幅 %1 のベクトルを返しましたが、%2 では幅 %3 が必要です。</translation>
        </message>
        <message>
            <source>The PDF made the reader crash</source>
            <translation>PDF によってリーダーがクラッシュしました</translation>
        </message>
        <message>
            <source>The file made the reader crash</source>
            <translation>ファイルによってリーダーがクラッシュしました</translation>
        </message>
        <message>
            <source>The document reader could not be started.</source>
            <translation>文書リーダーを起動できませんでした。</translation>
        </message>
        <message>
            <source>Reading page %1 took longer than %2 s</source>
            <translation>%1 ページの読み取りに %2 秒以上かかりました</translation>
        </message>
        <message>
            <source>Opening the file took longer than %1 s</source>
            <translation>ファイルを開くのに %1 秒以上かかりました</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>%1 ページ</translation>
        </message>
        <message>
            <source>opening</source>
            <translation>ファイルのオープン時</translation>
        </message>
        <message>
            <source>The reader ran out of memory</source>
            <translation>リーダーのメモリが不足しました</translation>
        </message>
        <message>
            <source>%1, limit %2 MB</source>
            <translation>%1、上限 %2 MB</translation>
        </message>
        <message>
            <source>%1, signal %2</source>
            <translation>%1、シグナル %2</translation>
        </message>
        <message>
            <source>%1, exit code %2</source>
            <translation>%1、終了コード %2</translation>
        </message>
        <message>
            <source>The document reader sent an answer PageLens cannot read.</source>
            <translation>文書リーダーが PageLens で読み取れない応答を送信しました。</translation>
        </message>
        <message>
            <source>The library catalog could not be updated.</source>
            <translation>ライブラリのカタログを更新できませんでした。</translation>
        </message>
        <message>
            <source>it cannot be read (%1)</source>
            <translation>読み取れません (%1)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>ファイルが空です</translation>
        </message>
        <message>
            <source>it is not an SQLite database</source>
            <translation>SQLite データベースではありません</translation>
        </message>
        <message>
            <source>its header is damaged</source>
            <translation>ヘッダーが破損しています</translation>
        </message>
        <message>
            <source>the file is truncated (%1 bytes)</source>
            <translation>ファイルが途中で切れています (%1 バイト)</translation>
        </message>
        <message>
            <source>The library catalog is damaged: %1. Run `pagelens-cli repair` to rebuild it (the damaged file is kept).</source>
            <translation>ライブラリのカタログが破損しています: %1。`pagelens-cli repair` を実行して再構築してください (破損したファイルは保持されます)。</translation>
        </message>
        <message>
            <source>The library folder %1 cannot be created.</source>
            <translation>ライブラリフォルダー %1 を作成できません。</translation>
        </message>
        <message>
            <source>There is no library in %1, and it cannot be created there (the folder cannot be written).</source>
            <translation>%1 にライブラリがなく、作成することもできません (フォルダーに書き込めません)。</translation>
        </message>
        <message>
            <source>The library catalog in %1 cannot be opened.</source>
            <translation>%1 のライブラリカタログを開けません。</translation>
        </message>
        <message>
            <source>The library catalog in %1 cannot be read.</source>
            <translation>%1 のライブラリカタログを読み取れません。</translation>
        </message>
        <message>
            <source>The library in %1 is read-only and was written by another version of PageLens, so it cannot be upgraded to be read.</source>
            <translation>%1 のライブラリは読み取り専用で、別のバージョンの PageLens によって書き込まれているため、読み取れるようにアップグレードできません。</translation>
        </message>
        <message>
            <source>The document is not in the library.</source>
            <translation>文書がライブラリにありません。</translation>
        </message>
        <message>
            <source>%1 is not in the library.</source>
            <translation>%1 はライブラリにありません。</translation>
        </message>
        <message>
            <source>The library catalog is locked.</source>
            <translation>ライブラリのカタログがロックされています。</translation>
        </message>
        <message>
            <source>Page %1 is not in the library.</source>
            <translation>ページ %1 はライブラリにありません。</translation>
        </message>
        <message>
            <source>The page is not in the library.</source>
            <translation>ページがライブラリにありません。</translation>
        </message>
        <message>
            <source>This library was written by a newer PageLens (catalog version %1).</source>
            <translation>このライブラリは新しいバージョンの PageLens で書き込まれています (カタログバージョン %1)。</translation>
        </message>
        <message>
            <source>The library catalog could not be upgraded (step %1).</source>
            <translation>ライブラリのカタログをアップグレードできませんでした (ステップ %1)。</translation>
        </message>
        <message>
            <source>The late-interaction index has no model yet.</source>
            <translation>レイトインタラクションのインデックスにはまだモデルがありません。</translation>
        </message>
        <message>
            <source>The library %1 is read-only (its folder or catalog cannot be written): search, status and render work, adding and indexing do not.</source>
            <translation>ライブラリ %1 は読み取り専用です (フォルダーまたはカタログに書き込めません): 検索、状態表示、レンダリングは使用できますが、追加とインデックス作成はできません。</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>応答なし</translation>
        </message>
        <message>
            <source>The text index could not be rebuilt.</source>
            <translation>テキストインデックスを再構築できませんでした。</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>%1 に書き込めません。</translation>
        </message>
        <message>
            <source>There is no library catalog in %1.</source>
            <translation>%1 にライブラリのカタログがありません。</translation>
        </message>
        <message>
            <source>The library %1 is read-only: it cannot be repaired here.</source>
            <translation>ライブラリ %1 は読み取り専用です: ここでは修復できません。</translation>
        </message>
        <message>
            <source>The damaged catalog could not be moved aside to %1.</source>
            <translation>破損したカタログを %1 に退避できませんでした。</translation>
        </message>
        <message>
            <source>%1 cannot be read.</source>
            <translation>%1 を読み取れません。</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 は存在しません。</translation>
        </message>
        <message>
            <source>%1 is not a regular file.</source>
            <translation>%1 は通常のファイルではありません。</translation>
        </message>
        <message>
            <source>The library %1 cannot be written (no permission to create its lock file).</source>
            <translation>ライブラリ %1 に書き込めません (ロックファイルを作成する権限がありません)。</translation>
        </message>
        <message>
            <source>Waiting for another PageLens to finish writing to %1…</source>
            <translation>別の PageLens が %1 への書き込みを終えるのを待っています…</translation>
        </message>
        <message>
            <source>Cancelled while waiting to write to the library.</source>
            <translation>ライブラリへの書き込みを待機中にキャンセルされました。</translation>
        </message>
        <message numerus="yes">
            <source>Another PageLens (process %1) is still writing to %2; gave up after %n second(s).</source>
            <translation>
                <numerusform>別の PageLens (プロセス %1) が %2 にまだ書き込んでいます。%n 秒後に断念しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>リクエストはキャンセルされました。</translation>
        </message>
        <message>
            <source>No answer came within %1 s.</source>
            <translation>%1 秒以内に応答がありませんでした。</translation>
        </message>
        <message>
            <source>The model service sent an answer that could not be read.</source>
            <translation>モデルサービスが読み取れない応答を送信しました。</translation>
        </message>
        <message>
            <source>The model's answer does not have the expected structure.</source>
            <translation>モデルの回答が想定された構造になっていません。</translation>
        </message>
        <message>
            <source>The model's answer is not valid JSON.</source>
            <translation>モデルの回答が有効な JSON ではありません。</translation>
        </message>
        <message>
            <source>The keychain cannot be used from the user interface thread.</source>
            <translation>ユーザーインターフェースのスレッドからはキーチェーンを使用できません。</translation>
        </message>
        <message>
            <source>The keychain did not answer in time.</source>
            <translation>キーチェーンが時間内に応答しませんでした。</translation>
        </message>
        <message>
            <source>No API key is stored in the keychain.</source>
            <translation>キーチェーンに API キーが保存されていません。</translation>
        </message>
        <message>
            <source>The keychain is not available.</source>
            <translation>キーチェーンを利用できません。</translation>
        </message>
        <message>
            <source>The late-interaction server sent vectors that could not be read.</source>
            <translation>レイトインタラクションサーバーが読み取れないベクトルを送信しました。</translation>
        </message>
        <message>
            <source>The late-interaction server has no such endpoint: check its address and the dialect (--late-dialect infinity or vllm).</source>
            <translation>レイトインタラクションサーバーにそのエンドポイントがありません: アドレスと方言 (--late-dialect infinity または vllm) を確認してください。</translation>
        </message>
        <message>
            <source>The late-interaction server does not serve this model (--late-model): %1</source>
            <translation>レイトインタラクションサーバーはこのモデル (--late-model) を提供していません: %1</translation>
        </message>
        <message>
            <source>The late-interaction server returned %1 vectors for a page, too few for a %2 × %3 patch grid: is it serving the configured model?</source>
            <translation>レイトインタラクションサーバーが 1 ページに対して %1 個のベクトルを返しましたが、%2 × %3 のパッチグリッドには不足しています。設定されたモデルを提供しているか確認してください。</translation>
        </message>
        <message>
            <source>The model service sent a stream that could not be read.</source>
            <translation>モデルサービスが読み取れないストリームを送信しました。</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>ファイルが存在しません。</translation>
        </message>
        <message>
            <source>This is not a regular file.</source>
            <translation>通常のファイルではありません。</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>ファイルを読み取れません。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>ファイルが空です。</translation>
        </message>
        <message>
            <source>This file is neither a PDF nor a supported image (PNG, JPEG, WebP, TIFF, BMP, GIF).</source>
            <translation>このファイルは PDF でも、サポートされている画像 (PNG、JPEG、WebP、TIFF、BMP、GIF) でもありません。</translation>
        </message>
        <message>
            <source>The image header is unreadable.</source>
            <translation>画像のヘッダーを読み取れません。</translation>
        </message>
        <message>
            <source>The image is too large to open safely.</source>
            <translation>画像が大きすぎるため、安全に開けません。</translation>
        </message>
        <message>
            <source>The image cannot be decoded.</source>
            <translation>画像をデコードできません。</translation>
        </message>
        <message>
            <source>This image format is not supported.</source>
            <translation>この画像形式はサポートされていません。</translation>
        </message>
        <message>
            <source>The image has no such page.</source>
            <translation>画像にそのページはありません。</translation>
        </message>
        <message>
            <source>There is no image to encode.</source>
            <translation>エンコードする画像がありません。</translation>
        </message>
        <message>
            <source>The image cannot be encoded.</source>
            <translation>画像をエンコードできません。</translation>
        </message>
        <message>
            <source>Unknown image format; use webp, jpeg or png.</source>
            <translation>不明な画像形式です。webp、jpeg、png のいずれかを使用してください。</translation>
        </message>
        <message>
            <source>The file is too large to send.</source>
            <translation>ファイルが大きすぎるため送信できません。</translation>
        </message>
        <message>
            <source>The image cannot be read.</source>
            <translation>画像を読み取れません。</translation>
        </message>
        <message>
            <source>The image has an implausible number of pages.</source>
            <translation>画像のページ数が不自然です。</translation>
        </message>
        <message>
            <source>A page of the image cannot be read.</source>
            <translation>画像のページを読み取れません。</translation>
        </message>
        <message>
            <source>There is no such page.</source>
            <translation>そのページはありません。</translation>
        </message>
        <message>
            <source>The image changed while it was open.</source>
            <translation>開いている間に画像が変更されました。</translation>
        </message>
        <message>
            <source>The PDF needs a password.</source>
            <translation>この PDF にはパスワードが必要です。</translation>
        </message>
        <message>
            <source>The password is wrong for this PDF.</source>
            <translation>この PDF のパスワードが間違っています。</translation>
        </message>
        <message>
            <source>The PDF is encrypted in a way that cannot be opened.</source>
            <translation>この PDF は開くことのできない方式で暗号化されています。</translation>
        </message>
        <message>
            <source>The PDF is damaged and cannot be read.</source>
            <translation>PDF が破損しているため読み取れません。</translation>
        </message>
        <message>
            <source>The PDF cannot be read.</source>
            <translation>PDF を読み取れません。</translation>
        </message>
        <message>
            <source>The PDF has no readable pages.</source>
            <translation>PDF に読み取り可能なページがありません。</translation>
        </message>
        <message>
            <source>The page has no size.</source>
            <translation>ページにサイズがありません。</translation>
        </message>
        <message>
            <source>The page is too large to render at this resolution.</source>
            <translation>ページが大きすぎるため、この解像度ではレンダリングできません。</translation>
        </message>
        <message>
            <source>The page cannot be rendered.</source>
            <translation>ページをレンダリングできません。</translation>
        </message>
        <message>
            <source>The PDF's text cannot be read.</source>
            <translation>PDF のテキストを読み取れません。</translation>
        </message>
        <message>
            <source>The page's text cannot be read.</source>
            <translation>ページのテキストを読み取れません。</translation>
        </message>
        <message>
            <source>The page's text takes too long to read.</source>
            <translation>ページのテキストの読み取りに時間がかかりすぎています。</translation>
        </message>
        <message>
            <source>Text recognition is not available: no OCR language is installed.</source>
            <translation>文字認識を利用できません: OCR の言語がインストールされていません。</translation>
        </message>
        <message>
            <source>There is no image to read.</source>
            <translation>読み取る画像がありません。</translation>
        </message>
        <message>
            <source>Text recognition failed on this page.</source>
            <translation>このページの文字認識に失敗しました。</translation>
        </message>
        <message numerus="yes">
            <source>The model service did not answer within %n second(s).</source>
            <translation>
                <numerusform>モデルサービスが %n 秒以内に応答しませんでした。</numerusform>
            </translation>
        </message>
        <message>
            <source>The model service returned no query embedding.</source>
            <translation>モデルサービスからクエリの埋め込みが返されませんでした。</translation>
        </message>
        <message>
            <source>The signal "%1" is not available in this library (available: %2).</source>
            <translation>シグナル「%1」はこのライブラリでは使用できません (使用可能: %2)。</translation>
        </message>
        <message>
            <source>Heatmaps are not available for this model: its patch grid is not known.</source>
            <translation>このモデルではヒートマップを使用できません: パッチグリッドが不明です。</translation>
        </message>
        <message>
            <source>The query has no words to map.</source>
            <translation>クエリにマップできる単語がありません。</translation>
        </message>
        <message>
            <source>The query and page vectors differ in width (%1, %2).</source>
            <translation>クエリベクトルとページベクトルの幅が異なります (%1、%2)。</translation>
        </message>
        <message>
            <source>Heatmaps are not available for %1: its patch grid is not known.</source>
            <translation>%1 ではヒートマップを使用できません: パッチグリッドが不明です。</translation>
        </message>
        <message numerus="yes">
            <source>The late-interaction server did not answer within %n second(s).</source>
            <translation>
                <numerusform>レイトインタラクションサーバーが %n 秒以内に応答しませんでした。</numerusform>
            </translation>
        </message>
        <message>
            <source>The late-interaction server returned %1-wide query vectors; the library's page vectors are %2 wide.</source>
            <translation>レイトインタラクションサーバーが幅 %1 のクエリベクトルを返しましたが、ライブラリのページベクトルの幅は %2 です。</translation>
        </message>
        <message>
            <source>--weights takes a list such as bm25=1,dense=0.5 (signals: %1).</source>
            <translation>--weights には bm25=1,dense=0.5 のようなリストを指定してください (シグナル: %1)。</translation>
        </message>
        <message>
            <source>No model service is set up to embed the query (set a key or a local server).</source>
            <translation>クエリを埋め込むモデルサービスが設定されていません (キーまたはローカルサーバーを設定してください)。</translation>
        </message>
        <message>
            <source>No page of this library was embedded by a late-interaction server (index with --late-url and --late-model).</source>
            <translation>このライブラリには、レイトインタラクションサーバーで埋め込まれたページがありません (--late-url と --late-model を指定してインデックスを作成してください)。</translation>
        </message>
        <message>
            <source>No late-interaction server is set up to embed the query (--late-url, --late-model).</source>
            <translation>クエリを埋め込むレイトインタラクションサーバーが設定されていません (--late-url、--late-model)。</translation>
        </message>
        <message>
            <source>The library's page vectors were made with %1, but the late-interaction server is set up for %2.</source>
            <translation>ライブラリのページベクトルは %1 で作成されていますが、レイトインタラクションサーバーは %2 用に設定されています。</translation>
        </message>
        <message>
            <source>has only: %1</source>
            <translation>一部のみ: %1</translation>
        </message>
        <message>
            <source>matched: %1</source>
            <translation>一致: %1</translation>
        </message>
        <message>
            <source>similar in meaning</source>
            <translation>意味が類似</translation>
        </message>
        <message>
            <source>signals: %1</source>
            <translation>シグナル: %1</translation>
        </message>
        <message>
            <source>caption</source>
            <translation>キャプション</translation>
        </message>
        <message>
            <source>objects</source>
            <translation>オブジェクト</translation>
        </message>
        <message>
            <source>looks like</source>
            <translation>類似</translation>
        </message>
        <message>
            <source>The search failed.</source>
            <translation>検索に失敗しました。</translation>
        </message>
        <message>
            <source>Objects: %1</source>
            <translation>オブジェクト: %1</translation>
        </message>
        <message>
            <source>Pages with all the words are found.
"exact phrase"  the words in this order
-word or NOT word  pages without the word
cat OR dog  either word
know*  words starting with "know"
When no page has all the words, the pages with most of them are shown.</source>
            <translation>すべての単語を含むページが検索されます。
"完全な語句"  単語をこの順序で含む
-単語 または NOT 単語  その単語を含まないページ
cat OR dog  どちらかの単語を含む
know*  「know」で始まる単語
すべての単語を含むページがない場合は、最も多くの単語を含むページが表示されます。</translation>
        </message>
        <message>
            <source>Line %1 of the relevance set has no tab-separated pages.</source>
            <translation>関連性セットの %1 行目にタブ区切りのページがありません。</translation>
        </message>
        <message>
            <source>Line %1 of the relevance set has a bad page number.</source>
            <translation>関連性セットの %1 行目に不正なページ番号があります。</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which this library's privacy setting (%1) does not allow.</source>
            <translation>オブジェクト検出ではページ画像を送信しますが、このライブラリのプライバシー設定 (%1) では許可されていません。</translation>
        </message>
        <message>
            <source>%1 Showing term matches instead.</source>
            <translation>%1 代わりに語句の一致を表示します。</translation>
        </message>
        <message>
            <source>This page has no words (text layer or OCR) to match the query against.</source>
            <translation>このページには、クエリと照合できる単語 (テキストレイヤーまたは OCR) がありません。</translation>
        </message>
        <message>
            <source>Object detection sends page images, which the privacy setting (%1) does not allow: no page is sent for detection.</source>
            <translation>オブジェクト検出はページ画像を送信しますが、プライバシー設定 (%1) では許可されていません。検出のためにページは送信されません。</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for object detection</source>
            <translation>
                <numerusform>オブジェクト検出用のページ画像 %n 枚</numerusform>
            </translation>
        </message>
        <message>
            <source>The library catalog %1 cannot be created.</source>
            <translation>ライブラリのカタログ %1 を作成できません。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::AgentLoop</name>
        <message>
            <source>Stopped.</source>
            <translation>停止しました。</translation>
        </message>
        <message>
            <source>The agent did not finish within %1 steps.</source>
            <translation>エージェントは %1 ステップ以内に完了しませんでした。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ChatPanel</name>
        <message>
            <source>&amp;Ask</source>
            <translation>質問(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新規(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Copy Answer</source>
            <translation>回答をコピー(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>エクスポート(&amp;E)…</translation>
        </message>
        <message>
            <source>Ask a question about your library…</source>
            <translation>ライブラリについて質問…</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>質問</translation>
        </message>
        <message>
            <source>Type a question about your library and press Enter</source>
            <translation>ライブラリについての質問を入力して Enter を押してください</translation>
        </message>
        <message>
            <source>Stop this answer (the conversation stays)</source>
            <translation>この回答を停止します (会話は残ります)</translation>
        </message>
        <message>
            <source>Start a new conversation (this one stays stored)</source>
            <translation>新しい会話を開始します (この会話は保存されたままです)</translation>
        </message>
        <message>
            <source>Copy the last answer</source>
            <translation>最後の回答をコピーします</translation>
        </message>
        <message>
            <source>Save the conversation and its sources as Markdown</source>
            <translation>会話とその出典を Markdown として保存します</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>履歴(&amp;H)</translation>
        </message>
        <message>
            <source>Open or delete a stored conversation of this library</source>
            <translation>このライブラリの保存された会話を開くか削除します</translation>
        </message>
        <message>
            <source>Conversation history</source>
            <translation>会話の履歴</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>会話</translation>
        </message>
        <message>
            <source>The questions and answers; citations such as [S1] are links that open the page</source>
            <translation>質問と回答。[S1] のような引用はページを開くリンクです</translation>
        </message>
        <message>
            <source>Answers cite the pages they come from; click a citation such as [S1] to open the page. Without a model service you get the best matching passages.</source>
            <translation>回答には出典となったページが引用されます。[S1] のような引用をクリックするとそのページが開きます。モデルサービスがない場合は、最も一致する抜粋が表示されます。</translation>
        </message>
        <message>
            <source>Answer status</source>
            <translation>回答の状態</translation>
        </message>
        <message>
            <source>Open a library first (File ▸ Open Library…), then ask about it.</source>
            <translation>最初にライブラリを開いてから (ファイル ▸ ライブラリを開く…)、質問してください。</translation>
        </message>
        <message>
            <source>Reading the library's privacy setting…</source>
            <translation>ライブラリのプライバシー設定を読み取っています…</translation>
        </message>
        <message>
            <source>%1 Try again, or reopen the library.</source>
            <translation>%1 再試行するか、ライブラリを開き直してください。</translation>
        </message>
        <message>
            <source>The library's privacy is "never", so no model was asked; Settings changes it.</source>
            <translation>ライブラリのプライバシー設定が「never」のため、モデルには問い合わせていません。設定で変更できます。</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>モデルサービスが設定されていません。</translation>
        </message>
        <message>
            <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to get answers.</source>
            <translation>%1 回答を得るには、設定 (ツール ▸ 設定…) でキーまたはサーバーを追加してください。</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>OpenAI 互換サービス</translation>
        </message>
        <message>
            <source>Your question, and the page text, captions and snippets the agent finds, will be sent to %1 at %2.</source>
            <translation>質問と、エージェントが見つけたページのテキスト、キャプション、抜粋が、%2 の %1 に送信されます。</translation>
        </message>
        <message>
            <source>The agent may also send up to %1 page images per step (WEBP, at most 1024 px).</source>
            <translation>エージェントはステップごとに最大 %1 枚のページ画像 (WEBP、最大 1024 px) を送信することもあります。</translation>
        </message>
        <message>
            <source>Send to the Model Service?</source>
            <translation>モデルサービスに送信しますか?</translation>
        </message>
        <message>
            <source>Nothing has been sent yet. "Not Now" shows the library's search results instead.</source>
            <translation>まだ何も送信されていません。「後で」を選ぶと、代わりにライブラリの検索結果が表示されます。</translation>
        </message>
        <message>
            <source>Don't ask again for this library</source>
            <translation>このライブラリについて今後確認しない</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>送信(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>後で(&amp;N)</translation>
        </message>
        <message>
            <source>Nothing was sent to a model service.</source>
            <translation>モデルサービスには何も送信されていません。</translation>
        </message>
        <message>
            <source>Waiting for your answer: may the question be sent?</source>
            <translation>回答待ち: 質問を送信してもよろしいですか?</translation>
        </message>
        <message>
            <source>The model service is no longer available. Check Settings (Tools ▸ Settings…).</source>
            <translation>モデルサービスを利用できなくなりました。設定 (ツール ▸ 設定…) を確認してください。</translation>
        </message>
        <message>
            <source>Answering…</source>
            <translation>回答を作成中…</translation>
        </message>
        <message>
            <source>Step %1: %2…</source>
            <translation>ステップ %1: %2…</translation>
        </message>
        <message>
            <source>%1 (failed)</source>
            <translation>%1 (失敗)</translation>
        </message>
        <message>
            <source>Asking the model…</source>
            <translation>モデルに問い合わせ中…</translation>
        </message>
        <message>
            <source>Stopped. This answer was not kept; ask again to continue the conversation.</source>
            <translation>停止しました。この回答は保持されていません。会話を続けるには、もう一度質問してください。</translation>
        </message>
        <message>
            <source>The agent stopped without an answer. Ask again.</source>
            <translation>エージェントは回答せずに停止しました。もう一度質問してください。</translation>
        </message>
        <message>
            <source>Cited but not among the pages the agent saw (not links): %1.</source>
            <translation>引用されていますが、エージェントが参照したページには含まれていません (リンクなし): %1。</translation>
        </message>
        <message>
            <source>Searching the library…</source>
            <translation>ライブラリを検索中…</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>検索に失敗しました: %1</translation>
        </message>
        <message>
            <source>The conversation history cannot be read: %1</source>
            <translation>会話の履歴を読み取れません: %1</translation>
        </message>
        <message>
            <source>No stored conversations</source>
            <translation>保存された会話はありません</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2, %n question(s)</source>
            <translation>
                <numerusform>%1 — %2、%n 件の質問</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Delete This Conversation…</source>
            <translation>この会話を削除(&amp;D)…</translation>
        </message>
        <message>
            <source>Opening the conversation…</source>
            <translation>会話を開いています…</translation>
        </message>
        <message>
            <source>The conversation cannot be opened: %1</source>
            <translation>会話を開けません: %1</translation>
        </message>
        <message>
            <source>Delete Conversation?</source>
            <translation>会話を削除しますか?</translation>
        </message>
        <message>
            <source>Delete this conversation from the library? Its questions and answers cannot be restored. The documents are not touched.</source>
            <translation>この会話をライブラリから削除しますか? 質問と回答は復元できません。文書には影響しません。</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <source>The conversation was deleted.</source>
            <translation>会話を削除しました。</translation>
        </message>
        <message>
            <source>The conversation could not be deleted: %1</source>
            <translation>会話を削除できませんでした: %1</translation>
        </message>
        <message>
            <source>You:</source>
            <translation>あなた:</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>%1 ページ</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Ask the Library</source>
            <translation>ライブラリに質問</translation>
        </message>
        <message>
            <source>Library: %1</source>
            <translation>ライブラリ: %1</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>出典:</translation>
        </message>
        <message>
            <source>Cannot write "%1": %2</source>
            <translation>「%1」に書き込めません: %2</translation>
        </message>
        <message>
            <source>The answer is on the clipboard.</source>
            <translation>回答をクリップボードにコピーしました。</translation>
        </message>
        <message>
            <source>Export Conversation</source>
            <translation>会話をエクスポート</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The conversation was saved to %1.</source>
            <translation>会話を %1 に保存しました。</translation>
        </message>
        <message>
            <source>%1 Add a valid key in Settings (Tools ▸ Settings…), then ask again.</source>
            <translation>%1 設定 (ツール ▸ 設定…) で有効なキーを追加してから、もう一度質問してください。</translation>
        </message>
        <message>
            <source>%1 Check the network and the server address in Settings, then ask again.</source>
            <translation>%1 ネットワークと設定のサーバーアドレスを確認してから、もう一度質問してください。</translation>
        </message>
        <message>
            <source>%1 Wait a minute, then ask again.</source>
            <translation>%1 1 分ほど待ってから、もう一度質問してください。</translation>
        </message>
        <message>
            <source>%1 Choose another model in Settings, then ask again.</source>
            <translation>%1 設定で別のモデルを選択してから、もう一度質問してください。</translation>
        </message>
        <message>
            <source>%1 Ask again, or start a new conversation.</source>
            <translation>%1 もう一度質問するか、新しい会話を開始してください。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::DocumentModel</name>
        <message>
            <source>Added files</source>
            <translation>追加したファイル</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>保留中</translation>
        </message>
        <message>
            <source>Indexing</source>
            <translation>インデックス作成中</translation>
        </message>
        <message>
            <source>Indexed</source>
            <translation>インデックス作成済み</translation>
        </message>
        <message>
            <source>Indexed with errors</source>
            <translation>エラーありでインデックス作成済み</translation>
        </message>
        <message>
            <source>Needs password</source>
            <translation>パスワードが必要</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Double-click it, or right-click ▸ Enter Password…, to type its password (kept for this session only).</source>
            <translation>パスワードを入力するには、ダブルクリックするか、右クリック ▸ パスワードを入力… を選択してください (このセッションの間のみ保持されます)。</translation>
        </message>
        <message>
            <source>Right-click ▸ Rescan reads it again, for example after the file was repaired.</source>
            <translation>右クリック ▸ 再スキャン で再度読み取ります (ファイルを修復した後など)。</translation>
        </message>
        <message>
            <source>Library in %1</source>
            <translation>%1 のライブラリ</translation>
        </message>
        <message>
            <source>Files added one by one</source>
            <translation>個別に追加したファイル</translation>
        </message>
        <message numerus="yes">
            <source>Library %1, %n document(s)</source>
            <translation>
                <numerusform>ライブラリ %1、%n 件の文書</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder %1</source>
            <translation>フォルダー %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n ページ</numerusform>
            </translation>
        </message>
        <message>
            <source>Page %1: %2</source>
            <translation>%1 ページ: %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1、%2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>ページ数</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>パス</translation>
        </message>
    </context>
    <context>
        <name>PageLens::EgressDialog</name>
        <message>
            <source>Send Pages to the Model Service?</source>
            <translation>ページをモデルサービスに送信しますか?</translation>
        </message>
        <message>
            <source>Captions and embeddings make pages findable by meaning. Nothing has been sent yet.</source>
            <translation>キャプションと埋め込みにより、ページを意味で検索できるようになります。まだ何も送信されていません。</translation>
        </message>
        <message>
            <source>What would be sent</source>
            <translation>送信される内容</translation>
        </message>
        <message>
            <source>Destination: %1</source>
            <translation>送信先: %1</translation>
        </message>
        <message>
            <source>Send is remembered for this library and these kinds of data: you are not asked again for them. Tools ▸ Settings ▸ Privacy takes it back.</source>
            <translation>「送信」はこのライブラリとこれらの種類のデータについて記憶され、今後は確認されません。ツール ▸ 設定 ▸ プライバシー で取り消せます。</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>送信(&amp;S)</translation>
        </message>
        <message>
            <source>Send these pages to the model service now</source>
            <translation>これらのページを今すぐモデルサービスに送信します</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>後で(&amp;N)</translation>
        </message>
        <message>
            <source>Send nothing; you can do it later from the Library menu</source>
            <translation>何も送信しません。後でライブラリメニューから実行できます</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) to caption</source>
            <translation>
                <numerusform>キャプションを作成するページ画像 %n 枚</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page text(s) to embed</source>
            <translation>
                <numerusform>埋め込むページテキスト %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message numerus="yes">
            <source>about %1 tokens in %n request(s)</source>
            <translation>
                <numerusform>%n 件のリクエストで約 %1 トークン</numerusform>
            </translation>
        </message>
        <message>
            <source>never send anything</source>
            <translation>何も送信しない</translation>
        </message>
        <message>
            <source>page text only</source>
            <translation>ページのテキストのみ</translation>
        </message>
        <message>
            <source>page text and page images</source>
            <translation>ページのテキストとページ画像</translation>
        </message>
        <message>
            <source>This library's privacy setting: %1</source>
            <translation>このライブラリのプライバシー設定: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for object detection</source>
            <translation>
                <numerusform>オブジェクト検出用のページ画像 %n 枚</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::FindBar</name>
        <message>
            <source>Previous hit (Shift+F3)</source>
            <translation>前のヒット (Shift+F3)</translation>
        </message>
        <message>
            <source>Next hit (F3)</source>
            <translation>次のヒット (F3)</translation>
        </message>
        <message>
            <source>Close find (Escape)</source>
            <translation>検索を閉じる (Escape)</translation>
        </message>
        <message>
            <source>Find in document</source>
            <translation>文書内を検索</translation>
        </message>
        <message>
            <source>Find result count</source>
            <translation>検索結果の数</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>No hits</source>
            <translation>ヒットなし</translation>
        </message>
    </context>
    <context>
        <name>PageLens::GeminiProvider</name>
        <message>
            <source>The file upload could not be started.</source>
            <translation>ファイルのアップロードを開始できませんでした。</translation>
        </message>
        <message>
            <source>The uploaded file did not become ready in time.</source>
            <translation>アップロードしたファイルが時間内に利用可能になりませんでした。</translation>
        </message>
        <message>
            <source>The model service could not process the uploaded file.</source>
            <translation>モデルサービスがアップロードされたファイルを処理できませんでした。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::HelpDialog</name>
        <message>
            <source>PageLens Help</source>
            <translation>PageLens ヘルプ</translation>
        </message>
        <message>
            <source>The manual is missing from this build.</source>
            <translation>このビルドにはマニュアルが含まれていません。</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
    </context>
    <context>
        <name>PageLens::HttpProvider</name>
        <message>
            <source>There is no text to embed.</source>
            <translation>埋め込むテキストがありません。</translation>
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
                <numerusform>%n 分</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 時間 %2 分</translation>
        </message>
        <message>
            <source>Indexing progress</source>
            <translation>インデックス作成の進行状況</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Cancel indexing</source>
            <translation>インデックス作成をキャンセル</translation>
        </message>
        <message>
            <source>Stop indexing; documents not finished stay pending</source>
            <translation>インデックス作成を停止します。完了していない文書は保留中のままになります</translation>
        </message>
        <message>
            <source>Preparing captions and embeddings…</source>
            <translation>キャプションと埋め込みを準備中…</translation>
        </message>
        <message>
            <source>Preparing to index…</source>
            <translation>インデックス作成を準備中…</translation>
        </message>
        <message>
            <source>Cancel captions and embeddings</source>
            <translation>キャプションと埋め込みをキャンセル</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>再開</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>Resume sending to the model service</source>
            <translation>モデルサービスへの送信を再開します</translation>
        </message>
        <message>
            <source>Pause sending to the model service</source>
            <translation>モデルサービスへの送信を一時停止します</translation>
        </message>
        <message>
            <source>%1 / %2 pages</source>
            <translation>%1 / %2 ページ</translation>
        </message>
        <message>
            <source>Captioning pages with the model service</source>
            <translation>モデルサービスでページのキャプションを作成中</translation>
        </message>
        <message>
            <source>Embedding pages with the model service</source>
            <translation>モデルサービスでページを埋め込み中</translation>
        </message>
        <message>
            <source>Indexing file %1 of %2</source>
            <translation>ファイル %1 / %2 のインデックスを作成中</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>残り約 %1</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LateInteractionClient</name>
        <message>
            <source>There is nothing to embed.</source>
            <translation>埋め込むものがありません。</translation>
        </message>
        <message>
            <source>The late-interaction server sent an answer that could not be read.</source>
            <translation>レイトインタラクションサーバーが読み取れない応答を送信しました。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LayerController</name>
        <message>
            <source>&amp;Detect Objects…</source>
            <translation>オブジェクトを検出(&amp;D)…</translation>
        </message>
        <message>
            <source>Detect Objects on this page (%1)</source>
            <translation>このページのオブジェクトを検出 (%1)</translation>
        </message>
        <message>
            <source>Send this page's image to the model service and mark the objects it finds</source>
            <translation>このページの画像をモデルサービスに送信し、検出されたオブジェクトをマークします</translation>
        </message>
        <message>
            <source>Search for something first: the heatmap shows where the query matched on this page.</source>
            <translation>まず何かを検索してください: ヒートマップには、このページでクエリが一致した位置が表示されます。</translation>
        </message>
        <message>
            <source>Mapping “%1” on page %2…</source>
            <translation>%2 ページで「%1」をマッピング中…</translation>
        </message>
        <message>
            <source>late interaction</source>
            <translation>レイトインタラクション</translation>
        </message>
        <message>
            <source>term matches</source>
            <translation>語句の一致</translation>
        </message>
        <message>
            <source>Heatmap (%1): strongest at x %2, y %3 of page %4.</source>
            <translation>ヒートマップ (%1): 最も強い位置は %4 ページの x %2、y %3 です。</translation>
        </message>
        <message>
            <source>Open a page of a library document first, then detect objects on it.</source>
            <translation>まずライブラリ文書のページを開いてから、オブジェクトを検出してください。</translation>
        </message>
        <message>
            <source>Detect Objects</source>
            <translation>オブジェクトを検出</translation>
        </message>
        <message>
            <source>What should be found on page %1? The page image is sent with this instruction.</source>
            <translation>%1 ページで何を検出しますか? この指示と一緒にページ画像が送信されます。</translation>
        </message>
        <message>
            <source>&amp;Detect</source>
            <translation>検出(&amp;D)</translation>
        </message>
        <message>
            <source>Reading the library's privacy setting…</source>
            <translation>ライブラリのプライバシー設定を読み取っています…</translation>
        </message>
        <message>
            <source>%1 Try again, or reopen the library.</source>
            <translation>%1 再試行するか、ライブラリを開き直してください。</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which this library's privacy setting (“%1”) does not allow. Nothing was sent; Settings (Tools ▸ Settings…) changes it.</source>
            <translation>オブジェクト検出ではページ画像を送信しますが、このライブラリのプライバシー設定 (「%1」) では許可されていません。何も送信されていません。設定 (ツール ▸ 設定…) で変更できます。</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>モデルサービスが設定されていません。</translation>
        </message>
        <message>
            <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to detect objects.</source>
            <translation>%1 オブジェクトを検出するには、設定 (ツール ▸ 設定…) でキーまたはサーバーを追加してください。</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>OpenAI 互換サービス</translation>
        </message>
        <message>
            <source>The image of page %1 of “%2” (WEBP, longest side %3 px) and your prompt will be sent to %4 at %5 to find objects on it.</source>
            <translation>「%2」の %1 ページの画像 (WEBP、長辺 %3 px) とプロンプトが、オブジェクト検出のため %5 の %4 に送信されます。</translation>
        </message>
        <message>
            <source>Send the Page Image?</source>
            <translation>ページ画像を送信しますか?</translation>
        </message>
        <message>
            <source>Nothing has been sent yet.</source>
            <translation>まだ何も送信されていません。</translation>
        </message>
        <message>
            <source>Don't ask again for this library</source>
            <translation>このライブラリについて今後確認しない</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>送信(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>後で(&amp;N)</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>何も送信されませんでした。</translation>
        </message>
        <message>
            <source>Waiting for your answer: may the page image be sent?</source>
            <translation>回答待ち: ページ画像を送信してもよろしいですか?</translation>
        </message>
        <message>
            <source>Detecting objects on page %1…</source>
            <translation>%1 ページのオブジェクトを検出中…</translation>
        </message>
        <message>
            <source>Object detection failed: %1 The page's earlier objects are kept.</source>
            <translation>オブジェクト検出に失敗しました: %1 このページの以前のオブジェクトは保持されます。</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) found on page %1.</source>
            <translation>
                <numerusform>%1 ページで %n 個のオブジェクトが見つかりました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Detection cancelled; nothing was stored.</source>
            <translation>検出をキャンセルしました。何も保存されていません。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LayerLegend</name>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Page layers legend</source>
            <translation>ページレイヤーの凡例</translation>
        </message>
        <message>
            <source>Heatmap word</source>
            <translation>ヒートマップの単語</translation>
        </message>
        <message>
            <source>Heatmap opacity</source>
            <translation>ヒートマップの不透明度</translation>
        </message>
        <message>
            <source>Strongest heatmap regions</source>
            <translation>ヒートマップの最も強い領域</translation>
        </message>
        <message>
            <source>Page layers message</source>
            <translation>ページレイヤーのメッセージ</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>不透明度</translation>
        </message>
        <message>
            <source>Objects:</source>
            <translation>オブジェクト:</translation>
        </message>
        <message>
            <source>All words</source>
            <translation>すべての単語</translation>
        </message>
        <message>
            <source>Strongest: %1</source>
            <translation>最も強い位置: %1</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LibraryController</name>
        <message numerus="yes">
            <source>%n document(s) added</source>
            <translation>
                <numerusform>%n 件の文書を追加</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n 件を変更</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>%n 件を移動</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n 件を削除</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) skipped</source>
            <translation>
                <numerusform>%n 件の重複をスキップ</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes found</source>
            <translation>変更は見つかりませんでした</translation>
        </message>
        <message>
            <source>Opening library %1…</source>
            <translation>ライブラリ %1 を開いています…</translation>
        </message>
        <message>
            <source>Could not open the library %1: %2</source>
            <translation>ライブラリ %1 を開けませんでした: %2</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n item(s)…</source>
            <translation>
                <numerusform>%n 個の項目を追加中…</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not add files: %1</source>
            <translation>ファイルを追加できませんでした: %1</translation>
        </message>
        <message>
            <source>Scanning folders…</source>
            <translation>フォルダーをスキャン中…</translation>
        </message>
        <message>
            <source>Could not rescan the library: %1</source>
            <translation>ライブラリを再スキャンできませんでした: %1</translation>
        </message>
        <message>
            <source>Could not rescan: %1</source>
            <translation>再スキャンできませんでした: %1</translation>
        </message>
        <message>
            <source>Could not remove from the library: %1</source>
            <translation>ライブラリから削除できませんでした: %1</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n document(s) from the library; the files were not touched. Adding them again brings them back.</source>
            <translation>
                <numerusform>ライブラリから %n 件の文書を削除しました。ファイルには変更を加えていません。再度追加すると元に戻ります。</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read the library: %1</source>
            <translation>ライブラリを読み取れませんでした: %1</translation>
        </message>
        <message>
            <source>Indexing stopped: %1</source>
            <translation>インデックス作成が停止しました: %1</translation>
        </message>
        <message>
            <source>Late interaction: %1</source>
            <translation>レイトインタラクション: %1</translation>
        </message>
        <message>
            <source>Late interaction needs page images, which this library may not send (Tools ▸ Settings).</source>
            <translation>レイトインタラクションにはページ画像が必要ですが、このライブラリでは送信が許可されていません (ツール ▸ 設定)。</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) wait for the late-interaction server: agree to send page images (Library ▸ Caption and Embed Pages…) first.</source>
            <translation>
                <numerusform>%n 枚のページ画像がレイトインタラクションサーバーへの送信を待っています: まずページ画像の送信に同意してください (ライブラリ ▸ ページのキャプション作成と埋め込み…)。</numerusform>
            </translation>
        </message>
        <message>
            <source>Late interaction: page %1 of %2</source>
            <translation>レイトインタラクション: %1 / %2 ページ</translation>
        </message>
        <message>
            <source>Late interaction stopped: %1 Pages done so far are kept.</source>
            <translation>レイトインタラクションが停止しました: %1 これまでに処理したページは保持されます。</translation>
        </message>
        <message numerus="yes">
            <source>Late interaction: %n page(s) embedded.</source>
            <translation>
                <numerusform>レイトインタラクション: %n ページを埋め込みました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling indexing…</source>
            <translation>インデックス作成をキャンセル中…</translation>
        </message>
        <message>
            <source>Could not set the password: %1</source>
            <translation>パスワードを設定できませんでした: %1</translation>
        </message>
        <message>
            <source>No library is open.</source>
            <translation>ライブラリが開かれていません。</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>モデルサービスが設定されていません。</translation>
        </message>
        <message>
            <source>Could not save the library's privacy setting: %1</source>
            <translation>ライブラリのプライバシー設定を保存できませんでした: %1</translation>
        </message>
        <message>
            <source>Pages are being indexed; you will be asked when that has finished.</source>
            <translation>ページのインデックスを作成中です。完了したら確認します。</translation>
        </message>
        <message>
            <source>Turn on the model service in Settings first.</source>
            <translation>まず設定でモデルサービスを有効にしてください。</translation>
        </message>
        <message>
            <source>Pages were not captioned: %1</source>
            <translation>ページのキャプションは作成されませんでした: %1</translation>
        </message>
        <message>
            <source>Could not read the library's privacy setting: %1</source>
            <translation>ライブラリのプライバシー設定を読み取れませんでした: %1</translation>
        </message>
        <message>
            <source>Could not work out what would be sent: %1</source>
            <translation>送信される内容を特定できませんでした: %1</translation>
        </message>
        <message>
            <source>This library may not send anything; change its privacy in Settings.</source>
            <translation>このライブラリは何も送信できません。設定でプライバシーを変更してください。</translation>
        </message>
        <message>
            <source>Every page is already captioned and embedded.</source>
            <translation>すべてのページのキャプション作成と埋め込みは完了しています。</translation>
        </message>
        <message>
            <source>Sending %1 as agreed for this library (Settings takes it back).</source>
            <translation>このライブラリで同意済みのため %1 を送信しています (設定で取り消せます)。</translation>
        </message>
        <message>
            <source>Nothing was sent. Library ▸ Caption and Embed Pages… asks again.</source>
            <translation>何も送信されませんでした。ライブラリ ▸ ページのキャプション作成と埋め込み… で再度確認します。</translation>
        </message>
        <message>
            <source>Looking up the API key…</source>
            <translation>API キーを検索中…</translation>
        </message>
        <message>
            <source>Nothing was sent. Library ▸ Caption and Embed Pages… offers it again.</source>
            <translation>何も送信されませんでした。ライブラリ ▸ ページのキャプション作成と埋め込み… から再度実行できます。</translation>
        </message>
        <message>
            <source>The key is set in Tools ▸ Settings.</source>
            <translation>キーは ツール ▸ 設定 で設定します。</translation>
        </message>
        <message>
            <source>Check the network and the server address (%1).</source>
            <translation>ネットワークとサーバーアドレス (%1) を確認してください。</translation>
        </message>
        <message>
            <source>Check the model names in Tools ▸ Settings.</source>
            <translation>ツール ▸ 設定 でモデル名を確認してください。</translation>
        </message>
        <message>
            <source>Set the embedding model and dimension the library was made with in Tools ▸ Settings.</source>
            <translation>ツール ▸ 設定 で、ライブラリの作成時に使用した埋め込みモデルと次元数を設定してください。</translation>
        </message>
        <message>
            <source>Pages done so far are kept; Library ▸ Caption and Embed Pages… continues later.</source>
            <translation>これまでに処理したページは保持されます。ライブラリ ▸ ページのキャプション作成と埋め込み… で後から続行できます。</translation>
        </message>
        <message>
            <source>Captions and embeddings stopped: %1 %2</source>
            <translation>キャプションと埋め込みが停止しました: %1 %2</translation>
        </message>
        <message>
            <source>Captions and embeddings paused.</source>
            <translation>キャプションと埋め込みを一時停止しました。</translation>
        </message>
        <message>
            <source>Captions and embeddings resumed.</source>
            <translation>キャプションと埋め込みを再開しました。</translation>
        </message>
        <message>
            <source>Cancelling captions and embeddings…</source>
            <translation>キャプションと埋め込みをキャンセル中…</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LibraryPane</name>
        <message>
            <source>Library</source>
            <translation>ライブラリ</translation>
        </message>
        <message>
            <source>Filter by name or path</source>
            <translation>名前またはパスで絞り込み</translation>
        </message>
        <message>
            <source>Filter documents</source>
            <translation>文書を絞り込み</translation>
        </message>
        <message>
            <source>Show documents with status</source>
            <translation>表示する文書の状態</translation>
        </message>
        <message>
            <source>All</source>
            <translation>すべて</translation>
        </message>
        <message>
            <source>Library documents</source>
            <translation>ライブラリの文書</translation>
        </message>
        <message>
            <source>Documents in the library with their indexing status. Press Enter to open a document, the menu key for more.</source>
            <translation>ライブラリ内の文書とそのインデックス作成状態。Enter で文書を開き、メニューキーでその他の操作を表示します。</translation>
        </message>
        <message>
            <source>Copied %1</source>
            <translation>%1 をコピーしました</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <source>Enter &amp;Password…</source>
            <translation>パスワードを入力(&amp;P)…</translation>
        </message>
        <message>
            <source>Open with the &amp;System Viewer</source>
            <translation>システムのビューアーで開く(&amp;S)</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>フォルダーに表示(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Copy Path</source>
            <translation>パスをコピー(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>再スキャン(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;move from Library</source>
            <translation>ライブラリから削除(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>PageLens::MainWindow</name>
        <message>
            <source>Ask the Library</source>
            <translation>ライブラリに質問</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>アウトライン</translation>
        </message>
        <message>
            <source>PageLens</source>
            <translation>PageLens</translation>
        </message>
        <message>
            <source>Library and search</source>
            <translation>ライブラリと検索</translation>
        </message>
        <message>
            <source>The password for “%1” is wrong. Double-click it to try another.</source>
            <translation>「%1」のパスワードが間違っています。別のパスワードを試すにはダブルクリックしてください。</translation>
        </message>
        <message>
            <source>“%1” is unlocked for this session.</source>
            <translation>「%1」はこのセッションの間ロック解除されました。</translation>
        </message>
        <message>
            <source>The document is not in the library.</source>
            <translation>文書がライブラリにありません。</translation>
        </message>
        <message>
            <source>&amp;Open Library…</source>
            <translation>ライブラリを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>Open or create a library in a folder</source>
            <translation>フォルダー内のライブラリを開くか作成します</translation>
        </message>
        <message>
            <source>Add &amp;Files…</source>
            <translation>ファイルを追加(&amp;F)…</translation>
        </message>
        <message>
            <source>Add PDFs, scans or images to the library</source>
            <translation>PDF、スキャン、画像をライブラリに追加します</translation>
        </message>
        <message>
            <source>Add F&amp;older…</source>
            <translation>フォルダーを追加(&amp;O)…</translation>
        </message>
        <message>
            <source>Add a folder; it is watched for new and changed files</source>
            <translation>フォルダーを追加します。新しいファイルや変更されたファイルが監視されます</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>再スキャン(&amp;R)</translation>
        </message>
        <message>
            <source>Look for new, changed and removed files</source>
            <translation>新しいファイル、変更されたファイル、削除されたファイルを検出します</translation>
        </message>
        <message>
            <source>&amp;Cancel Indexing</source>
            <translation>インデックス作成をキャンセル(&amp;C)</translation>
        </message>
        <message>
            <source>Enter &amp;Password…</source>
            <translation>パスワードを入力(&amp;P)…</translation>
        </message>
        <message>
            <source>Unlock the selected password-protected document for this session</source>
            <translation>選択したパスワード保護された文書をこのセッションの間ロック解除します</translation>
        </message>
        <message>
            <source>Select a document that needs a password first.</source>
            <translation>まずパスワードが必要な文書を選択してください。</translation>
        </message>
        <message>
            <source>Caption and &amp;Embed Pages…</source>
            <translation>ページのキャプション作成と埋め込み(&amp;E)…</translation>
        </message>
        <message>
            <source>Show what would be sent to the model service, then caption and embed pages</source>
            <translation>モデルサービスに送信される内容を表示してから、ページのキャプション作成と埋め込みを行います</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>Model service, API key, privacy and limits</source>
            <translation>モデルサービス、API キー、プライバシー、制限</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Search the Library…</source>
            <translation>ライブラリを検索(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近使ったライブラリ(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>ライブラリ(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Ask the Library</source>
            <translation>ライブラリに質問(&amp;A)</translation>
        </message>
        <message>
            <source>Ask a question; the answer cites the pages it comes from</source>
            <translation>質問します。回答には出典となったページが引用されます</translation>
        </message>
        <message>
            <source>&amp;Outline</source>
            <translation>アウトライン(&amp;O)</translation>
        </message>
        <message>
            <source>The PDF's table of contents; choose an entry to turn to its page</source>
            <translation>PDF の目次です。項目を選択するとそのページに移動します</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>フルスクリーン(&amp;F)</translation>
        </message>
        <message>
            <source>Show the window on the whole screen (F11 again to leave)</source>
            <translation>ウィンドウを画面全体に表示します (もう一度 F11 を押すと元に戻ります)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>ツール(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>PageLens &amp;Help</source>
            <translation>PageLens ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About PageLens</source>
            <translation>PageLens について(&amp;A)</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文書</translation>
        </message>
        <message>
            <source>%1, page %2</source>
            <translation>%1、%2 ページ</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>ライブラリ</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>ライブラリ</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>Open Library</source>
            <translation>ライブラリを開く</translation>
        </message>
        <message>
            <source>Add Files</source>
            <translation>ファイルを追加</translation>
        </message>
        <message>
            <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;All files (*)</source>
            <translation>文書と画像 (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Add Folder</source>
            <translation>フォルダーを追加</translation>
        </message>
        <message>
            <source>Password Required</source>
            <translation>パスワードが必要です</translation>
        </message>
        <message>
            <source>“%1” is protected.
Enter its password (kept for this session only):</source>
            <translation>「%1」は保護されています。
パスワードを入力してください (このセッションの間のみ保持されます):</translation>
        </message>
        <message>
            <source>“%1” is not shown: %2</source>
            <translation>「%1」は表示されません: %2</translation>
        </message>
        <message>
            <source>the passage cited as [%1]</source>
            <translation>[%1] として引用された箇所</translation>
        </message>
        <message>
            <source>%1 search skipped: %2</source>
            <translation>%1 検索をスキップしました: %2</translation>
        </message>
        <message>
            <source>%1 — PageLens</source>
            <translation>%1 — PageLens</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n 件の文書</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indexed</source>
            <translation>
                <numerusform>%n 件インデックス作成済み</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n ページ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n 件待機中</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n 件要確認</numerusform>
            </translation>
        </message>
        <message>
            <source>Indexing cancelled; unfinished documents stay pending.</source>
            <translation>インデックス作成をキャンセルしました。完了していない文書は保留中のままです。</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n document(s)</source>
            <translation>
                <numerusform>%n 件の文書のインデックスを作成しました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with unreadable pages</source>
            <translation>
                <numerusform>読み取れないページあり %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>失敗 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed while read (still pending)</source>
            <translation>
                <numerusform>読み取り中に変更 %n 件 (保留中のまま)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) a password</source>
            <translation>
                <numerusform>パスワードが必要 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>OpenAI 互換サービス</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%2 の %1</translation>
        </message>
        <message>
            <source>Captions and Embeddings Need a Key</source>
            <translation>キャプションと埋め込みにはキーが必要です</translation>
        </message>
        <message>
            <source>Nothing was sent: %1</source>
            <translation>何も送信されませんでした: %1</translation>
        </message>
        <message>
            <source>To caption and embed pages, open Settings, paste the service's API key under API Key and press OK (it is kept in the OS keychain), or start PageLens with the environment variable %1 set. A local server such as Ollama or llama.cpp needs no key: enter its address under Server address. Search by words works without any of this.</source>
            <translation>ページのキャプション作成と埋め込みを行うには、設定を開いて [API キー] にサービスの API キーを貼り付け、[OK] を押してください (キーは OS のキーチェーンに保存されます)。または、環境変数 %1 を設定して PageLens を起動してください。Ollama や llama.cpp などのローカルサーバーではキーは不要です: [サーバーアドレス] にそのアドレスを入力してください。単語による検索はこれらの設定がなくても使用できます。</translation>
        </message>
        <message>
            <source>Open &amp;Settings…</source>
            <translation>設定を開く(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>後で(&amp;N)</translation>
        </message>
        <message>
            <source>Captions and embeddings cancelled; pages done so far are kept.</source>
            <translation>キャプションと埋め込みをキャンセルしました。これまでに処理したページは保持されます。</translation>
        </message>
        <message numerus="yes">
            <source>Captioned %n page(s)</source>
            <translation>
                <numerusform>%n ページのキャプションを作成</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>embedded %n page(s)</source>
            <translation>
                <numerusform>%n ページを埋め込み</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the model</source>
            <translation>
                <numerusform>モデルによる拒否 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>About PageLens</source>
            <translation>PageLens について</translation>
        </message>
        <message>
            <source>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;Search folders of PDFs, scans and images, and see every match on its page.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;PDF、スキャン、画像のフォルダーを検索し、すべての一致箇所をページ上で確認できます。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Embed Page &amp;Images for Late Interaction</source>
            <translation>レイトインタラクション用にページ画像を埋め込む(&amp;I)</translation>
        </message>
        <message>
            <source>Send the pages not yet embedded to the late-interaction server of Settings</source>
            <translation>まだ埋め込まれていないページを設定のレイトインタラクションサーバーに送信します</translation>
        </message>
        <message>
            <source>Open a library first.</source>
            <translation>先にライブラリを開いてください。</translation>
        </message>
        <message>
            <source>Set up a late-interaction server in Settings first.</source>
            <translation>先に設定でレイトインタラクションサーバーを設定してください。</translation>
        </message>
        <message>
            <source>Page images are already being embedded.</source>
            <translation>ページ画像はすでに埋め込み中です。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::OutlinePane</name>
        <message>
            <source>Outline</source>
            <translation>アウトライン</translation>
        </message>
        <message>
            <source>This document has no outline.</source>
            <translation>この文書にはアウトラインがありません。</translation>
        </message>
        <message>
            <source>Open a document to see its outline.</source>
            <translation>アウトラインを表示するには文書を開いてください。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PageLayers</name>
        <message>
            <source>Show Search &amp;Matches</source>
            <translation>検索の一致箇所を表示(&amp;M)</translation>
        </message>
        <message>
            <source>Show or hide the boxes around the words the search matched</source>
            <translation>検索に一致した単語を囲むボックスの表示/非表示を切り替えます</translation>
        </message>
        <message>
            <source>Show Detected &amp;Objects</source>
            <translation>検出されたオブジェクトを表示(&amp;O)</translation>
        </message>
        <message>
            <source>Show or hide the objects detected on the page</source>
            <translation>ページで検出されたオブジェクトの表示/非表示を切り替えます</translation>
        </message>
        <message>
            <source>Show Query &amp;Heatmap</source>
            <translation>クエリのヒートマップを表示(&amp;H)</translation>
        </message>
        <message>
            <source>Show or hide where on the page the current query matched</source>
            <translation>現在のクエリがページのどこに一致したかの表示/非表示を切り替えます</translation>
        </message>
        <message>
            <source>Heatmap (%1)</source>
            <translation>ヒートマップ (%1)</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PageView</name>
        <message>
            <source>Page viewer</source>
            <translation>ページビューアー</translation>
        </message>
        <message>
            <source>Drop PDFs, scans or images here, or choose File ▸ Add Files…</source>
            <translation>PDF、スキャン、画像をここにドロップするか、ファイル ▸ ファイルを追加… を選択してください</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>開いています…</translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>文書にページがありません。</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>文書なし</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>%1 / %2 ページ</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) highlighted</source>
            <translation>
                <numerusform>%n 件の一致箇所を強調表示</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) highlighted, marking: %1</source>
            <translation>
                <numerusform>%n 個のボックスを強調表示、対象: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>turned %1°</source>
            <translation>%1° 回転</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PrivacyChoiceDialog</name>
        <message>
            <source>What May This Library Send?</source>
            <translation>このライブラリが送信できる内容</translation>
        </message>
        <message>
            <source>The model service can caption and embed the pages of %1 so they can be found by meaning. Choose what this library may send; nothing has been sent, and you are shown exactly what would go before anything does. Settings changes it later.</source>
            <translation>モデルサービスは %1 のページのキャプション作成と埋め込みを行い、意味で検索できるようにします。このライブラリが送信できる内容を選択してください。まだ何も送信されておらず、何かを送信する前には送信される内容が正確に表示されます。後から設定で変更できます。</translation>
        </message>
        <message>
            <source>&amp;Never send anything (search stays offline)</source>
            <translation>何も送信しない (検索はオフラインのまま)(&amp;N)</translation>
        </message>
        <message>
            <source>Page &amp;text only (embeddings for search by meaning)</source>
            <translation>ページのテキストのみ (意味による検索用の埋め込み)(&amp;T)</translation>
        </message>
        <message>
            <source>Page text and page &amp;images (captions of pictures and scans too)</source>
            <translation>ページのテキストとページ画像 (画像やスキャンのキャプションも作成)(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Use This Setting</source>
            <translation>この設定を使用(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ProviderSession</name>
        <message>
            <source>The model service is turned off in Settings.</source>
            <translation>設定でモデルサービスが無効になっています。</translation>
        </message>
        <message>
            <source>No late-interaction server is set up in Settings.</source>
            <translation>設定でレイトインタラクションサーバーが設定されていません。</translation>
        </message>
        <message>
            <source>Looking up the late-interaction server's key…</source>
            <translation>レイトインタラクションサーバーのキーを検索中…</translation>
        </message>
        <message>
            <source>Looking up the API key…</source>
            <translation>API キーを検索中…</translation>
        </message>
        <message>
            <source>No Gemini API key: enter one in Settings or set GEMINI_API_KEY (or GOOGLE_API_KEY).</source>
            <translation>Gemini の API キーがありません: 設定で入力するか、GEMINI_API_KEY (または GOOGLE_API_KEY) を設定してください。</translation>
        </message>
        <message>
            <source>No OpenAI API key: enter one in Settings or set OPENAI_API_KEY.</source>
            <translation>OpenAI の API キーがありません: 設定で入力するか、OPENAI_API_KEY を設定してください。</translation>
        </message>
    </context>
    <context>
        <name>PageLens::SearchPanel</name>
        <message>
            <source>Folder</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>更新日時</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>並べ替え</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>検索(&amp;S)</translation>
        </message>
        <message>
            <source>Search pages: words, "phrase", -word, a OR b, word*</source>
            <translation>ページを検索: 単語、"フレーズ"、-単語、a OR b、単語*</translation>
        </message>
        <message>
            <source>Results come as you type; Enter also asks the model service. Escape clears the search.</source>
            <translation>入力に応じて結果が表示されます。Enter を押すとモデルサービスにも問い合わせます。Esc で検索をクリアします。</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>Type words to find; press Enter to include the model service</source>
            <translation>検索する単語を入力してください。Enter を押すとモデルサービスも使用します</translation>
        </message>
        <message>
            <source>All folders</source>
            <translation>すべてのフォルダー</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>すべての種類</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>画像</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>スキャン</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>すべての期間</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Past 7 days</source>
            <translation>過去 7 日間</translation>
        </message>
        <message>
            <source>Past 30 days</source>
            <translation>過去 30 日間</translation>
        </message>
        <message>
            <source>Past year</source>
            <translation>過去 1 年間</translation>
        </message>
        <message>
            <source>Relevance</source>
            <translation>関連性</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>検索の状態</translation>
        </message>
        <message>
            <source>Type words to search.</source>
            <translation>検索する単語を入力してください。</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>検索結果</translation>
        </message>
        <message>
            <source>One row per document; Left and Right move through its pages, Enter opens one</source>
            <translation>文書ごとに 1 行です。左右キーでページを移動し、Enter でページを開きます</translation>
        </message>
        <message>
            <source>Searching for “%1”…</source>
            <translation>「%1」を検索中…</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%2 内の %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n ページ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n 件の文書</numerusform>
            </translation>
        </message>
        <message>
            <source>No pages match “%1”.</source>
            <translation>「%1」に一致するページはありません。</translation>
        </message>
        <message>
            <source>No page has all the words of “%1”; %2 with most of them.</source>
            <translation>「%1」のすべての単語を含むページはありません。ほとんどの単語を含むもの: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n of the pages with only some of the words.</source>
            <translation>
                <numerusform>一部の単語のみを含むページ %n 件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) in %1 match “%2”.</source>
            <translation>
                <numerusform>%1 の %n ページが「%2」に一致しました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::SearchResultModel</name>
        <message>
            <source>p. %1</source>
            <translation>p. %1</translation>
        </message>
        <message>
            <source>p. %1 · %2</source>
            <translation>p. %1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n matching page(s): %2</source>
            <translation>
                <numerusform>%1、一致するページ %n 件: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>(results of the previous query)</source>
            <translation>(前回のクエリの結果)</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n page(s) · has only: %2</source>
            <translation>
                <numerusform>%1 · %n ページ · 一部のみ: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n page(s)</source>
            <translation>
                <numerusform>%1 · %n ページ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::SettingsDialog</name>
        <message>
            <source>&amp;Use the model service when indexing and searching</source>
            <translation>インデックス作成と検索にモデルサービスを使用する(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Store Key</source>
            <translation>キーを保存(&amp;S)</translation>
        </message>
        <message>
            <source>Remo&amp;ve Key</source>
            <translation>キーを削除(&amp;V)</translation>
        </message>
        <message>
            <source>Se&amp;nd the API key to this server</source>
            <translation>API キーをこのサーバーに送信する(&amp;N)</translation>
        </message>
        <message>
            <source>Ask &amp;Again Before Sending</source>
            <translation>送信前に再度確認する(&amp;A)</translation>
        </message>
        <message>
            <source>S&amp;tore</source>
            <translation>保存(&amp;T)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Send the key to this server</source>
            <translation>キーをこのサーバーに送信する</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Caption and embed pages with the model service after indexing (you are asked before anything is sent), and search with every signal.</source>
            <translation>インデックス作成後にモデルサービスでページのキャプション作成と埋め込みを行い (送信前に確認があります)、すべてのシグナルで検索します。</translation>
        </message>
        <message>
            <source>Model service</source>
            <translation>モデルサービス</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)</source>
            <translation>OpenAI 互換 (OpenAI、Ollama、llama.cpp、vLLM)</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>サーバーアドレス</translation>
        </message>
        <message>
            <source>Generation model</source>
            <translation>生成モデル</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>埋め込みモデル</translation>
        </message>
        <message>
            <source>Embedding dimension</source>
            <translation>埋め込みの次元数</translation>
        </message>
        <message>
            <source>Vectors of a library must all have the same size; changing it means embedding the library again.</source>
            <translation>ライブラリのベクトルはすべて同じサイズでなければなりません。変更すると、ライブラリを再度埋め込むことになります。</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API キー</translation>
        </message>
        <message>
            <source>Paste a new key to store it</source>
            <translation>新しいキーを貼り付けると保存されます</translation>
        </message>
        <message>
            <source>API key status</source>
            <translation>API キーの状態</translation>
        </message>
        <message>
            <source>Delete this service's key from the OS keychain</source>
            <translation>このサービスのキーを OS のキーチェーンから削除します</translation>
        </message>
        <message>
            <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server that asks for one, e.g. llama.cpp started with --api-key.</source>
            <translation>キーは通常、インターネット上の https サーバーにのみ送信されます。キーを要求するローカルサーバーや http サーバー (--api-key を指定して起動した llama.cpp など) の場合はこれをオンにしてください。</translation>
        </message>
        <message>
            <source>What this library may send</source>
            <translation>このライブラリが送信できる内容</translation>
        </message>
        <message>
            <source>Never send anything</source>
            <translation>何も送信しない</translation>
        </message>
        <message>
            <source>Page text only (for embeddings)</source>
            <translation>ページのテキストのみ (埋め込み用)</translation>
        </message>
        <message>
            <source>Page text and page images (for captions)</source>
            <translation>ページのテキストとページ画像 (キャプション用)</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>未選択</translation>
        </message>
        <message>
            <source>Forget that you agreed to send this library's pages: the preview is shown and your answer asked for again next time.</source>
            <translation>このライブラリのページの送信に同意したことを取り消します: 次回はプレビューが表示され、再度確認されます。</translation>
        </message>
        <message>
            <source>Caption requests per minute</source>
            <translation>1 分あたりのキャプションリクエスト数</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>無制限</translation>
        </message>
        <message>
            <source>Gemini's free tier allows about 10 per minute; local servers need no limit.</source>
            <translation>Gemini の無料枠では 1 分あたり約 10 件です。ローカルサーバーでは制限は不要です。</translation>
        </message>
        <message>
            <source>Requests in flight</source>
            <translation>同時リクエスト数</translation>
        </message>
        <message>
            <source>Text recognition languages</source>
            <translation>文字認識の言語</translation>
        </message>
        <message>
            <source>Language of PageLens</source>
            <translation>PageLens の言語</translation>
        </message>
        <message>
            <source>Model Service</source>
            <translation>モデルサービス</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>プロバイダー(&amp;P):</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>サーバーアドレス(&amp;A):</translation>
        </message>
        <message>
            <source>Leave empty for the service's own address. For a local server use its OpenAI-compatible address, e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8080/v1 (llama.cpp server); local servers need no key and get none.</source>
            <translation>サービス自身のアドレスを使用する場合は空のままにします。ローカルサーバーの場合は、その OpenAI 互換アドレスを指定します。例: http://localhost:11434/v1 (Ollama)、http://localhost:8080/v1 (llama.cpp サーバー)。ローカルサーバーにはキーは不要で、送信もされません。</translation>
        </message>
        <message>
            <source>&amp;Generation model:</source>
            <translation>生成モデル(&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Embedding model:</source>
            <translation>埋め込みモデル(&amp;E):</translation>
        </message>
        <message>
            <source>Embedding &amp;dimension:</source>
            <translation>埋め込みの次元数(&amp;D):</translation>
        </message>
        <message>
            <source>API Key</source>
            <translation>API キー</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>キー(&amp;K):</translation>
        </message>
        <message>
            <source>Keys are stored in the OS keychain, never in PageLens's settings or library files, and are not shown again once stored. GOOGLE_API_KEY, GEMINI_API_KEY or OPENAI_API_KEY in the environment take precedence.</source>
            <translation>キーは OS のキーチェーンに保存され、PageLens の設定やライブラリのファイルには保存されません。また、一度保存すると再表示されません。環境変数 GOOGLE_API_KEY、GEMINI_API_KEY、OPENAI_API_KEY が優先されます。</translation>
        </message>
        <message>
            <source>Privacy of This Library</source>
            <translation>このライブラリのプライバシー</translation>
        </message>
        <message>
            <source>&amp;May send:</source>
            <translation>送信できる内容(&amp;M):</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>制限</translation>
        </message>
        <message>
            <source>Caption &amp;requests per minute:</source>
            <translation>1 分あたりのキャプションリクエスト数(&amp;R):</translation>
        </message>
        <message>
            <source>Requests &amp;in flight:</source>
            <translation>同時リクエスト数(&amp;I):</translation>
        </message>
        <message>
            <source>Text Recognition</source>
            <translation>文字認識</translation>
        </message>
        <message>
            <source>OCR &amp;languages:</source>
            <translation>OCR の言語(&amp;L):</translation>
        </message>
        <message>
            <source>Pages without a text layer are read in the checked languages; each extra language makes reading slower. Applies to pages indexed from now on: pages already indexed are not read again. More languages come from packages such as tesseract-ocr-deu (German) or tesseract-ocr-fra (French); their files are in %1.</source>
            <translation>テキストレイヤーのないページは、チェックした言語で読み取られます。言語を追加するごとに読み取りは遅くなります。今後インデックスを作成するページに適用され、インデックス作成済みのページは再度読み取られません。その他の言語は tesseract-ocr-deu (ドイツ語) や tesseract-ocr-fra (フランス語) などのパッケージで追加でき、そのファイルは %1 にあります。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>Applies the next time PageLens starts. The command line follows the LANG and LC_ALL environment variables.</source>
            <translation>次回 PageLens を起動したときに適用されます。コマンドラインは環境変数 LANG と LC_ALL に従います。</translation>
        </message>
        <message>
            <source>Late-interaction server address</source>
            <translation>レイトインタラクションサーバーのアドレス</translation>
        </message>
        <message>
            <source>Late-interaction model</source>
            <translation>レイトインタラクションモデル</translation>
        </message>
        <message>
            <source>Late-interaction server API</source>
            <translation>レイトインタラクションサーバーの API</translation>
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
            <translation>レイトインタラクションサーバーの API キー</translation>
        </message>
        <message>
            <source>Only if the server was started with --api-key</source>
            <translation>サーバーが --api-key を指定して起動された場合のみ</translation>
        </message>
        <message>
            <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server started with --api-key.</source>
            <translation>キーは通常、インターネット上の https サーバーにのみ送信されます。--api-key を指定して起動したローカルサーバーや http サーバーの場合はこれをオンにしてください。</translation>
        </message>
        <message>
            <source>Late Interaction (Page Images)</source>
            <translation>レイトインタラクション (ページ画像)</translation>
        </message>
        <message>
            <source>Ser&amp;ver:</source>
            <translation>サーバー(&amp;V):</translation>
        </message>
        <message>
            <source>M&amp;odel:</source>
            <translation>モデル(&amp;O):</translation>
        </message>
        <message>
            <source>AP&amp;I:</source>
            <translation>API(&amp;I):</translation>
        </message>
        <message>
            <source>Ke&amp;y:</source>
            <translation>キー(&amp;Y):</translation>
        </message>
        <message>
            <source>A ColPali-family server embeds page images for the "late" search signal and the heatmaps, e.g. infinity_emb v2 --model-id vidore/colpali-v1.2-merged, or vllm serve MODEL --runner pooling. Pages are sent only where this library may send page images. PAGELENS_LATE_API_KEY in the environment takes precedence over the keychain.</source>
            <translation>ColPali 系のサーバーは、「late」検索シグナルとヒートマップのためにページ画像を埋め込みます。例: infinity_emb v2 --model-id vidore/colpali-v1.2-merged、vllm serve MODEL --runner pooling。ページは、このライブラリがページ画像の送信を許可している場合にのみ送信されます。環境変数 PAGELENS_LATE_API_KEY はキーチェーンより優先されます。</translation>
        </message>
        <message>
            <source>Reading the library's setting…</source>
            <translation>ライブラリの設定を読み取っています…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>language name, Tesseract code</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No Tesseract language is installed, so pages without a text layer cannot be read.</source>
            <translation>Tesseract の言語がインストールされていないため、テキストレイヤーのないページは読み取れません。</translation>
        </message>
        <message>
            <source>Check at least one language.</source>
            <translation>少なくとも 1 つの言語をチェックしてください。</translation>
        </message>
        <message>
            <source>Open a library to choose what it may send.</source>
            <translation>送信できる内容を選択するには、ライブラリを開いてください。</translation>
        </message>
        <message>
            <source>Applies to the library in %1. You are shown what would be sent, and asked once for each kind of data, before anything leaves this computer.</source>
            <translation>%1 のライブラリに適用されます。このコンピューターから何かが送信される前に、送信される内容が表示され、データの種類ごとに一度確認されます。</translation>
        </message>
        <message>
            <source>Not chosen yet for the library in %1: you are asked the first time something would leave this computer.</source>
            <translation>%1 のライブラリについてはまだ選択されていません: 初めて何かがこのコンピューターから送信されるときに確認されます。</translation>
        </message>
        <message>
            <source>You are asked before this library sends anything.</source>
            <translation>このライブラリが何かを送信する前に確認されます。</translation>
        </message>
        <message>
            <source>You agreed that this library may send %1 without asking again.</source>
            <translation>このライブラリが確認なしで %1 を送信することに同意済みです。</translation>
        </message>
        <message>
            <source>Checking the keychain…</source>
            <translation>キーチェーンを確認中…</translation>
        </message>
        <message>
            <source>Using the key from the environment variable %1.</source>
            <translation>環境変数 %1 のキーを使用しています。</translation>
        </message>
        <message>
            <source>A key is stored in the OS keychain.</source>
            <translation>キーは OS のキーチェーンに保存されています。</translation>
        </message>
        <message>
            <source>No key is stored.</source>
            <translation>キーは保存されていません。</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1 Install or unlock a keychain (GNOME Keyring or KWallet, reached through the Secret Service), or start PageLens with %2 set in the environment.</source>
            <translation>キーチェーンを読み取れません: %1 キーチェーン (Secret Service 経由で利用する GNOME Keyring または KWallet) をインストールするかロック解除してください。または、環境変数 %2 を設定して PageLens を起動してください。</translation>
        </message>
        <message>
            <source>Storing the key in the OS keychain…</source>
            <translation>キーを OS のキーチェーンに保存中…</translation>
        </message>
        <message>
            <source>The key could not be stored: %1 Install or unlock a keychain (GNOME Keyring or KWallet), or start PageLens with %2 set in the environment instead.</source>
            <translation>キーを保存できませんでした: %1 キーチェーン (GNOME Keyring または KWallet) をインストールするかロック解除してください。または、代わりに環境変数 %2 を設定して PageLens を起動してください。</translation>
        </message>
        <message>
            <source>The key was stored in the OS keychain.</source>
            <translation>キーを OS のキーチェーンに保存しました。</translation>
        </message>
        <message>
            <source>Removing the key from the OS keychain…</source>
            <translation>キーを OS のキーチェーンから削除中…</translation>
        </message>
        <message>
            <source>The key could not be removed: %1</source>
            <translation>キーを削除できませんでした: %1</translation>
        </message>
        <message>
            <source>No key (most local servers need none).</source>
            <translation>キーなし (ほとんどのローカルサーバーでは不要です)。</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1</source>
            <translation>キーチェーンを読み取れません: %1</translation>
        </message>
        <message>
            <source>The key could not be stored: %1 Set PAGELENS_LATE_API_KEY in the environment instead.</source>
            <translation>キーを保存できませんでした: %1 代わりに環境変数 PAGELENS_LATE_API_KEY を設定してください。</translation>
        </message>
        <message>
            <source>Detect objects while indexing</source>
            <translation>インデックス作成時にオブジェクトを検出</translation>
        </message>
        <message>
            <source>Sends each page image for object detection; needs page images allowed.</source>
            <translation>各ページ画像をオブジェクト検出のために送信します。ページ画像の送信が許可されている必要があります。</translation>
        </message>
        <message>
            <source>Detection prompt</source>
            <translation>検出プロンプト</translation>
        </message>
        <message>
            <source>Detection pro&amp;mpt:</source>
            <translation>検出プロンプト(&amp;M):</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ThumbnailStrip</name>
        <message>
            <source>Page thumbnails</source>
            <translation>ページのサムネイル</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>%1 ページ</translation>
        </message>
        <message>
            <source>Page %1 has detected objects</source>
            <translation>%1 ページには検出されたオブジェクトがあります</translation>
        </message>
        <message>
            <source>Page %1, has detected objects</source>
            <translation>%1 ページ、検出されたオブジェクトあり</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ViewerPanel</name>
        <message>
            <source>&amp;Previous Page</source>
            <translation>前のページ(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next Page</source>
            <translation>次のページ(&amp;N)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>拡大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <source>Fit &amp;Width</source>
            <translation>幅に合わせる(&amp;W)</translation>
        </message>
        <message>
            <source>Fit &amp;Page</source>
            <translation>ページに合わせる(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Find in Document…</source>
            <translation>文書内を検索(&amp;F)…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>次を検索(&amp;N)</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>前を検索(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>コピー(&amp;C)</translation>
        </message>
        <message>
            <source>Select &amp;All on Page</source>
            <translation>ページ上のすべてを選択(&amp;A)</translation>
        </message>
        <message>
            <source>Copy the words selected on the page (drag over the words to select them)</source>
            <translation>ページ上で選択した単語をコピーします (単語の上をドラッグして選択します)</translation>
        </message>
        <message>
            <source>Rotate &amp;Left</source>
            <translation>左に回転(&amp;L)</translation>
        </message>
        <message>
            <source>Rotate &amp;Right</source>
            <translation>右に回転(&amp;R)</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>ページ番号</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>ズーム倍率</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Viewer tools</source>
            <translation>ビューアーツール</translation>
        </message>
        <message>
            <source>search match</source>
            <translation>検索の一致箇所</translation>
        </message>
        <message>
            <source>matched: %1</source>
            <translation>一致: %1</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>/ %1</translation>
        </message>
        <message>
            <source>&amp;Continuous</source>
            <translation>連続表示(&amp;C)</translation>
        </message>
        <message>
            <source>Show all pages in one scroll</source>
            <translation>すべてのページを一続きでスクロール表示します</translation>
        </message>
    </context>
    <context>
        <name>ProviderOptions</name>
        <message>
            <source>Model service: gemini (default) or openai.</source>
            <translation>モデルサービス: gemini (既定) または openai。</translation>
        </message>
        <message>
            <source>Service address (default: the service's own, or PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL).</source>
            <translation>サービスのアドレス (既定: サービス自身のアドレス、または PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL)。</translation>
        </message>
        <message>
            <source>Generation model (gemini: gemini-2.5-flash).</source>
            <translation>生成モデル (gemini: gemini-2.5-flash)。</translation>
        </message>
        <message>
            <source>Embedding model (gemini: gemini-embedding-001).</source>
            <translation>埋め込みモデル (gemini: gemini-embedding-001)。</translation>
        </message>
        <message>
            <source>Send the API key to an http:// or local/private server too (by default it goes only to public https servers).</source>
            <translation>API キーを http:// やローカル/プライベートのサーバーにも送信します (既定では公開 https サーバーにのみ送信されます)。</translation>
        </message>
        <message>
            <source>Resize images to at most this width before sending, 16 to 8192 (default 600).</source>
            <translation>送信前に画像をこの幅以下に縮小します、16 から 8192 (既定 600)。</translation>
        </message>
        <message>
            <source>Image format to send: webp (default), jpeg or png.</source>
            <translation>送信する画像形式: webp (既定)、jpeg、png のいずれか。</translation>
        </message>
        <message>
            <source>Late-interaction server (infinity), e.g. http://localhost:7997 (default: PAGELENS_LATE_URL).</source>
            <translation>レイトインタラクションサーバー (infinity)、例: http://localhost:7997 (既定: PAGELENS_LATE_URL)。</translation>
        </message>
        <message>
            <source>Its ColPali-family model, e.g. vidore/colpali-v1.2-merged (default: PAGELENS_LATE_MODEL).</source>
            <translation>その ColPali 系モデル、例: vidore/colpali-v1.2-merged (既定: PAGELENS_LATE_MODEL)。</translation>
        </message>
        <message>
            <source>How the server sends vectors: base64 (default) or float.</source>
            <translation>サーバーがベクトルを送信する方式: base64 (既定) または float。</translation>
        </message>
        <message>
            <source>The server's API: infinity (/embeddings, default) or vllm (/pooling, task token_embed) (default: PAGELENS_LATE_DIALECT).</source>
            <translation>サーバーの API: infinity (/embeddings、既定) または vllm (/pooling、タスク token_embed) (既定: PAGELENS_LATE_DIALECT)。</translation>
        </message>
        <message>
            <source>A late-interaction server needs both --late-url and --late-model.</source>
            <translation>レイトインタラクションサーバーには --late-url と --late-model の両方が必要です。</translation>
        </message>
        <message>
            <source>--late-url takes an http:// or https:// address.</source>
            <translation>--late-url には http:// または https:// のアドレスを指定してください。</translation>
        </message>
        <message>
            <source>--late-encoding takes base64 or float.</source>
            <translation>--late-encoding には base64 または float を指定してください。</translation>
        </message>
        <message>
            <source>--late-dialect takes infinity or vllm.</source>
            <translation>--late-dialect には infinity または vllm を指定してください。</translation>
        </message>
        <message>
            <source>Unknown provider "%1": use gemini or openai.</source>
            <translation>不明なプロバイダー「%1」です: gemini または openai を使用してください。</translation>
        </message>
        <message>
            <source>No Gemini API key: set GOOGLE_API_KEY or GEMINI_API_KEY, or store a key in the keychain.</source>
            <translation>Gemini の API キーがありません: GOOGLE_API_KEY または GEMINI_API_KEY を設定するか、キーチェーンにキーを保存してください。</translation>
        </message>
        <message>
            <source>No OpenAI API key: set OPENAI_API_KEY or store a key in the keychain.</source>
            <translation>OpenAI の API キーがありません: OPENAI_API_KEY を設定するか、キーチェーンにキーを保存してください。</translation>
        </message>
        <message>
            <source>"%1" is not a page number.</source>
            <translation>「%1」はページ番号ではありません。</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>%1 を読み取れません。</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>ピクセル</translation>
        </message>
        <message>
            <source>%1 has only %2 pages.</source>
            <translation>%1 は %2 ページしかありません。</translation>
        </message>
    </context>
    <context>
        <name>ServiceFailure</name>
        <message>
            <source>The model service refused the API key. Check that the key is valid and allowed to use this API.</source>
            <translation>モデルサービスが API キーを拒否しました。キーが有効で、この API の使用が許可されているか確認してください。</translation>
        </message>
        <message>
            <source>The model service does not know this model. Check the model name (--model or --embed-model).</source>
            <translation>モデルサービスがこのモデルを認識していません。モデル名 (--model または --embed-model) を確認してください。</translation>
        </message>
        <message>
            <source>The model service stopped the answer before it was complete. Try again.</source>
            <translation>モデルサービスが回答の完了前に停止しました。再試行してください。</translation>
        </message>
        <message>
            <source>The model service is overloaded or unavailable right now. Try again in a few minutes.</source>
            <translation>モデルサービスは現在、過負荷または利用できない状態です。数分後に再試行してください。</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached.</source>
            <translation>モデルサービスのレート制限に達しました。</translation>
        </message>
        <message>
            <source>The model service rejected the request: %1</source>
            <translation>モデルサービスがリクエストを拒否しました: %1</translation>
        </message>
        <message>
            <source>The API key is not valid. Set a valid key in GOOGLE_API_KEY or GEMINI_API_KEY, or store one in the keychain.</source>
            <translation>API キーが無効です。GOOGLE_API_KEY または GEMINI_API_KEY に有効なキーを設定するか、キーチェーンにキーを保存してください。</translation>
        </message>
        <message>
            <source>The Gemini API is not enabled for this key's project. Enable it in the Google Cloud console.</source>
            <translation>このキーのプロジェクトでは Gemini API が有効になっていません。Google Cloud コンソールで有効にしてください。</translation>
        </message>
        <message>
            <source>The daily quota of the model service is used up. Try again tomorrow or use another key.</source>
            <translation>モデルサービスの 1 日あたりの割り当てを使い切りました。明日再試行するか、別のキーを使用してください。</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached. Try again in %1 seconds.</source>
            <translation>モデルサービスのレート制限に達しました。%1 秒後に再試行してください。</translation>
        </message>
        <message>
            <source>The account of this API key has no quota left. Check the plan and billing of the service.</source>
            <translation>この API キーのアカウントには割り当てが残っていません。サービスのプランと請求情報を確認してください。</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached. Try again in a minute.</source>
            <translation>モデルサービスのレート制限に達しました。1 分後に再試行してください。</translation>
        </message>
        <message>
            <source>The model service stopped answering and the request timed out. Check the network and try again.</source>
            <translation>モデルサービスが応答を停止し、リクエストがタイムアウトしました。ネットワークを確認して再試行してください。</translation>
        </message>
        <message>
            <source>The model service cannot be reached. Check the network connection and the service address.</source>
            <translation>モデルサービスに接続できません。ネットワーク接続とサービスのアドレスを確認してください。</translation>
        </message>
    </context>
    <context>
        <name>UiLanguage</name>
        <message>
            <source>System language</source>
            <translation>システムの言語</translation>
        </message>
    </context>
</TS>
