<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AccessibleNames</name>
        <message>
            <source>Clear %1</source>
            <translation>مسح %1</translation>
        </message>
        <message>
            <source>More of %1</source>
            <translation>المزيد من %1</translation>
        </message>
    </context>
    <context>
        <name>AgentCommands</name>
        <message>
            <source>Citations that match no page the agent saw (not shown as sources): %1</source>
            <translation>استشهادات لا تطابق أي صفحة اطّلع عليها الوكيل (لا تُعرض كمصادر): %1</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>لا أسئلة</numerusform>
                <numerusform>سؤال واحد</numerusform>
                <numerusform>سؤالان</numerusform>
                <numerusform>%n أسئلة</numerusform>
                <numerusform>%n سؤالًا</numerusform>
                <numerusform>%n سؤال</numerusform>
            </translation>
        </message>
        <message>
            <source>Ask the library a question (answers cite pages)</source>
            <translation>اطرح سؤالًا على المكتبة (تستشهد الإجابات بالصفحات)</translation>
        </message>
        <message>
            <source>What to ask.</source>
            <translation>ما تريد أن تسأل عنه.</translation>
        </message>
        <message>
            <source>Agree to send the question and what the tools find to the model service.</source>
            <translation>الموافقة على إرسال السؤال وما تجده الأدوات إلى خدمة النماذج.</translation>
        </message>
        <message>
            <source>What may leave the machine for this question: never, text or images (default: the library's setting).</source>
            <translation>ما يُسمح بخروجه من الجهاز لهذا السؤال: never أو text أو images (الافتراضي: إعداد المكتبة).</translation>
        </message>
        <message>
            <source>Tool rounds before the agent gives up, 1 to 50 (default 8).</source>
            <translation>عدد جولات الأدوات قبل أن يتوقف الوكيل، من 1 إلى 50 (الافتراضي 8).</translation>
        </message>
        <message>
            <source>Continue this conversation (see --list).</source>
            <translation>متابعة هذه المحادثة (انظر --list).</translation>
        </message>
        <message>
            <source>List the library's conversations.</source>
            <translation>سرد محادثات المكتبة.</translation>
        </message>
        <message>
            <source>Delete a conversation.</source>
            <translation>حذف محادثة.</translation>
        </message>
        <message>
            <source>Show a stored conversation: its questions, steps, answers and sources.</source>
            <translation>عرض محادثة محفوظة: أسئلتها وخطواتها وإجاباتها ومصادرها.</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli ask QUESTION [options] | ask --list | ask --show ID | ask --delete ID</source>
            <translation>الاستخدام: pagelens-cli ask QUESTION [options] | ask --list | ask --show ID | ask --delete ID</translation>
        </message>
        <message>
            <source>tool rounds</source>
            <translation>جولات الأدوات</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>يقبل --privacy القيم never أو text أو images.</translation>
        </message>
        <message>
            <source>Deleted conversation %1.</source>
            <translation>حُذفت المحادثة %1.</translation>
        </message>
        <message>
            <source>The library's privacy is "never", so no model was asked.</source>
            <translation>خصوصية المكتبة مضبوطة على "never"، لذا لم يُسأل أي نموذج.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>لم تُعدّ أي خدمة نماذج.</translation>
        </message>
        <message>
            <source>Would send to %1 (%2): the question "%3", the page text, captions and snippets the tools find</source>
            <translation>سيُرسَل إلى %1 (%2): السؤال "%3" ونص الصفحات والتعليقات التوضيحية والمقتطفات التي تجدها الأدوات</translation>
        </message>
        <message>
            <source>, and at most %1 page images per step (WEBP, at most 1024 px)</source>
            <translation>، وما يصل إلى %1 من صور الصفحات في كل خطوة (WEBP، بحد أقصى 1024 بكسل)</translation>
        </message>
        <message>
            <source>; privacy: %1; at most %2 steps.</source>
            <translation>؛ الخصوصية: %1؛ بحد أقصى %2 من الخطوات.</translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>لم يُرسَل شيء. أعد التشغيل مع --yes للموافقة.</translation>
        </message>
        <message>
            <source>Nothing was sent to a model service.</source>
            <translation>لم يُرسَل شيء إلى خدمة نماذج.</translation>
        </message>
        <message>
            <source>The agent stopped.</source>
            <translation>توقف الوكيل.</translation>
        </message>
    </context>
    <context>
        <name>AgentTools</name>
        <message numerus="yes">
            <source>searched "%1" → %n page(s)</source>
            <translation>
                <numerusform>بحث عن "%1" ← لا صفحات</numerusform>
                <numerusform>بحث عن "%1" ← صفحة واحدة</numerusform>
                <numerusform>بحث عن "%1" ← صفحتان</numerusform>
                <numerusform>بحث عن "%1" ← %n صفحات</numerusform>
                <numerusform>بحث عن "%1" ← %n صفحة</numerusform>
                <numerusform>بحث عن "%1" ← %n صفحة</numerusform>
            </translation>
        </message>
        <message>
            <source>looked at %1 p. %2</source>
            <translation>اطّلع على %1 ص. %2</translation>
        </message>
        <message>
            <source>read %1 p. %2 (no image sent)</source>
            <translation>قرأ %1 ص. %2 (دون إرسال صورة)</translation>
        </message>
        <message>
            <source>read the text of %1 p. %2</source>
            <translation>قرأ نص %1 ص. %2</translation>
        </message>
        <message numerus="yes">
            <source>found %n object(s) on %1 p. %2</source>
            <translation>
                <numerusform>لم يُعثر على كائنات في %1 ص. %2</numerusform>
                <numerusform>عُثر على كائن واحد في %1 ص. %2</numerusform>
                <numerusform>عُثر على كائنين في %1 ص. %2</numerusform>
                <numerusform>عُثر على %n كائنات في %1 ص. %2</numerusform>
                <numerusform>عُثر على %n كائنًا في %1 ص. %2</numerusform>
                <numerusform>عُثر على %n كائن في %1 ص. %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>فشل %1: %2</translation>
        </message>
        <message>
            <source>There is no tool named "%1". Use only search_library, view_page, read_page_text and detect_objects.</source>
            <translation>لا توجد أداة باسم "%1". استخدم فقط search_library وview_page وread_page_text وdetect_objects.</translation>
        </message>
        <message>
            <source>refused the undeclared tool "%1"</source>
            <translation>رُفضت الأداة غير المُعلنة "%1"</translation>
        </message>
        <message>
            <source>"%1" must be a whole number.</source>
            <translation>يجب أن تكون "%1" عددًا صحيحًا.</translation>
        </message>
        <message>
            <source>%1: bad argument "%2"</source>
            <translation>%1: وسيط غير صالح "%2"</translation>
        </message>
        <message>
            <source>The arguments do not match %1's declaration: %2</source>
            <translation>الوسائط لا تطابق تعريف %1: %2</translation>
        </message>
        <message>
            <source>%1: invalid arguments</source>
            <translation>%1: وسائط غير صالحة</translation>
        </message>
        <message>
            <source>%1: unknown document "%2"</source>
            <translation>%1: مستند غير معروف "%2"</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s); there is no page %2.</source>
            <translation>
                <numerusform>لا صفحات في %1؛ لا توجد صفحة %2.</numerusform>
                <numerusform>في %1 صفحة واحدة؛ لا توجد صفحة %2.</numerusform>
                <numerusform>في %1 صفحتان؛ لا توجد صفحة %2.</numerusform>
                <numerusform>في %1 %n صفحات؛ لا توجد صفحة %2.</numerusform>
                <numerusform>في %1 %n صفحة؛ لا توجد صفحة %2.</numerusform>
                <numerusform>في %1 %n صفحة؛ لا توجد صفحة %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no page %2 in %3</source>
            <translation>%1: لا توجد صفحة %2 في %3</translation>
        </message>
        <message>
            <source>Several documents are named "%1"; give the full path from search_library.</source>
            <translation>توجد عدة مستندات باسم "%1"؛ أعطِ المسار الكامل من search_library.</translation>
        </message>
        <message>
            <source>There is no document "%1" in the library; use a path search_library returned.</source>
            <translation>لا يوجد مستند "%1" في المكتبة؛ استخدم مسارًا أعادته search_library.</translation>
        </message>
        <message>
            <source>The query is empty.</source>
            <translation>الاستعلام فارغ.</translation>
        </message>
        <message>
            <source>search: empty query</source>
            <translation>بحث: استعلام فارغ</translation>
        </message>
        <message>
            <source>search for "%1" failed</source>
            <translation>فشل البحث عن "%1"</translation>
        </message>
        <message>
            <source>could not read %1 p. %2</source>
            <translation>تعذّرت قراءة %1 ص. %2</translation>
        </message>
        <message>
            <source>Object detection needs the page image, and this library's privacy setting allows text only.</source>
            <translation>يحتاج اكتشاف الكائنات إلى صورة الصفحة، وإعداد الخصوصية في هذه المكتبة يسمح بالنص فقط.</translation>
        </message>
        <message>
            <source>detect on %1 p. %2: not allowed (privacy)</source>
            <translation>الاكتشاف في %1 ص. %2: غير مسموح (الخصوصية)</translation>
        </message>
        <message>
            <source>No model service is available for object detection.</source>
            <translation>لا تتوفر خدمة نماذج لاكتشاف الكائنات.</translation>
        </message>
        <message>
            <source>detect: no model service</source>
            <translation>اكتشاف: لا توجد خدمة نماذج</translation>
        </message>
        <message>
            <source>detect on %1 p. %2 failed</source>
            <translation>فشل الاكتشاف في %1 ص. %2</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>No display: running headless (see pagelens-cli --help).</source>
            <translation>لا توجد شاشة: التشغيل دون واجهة (انظر pagelens-cli --help).</translation>
        </message>
        <message>
            <source>Search folders of PDFs, scans and images.</source>
            <translation>ابحث في مجلدات ملفات PDF والمستندات الممسوحة ضوئيًا والصور.</translation>
        </message>
        <message>
            <source>Quit once the window is shown and the library is open (and the given paths are indexed); exit status 0 when that worked. For install checks.</source>
            <translation>الخروج بعد ظهور النافذة وفتح المكتبة (وفهرسة المسارات المعطاة)؛ حالة الخروج 0 عند النجاح. لفحوص التثبيت.</translation>
        </message>
        <message>
            <source>Open the library in &lt;dir&gt;.</source>
            <translation>فتح المكتبة في &lt;dir&gt;.</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>dir</translation>
        </message>
        <message>
            <source>Log debug detail.</source>
            <translation>تسجيل تفاصيل التنقيح.</translation>
        </message>
        <message>
            <source>Files and folders to add to the library.</source>
            <translation>الملفات والمجلدات المراد إضافتها إلى المكتبة.</translation>
        </message>
        <message>
            <source>PageLens started: %1</source>
            <translation>بدأ PageLens: %1</translation>
        </message>
        <message>
            <source>PageLens failed to start: the window is not shown.</source>
            <translation>تعذّر بدء PageLens: النافذة لم تظهر.</translation>
        </message>
        <message>
            <source>window shown, library %1 open.</source>
            <translation>ظهرت النافذة، والمكتبة %1 مفتوحة.</translation>
        </message>
        <message>
            <source>window shown, %1 indexed, %2 failed.</source>
            <translation>ظهرت النافذة، فُهرس %1، وفشل %2.</translation>
        </message>
    </context>
    <context>
        <name>BenchCommands</name>
        <message>
            <source>Run a benchmark (bench --help lists them)</source>
            <translation>تشغيل قياس أداء (يسردها bench --help)</translation>
        </message>
        <message>
            <source>Unknown benchmark %1.</source>
            <translation>قياس أداء غير معروف %1.</translation>
        </message>
        <message>
            <source>Number of vectors (default 10000).</source>
            <translation>عدد المتجهات (الافتراضي 10000).</translation>
        </message>
        <message>
            <source>Dimensions (default 768).</source>
            <translation>الأبعاد (الافتراضي 768).</translation>
        </message>
        <message>
            <source>Number of timed queries (default 200).</source>
            <translation>عدد الاستعلامات المقيسة زمنيًا (الافتراضي 200).</translation>
        </message>
        <message>
            <source>flat, hnsw or auto (default auto: flat below the HNSW threshold).</source>
            <translation>flat أو hnsw أو auto (الافتراضي auto: flat دون عتبة HNSW).</translation>
        </message>
        <message>
            <source>OpenMP and BLAS threads (default: one per core).</source>
            <translation>خيوط OpenMP وBLAS (الافتراضي: خيط لكل نواة).</translation>
        </message>
        <message>
            <source>Also time FAISS's own IndexFlatIP search, one query at a time.</source>
            <translation>قياس زمن بحث IndexFlatIP الخاص بـ FAISS أيضًا، استعلامًا واحدًا في كل مرة.</translation>
        </message>
        <message>
            <source>Folder for the index file (default: a temporary folder).</source>
            <translation>مجلد ملف الفهرس (الافتراضي: مجلد مؤقت).</translation>
        </message>
        <message>
            <source>--index is flat, hnsw or auto.</source>
            <translation>يقبل --index القيم flat أو hnsw أو auto.</translation>
        </message>
        <message>
            <source>Dense index, %1 pages × %2 dimensions, %3, %4 threads (OpenMP %5)</source>
            <translation>فهرس كثيف، %1 صفحة × %2 بُعد، %3، %4 خيوط (OpenMP %5)</translation>
        </message>
        <message>
            <source>  build %1, save %2, load %3, file %4 MB</source>
            <translation>  البناء %1، الحفظ %2، التحميل %3، الملف %4 MB</translation>
        </message>
        <message>
            <source>  query p50 %1, p99 %2 over %3 queries, recall@%4 %5</source>
            <translation>  الاستعلام p50 %1، p99 %2 على %3 استعلامات، recall@%4 %5</translation>
        </message>
        <message>
            <source>  scan %1 GB/s, memory read %2 GB/s (bound ratio %3)</source>
            <translation>  المسح %1 GB/s، قراءة الذاكرة %2 GB/s (نسبة الحد %3)</translation>
        </message>
        <message>
            <source>  FAISS IndexFlatIP::search p50 %1</source>
            <translation>  FAISS IndexFlatIP::search p50 %1</translation>
        </message>
        <message>
            <source>  BLAS: %1; FAISS build: %2</source>
            <translation>  BLAS: %1؛ بناء FAISS: %2</translation>
        </message>
        <message>
            <source>Number of pages (default 10000).</source>
            <translation>عدد الصفحات (الافتراضي 10000).</translation>
        </message>
        <message>
            <source>Vectors per page (default 1030: ColPali's 32 × 32 grid and 6 more).</source>
            <translation>المتجهات لكل صفحة (الافتراضي 1030: شبكة ColPali بحجم 32 × 32 و6 إضافية).</translation>
        </message>
        <message>
            <source>Dimensions (default 128).</source>
            <translation>الأبعاد (الافتراضي 128).</translation>
        </message>
        <message>
            <source>Vectors per query (default 20).</source>
            <translation>المتجهات لكل استعلام (الافتراضي 20).</translation>
        </message>
        <message>
            <source>Number of timed queries (default 20).</source>
            <translation>عدد الاستعلامات المقيسة زمنيًا (الافتراضي 20).</translation>
        </message>
        <message>
            <source>Search threads (default: one per core).</source>
            <translation>خيوط البحث (الافتراضي: خيط لكل نواة).</translation>
        </message>
        <message>
            <source>Patches per pooled vector of the candidate stage (default 32).</source>
            <translation>الرقع لكل متجه مجمّع في مرحلة المرشحين (الافتراضي 32).</translation>
        </message>
        <message>
            <source>Pages reranked exactly by the two-stage search (default 256).</source>
            <translation>الصفحات المعاد ترتيبها بدقة في البحث ثنائي المراحل (الافتراضي 256).</translation>
        </message>
        <message>
            <source>Folder for the vector file (default: a temporary folder).</source>
            <translation>مجلد ملف المتجهات (الافتراضي: مجلد مؤقت).</translation>
        </message>
        <message>
            <source>Keep the vector file in --dir and reuse it when the pages, vectors, dimensions and pool factor match.</source>
            <translation>الاحتفاظ بملف المتجهات في --dir وإعادة استخدامه عندما تتطابق الصفحات والمتجهات والأبعاد ومعامل التجميع.</translation>
        </message>
        <message>
            <source>--keep needs --dir.</source>
            <translation>يحتاج --keep إلى --dir.</translation>
        </message>
        <message>
            <source>MaxSim, %1 pages × %2 vectors × %3 dimensions, %4 query tokens, kernel %5, %6 threads</source>
            <translation>MaxSim، %1 صفحة × %2 متجه × %3 بُعد، %4 رموز استعلام، النواة %5، %6 خيوط</translation>
        </message>
        <message>
            <source>  write %1, open %2, file %3 MB; %4 bytes per page mapped, %5 resident</source>
            <translation>  الكتابة %1، الفتح %2، الملف %3 MB؛ %4 بايت لكل صفحة معيّنة، %5 مقيمة</translation>
        </message>
        <message>
            <source>  exact p50 %1, p99 %2; memory roofline %3 at %4 GB/s (ratio %5)</source>
            <translation>  الدقيق p50 %1، p99 %2؛ سقف الذاكرة %3 عند %4 GB/s (النسبة %5)</translation>
        </message>
        <message>
            <source>  two-stage p50 %1, p99 %2 (pool factor %3, %4 candidates), recall@%5 %6 over %7 queries</source>
            <translation>  ثنائي المراحل p50 %1، p99 %2 (معامل التجميع %3، %4 مرشحين)، recall@%5 %6 على %7 استعلامات</translation>
        </message>
        <message>
            <source>Number of timed steps (default 30).</source>
            <translation>عدد الخطوات المقيسة زمنيًا (الافتراضي 30).</translation>
        </message>
        <message>
            <source>The page view_page shows (default: the first image of the seed notebook, when found).</source>
            <translation>الصفحة التي تعرضها view_page (الافتراضي: أول صورة في دفتر البذرة، إن وُجدت).</translation>
        </message>
        <message>
            <source>--pages needs at least 20.</source>
            <translation>يحتاج --pages إلى 20 على الأقل.</translation>
        </message>
    </context>
    <context>
        <name>CliApp</name>
        <message>
            <source>Usage: pagelens-cli [--library DIR] [--json] [--verbose] COMMAND [ARGS...]</source>
            <translation>الاستخدام: pagelens-cli [--library DIR] [--json] [--verbose] COMMAND [ARGS...]</translation>
        </message>
        <message>
            <source>       pagelens-cli --version | --help</source>
            <translation>       pagelens-cli --version | --help</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>الأوامر:</translation>
        </message>
        <message>
            <source>Exit codes: 0 ok, 1 usage, 2 some inputs failed, 3 model service error.</source>
            <translation>رموز الخروج: 0 نجاح، 1 استخدام خاطئ، 2 فشل بعض المدخلات، 3 خطأ في خدمة النماذج.</translation>
        </message>
        <message>
            <source>--library needs a folder.</source>
            <translation>يحتاج --library إلى مجلد.</translation>
        </message>
        <message>
            <source>Unknown option %1.</source>
            <translation>خيار غير معروف %1.</translation>
        </message>
        <message>
            <source>Unknown command %1.</source>
            <translation>أمر غير معروف %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsentStore</name>
        <message>
            <source>page text and page images</source>
            <translation>نص الصفحات وصور الصفحات</translation>
        </message>
        <message>
            <source>page text</source>
            <translation>نص الصفحات</translation>
        </message>
        <message>
            <source>page images</source>
            <translation>صور الصفحات</translation>
        </message>
    </context>
    <context>
        <name>ConversationStore</name>
        <message>
            <source>The conversation could not be read.</source>
            <translation>تعذّرت قراءة المحادثة.</translation>
        </message>
        <message>
            <source>There is no conversation "%1" in this library (see ask --list).</source>
            <translation>لا توجد محادثة "%1" في هذه المكتبة (انظر ask --list).</translation>
        </message>
        <message>
            <source>The conversation could not be saved.</source>
            <translation>تعذّر حفظ المحادثة.</translation>
        </message>
        <message>
            <source>The conversations could not be read.</source>
            <translation>تعذّرت قراءة المحادثات.</translation>
        </message>
        <message>
            <source>The conversation could not be deleted.</source>
            <translation>تعذّر حذف المحادثة.</translation>
        </message>
    </context>
    <context>
        <name>DetectionCommands</name>
        <message>
            <source>List the objects stored for a library page</source>
            <translation>سرد الكائنات المخزّنة لصفحة في المكتبة</translation>
        </message>
        <message>
            <source>A page of a library document.</source>
            <translation>صفحة من مستند في المكتبة.</translation>
        </message>
        <message>
            <source>Keep the detections in the library (replacing this page's for the same prompt).</source>
            <translation>الاحتفاظ بالاكتشافات في المكتبة (مع استبدال اكتشافات هذه الصفحة للتعليمة نفسها).</translation>
        </message>
        <message>
            <source>The instruction sent with the page.</source>
            <translation>التعليمة المرسلة مع الصفحة.</translation>
        </message>
        <message>
            <source>Longest side of the page image sent, 64 to 4096 pixels (default %1).</source>
            <translation>أطول ضلع لصورة الصفحة المرسلة، من 64 إلى 4096 بكسل (الافتراضي %1).</translation>
        </message>
        <message>
            <source>What may leave the machine in this run: never, text or images (default: the library's setting).</source>
            <translation>ما يُسمح بخروجه من الجهاز في هذا التشغيل: never أو text أو images (الافتراضي: إعداد المكتبة).</translation>
        </message>
        <message>
            <source>Agree to send the page image.</source>
            <translation>الموافقة على إرسال صورة الصفحة.</translation>
        </message>
        <message>
            <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
            <translation>الثواني التي يُنتظر خلالها بينما يكتب PageLens آخر إلى المكتبة (الافتراضي 600).</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>بكسل</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>يقبل --privacy القيم never أو text أو images.</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which the privacy setting (%1) does not allow; nothing was sent. Use --privacy images for this run.</source>
            <translation>يرسل اكتشاف الكائنات صورة الصفحة، وهو ما لا يسمح به إعداد الخصوصية (%1)؛ لم يُرسَل شيء. استخدم --privacy images لهذا التشغيل.</translation>
        </message>
        <message>
            <source>Object detection sends 1 page image (%1, longest side %2 px) to %3 at %4.</source>
            <translation>يرسل اكتشاف الكائنات صورة صفحة واحدة (%1، أطول ضلع %2 بكسل) إلى %3 على %4.</translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>لم يُرسَل شيء. أعد التشغيل مع --yes للموافقة.</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) stored for %1.</source>
            <translation>
                <numerusform>لم تُخزَّن أي كائنات لـ %1.</numerusform>
                <numerusform>خُزّن كائن واحد لـ %1.</numerusform>
                <numerusform>خُزّن كائنان لـ %1.</numerusform>
                <numerusform>خُزّنت %n كائنات لـ %1.</numerusform>
                <numerusform>خُزّن %n كائنًا لـ %1.</numerusform>
                <numerusform>خُزّن %n كائن لـ %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetectionLayer</name>
        <message>
            <source>detected</source>
            <translation>مكتشَف</translation>
        </message>
        <message>
            <source>detected by %1</source>
            <translation>اكتشفه %1</translation>
        </message>
        <message>
            <source>prompt “%1”</source>
            <translation>التعليمة “%1”</translation>
        </message>
    </context>
    <context>
        <name>ExtractiveAnswer</name>
        <message>
            <source>Search results for "%1" (%2 These are passages from your library, not an answer.)</source>
            <translation>نتائج البحث عن "%1" (%2 هذه مقاطع من مكتبتك، وليست إجابة.)</translation>
        </message>
        <message>
            <source>No page matches.</source>
            <translation>لا توجد صفحة مطابقة.</translation>
        </message>
    </context>
    <context>
        <name>GeminiCodec</name>
        <message>
            <source>The model service blocked the request for safety reasons (%1).</source>
            <translation>حظرت خدمة النماذج الطلب لأسباب تتعلق بالسلامة (%1).</translation>
        </message>
        <message>
            <source>The model service blocked the answer for safety reasons (%1).</source>
            <translation>حظرت خدمة النماذج الإجابة لأسباب تتعلق بالسلامة (%1).</translation>
        </message>
        <message>
            <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
            <translation>اقتُطعت الإجابة لبلوغها الحد الأقصى لرموز الإخراج. اسمح بمزيد من الرموز وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The model service returned no answer (finish reason: %1).</source>
            <translation>لم تُرجع خدمة النماذج أي إجابة (سبب الانتهاء: %1).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>The model service returned an embedding with invalid values.</source>
            <translation>أرجعت خدمة النماذج تضمينًا بقيم غير صالحة.</translation>
        </message>
        <message>
            <source>The model service returned an empty embedding.</source>
            <translation>أرجعت خدمة النماذج تضمينًا فارغًا.</translation>
        </message>
        <message>
            <source>The model service returned %1 embeddings for %2 texts.</source>
            <translation>أرجعت خدمة النماذج %1 تضمينات لـ %2 نصوص.</translation>
        </message>
    </context>
    <context>
        <name>HeatmapCommands</name>
        <message>
            <source>Where on a page a query matched (late interaction, else term matches)</source>
            <translation>موضع تطابق الاستعلام في الصفحة (التفاعل المتأخر، وإلا فتطابقات المصطلحات)</translation>
        </message>
        <message>
            <source>The query.</source>
            <translation>الاستعلام.</translation>
        </message>
        <message>
            <source>The page (1-based).</source>
            <translation>الصفحة (يبدأ الترقيم من 1).</translation>
        </message>
        <message>
            <source>Write the page with the heatmap and a legend to this PNG.</source>
            <translation>كتابة الصفحة مع الخريطة الحرارية ومفتاح الألوان إلى ملف PNG هذا.</translation>
        </message>
        <message>
            <source>Password of an encrypted PDF.</source>
            <translation>كلمة مرور ملف PDF مشفّر.</translation>
        </message>
        <message>
            <source>Send PAGELENS_LATE_API_KEY to an http:// or local server too.</source>
            <translation>إرسال PAGELENS_LATE_API_KEY إلى خادم http:// أو محلي أيضًا.</translation>
        </message>
        <message>
            <source>"%1" is not a page number.</source>
            <translation>"%1" ليس رقم صفحة.</translation>
        </message>
        <message>
            <source>The query has no words to map.</source>
            <translation>لا يحتوي الاستعلام على كلمات لرسم خريطتها.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>لا صفحات في %1.</numerusform>
                <numerusform>في %1 صفحة واحدة.</numerusform>
                <numerusform>في %1 صفحتان.</numerusform>
                <numerusform>في %1 %n صفحات.</numerusform>
                <numerusform>في %1 %n صفحة.</numerusform>
                <numerusform>في %1 %n صفحة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing term matches instead.</source>
            <translation>تُعرض تطابقات المصطلحات بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>تتعذّر الكتابة إلى %1.</translation>
        </message>
        <message>
            <source>%1 heatmap, %2 x %3 cells; strongest at x=%4, y=%5 of the page</source>
            <translation>خريطة حرارية %1، %2 × %3 خلايا؛ الأقوى عند x=%4، y=%5 من الصفحة</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>كُتب %1</translation>
        </message>
    </context>
    <context>
        <name>HeatmapLayer</name>
        <message>
            <source>%1 at x %2–%3, y %4–%5 of the page</source>
            <translation>%1 عند x %2–%3، y %4–%5 من الصفحة</translation>
        </message>
    </context>
    <context>
        <name>IndexRunner</name>
        <message>
            <source>Password to try on documents that need one.</source>
            <translation>كلمة المرور التي تُجرَّب على المستندات التي تحتاج إليها.</translation>
        </message>
        <message>
            <source>Tesseract languages, e.g. eng+deu (default eng).</source>
            <translation>لغات Tesseract، مثل eng+deu (الافتراضي eng).</translation>
        </message>
        <message>
            <source>Render/OCR threads, 0 to 256 (default 0: one per core).</source>
            <translation>خيوط العرض/التعرّف الضوئي، من 0 إلى 256 (الافتراضي 0: خيط لكل نواة).</translation>
        </message>
        <message>
            <source>Seconds a document reader may take on one page, 1 to 3600 (default 60); a file that takes longer fails.</source>
            <translation>الثواني التي قد يستغرقها قارئ المستندات في صفحة واحدة، من 1 إلى 3600 (الافتراضي 60)؛ يفشل الملف الذي يستغرق أكثر.</translation>
        </message>
        <message>
            <source>What may leave the machine in this run: never, text or images (default: the library's setting).</source>
            <translation>ما يُسمح بخروجه من الجهاز في هذا التشغيل: never أو text أو images (الافتراضي: إعداد المكتبة).</translation>
        </message>
        <message>
            <source>Agree to the egress and cost preview and send.</source>
            <translation>الموافقة على معاينة البيانات الصادرة والتكلفة والإرسال.</translation>
        </message>
        <message>
            <source>Embedding dimension, 1 to 8192 (default 768).</source>
            <translation>بُعد التضمين، من 1 إلى 8192 (الافتراضي 768).</translation>
        </message>
        <message>
            <source>Embed page text only; send no page images.</source>
            <translation>تضمين نص الصفحات فقط؛ دون إرسال صور الصفحات.</translation>
        </message>
        <message>
            <source>Caption requests per minute, 0 (no limit) to 1000 (default 10, Gemini's free tier).</source>
            <translation>طلبات التعليقات التوضيحية في الدقيقة، من 0 (بلا حد) إلى 1000 (الافتراضي 10، المستوى المجاني في Gemini).</translation>
        </message>
        <message>
            <source>Caption requests at once, 1 to 32 (default 2).</source>
            <translation>طلبات التعليقات التوضيحية المتزامنة، من 1 إلى 32 (الافتراضي 2).</translation>
        </message>
        <message>
            <source>Replace vectors made with another embedding model or dimension.</source>
            <translation>استبدال المتجهات المصنوعة بنموذج تضمين أو بُعد آخر.</translation>
        </message>
        <message>
            <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
            <translation>الثواني التي يُنتظر خلالها بينما يكتب PageLens آخر إلى المكتبة (الافتراضي 600).</translation>
        </message>
        <message>
            <source>render/OCR threads; 0: one per core</source>
            <translation>خيوط العرض/التعرّف الضوئي؛ 0: خيط لكل نواة</translation>
        </message>
        <message>
            <source>seconds per page</source>
            <translation>ثوانٍ لكل صفحة</translation>
        </message>
        <message>
            <source>embedding dimensions</source>
            <translation>أبعاد التضمين</translation>
        </message>
        <message>
            <source>caption requests per minute; 0: no limit</source>
            <translation>طلبات التعليقات التوضيحية في الدقيقة؛ 0: بلا حد</translation>
        </message>
        <message>
            <source>caption requests at once</source>
            <translation>طلبات التعليقات التوضيحية المتزامنة</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>يقبل --privacy القيم never أو text أو images.</translation>
        </message>
        <message>
            <source>Late interaction: every page is embedded with %1.</source>
            <translation>التفاعل المتأخر: تُضمَّن كل صفحة باستخدام %1.</translation>
        </message>
        <message>
            <source>Late interaction sends page images, which the privacy setting (%1) does not allow; nothing was sent.</source>
            <translation>يرسل التفاعل المتأخر صور الصفحات، وهو ما لا يسمح به إعداد الخصوصية (%1)؛ لم يُرسَل شيء.</translation>
        </message>
        <message numerus="yes">
            <source>Late interaction: %n page image(s) would be sent to %1 (%2).</source>
            <translation>
                <numerusform>التفاعل المتأخر: لن تُرسَل أي صور صفحات إلى %1 (%2).</numerusform>
                <numerusform>التفاعل المتأخر: ستُرسَل صورة صفحة واحدة إلى %1 (%2).</numerusform>
                <numerusform>التفاعل المتأخر: ستُرسَل صورتا صفحتين إلى %1 (%2).</numerusform>
                <numerusform>التفاعل المتأخر: ستُرسَل %n صور صفحات إلى %1 (%2).</numerusform>
                <numerusform>التفاعل المتأخر: ستُرسَل %n صورة صفحة إلى %1 (%2).</numerusform>
                <numerusform>التفاعل المتأخر: ستُرسَل %n صورة صفحة إلى %1 (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>لم يُرسَل شيء. أعد التشغيل مع --yes للموافقة.</translation>
        </message>
        <message>
            <source>%1 pages embedded for late interaction, %2 could not be read, %3 requests%4</source>
            <translation>ضُمّنت %1 صفحة للتفاعل المتأخر، وتعذّرت قراءة %2، و%3 طلبات%4</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (أُلغي)</translation>
        </message>
        <message numerus="yes">
            <source>indexed  %1 (%n page(s))</source>
            <translation>
                <numerusform>مفهرس  %1 (لا صفحات)</numerusform>
                <numerusform>مفهرس  %1 (صفحة واحدة)</numerusform>
                <numerusform>مفهرس  %1 (صفحتان)</numerusform>
                <numerusform>مفهرس  %1 (%n صفحات)</numerusform>
                <numerusform>مفهرس  %1 (%n صفحة)</numerusform>
                <numerusform>مفهرس  %1 (%n صفحة)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>partial  %1: %2 of %n page(s) could not be read</source>
            <translation>
                <numerusform>جزئي  %1: تعذّرت قراءة %2 من %n صفحة</numerusform>
                <numerusform>جزئي  %1: تعذّرت قراءة %2 من صفحة واحدة</numerusform>
                <numerusform>جزئي  %1: تعذّرت قراءة %2 من صفحتين</numerusform>
                <numerusform>جزئي  %1: تعذّرت قراءة %2 من %n صفحات</numerusform>
                <numerusform>جزئي  %1: تعذّرت قراءة %2 من %n صفحة</numerusform>
                <numerusform>جزئي  %1: تعذّرت قراءة %2 من %n صفحة</numerusform>
            </translation>
        </message>
        <message>
            <source>page %1: %2</source>
            <translation>الصفحة %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) left "indexing" by an interrupted run were reset to pending.</source>
            <translation>
                <numerusform>لم تُترك أي مستندات في حالة "indexing" بسبب تشغيل مقطوع.</numerusform>
                <numerusform>أُعيد مستند واحد تُرك في حالة "indexing" بسبب تشغيل مقطوع إلى الانتظار.</numerusform>
                <numerusform>أُعيد مستندان تُركا في حالة "indexing" بسبب تشغيل مقطوع إلى الانتظار.</numerusform>
                <numerusform>أُعيدت %n مستندات تُركت في حالة "indexing" بسبب تشغيل مقطوع إلى الانتظار.</numerusform>
                <numerusform>أُعيد %n مستندًا تُرك في حالة "indexing" بسبب تشغيل مقطوع إلى الانتظار.</numerusform>
                <numerusform>أُعيد %n مستند تُرك في حالة "indexing" بسبب تشغيل مقطوع إلى الانتظار.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) kept changing while they were read and stay pending.</source>
            <translation>
                <numerusform>لا مستندات تغيّرت أثناء قراءتها.</numerusform>
                <numerusform>مستند واحد ظل يتغيّر أثناء قراءته ويبقى قيد الانتظار.</numerusform>
                <numerusform>مستندان ظلا يتغيّران أثناء قراءتهما ويبقيان قيد الانتظار.</numerusform>
                <numerusform>%n مستندات ظلت تتغيّر أثناء قراءتها وتبقى قيد الانتظار.</numerusform>
                <numerusform>%n مستندًا ظل يتغيّر أثناء قراءته ويبقى قيد الانتظار.</numerusform>
                <numerusform>%n مستند ظل يتغيّر أثناء قراءته ويبقى قيد الانتظار.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 indexed, %2 with errors, %3 failed, %4 need a password; %5 pages (%6 text layer, %7 OCR) in %8 s%9</source>
            <translation>فُهرس %1، و%2 مع أخطاء، وفشل %3، و%4 تحتاج إلى كلمة مرور؛ %5 صفحة (%6 طبقة نص، %7 تعرّف ضوئي) في %8 ث%9</translation>
        </message>
        <message>
            <source>%1 captioned, %2 embedded, %3 refused by the model, %4 requests%5</source>
            <translation>وُصفت %1، وضُمّنت %2، ورفض النموذج %3، و%4 طلبات%5</translation>
        </message>
        <message>
            <source>Also detect objects on every page not yet detected (sends page images).</source>
            <translation>اكتشاف الكائنات أيضًا في كل صفحة لم تُفحص بعد (يرسل صور الصفحات).</translation>
        </message>
        <message>
            <source>The prompt for --detect (default: the library's, else prominent items).</source>
            <translation>التعليمة لـ --detect (الافتراضي: تعليمة المكتبة، وإلا العناصر البارزة).</translation>
        </message>
        <message>
            <source>%1 pages detected, %2 unusable answers (asked again next run)</source>
            <translation>فُحصت %1 صفحة، و%2 إجابة غير صالحة (سيُعاد طلبها في التشغيل القادم)</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommands</name>
        <message>
            <source>--type takes pdf, image or scan, not "%1".</source>
            <translation>يقبل --type القيم pdf أو image أو scan، وليس "%1".</translation>
        </message>
        <message>
            <source>--%1 takes a day such as 2024-05-31.</source>
            <translation>يقبل --%1 يومًا مثل 2024-05-31.</translation>
        </message>
        <message>
            <source>--sort takes relevance, name or date.</source>
            <translation>يقبل --sort القيم relevance أو name أو date.</translation>
        </message>
        <message>
            <source>Add files and folders to the library and index them</source>
            <translation>إضافة ملفات ومجلدات إلى المكتبة وفهرستها</translation>
        </message>
        <message>
            <source>Pick up changes and index pending documents</source>
            <translation>التقاط التغييرات وفهرسة المستندات قيد الانتظار</translation>
        </message>
        <message>
            <source>List the documents and their state</source>
            <translation>سرد المستندات وحالتها</translation>
        </message>
        <message>
            <source>Take documents or folders out of the library (the files stay)</source>
            <translation>إخراج مستندات أو مجلدات من المكتبة (تبقى الملفات)</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>البحث في المكتبة</translation>
        </message>
        <message>
            <source>Find words in one document: every occurrence, page by page, with boxes</source>
            <translation>البحث عن كلمات في مستند واحد: كل تكرار، صفحة بصفحة، مع مربعات</translation>
        </message>
        <message>
            <source>Render a page to an image, with layers</source>
            <translation>عرض صفحة كصورة، مع الطبقات</translation>
        </message>
        <message>
            <source>Run a relevance set: Recall@5, MRR@10, nDCG@5</source>
            <translation>تشغيل مجموعة صلة: Recall@5 وMRR@10 وnDCG@5</translation>
        </message>
        <message>
            <source>Check the catalog; rebuild its indexes, or a new catalog from the library's files</source>
            <translation>فحص الكتالوج؛ وإعادة بناء فهارسه، أو إنشاء كتالوج جديد من ملفات المكتبة</translation>
        </message>
        <message>
            <source>Files and folders to add.</source>
            <translation>الملفات والمجلدات المراد إضافتها.</translation>
        </message>
        <message>
            <source>page %1: %2</source>
            <translation>الصفحة %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) left "indexing" by an interrupted run were reset to pending.</source>
            <translation>
                <numerusform>لم تُترك أي مستندات في حالة "indexing" بسبب تشغيل مقطوع.</numerusform>
                <numerusform>أُعيد مستند واحد تُرك في حالة "indexing" بسبب تشغيل مقطوع إلى الانتظار.</numerusform>
                <numerusform>أُعيد مستندان تُركا في حالة "indexing" بسبب تشغيل مقطوع إلى الانتظار.</numerusform>
                <numerusform>أُعيدت %n مستندات تُركت في حالة "indexing" بسبب تشغيل مقطوع إلى الانتظار.</numerusform>
                <numerusform>أُعيد %n مستندًا تُرك في حالة "indexing" بسبب تشغيل مقطوع إلى الانتظار.</numerusform>
                <numerusform>أُعيد %n مستند تُرك في حالة "indexing" بسبب تشغيل مقطوع إلى الانتظار.</numerusform>
            </translation>
        </message>
        <message>
            <source>The library is read-only: search, status and render work; add and index do not.</source>
            <translation>المكتبة للقراءة فقط: يعمل search وstatus وrender؛ ولا يعمل add وindex.</translation>
        </message>
        <message>
            <source>Documents or folders to take out of the library.</source>
            <translation>المستندات أو المجلدات المراد إخراجها من المكتبة.</translation>
        </message>
        <message>
            <source>Seconds to wait for another PageLens writing to the library (default 600).</source>
            <translation>الثواني التي يُنتظر خلالها PageLens آخر يكتب إلى المكتبة (الافتراضي 600).</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n document(s) from the library; the files were not touched.</source>
            <translation>
                <numerusform>لم يُزل أي مستند من المكتبة؛ لم تُمس الملفات.</numerusform>
                <numerusform>أُزيل مستند واحد من المكتبة؛ لم تُمس الملفات.</numerusform>
                <numerusform>أُزيل مستندان من المكتبة؛ لم تُمس الملفات.</numerusform>
                <numerusform>أُزيلت %n مستندات من المكتبة؛ لم تُمس الملفات.</numerusform>
                <numerusform>أُزيل %n مستندًا من المكتبة؛ لم تُمس الملفات.</numerusform>
                <numerusform>أُزيل %n مستند من المكتبة؛ لم تُمس الملفات.</numerusform>
            </translation>
        </message>
        <message>
            <source>What to look for.</source>
            <translation>ما تبحث عنه.</translation>
        </message>
        <message>
            <source>Number of hits, 1 to 1000 (default 10).</source>
            <translation>عدد النتائج، من 1 إلى 1000 (الافتراضي 10).</translation>
        </message>
        <message>
            <source>Only the signals that need no model service (bm25, objects), as the window searches while you type.</source>
            <translation>الإشارات التي لا تحتاج إلى خدمة نماذج فقط (bm25، objects)، كما تبحث النافذة أثناء الكتابة.</translation>
        </message>
        <message>
            <source>Only documents at or below this folder.</source>
            <translation>المستندات في هذا المجلد أو ما دونه فقط.</translation>
        </message>
        <message>
            <source>Only these document types: pdf, image, scan (comma-separated).</source>
            <translation>أنواع المستندات هذه فقط: pdf, image, scan (مفصولة بفواصل).</translation>
        </message>
        <message>
            <source>Only documents modified on or after this day.</source>
            <translation>المستندات المعدّلة في هذا اليوم أو بعده فقط.</translation>
        </message>
        <message>
            <source>Only documents modified on or before this day.</source>
            <translation>المستندات المعدّلة في هذا اليوم أو قبله فقط.</translation>
        </message>
        <message>
            <source>Order of the hits: relevance (default), name, date (newest first).</source>
            <translation>ترتيب النتائج: relevance (الافتراضي)، name، date (الأحدث أولًا).</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli search QUERY [options]</source>
            <translation>الاستخدام: pagelens-cli search QUERY [options]</translation>
        </message>
        <message>
            <source>Query syntax:</source>
            <translation>صيغة الاستعلام:</translation>
        </message>
        <message>
            <source>Quote the whole query for the shell; a query that starts with '-' goes after --.</source>
            <translation>ضع الاستعلام كله بين علامتي اقتباس للصدفة؛ الاستعلام الذي يبدأ بـ '-' يأتي بعد --.</translation>
        </message>
        <message>
            <source>hits to show</source>
            <translation>النتائج المراد عرضها</translation>
        </message>
        <message>
            <source>No page has all the words; pages with most of them:</source>
            <translation>لا توجد صفحة تحتوي على كل الكلمات؛ الصفحات التي تحتوي على معظمها:</translation>
        </message>
        <message>
            <source>Pages with some of the words:</source>
            <translation>صفحات تحتوي على بعض الكلمات:</translation>
        </message>
        <message>
            <source>The words to find, in this order.</source>
            <translation>الكلمات المراد العثور عليها، بهذا الترتيب.</translation>
        </message>
        <message>
            <source>A document of the library.</source>
            <translation>مستند من المكتبة.</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>لا نتائج</numerusform>
                <numerusform>نتيجة واحدة</numerusform>
                <numerusform>نتيجتان</numerusform>
                <numerusform>%n نتائج</numerusform>
                <numerusform>%n نتيجة</numerusform>
                <numerusform>%n نتيجة</numerusform>
            </translation>
        </message>
        <message>
            <source>The page to render.</source>
            <translation>الصفحة المراد عرضها.</translation>
        </message>
        <message>
            <source>Output image file.</source>
            <translation>ملف الصورة الناتج.</translation>
        </message>
        <message>
            <source>Resolution (default 150).</source>
            <translation>الدقة (الافتراضي 150).</translation>
        </message>
        <message>
            <source>Password of an encrypted PDF.</source>
            <translation>كلمة مرور ملف PDF مشفّر.</translation>
        </message>
        <message>
            <source>Draw these layers of a library page: detections, hits (with --query).</source>
            <translation>رسم هذه الطبقات لصفحة في المكتبة: detections, hits (مع --query).</translation>
        </message>
        <message>
            <source>The search whose hit boxes the hits layer draws.</source>
            <translation>البحث الذي ترسم طبقة hits مربعات نتائجه.</translation>
        </message>
        <message>
            <source>--layers takes detections and hits, not "%1".</source>
            <translation>يقبل --layers القيمتين detections وhits، وليس "%1".</translation>
        </message>
        <message>
            <source>The hits layer needs --query.</source>
            <translation>تحتاج طبقة hits إلى --query.</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli render PATH#PAGE -o OUT.png [--dpi N] (%1-%2 dpi)</source>
            <translation>الاستخدام: pagelens-cli render PATH#PAGE -o OUT.png [--dpi N] (%1-%2 dpi)</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>لا صفحات في %1.</numerusform>
                <numerusform>في %1 صفحة واحدة.</numerusform>
                <numerusform>في %1 صفحتان.</numerusform>
                <numerusform>في %1 %n صفحات.</numerusform>
                <numerusform>في %1 %n صفحة.</numerusform>
                <numerusform>في %1 %n صفحة.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>تتعذّر الكتابة إلى %1.</translation>
        </message>
        <message>
            <source>Relevance set (TSV).</source>
            <translation>مجموعة الصلة (TSV).</translation>
        </message>
        <message>
            <source>Folder the relevance set's paths are relative to.</source>
            <translation>المجلد الذي تكون مسارات مجموعة الصلة نسبية إليه.</translation>
        </message>
        <message>
            <source>Catalog check: %1</source>
            <translation>فحص الكتالوج: %1</translation>
        </message>
        <message>
            <source>Text indexes (pages_fts, pages_trigram) rebuilt from the catalog's pages.</source>
            <translation>أُعيد بناء فهارس النص (pages_fts، pages_trigram) من صفحات الكتالوج.</translation>
        </message>
        <message numerus="yes">
            <source>Dense index rebuilt from the catalog: %n vector(s).</source>
            <translation>
                <numerusform>أُعيد بناء الفهرس الكثيف من الكتالوج: لا متجهات.</numerusform>
                <numerusform>أُعيد بناء الفهرس الكثيف من الكتالوج: متجه واحد.</numerusform>
                <numerusform>أُعيد بناء الفهرس الكثيف من الكتالوج: متجهان.</numerusform>
                <numerusform>أُعيد بناء الفهرس الكثيف من الكتالوج: %n متجهات.</numerusform>
                <numerusform>أُعيد بناء الفهرس الكثيف من الكتالوج: %n متجهًا.</numerusform>
                <numerusform>أُعيد بناء الفهرس الكثيف من الكتالوج: %n متجه.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows were lost, so a new catalog was made. The damaged one is kept at %1.</source>
            <translation>فُقدت صفوف، لذا أُنشئ كتالوج جديد. يُحتفظ بالكتالوج التالف في %1.</translation>
        </message>
        <message numerus="yes">
            <source>Added again from the files the library knew (%n folder(s) and file(s)):</source>
            <translation>
                <numerusform>أُضيف مجددًا من الملفات التي عرفتها المكتبة (لا مجلدات ولا ملفات):</numerusform>
                <numerusform>أُضيف مجددًا من الملفات التي عرفتها المكتبة (مجلد أو ملف واحد):</numerusform>
                <numerusform>أُضيف مجددًا من الملفات التي عرفتها المكتبة (مجلدان وملفات):</numerusform>
                <numerusform>أُضيف مجددًا من الملفات التي عرفتها المكتبة (%n مجلدات وملفات):</numerusform>
                <numerusform>أُضيف مجددًا من الملفات التي عرفتها المكتبة (%n مجلدًا وملفًا):</numerusform>
                <numerusform>أُضيف مجددًا من الملفات التي عرفتها المكتبة (%n مجلد وملف):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) read again.</source>
            <translation>
                <numerusform>لم يُقرأ أي مستند مجددًا.</numerusform>
                <numerusform>قُرئ مستند واحد مجددًا.</numerusform>
                <numerusform>قُرئ مستندان مجددًا.</numerusform>
                <numerusform>قُرئت %n مستندات مجددًا.</numerusform>
                <numerusform>قُرئ %n مستندًا مجددًا.</numerusform>
                <numerusform>قُرئ %n مستند مجددًا.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaGuard</name>
        <message>
            <source>A media part has no MIME type.</source>
            <translation>جزء وسائط بلا نوع MIME.</translation>
        </message>
        <message>
            <source>The model service cannot read %1 content.</source>
            <translation>لا تستطيع خدمة النماذج قراءة محتوى %1.</translation>
        </message>
        <message>
            <source>A media part has no content.</source>
            <translation>جزء وسائط بلا محتوى.</translation>
        </message>
        <message>
            <source>%1 is too large to send (%2 MB, limit %3 MB).</source>
            <translation>%1 أكبر من أن يُرسَل (%2 MB، والحد %3 MB).</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>تتعذّر قراءة %1: %2</translation>
        </message>
        <message>
            <source>The %1 content is too large to send inline (%2 MB, limit %3 MB).</source>
            <translation>محتوى %1 أكبر من أن يُرسَل ضمن الطلب (%2 MB، والحد %3 MB).</translation>
        </message>
        <message>
            <source>The %1 content is too large to upload (%2 MB, limit %3 MB).</source>
            <translation>محتوى %1 أكبر من أن يُرفَع (%2 MB، والحد %3 MB).</translation>
        </message>
        <message>
            <source>The request is too large to send inline (%1 MB, limit %2 MB).</source>
            <translation>الطلب أكبر من أن يُرسَل مضمّنًا فيه محتواه (%1 MB، والحد %2 MB).</translation>
        </message>
    </context>
    <context>
        <name>ModelCommands</name>
        <message>
            <source>Describe an image or a page with the model</source>
            <translation>وصف صورة أو صفحة باستخدام النموذج</translation>
        </message>
        <message>
            <source>Describe the difference between two images</source>
            <translation>وصف الفرق بين صورتين</translation>
        </message>
        <message>
            <source>Summarize a whole PDF with the model</source>
            <translation>تلخيص ملف PDF كامل باستخدام النموذج</translation>
        </message>
        <message>
            <source>Detect objects: labels and boxes (pixels, or stored for a library page)</source>
            <translation>اكتشاف الكائنات: التسميات والمربعات (بالبكسل، أو مخزّنة لصفحة في المكتبة)</translation>
        </message>
        <message>
            <source>Print embedding vectors of texts</source>
            <translation>طباعة متجهات التضمين للنصوص</translation>
        </message>
        <message>
            <source>Image, or PDF page as FILE#PAGE.</source>
            <translation>صورة، أو صفحة PDF بصيغة FILE#PAGE.</translation>
        </message>
        <message>
            <source>Two images (or PDF pages as FILE#PAGE).</source>
            <translation>صورتان (أو صفحتا PDF بصيغة FILE#PAGE).</translation>
        </message>
        <message>
            <source>A PDF file.</source>
            <translation>ملف PDF.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>تتعذّر قراءة %1.</translation>
        </message>
        <message>
            <source>%1 is not a PDF file.</source>
            <translation>%1 ليس ملف PDF.</translation>
        </message>
        <message>
            <source>Write the image with boxes and labels to this PNG.</source>
            <translation>كتابة الصورة مع المربعات والتسميات إلى ملف PNG هذا.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>تتعذّر الكتابة إلى %1.</translation>
        </message>
        <message>
            <source>Image size: %1 x %2</source>
            <translation>حجم الصورة: %1 × %2</translation>
        </message>
        <message>
            <source>Texts to embed.</source>
            <translation>النصوص المراد تضمينها.</translation>
        </message>
        <message>
            <source>query or document (default).</source>
            <translation>query أو document (الافتراضي).</translation>
        </message>
        <message>
            <source>Output dimensions, 1 to 8192 (default: the model's).</source>
            <translation>أبعاد الإخراج، من 1 إلى 8192 (الافتراضي: أبعاد النموذج).</translation>
        </message>
        <message>
            <source>--task takes query or document.</source>
            <translation>يقبل --task القيمتين query أو document.</translation>
        </message>
        <message>
            <source>output dimensions</source>
            <translation>أبعاد الإخراج</translation>
        </message>
        <message>
            <source>%1 (%2 dimensions): [%3, ...]</source>
            <translation>%1 (%2 بُعد): [%3, ...]</translation>
        </message>
    </context>
    <context>
        <name>ObjectDetector</name>
        <message>
            <source>The model did not return any bounding boxes.</source>
            <translation>لم يُرجع النموذج أي مربعات إحاطة.</translation>
        </message>
        <message>
            <source>The model returned a bounding box without four coordinates.</source>
            <translation>أرجع النموذج مربع إحاطة دون أربعة إحداثيات.</translation>
        </message>
        <message>
            <source>The model returned a bounding box without a label.</source>
            <translation>أرجع النموذج مربع إحاطة دون تسمية.</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) reached outside the image and were cut at its edge.</source>
            <translation>
                <numerusform>لم تتجاوز أي مربعات حدود الصورة.</numerusform>
                <numerusform>تجاوز مربع واحد حدود الصورة وقُصّ عند حافتها.</numerusform>
                <numerusform>تجاوز مربعان حدود الصورة وقُصّا عند حافتها.</numerusform>
                <numerusform>تجاوزت %n مربعات حدود الصورة وقُصّت عند حافتها.</numerusform>
                <numerusform>تجاوز %n مربعًا حدود الصورة وقُصّ عند حافتها.</numerusform>
                <numerusform>تجاوز %n مربع حدود الصورة وقُصّ عند حافتها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) had their corners the wrong way round and were turned.</source>
            <translation>
                <numerusform>لم تكن زوايا أي مربع معكوسة.</numerusform>
                <numerusform>كانت زوايا مربع واحد معكوسة فعُدّلت.</numerusform>
                <numerusform>كانت زوايا مربعين معكوسة فعُدّلت.</numerusform>
                <numerusform>كانت زوايا %n مربعات معكوسة فعُدّلت.</numerusform>
                <numerusform>كانت زوايا %n مربعًا معكوسة فعُدّلت.</numerusform>
                <numerusform>كانت زوايا %n مربع معكوسة فعُدّلت.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) without area were dropped.</source>
            <translation>
                <numerusform>لم يُسقط أي مربع عديم المساحة.</numerusform>
                <numerusform>أُسقط مربع واحد عديم المساحة.</numerusform>
                <numerusform>أُسقط مربعان عديما المساحة.</numerusform>
                <numerusform>أُسقطت %n مربعات عديمة المساحة.</numerusform>
                <numerusform>أُسقط %n مربعًا عديم المساحة.</numerusform>
                <numerusform>أُسقط %n مربع عديم المساحة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segmentation mask(s) could not be read; their boxes are kept.</source>
            <translation>
                <numerusform>لا أقنعة تجزئة تعذّرت قراءتها.</numerusform>
                <numerusform>تعذّرت قراءة قناع تجزئة واحد؛ يُحتفظ بمربعه.</numerusform>
                <numerusform>تعذّرت قراءة قناعَي تجزئة؛ يُحتفظ بمربعيهما.</numerusform>
                <numerusform>تعذّرت قراءة %n أقنعة تجزئة؛ يُحتفظ بمربعاتها.</numerusform>
                <numerusform>تعذّرت قراءة %n قناع تجزئة؛ يُحتفظ بمربعاتها.</numerusform>
                <numerusform>تعذّرت قراءة %n قناع تجزئة؛ يُحتفظ بمربعاتها.</numerusform>
            </translation>
        </message>
        <message>
            <source>The model found %1 objects; the first %2 are kept.</source>
            <translation>وجد النموذج %1 كائنًا؛ يُحتفظ بأول %2.</translation>
        </message>
    </context>
    <context>
        <name>OpenAiCodec</name>
        <message>
            <source>This model service cannot read %1 links; send the file itself.</source>
            <translation>لا تستطيع خدمة النماذج هذه قراءة روابط %1؛ أرسل الملف نفسه.</translation>
        </message>
        <message>
            <source>This model service cannot read PDF files; send page images instead.</source>
            <translation>لا تستطيع خدمة النماذج هذه قراءة ملفات PDF؛ أرسل صور الصفحات بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>The model service refused to answer (content filter).</source>
            <translation>رفضت خدمة النماذج الإجابة (مرشّح المحتوى).</translation>
        </message>
        <message>
            <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
            <translation>اقتُطعت الإجابة لبلوغها الحد الأقصى لرموز الإخراج. اسمح بمزيد من الرموز وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The model returned a malformed tool call.</source>
            <translation>أرجع النموذج استدعاء أداة مشوّهًا.</translation>
        </message>
        <message>
            <source>The model service returned no answer (finish reason: %1).</source>
            <translation>لم تُرجع خدمة النماذج أي إجابة (سبب الانتهاء: %1).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>The model service returned an embedding with invalid values.</source>
            <translation>أرجعت خدمة النماذج تضمينًا بقيم غير صالحة.</translation>
        </message>
        <message>
            <source>The model service returned an empty embedding.</source>
            <translation>أرجعت خدمة النماذج تضمينًا فارغًا.</translation>
        </message>
        <message>
            <source>The model service returned %1 embeddings for %2 texts.</source>
            <translation>أرجعت خدمة النماذج %1 تضمينات لـ %2 نصوص.</translation>
        </message>
    </context>
    <context>
        <name>PageLens</name>
        <message>
            <source>Dense vector index: build, save, load, query latency, recall@10</source>
            <translation>فهرس المتجهات الكثيف: زمن البناء والحفظ والتحميل والاستعلام، recall@10</translation>
        </message>
        <message>
            <source>Late interaction (MaxSim): exact and two-stage latency, recall@10, memory roofline</source>
            <translation>التفاعل المتأخر (MaxSim): زمن البحث الدقيق وثنائي المراحل، recall@10، سقف الذاكرة</translation>
        </message>
        <message>
            <source>Agent: its own time per step (search, view, read, request), model excluded</source>
            <translation>الوكيل: وقته الخاص لكل خطوة (البحث، العرض، القراءة، الطلب)، باستثناء النموذج</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli bench NAME [OPTIONS]</source>
            <translation>الاستخدام: pagelens-cli bench NAME [OPTIONS]</translation>
        </message>
        <message>
            <source>Benchmarks:</source>
            <translation>قياسات الأداء:</translation>
        </message>
        <message>
            <source>Unexpected argument %1.</source>
            <translation>وسيط غير متوقع %1.</translation>
        </message>
        <message>
            <source>--%1 needs a positive number.</source>
            <translation>يحتاج --%1 إلى عدد موجب.</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli %1 %2</source>
            <translation>الاستخدام: pagelens-cli %1 %2</translation>
        </message>
        <message>
            <source>%1 takes a whole number from %2 to %3 (%4).</source>
            <translation>يقبل %1 عددًا صحيحًا من %2 إلى %3 (%4).</translation>
        </message>
        <message>
            <source>Name a page as PATH#PAGE (pages count from 1).</source>
            <translation>حدّد الصفحة بصيغة PATH#PAGE (يبدأ ترقيم الصفحات من 1).</translation>
        </message>
        <message>
            <source>%1 is not indexed yet (run index).</source>
            <translation>%1 غير مفهرس بعد (شغّل index).</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>لا صفحات في %1.</numerusform>
                <numerusform>في %1 صفحة واحدة.</numerusform>
                <numerusform>في %1 صفحتان.</numerusform>
                <numerusform>في %1 %n صفحات.</numerusform>
                <numerusform>في %1 %n صفحة.</numerusform>
                <numerusform>في %1 %n صفحة.</numerusform>
            </translation>
        </message>
        <message>
            <source>--wait takes a number of seconds (0 or more).</source>
            <translation>يقبل --wait عددًا من الثواني (0 أو أكثر).</translation>
        </message>
        <message>
            <source>Signals to use, e.g. bm25,dense,late (default: all the library has).</source>
            <translation>الإشارات المراد استخدامها، مثل bm25,dense,late (الافتراضي: كل ما في المكتبة).</translation>
        </message>
        <message>
            <source>Fusion weights, e.g. bm25=1,dense=0.5 (default 1 each).</source>
            <translation>أوزان الدمج، مثل bm25=1,dense=0.5 (الافتراضي 1 لكلٍّ منها).</translation>
        </message>
        <message>
            <source>Signal "%1" skipped: %2</source>
            <translation>تُخطّيت الإشارة "%1": %2</translation>
        </message>
        <message>
            <source>Tokens: %1 prompt, %2 output, %3 total.</source>
            <translation>الرموز: %1 للتعليمة، %2 للإخراج، %3 إجمالًا.</translation>
        </message>
        <message>
            <source>--as takes bytes, base64 or uri, not "%1".</source>
            <translation>يقبل --as القيم bytes أو base64 أو uri، وليس "%1".</translation>
        </message>
        <message>
            <source>Cannot write a temporary file for the upload.</source>
            <translation>تتعذّر كتابة ملف مؤقت للرفع.</translation>
        </message>
        <message>
            <source>How to send the file: bytes (default), base64 or uri (upload).</source>
            <translation>طريقة إرسال الملف: bytes (الافتراضي) أو base64 أو uri (رفع).</translation>
        </message>
        <message>
            <source>The instruction sent with the file.</source>
            <translation>التعليمة المرسلة مع الملف.</translation>
        </message>
        <message>
            <source>Could not save the index file.</source>
            <translation>تعذّر حفظ ملف الفهرس.</translation>
        </message>
        <message>
            <source>The index file %1 is damaged or missing.</source>
            <translation>ملف الفهرس %1 تالف أو مفقود.</translation>
        </message>
        <message>
            <source>Could not save %1 (%2). The library keeps its previous index; free disk space and index again.</source>
            <translation>تعذّر حفظ %1 (%2). تحتفظ المكتبة بفهرسها السابق؛ حرِّر مساحة على القرص ثم أعد الفهرسة.</translation>
        </message>
        <message>
            <source>Could not read the index file %1.</source>
            <translation>تعذّرت قراءة ملف الفهرس %1.</translation>
        </message>
        <message>
            <source>The benchmark needs positive --pages, --dim and --queries.</source>
            <translation>يحتاج قياس الأداء إلى قيم موجبة لـ --pages و--dim و--queries.</translation>
        </message>
        <message>
            <source>Could not create a temporary folder.</source>
            <translation>تعذّر إنشاء مجلد مؤقت.</translation>
        </message>
        <message>
            <source>The FAISS baseline failed.</source>
            <translation>فشل خط الأساس لـ FAISS.</translation>
        </message>
        <message>
            <source>The vector index file %1 is damaged or missing; it will be rebuilt from the catalog.</source>
            <translation>ملف فهرس المتجهات %1 تالف أو مفقود؛ سيُعاد بناؤه من الكتالوج.</translation>
        </message>
        <message>
            <source>Could not read the vector index %1.</source>
            <translation>تعذّرت قراءة فهرس المتجهات %1.</translation>
        </message>
        <message>
            <source>The vector index holds %1-dimensional embeddings but the library uses %2 dimensions; it will be rebuilt.</source>
            <translation>يحتوي فهرس المتجهات على تضمينات بـ %1 بُعد لكن المكتبة تستخدم %2 بُعد؛ سيُعاد بناؤه.</translation>
        </message>
        <message>
            <source>Not enough memory for the vector index.</source>
            <translation>لا توجد ذاكرة كافية لفهرس المتجهات.</translation>
        </message>
        <message>
            <source>The embedding has %1 dimensions but the library's vector index holds %2-dimensional embeddings.</source>
            <translation>يحتوي التضمين على %1 بُعد، لكن فهرس المتجهات في المكتبة يحتوي على تضمينات بـ %2 بُعد.</translation>
        </message>
        <message>
            <source>Could not add to the vector index.</source>
            <translation>تعذّرت الإضافة إلى فهرس المتجهات.</translation>
        </message>
        <message>
            <source>The embedding of page %1 is zero or not a number.</source>
            <translation>تضمين الصفحة %1 صفري أو ليس عددًا.</translation>
        </message>
        <message>
            <source>Could not remove pages from the vector index.</source>
            <translation>تعذّرت إزالة صفحات من فهرس المتجهات.</translation>
        </message>
        <message>
            <source>The query embedding is zero or not a number.</source>
            <translation>تضمين الاستعلام صفري أو ليس عددًا.</translation>
        </message>
        <message>
            <source>Could not search the vector index.</source>
            <translation>تعذّر البحث في فهرس المتجهات.</translation>
        </message>
        <message>
            <source>Could not rebuild the vector index.</source>
            <translation>تعذّرت إعادة بناء فهرس المتجهات.</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>تعذّر إنشاء المجلد %1.</translation>
        </message>
        <message>
            <source>Could not save the vector index.</source>
            <translation>تعذّر حفظ فهرس المتجهات.</translation>
        </message>
        <message>
            <source>The vector index file uses another similarity measure; it will be rebuilt.</source>
            <translation>يستخدم ملف فهرس المتجهات مقياس تشابه آخر؛ سيُعاد بناؤه.</translation>
        </message>
        <message>
            <source>Could not delete old vector index files in %1.</source>
            <translation>تعذّر حذف ملفات فهرس المتجهات القديمة في %1.</translation>
        </message>
        <message>
            <source>The benchmark needs positive --pages, --patches, --dim, --query-tokens and --queries.</source>
            <translation>يحتاج قياس الأداء إلى قيم موجبة لـ --pages و--patches و--dim و--query-tokens و--queries.</translation>
        </message>
        <message>
            <source>The query vectors do not have the %1 dimensions of the page vectors.</source>
            <translation>متجهات الاستعلام ليست بأبعاد متجهات الصفحات البالغة %1.</translation>
        </message>
        <message>
            <source>The page vector file %1 is damaged; it needs to be rebuilt.</source>
            <translation>ملف متجهات الصفحات %1 تالف؛ يجب إعادة بنائه.</translation>
        </message>
        <message>
            <source>The page vector file %1 is damaged or missing; it needs to be rebuilt.</source>
            <translation>ملف متجهات الصفحات %1 تالف أو مفقود؛ يجب إعادة بنائه.</translation>
        </message>
        <message>
            <source>Page vectors need a dimension between 1 and 65536.</source>
            <translation>تحتاج متجهات الصفحات إلى بُعد بين 1 و65536.</translation>
        </message>
        <message>
            <source>The vectors of page %1 do not fit the page vector file.</source>
            <translation>لا تتلاءم متجهات الصفحة %1 مع ملف متجهات الصفحات.</translation>
        </message>
        <message>
            <source>This library's pages were embedded with %1, not %2. Re-embed the library to switch models.</source>
            <translation>ضُمّنت صفحات هذه المكتبة باستخدام %1، وليس %2. أعد تضمين المكتبة لتبديل النماذج.</translation>
        </message>
        <message>
            <source>The model service returned a wrong number of embeddings.</source>
            <translation>أرجعت خدمة النماذج عددًا خاطئًا من التضمينات.</translation>
        </message>
        <message>
            <source>The model returned %1-dimensional vectors; the library uses %2.</source>
            <translation>أرجع النموذج متجهات بـ %1 بُعد؛ بينما تستخدم المكتبة %2.</translation>
        </message>
        <message>
            <source>Privacy is set to "never send": nothing leaves this machine.</source>
            <translation>الخصوصية مضبوطة على "لا إرسال أبدًا": لا يغادر شيء هذا الجهاز.</translation>
        </message>
        <message>
            <source>This run would send to the model service:</source>
            <translation>سيُرسل هذا التشغيل إلى خدمة النماذج:</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for captions</source>
            <translation>
                <numerusform>لا صور صفحات للتعليقات التوضيحية</numerusform>
                <numerusform>صورة صفحة واحدة للتعليقات التوضيحية</numerusform>
                <numerusform>صورتا صفحتين للتعليقات التوضيحية</numerusform>
                <numerusform>%n صور صفحات للتعليقات التوضيحية</numerusform>
                <numerusform>%n صورة صفحة للتعليقات التوضيحية</numerusform>
                <numerusform>%n صورة صفحة للتعليقات التوضيحية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page text(s) for embeddings</source>
            <translation>
                <numerusform>لا نصوص صفحات للتضمينات</numerusform>
                <numerusform>نص صفحة واحدة للتضمينات</numerusform>
                <numerusform>نصا صفحتين للتضمينات</numerusform>
                <numerusform>%n نصوص صفحات للتضمينات</numerusform>
                <numerusform>%n نص صفحة للتضمينات</numerusform>
                <numerusform>%n نص صفحة للتضمينات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %1 tokens in %n request(s)</source>
            <translation>
                <numerusform>نحو %1 رمز في %n طلب</numerusform>
                <numerusform>نحو %1 رمز في طلب واحد</numerusform>
                <numerusform>نحو %1 رمز في طلبين</numerusform>
                <numerusform>نحو %1 رمز في %n طلبات</numerusform>
                <numerusform>نحو %1 رمز في %n طلبًا</numerusform>
                <numerusform>نحو %1 رمز في %n طلب</numerusform>
            </translation>
        </message>
        <message>
            <source>privacy setting: %1</source>
            <translation>إعداد الخصوصية: %1</translation>
        </message>
        <message>
            <source>Not read: the file already failed.</source>
            <translation>لم يُقرأ: فشل الملف سابقًا.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) could not be read.</source>
            <translation>
                <numerusform>لم تتعذّر قراءة أي صفحة.</numerusform>
                <numerusform>تعذّرت قراءة صفحة واحدة.</numerusform>
                <numerusform>تعذّرت قراءة صفحتين.</numerusform>
                <numerusform>تعذّرت قراءة %n صفحات.</numerusform>
                <numerusform>تعذّرت قراءة %n صفحة.</numerusform>
                <numerusform>تعذّرت قراءة %n صفحة.</numerusform>
            </translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>لا يحتوي المستند على صفحات.</translation>
        </message>
        <message>
            <source>Indexing was cancelled.</source>
            <translation>أُلغيت الفهرسة.</translation>
        </message>
        <message>
            <source>The file kept changing while it was read; it will be read again on the next run.</source>
            <translation>ظل الملف يتغيّر أثناء قراءته؛ ستُعاد قراءته في التشغيل التالي.</translation>
        </message>
        <message>
            <source>Late interaction sends page images, which this library's privacy setting (%1) does not allow. Set it to "images" (--privacy images) to use it.</source>
            <translation>يرسل التفاعل المتأخر صور الصفحات، وهو ما لا يسمح به إعداد الخصوصية في هذه المكتبة (%1). اضبطه على "images" (--privacy images) لاستخدامه.</translation>
        </message>
        <message>
            <source>The library's page vectors were made with %1, not %2. Run again with --reembed to replace them.</source>
            <translation>صُنعت متجهات صفحات المكتبة باستخدام %1، وليس %2. أعد التشغيل مع --reembed لاستبدالها.</translation>
        </message>
        <message>
            <source>The late-interaction server returned %1-wide vectors; %2 expects %3.</source>
            <translation>أرجع خادم التفاعل المتأخر متجهات بعرض %1؛ بينما يتوقع %2 العرض %3.</translation>
        </message>
        <message>
            <source>The PDF made the reader crash</source>
            <translation>تسبّب ملف PDF في انهيار القارئ</translation>
        </message>
        <message>
            <source>The file made the reader crash</source>
            <translation>تسبّب الملف في انهيار القارئ</translation>
        </message>
        <message>
            <source>The document reader could not be started.</source>
            <translation>تعذّر بدء قارئ المستندات.</translation>
        </message>
        <message>
            <source>Reading page %1 took longer than %2 s</source>
            <translation>استغرقت قراءة الصفحة %1 أكثر من %2 ث</translation>
        </message>
        <message>
            <source>Opening the file took longer than %1 s</source>
            <translation>استغرق فتح الملف أكثر من %1 ث</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>الصفحة %1</translation>
        </message>
        <message>
            <source>opening</source>
            <translation>الفتح</translation>
        </message>
        <message>
            <source>The reader ran out of memory</source>
            <translation>نفدت ذاكرة القارئ</translation>
        </message>
        <message>
            <source>%1, limit %2 MB</source>
            <translation>%1، الحد %2 MB</translation>
        </message>
        <message>
            <source>%1, signal %2</source>
            <translation>%1، الإشارة %2</translation>
        </message>
        <message>
            <source>%1, exit code %2</source>
            <translation>%1، رمز الخروج %2</translation>
        </message>
        <message>
            <source>The document reader sent an answer PageLens cannot read.</source>
            <translation>أرسل قارئ المستندات إجابة لا يستطيع PageLens قراءتها.</translation>
        </message>
        <message>
            <source>The library catalog could not be updated.</source>
            <translation>تعذّر تحديث كتالوج المكتبة.</translation>
        </message>
        <message>
            <source>it cannot be read (%1)</source>
            <translation>تتعذّر قراءته (%1)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>الملف فارغ</translation>
        </message>
        <message>
            <source>it is not an SQLite database</source>
            <translation>ليس قاعدة بيانات SQLite</translation>
        </message>
        <message>
            <source>its header is damaged</source>
            <translation>ترويسته تالفة</translation>
        </message>
        <message>
            <source>the file is truncated (%1 bytes)</source>
            <translation>الملف مقتطع (%1 بايت)</translation>
        </message>
        <message>
            <source>The library catalog is damaged: %1. Run `pagelens-cli repair` to rebuild it (the damaged file is kept).</source>
            <translation>كتالوج المكتبة تالف: %1. شغّل `pagelens-cli repair` لإعادة بنائه (يُحتفظ بالملف التالف).</translation>
        </message>
        <message>
            <source>The library folder %1 cannot be created.</source>
            <translation>يتعذّر إنشاء مجلد المكتبة %1.</translation>
        </message>
        <message>
            <source>There is no library in %1, and it cannot be created there (the folder cannot be written).</source>
            <translation>لا توجد مكتبة في %1، ويتعذّر إنشاؤها هناك (تتعذّر الكتابة في المجلد).</translation>
        </message>
        <message>
            <source>The library catalog in %1 cannot be opened.</source>
            <translation>يتعذّر فتح كتالوج المكتبة في %1.</translation>
        </message>
        <message>
            <source>The library catalog in %1 cannot be read.</source>
            <translation>تتعذّر قراءة كتالوج المكتبة في %1.</translation>
        </message>
        <message>
            <source>The library in %1 is read-only and was written by another version of PageLens, so it cannot be upgraded to be read.</source>
            <translation>المكتبة في %1 للقراءة فقط وكتبها إصدار آخر من PageLens، لذا يتعذّر ترقيتها لقراءتها.</translation>
        </message>
        <message>
            <source>The document is not in the library.</source>
            <translation>المستند ليس في المكتبة.</translation>
        </message>
        <message>
            <source>%1 is not in the library.</source>
            <translation>%1 ليس في المكتبة.</translation>
        </message>
        <message>
            <source>The library catalog is locked.</source>
            <translation>كتالوج المكتبة مقفل.</translation>
        </message>
        <message>
            <source>Page %1 is not in the library.</source>
            <translation>الصفحة %1 ليست في المكتبة.</translation>
        </message>
        <message>
            <source>The page is not in the library.</source>
            <translation>الصفحة ليست في المكتبة.</translation>
        </message>
        <message>
            <source>This library was written by a newer PageLens (catalog version %1).</source>
            <translation>كتب هذه المكتبةَ إصدارٌ أحدث من PageLens (إصدار الكتالوج %1).</translation>
        </message>
        <message>
            <source>The library catalog could not be upgraded (step %1).</source>
            <translation>تعذّرت ترقية كتالوج المكتبة (الخطوة %1).</translation>
        </message>
        <message>
            <source>The late-interaction index has no model yet.</source>
            <translation>ليس لفهرس التفاعل المتأخر نموذج بعد.</translation>
        </message>
        <message>
            <source>The library %1 is read-only (its folder or catalog cannot be written): search, status and render work, adding and indexing do not.</source>
            <translation>المكتبة %1 للقراءة فقط (تتعذّر الكتابة في مجلدها أو الكتالوج): يعمل البحث والحالة والعرض، ولا تعمل الإضافة والفهرسة.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>لا إجابة</translation>
        </message>
        <message>
            <source>The text index could not be rebuilt.</source>
            <translation>تعذّرت إعادة بناء فهرس النص.</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>تتعذّر الكتابة إلى %1.</translation>
        </message>
        <message>
            <source>There is no library catalog in %1.</source>
            <translation>لا يوجد كتالوج مكتبة في %1.</translation>
        </message>
        <message>
            <source>The library %1 is read-only: it cannot be repaired here.</source>
            <translation>المكتبة %1 للقراءة فقط: يتعذّر إصلاحها هنا.</translation>
        </message>
        <message>
            <source>The damaged catalog could not be moved aside to %1.</source>
            <translation>تعذّر نقل الكتالوج التالف جانبًا إلى %1.</translation>
        </message>
        <message>
            <source>%1 cannot be read.</source>
            <translation>تتعذّر قراءة %1.</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 غير موجود.</translation>
        </message>
        <message>
            <source>%1 is not a regular file.</source>
            <translation>%1 ليس ملفًا عاديًا.</translation>
        </message>
        <message>
            <source>The library %1 cannot be written (no permission to create its lock file).</source>
            <translation>تتعذّر الكتابة في المكتبة %1 (لا يوجد إذن لإنشاء ملف القفل الخاص بها).</translation>
        </message>
        <message>
            <source>Waiting for another PageLens to finish writing to %1…</source>
            <translation>في انتظار انتهاء PageLens آخر من الكتابة إلى %1…</translation>
        </message>
        <message>
            <source>Cancelled while waiting to write to the library.</source>
            <translation>أُلغي أثناء انتظار الكتابة إلى المكتبة.</translation>
        </message>
        <message numerus="yes">
            <source>Another PageLens (process %1) is still writing to %2; gave up after %n second(s).</source>
            <translation>
                <numerusform>لا يزال PageLens آخر (العملية %1) يكتب إلى %2؛ توقفت المحاولة بعد %n ثانية.</numerusform>
                <numerusform>لا يزال PageLens آخر (العملية %1) يكتب إلى %2؛ توقفت المحاولة بعد ثانية واحدة.</numerusform>
                <numerusform>لا يزال PageLens آخر (العملية %1) يكتب إلى %2؛ توقفت المحاولة بعد ثانيتين.</numerusform>
                <numerusform>لا يزال PageLens آخر (العملية %1) يكتب إلى %2؛ توقفت المحاولة بعد %n ثوانٍ.</numerusform>
                <numerusform>لا يزال PageLens آخر (العملية %1) يكتب إلى %2؛ توقفت المحاولة بعد %n ثانية.</numerusform>
                <numerusform>لا يزال PageLens آخر (العملية %1) يكتب إلى %2؛ توقفت المحاولة بعد %n ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>أُلغي الطلب.</translation>
        </message>
        <message>
            <source>No answer came within %1 s.</source>
            <translation>لم تصل أي إجابة خلال %1 ث.</translation>
        </message>
        <message>
            <source>The model service sent an answer that could not be read.</source>
            <translation>أرسلت خدمة النماذج إجابة تعذّرت قراءتها.</translation>
        </message>
        <message>
            <source>The model's answer does not have the expected structure.</source>
            <translation>إجابة النموذج ليست بالبنية المتوقعة.</translation>
        </message>
        <message>
            <source>The model's answer is not valid JSON.</source>
            <translation>إجابة النموذج ليست JSON صالحًا.</translation>
        </message>
        <message>
            <source>The keychain cannot be used from the user interface thread.</source>
            <translation>لا يمكن استخدام سلسلة المفاتيح من خيط واجهة المستخدم.</translation>
        </message>
        <message>
            <source>The keychain did not answer in time.</source>
            <translation>لم تستجب سلسلة المفاتيح في الوقت المحدد.</translation>
        </message>
        <message>
            <source>No API key is stored in the keychain.</source>
            <translation>لا يوجد مفتاح API محفوظ في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>The keychain is not available.</source>
            <translation>سلسلة المفاتيح غير متاحة.</translation>
        </message>
        <message>
            <source>The late-interaction server sent vectors that could not be read.</source>
            <translation>أرسل خادم التفاعل المتأخر متجهات تعذّرت قراءتها.</translation>
        </message>
        <message>
            <source>The late-interaction server has no such endpoint: check its address and the dialect (--late-dialect infinity or vllm).</source>
            <translation>ليس لدى خادم التفاعل المتأخر نقطة النهاية هذه: تحقق من عنوانه واللهجة (--late-dialect infinity أو vllm).</translation>
        </message>
        <message>
            <source>The late-interaction server does not serve this model (--late-model): %1</source>
            <translation>لا يقدّم خادم التفاعل المتأخر هذا النموذج (--late-model): %1</translation>
        </message>
        <message>
            <source>The late-interaction server returned %1 vectors for a page, too few for a %2 × %3 patch grid: is it serving the configured model?</source>
            <translation>أرجع خادم التفاعل المتأخر %1 متجهًا لصفحة، وهو عدد أقل من اللازم لشبكة رقع %2 × %3: هل يقدّم النموذج المُعدّ؟</translation>
        </message>
        <message>
            <source>The model service sent a stream that could not be read.</source>
            <translation>أرسلت خدمة النماذج تدفقًا تعذّرت قراءته.</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>الملف غير موجود.</translation>
        </message>
        <message>
            <source>This is not a regular file.</source>
            <translation>هذا ليس ملفًا عاديًا.</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>تتعذّر قراءة الملف.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>الملف فارغ.</translation>
        </message>
        <message>
            <source>This file is neither a PDF nor a supported image (PNG, JPEG, WebP, TIFF, BMP, GIF).</source>
            <translation>هذا الملف ليس PDF ولا صورة مدعومة (PNG، JPEG، WebP، TIFF، BMP، GIF).</translation>
        </message>
        <message>
            <source>The image header is unreadable.</source>
            <translation>ترويسة الصورة غير مقروءة.</translation>
        </message>
        <message>
            <source>The image is too large to open safely.</source>
            <translation>الصورة أكبر من أن تُفتح بأمان.</translation>
        </message>
        <message>
            <source>The image cannot be decoded.</source>
            <translation>يتعذّر فك ترميز الصورة.</translation>
        </message>
        <message>
            <source>This image format is not supported.</source>
            <translation>صيغة الصورة هذه غير مدعومة.</translation>
        </message>
        <message>
            <source>The image has no such page.</source>
            <translation>لا توجد في الصورة صفحة كهذه.</translation>
        </message>
        <message>
            <source>There is no image to encode.</source>
            <translation>لا توجد صورة لترميزها.</translation>
        </message>
        <message>
            <source>The image cannot be encoded.</source>
            <translation>يتعذّر ترميز الصورة.</translation>
        </message>
        <message>
            <source>Unknown image format; use webp, jpeg or png.</source>
            <translation>صيغة صورة غير معروفة؛ استخدم webp أو jpeg أو png.</translation>
        </message>
        <message>
            <source>The file is too large to send.</source>
            <translation>الملف أكبر من أن يُرسَل.</translation>
        </message>
        <message>
            <source>The image cannot be read.</source>
            <translation>تتعذّر قراءة الصورة.</translation>
        </message>
        <message>
            <source>The image has an implausible number of pages.</source>
            <translation>عدد صفحات الصورة غير معقول.</translation>
        </message>
        <message>
            <source>A page of the image cannot be read.</source>
            <translation>تتعذّر قراءة صفحة من الصورة.</translation>
        </message>
        <message>
            <source>There is no such page.</source>
            <translation>لا توجد صفحة كهذه.</translation>
        </message>
        <message>
            <source>The image changed while it was open.</source>
            <translation>تغيّرت الصورة أثناء فتحها.</translation>
        </message>
        <message>
            <source>The PDF needs a password.</source>
            <translation>يحتاج ملف PDF إلى كلمة مرور.</translation>
        </message>
        <message>
            <source>The password is wrong for this PDF.</source>
            <translation>كلمة المرور خاطئة لملف PDF هذا.</translation>
        </message>
        <message>
            <source>The PDF is encrypted in a way that cannot be opened.</source>
            <translation>ملف PDF مشفّر بطريقة لا يمكن فتحها.</translation>
        </message>
        <message>
            <source>The PDF is damaged and cannot be read.</source>
            <translation>ملف PDF تالف وتتعذّر قراءته.</translation>
        </message>
        <message>
            <source>The PDF cannot be read.</source>
            <translation>تتعذّر قراءة ملف PDF.</translation>
        </message>
        <message>
            <source>The PDF has no readable pages.</source>
            <translation>لا يحتوي ملف PDF على صفحات مقروءة.</translation>
        </message>
        <message>
            <source>The page has no size.</source>
            <translation>ليس للصفحة حجم.</translation>
        </message>
        <message>
            <source>The page is too large to render at this resolution.</source>
            <translation>الصفحة أكبر من أن تُعرض بهذه الدقة.</translation>
        </message>
        <message>
            <source>The page cannot be rendered.</source>
            <translation>يتعذّر عرض الصفحة.</translation>
        </message>
        <message>
            <source>The PDF's text cannot be read.</source>
            <translation>تتعذّر قراءة نص ملف PDF.</translation>
        </message>
        <message>
            <source>The page's text cannot be read.</source>
            <translation>تتعذّر قراءة نص الصفحة.</translation>
        </message>
        <message>
            <source>The page's text takes too long to read.</source>
            <translation>تستغرق قراءة نص الصفحة وقتًا طويلًا جدًا.</translation>
        </message>
        <message>
            <source>Text recognition is not available: no OCR language is installed.</source>
            <translation>التعرّف على النص غير متاح: لا توجد لغة OCR مثبّتة.</translation>
        </message>
        <message>
            <source>There is no image to read.</source>
            <translation>لا توجد صورة لقراءتها.</translation>
        </message>
        <message>
            <source>Text recognition failed on this page.</source>
            <translation>فشل التعرّف على النص في هذه الصفحة.</translation>
        </message>
        <message numerus="yes">
            <source>The model service did not answer within %n second(s).</source>
            <translation>
                <numerusform>لم تستجب خدمة النماذج خلال %n ثانية.</numerusform>
                <numerusform>لم تستجب خدمة النماذج خلال ثانية واحدة.</numerusform>
                <numerusform>لم تستجب خدمة النماذج خلال ثانيتين.</numerusform>
                <numerusform>لم تستجب خدمة النماذج خلال %n ثوانٍ.</numerusform>
                <numerusform>لم تستجب خدمة النماذج خلال %n ثانية.</numerusform>
                <numerusform>لم تستجب خدمة النماذج خلال %n ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <source>The model service returned no query embedding.</source>
            <translation>لم تُرجع خدمة النماذج تضمينًا للاستعلام.</translation>
        </message>
        <message>
            <source>The signal "%1" is not available in this library (available: %2).</source>
            <translation>الإشارة "%1" غير متاحة في هذه المكتبة (المتاح: %2).</translation>
        </message>
        <message>
            <source>Heatmaps are not available for this model: its patch grid is not known.</source>
            <translation>الخرائط الحرارية غير متاحة لهذا النموذج: شبكة رقعه غير معروفة.</translation>
        </message>
        <message>
            <source>The query has no words to map.</source>
            <translation>لا يحتوي الاستعلام على كلمات لرسم خريطتها.</translation>
        </message>
        <message>
            <source>The query and page vectors differ in width (%1, %2).</source>
            <translation>يختلف عرض متجهات الاستعلام والصفحة (%1، %2).</translation>
        </message>
        <message>
            <source>Heatmaps are not available for %1: its patch grid is not known.</source>
            <translation>الخرائط الحرارية غير متاحة لـ %1: شبكة رقعه غير معروفة.</translation>
        </message>
        <message numerus="yes">
            <source>The late-interaction server did not answer within %n second(s).</source>
            <translation>
                <numerusform>لم يستجب خادم التفاعل المتأخر خلال %n ثانية.</numerusform>
                <numerusform>لم يستجب خادم التفاعل المتأخر خلال ثانية واحدة.</numerusform>
                <numerusform>لم يستجب خادم التفاعل المتأخر خلال ثانيتين.</numerusform>
                <numerusform>لم يستجب خادم التفاعل المتأخر خلال %n ثوانٍ.</numerusform>
                <numerusform>لم يستجب خادم التفاعل المتأخر خلال %n ثانية.</numerusform>
                <numerusform>لم يستجب خادم التفاعل المتأخر خلال %n ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <source>The late-interaction server returned %1-wide query vectors; the library's page vectors are %2 wide.</source>
            <translation>أرجع خادم التفاعل المتأخر متجهات استعلام بعرض %1؛ بينما عرض متجهات صفحات المكتبة %2.</translation>
        </message>
        <message>
            <source>--weights takes a list such as bm25=1,dense=0.5 (signals: %1).</source>
            <translation>يقبل --weights قائمة مثل bm25=1,dense=0.5 (الإشارات: %1).</translation>
        </message>
        <message>
            <source>No model service is set up to embed the query (set a key or a local server).</source>
            <translation>لم تُعدّ أي خدمة نماذج لتضمين الاستعلام (اضبط مفتاحًا أو خادمًا محليًا).</translation>
        </message>
        <message>
            <source>No page of this library was embedded by a late-interaction server (index with --late-url and --late-model).</source>
            <translation>لم يُضمّن خادم تفاعل متأخر أي صفحة من هذه المكتبة (افهرس باستخدام --late-url و--late-model).</translation>
        </message>
        <message>
            <source>No late-interaction server is set up to embed the query (--late-url, --late-model).</source>
            <translation>لم يُعدّ أي خادم تفاعل متأخر لتضمين الاستعلام (--late-url، --late-model).</translation>
        </message>
        <message>
            <source>The library's page vectors were made with %1, but the late-interaction server is set up for %2.</source>
            <translation>صُنعت متجهات صفحات المكتبة باستخدام %1، لكن خادم التفاعل المتأخر مُعدّ لـ %2.</translation>
        </message>
        <message>
            <source>has only: %1</source>
            <translation>يحتوي فقط على: %1</translation>
        </message>
        <message>
            <source>matched: %1</source>
            <translation>مطابق: %1</translation>
        </message>
        <message>
            <source>similar in meaning</source>
            <translation>مشابه في المعنى</translation>
        </message>
        <message>
            <source>signals: %1</source>
            <translation>الإشارات: %1</translation>
        </message>
        <message>
            <source>caption</source>
            <translation>تعليق توضيحي</translation>
        </message>
        <message>
            <source>objects</source>
            <translation>كائنات</translation>
        </message>
        <message>
            <source>looks like</source>
            <translation>يشبه</translation>
        </message>
        <message>
            <source>The search failed.</source>
            <translation>فشل البحث.</translation>
        </message>
        <message>
            <source>Objects: %1</source>
            <translation>الكائنات: %1</translation>
        </message>
        <message>
            <source>Pages with all the words are found.
"exact phrase"  the words in this order
-word or NOT word  pages without the word
cat OR dog  either word
know*  words starting with "know"
When no page has all the words, the pages with most of them are shown.</source>
            <translation>يُعثر على الصفحات التي تحتوي على كل الكلمات.
"عبارة دقيقة"  الكلمات بهذا الترتيب
-كلمة أو NOT كلمة  صفحات لا تحتوي على الكلمة
قط OR كلب  أيٌّ من الكلمتين
علم*  كلمات تبدأ بـ "علم"
عندما لا تحتوي أي صفحة على كل الكلمات، تُعرض الصفحات التي تحتوي على معظمها.</translation>
        </message>
        <message>
            <source>Line %1 of the relevance set has no tab-separated pages.</source>
            <translation>لا يحتوي السطر %1 من مجموعة الصلة على صفحات مفصولة بعلامات جدولة.</translation>
        </message>
        <message>
            <source>Line %1 of the relevance set has a bad page number.</source>
            <translation>يحتوي السطر %1 من مجموعة الصلة على رقم صفحة غير صالح.</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which this library's privacy setting (%1) does not allow.</source>
            <translation>يرسل اكتشاف الكائنات صورة الصفحة، وهو ما لا يسمح به إعداد الخصوصية في هذه المكتبة (%1).</translation>
        </message>
        <message>
            <source>%1 Showing term matches instead.</source>
            <translation>%1 تُعرض تطابقات المصطلحات بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>This page has no words (text layer or OCR) to match the query against.</source>
            <translation>لا تحتوي هذه الصفحة على كلمات (طبقة نص أو OCR) لمطابقة الاستعلام بها.</translation>
        </message>
        <message>
            <source>Object detection sends page images, which the privacy setting (%1) does not allow: no page is sent for detection.</source>
            <translation>يرسل اكتشاف الكائنات صور الصفحات، وهو ما لا يسمح به إعداد الخصوصية (%1): لن تُرسل أي صفحة للاكتشاف.</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for object detection</source>
            <translation>
                <numerusform>لا صور صفحات لاكتشاف الكائنات</numerusform>
                <numerusform>صورة صفحة واحدة لاكتشاف الكائنات</numerusform>
                <numerusform>صورتا صفحتين لاكتشاف الكائنات</numerusform>
                <numerusform>%n صور صفحات لاكتشاف الكائنات</numerusform>
                <numerusform>%n صورة صفحة لاكتشاف الكائنات</numerusform>
                <numerusform>%n صورة صفحة لاكتشاف الكائنات</numerusform>
            </translation>
        </message>
        <message>
            <source>The library catalog %1 cannot be created.</source>
            <translation>تعذّر إنشاء فهرس المكتبة %1.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::AgentLoop</name>
        <message>
            <source>Stopped.</source>
            <translation>توقف.</translation>
        </message>
        <message>
            <source>The agent did not finish within %1 steps.</source>
            <translation>لم ينتهِ الوكيل خلال %1 من الخطوات.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ChatPanel</name>
        <message>
            <source>&amp;Ask</source>
            <translation>ا&amp;سأل</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>إي&amp;قاف</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;جديدة</translation>
        </message>
        <message>
            <source>&amp;Copy Answer</source>
            <translation>&amp;نسخ الإجابة</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>ت&amp;صدير…</translation>
        </message>
        <message>
            <source>Ask a question about your library…</source>
            <translation>اطرح سؤالًا عن مكتبتك…</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Type a question about your library and press Enter</source>
            <translation>اكتب سؤالًا عن مكتبتك واضغط Enter</translation>
        </message>
        <message>
            <source>Stop this answer (the conversation stays)</source>
            <translation>إيقاف هذه الإجابة (تبقى المحادثة)</translation>
        </message>
        <message>
            <source>Start a new conversation (this one stays stored)</source>
            <translation>بدء محادثة جديدة (تبقى هذه المحادثة محفوظة)</translation>
        </message>
        <message>
            <source>Copy the last answer</source>
            <translation>نسخ آخر إجابة</translation>
        </message>
        <message>
            <source>Save the conversation and its sources as Markdown</source>
            <translation>حفظ المحادثة ومصادرها بتنسيق Markdown</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>ال&amp;سجل</translation>
        </message>
        <message>
            <source>Open or delete a stored conversation of this library</source>
            <translation>فتح محادثة محفوظة لهذه المكتبة أو حذفها</translation>
        </message>
        <message>
            <source>Conversation history</source>
            <translation>سجل المحادثات</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>المحادثة</translation>
        </message>
        <message>
            <source>The questions and answers; citations such as [S1] are links that open the page</source>
            <translation>الأسئلة والإجابات؛ الاستشهادات مثل [S1] روابط تفتح الصفحة</translation>
        </message>
        <message>
            <source>Answers cite the pages they come from; click a citation such as [S1] to open the page. Without a model service you get the best matching passages.</source>
            <translation>تستشهد الإجابات بالصفحات التي جاءت منها؛ انقر استشهادًا مثل [S1] لفتح الصفحة. دون خدمة نماذج تحصل على أفضل المقاطع المطابقة.</translation>
        </message>
        <message>
            <source>Answer status</source>
            <translation>حالة الإجابة</translation>
        </message>
        <message>
            <source>Open a library first (File ▸ Open Library…), then ask about it.</source>
            <translation>افتح مكتبة أولًا (ملف ▸ فتح مكتبة…)، ثم اسأل عنها.</translation>
        </message>
        <message>
            <source>Reading the library's privacy setting…</source>
            <translation>يجري قراءة إعداد الخصوصية للمكتبة…</translation>
        </message>
        <message>
            <source>%1 Try again, or reopen the library.</source>
            <translation>%1 حاول مرة أخرى، أو أعد فتح المكتبة.</translation>
        </message>
        <message>
            <source>The library's privacy is "never", so no model was asked; Settings changes it.</source>
            <translation>خصوصية المكتبة مضبوطة على "never"، لذا لم يُسأل أي نموذج؛ يمكن تغيير ذلك من الإعدادات.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>لم تُعدّ أي خدمة نماذج.</translation>
        </message>
        <message>
            <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to get answers.</source>
            <translation>%1 أضف مفتاحًا أو خادمًا في الإعدادات (أدوات ▸ الإعدادات…) للحصول على إجابات.</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>خدمة متوافقة مع OpenAI</translation>
        </message>
        <message>
            <source>Your question, and the page text, captions and snippets the agent finds, will be sent to %1 at %2.</source>
            <translation>سيُرسَل سؤالك ونص الصفحات والتعليقات التوضيحية والمقتطفات التي يجدها الوكيل إلى %1 على %2.</translation>
        </message>
        <message>
            <source>The agent may also send up to %1 page images per step (WEBP, at most 1024 px).</source>
            <translation>قد يرسل الوكيل أيضًا ما يصل إلى %1 من صور الصفحات في كل خطوة (WEBP، بحد أقصى 1024 بكسل).</translation>
        </message>
        <message>
            <source>Send to the Model Service?</source>
            <translation>الإرسال إلى خدمة النماذج؟</translation>
        </message>
        <message>
            <source>Nothing has been sent yet. "Not Now" shows the library's search results instead.</source>
            <translation>لم يُرسَل شيء بعد. يعرض "ليس الآن" نتائج البحث في المكتبة بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>Don't ask again for this library</source>
            <translation>لا تسأل مجددًا لهذه المكتبة</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>إر&amp;سال</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;ليس الآن</translation>
        </message>
        <message>
            <source>Nothing was sent to a model service.</source>
            <translation>لم يُرسَل شيء إلى خدمة نماذج.</translation>
        </message>
        <message>
            <source>Waiting for your answer: may the question be sent?</source>
            <translation>في انتظار ردّك: هل يمكن إرسال السؤال؟</translation>
        </message>
        <message>
            <source>The model service is no longer available. Check Settings (Tools ▸ Settings…).</source>
            <translation>لم تعد خدمة النماذج متاحة. تحقق من الإعدادات (أدوات ▸ الإعدادات…).</translation>
        </message>
        <message>
            <source>Answering…</source>
            <translation>تجري الإجابة…</translation>
        </message>
        <message>
            <source>Step %1: %2…</source>
            <translation>الخطوة %1: %2…</translation>
        </message>
        <message>
            <source>%1 (failed)</source>
            <translation>%1 (فشل)</translation>
        </message>
        <message>
            <source>Asking the model…</source>
            <translation>يُسأل النموذج…</translation>
        </message>
        <message>
            <source>Stopped. This answer was not kept; ask again to continue the conversation.</source>
            <translation>توقف. لم يُحتفظ بهذه الإجابة؛ اسأل مجددًا لمتابعة المحادثة.</translation>
        </message>
        <message>
            <source>The agent stopped without an answer. Ask again.</source>
            <translation>توقف الوكيل دون إجابة. اسأل مجددًا.</translation>
        </message>
        <message>
            <source>Cited but not among the pages the agent saw (not links): %1.</source>
            <translation>مُستشهد بها لكنها ليست من الصفحات التي اطّلع عليها الوكيل (ليست روابط): %1.</translation>
        </message>
        <message>
            <source>Searching the library…</source>
            <translation>يجري البحث في المكتبة…</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>فشل البحث: %1</translation>
        </message>
        <message>
            <source>The conversation history cannot be read: %1</source>
            <translation>تتعذّر قراءة سجل المحادثات: %1</translation>
        </message>
        <message>
            <source>No stored conversations</source>
            <translation>لا توجد محادثات محفوظة</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2, %n question(s)</source>
            <translation>
                <numerusform>%1 — %2، لا أسئلة</numerusform>
                <numerusform>%1 — %2، سؤال واحد</numerusform>
                <numerusform>%1 — %2، سؤالان</numerusform>
                <numerusform>%1 — %2، %n أسئلة</numerusform>
                <numerusform>%1 — %2، %n سؤالًا</numerusform>
                <numerusform>%1 — %2، %n سؤال</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Delete This Conversation…</source>
            <translation>&amp;حذف هذه المحادثة…</translation>
        </message>
        <message>
            <source>Opening the conversation…</source>
            <translation>تُفتح المحادثة…</translation>
        </message>
        <message>
            <source>The conversation cannot be opened: %1</source>
            <translation>يتعذّر فتح المحادثة: %1</translation>
        </message>
        <message>
            <source>Delete Conversation?</source>
            <translation>حذف المحادثة؟</translation>
        </message>
        <message>
            <source>Delete this conversation from the library? Its questions and answers cannot be restored. The documents are not touched.</source>
            <translation>هل تريد حذف هذه المحادثة من المكتبة؟ لا يمكن استعادة أسئلتها وإجاباتها. لا تُمس المستندات.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <source>The conversation was deleted.</source>
            <translation>حُذفت المحادثة.</translation>
        </message>
        <message>
            <source>The conversation could not be deleted: %1</source>
            <translation>تعذّر حذف المحادثة: %1</translation>
        </message>
        <message>
            <source>You:</source>
            <translation>أنت:</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>الصفحة %1</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Ask the Library</source>
            <translation>اسأل المكتبة</translation>
        </message>
        <message>
            <source>Library: %1</source>
            <translation>المكتبة: %1</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>المصادر:</translation>
        </message>
        <message>
            <source>Cannot write "%1": %2</source>
            <translation>تتعذّر الكتابة إلى "%1": %2</translation>
        </message>
        <message>
            <source>The answer is on the clipboard.</source>
            <translation>الإجابة في الحافظة.</translation>
        </message>
        <message>
            <source>Export Conversation</source>
            <translation>تصدير المحادثة</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The conversation was saved to %1.</source>
            <translation>حُفظت المحادثة في %1.</translation>
        </message>
        <message>
            <source>%1 Add a valid key in Settings (Tools ▸ Settings…), then ask again.</source>
            <translation>%1 أضف مفتاحًا صالحًا في الإعدادات (أدوات ▸ الإعدادات…)، ثم اسأل مجددًا.</translation>
        </message>
        <message>
            <source>%1 Check the network and the server address in Settings, then ask again.</source>
            <translation>%1 تحقق من الشبكة وعنوان الخادم في الإعدادات، ثم اسأل مجددًا.</translation>
        </message>
        <message>
            <source>%1 Wait a minute, then ask again.</source>
            <translation>%1 انتظر دقيقة، ثم اسأل مجددًا.</translation>
        </message>
        <message>
            <source>%1 Choose another model in Settings, then ask again.</source>
            <translation>%1 اختر نموذجًا آخر في الإعدادات، ثم اسأل مجددًا.</translation>
        </message>
        <message>
            <source>%1 Ask again, or start a new conversation.</source>
            <translation>%1 اسأل مجددًا، أو ابدأ محادثة جديدة.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::DocumentModel</name>
        <message>
            <source>Added files</source>
            <translation>الملفات المضافة</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>قيد الانتظار</translation>
        </message>
        <message>
            <source>Indexing</source>
            <translation>تجري الفهرسة</translation>
        </message>
        <message>
            <source>Indexed</source>
            <translation>مفهرس</translation>
        </message>
        <message>
            <source>Indexed with errors</source>
            <translation>مفهرس مع أخطاء</translation>
        </message>
        <message>
            <source>Needs password</source>
            <translation>يحتاج إلى كلمة مرور</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>فشل</translation>
        </message>
        <message>
            <source>Double-click it, or right-click ▸ Enter Password…, to type its password (kept for this session only).</source>
            <translation>انقر عليه نقرًا مزدوجًا، أو انقر بزر الفأرة الأيمن ▸ إدخال كلمة المرور…، لكتابة كلمة مروره (تُحفظ لهذه الجلسة فقط).</translation>
        </message>
        <message>
            <source>Right-click ▸ Rescan reads it again, for example after the file was repaired.</source>
            <translation>انقر بزر الفأرة الأيمن ▸ إعادة الفحص لقراءته مجددًا، مثلًا بعد إصلاح الملف.</translation>
        </message>
        <message>
            <source>Library in %1</source>
            <translation>مكتبة في %1</translation>
        </message>
        <message>
            <source>Files added one by one</source>
            <translation>ملفات أُضيفت واحدًا تلو الآخر</translation>
        </message>
        <message numerus="yes">
            <source>Library %1, %n document(s)</source>
            <translation>
                <numerusform>المكتبة %1، لا مستندات</numerusform>
                <numerusform>المكتبة %1، مستند واحد</numerusform>
                <numerusform>المكتبة %1، مستندان</numerusform>
                <numerusform>المكتبة %1، %n مستندات</numerusform>
                <numerusform>المكتبة %1، %n مستندًا</numerusform>
                <numerusform>المكتبة %1، %n مستند</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder %1</source>
            <translation>المجلد %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>لا صفحات</numerusform>
                <numerusform>صفحة واحدة</numerusform>
                <numerusform>صفحتان</numerusform>
                <numerusform>%n صفحات</numerusform>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحة</numerusform>
            </translation>
        </message>
        <message>
            <source>Page %1: %2</source>
            <translation>الصفحة %1: %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>الصفحات</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>المسار</translation>
        </message>
    </context>
    <context>
        <name>PageLens::EgressDialog</name>
        <message>
            <source>Send Pages to the Model Service?</source>
            <translation>إرسال الصفحات إلى خدمة النماذج؟</translation>
        </message>
        <message>
            <source>Captions and embeddings make pages findable by meaning. Nothing has been sent yet.</source>
            <translation>تجعل التعليقات التوضيحية والتضمينات الصفحات قابلة للعثور عليها حسب المعنى. لم يُرسَل شيء بعد.</translation>
        </message>
        <message>
            <source>What would be sent</source>
            <translation>ما سيُرسَل</translation>
        </message>
        <message>
            <source>Destination: %1</source>
            <translation>الوجهة: %1</translation>
        </message>
        <message>
            <source>Send is remembered for this library and these kinds of data: you are not asked again for them. Tools ▸ Settings ▸ Privacy takes it back.</source>
            <translation>يُتذكّر الإرسال لهذه المكتبة ولهذه الأنواع من البيانات: لن تُسأل عنها مجددًا. يمكن التراجع عنه من أدوات ▸ الإعدادات ▸ الخصوصية.</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>إر&amp;سال</translation>
        </message>
        <message>
            <source>Send these pages to the model service now</source>
            <translation>إرسال هذه الصفحات إلى خدمة النماذج الآن</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;ليس الآن</translation>
        </message>
        <message>
            <source>Send nothing; you can do it later from the Library menu</source>
            <translation>عدم إرسال أي شيء؛ يمكنك فعل ذلك لاحقًا من قائمة المكتبة</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) to caption</source>
            <translation>
                <numerusform>لا صور صفحات لوصفها</numerusform>
                <numerusform>صورة صفحة واحدة لوصفها</numerusform>
                <numerusform>صورتا صفحتين لوصفهما</numerusform>
                <numerusform>%n صور صفحات لوصفها</numerusform>
                <numerusform>%n صورة صفحة لوصفها</numerusform>
                <numerusform>%n صورة صفحة لوصفها</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page text(s) to embed</source>
            <translation>
                <numerusform>لا نصوص صفحات لتضمينها</numerusform>
                <numerusform>نص صفحة واحدة لتضمينه</numerusform>
                <numerusform>نصا صفحتين لتضمينهما</numerusform>
                <numerusform>%n نصوص صفحات لتضمينها</numerusform>
                <numerusform>%n نص صفحة لتضمينها</numerusform>
                <numerusform>%n نص صفحة لتضمينها</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message numerus="yes">
            <source>about %1 tokens in %n request(s)</source>
            <translation>
                <numerusform>نحو %1 رمز في %n طلب</numerusform>
                <numerusform>نحو %1 رمز في طلب واحد</numerusform>
                <numerusform>نحو %1 رمز في طلبين</numerusform>
                <numerusform>نحو %1 رمز في %n طلبات</numerusform>
                <numerusform>نحو %1 رمز في %n طلبًا</numerusform>
                <numerusform>نحو %1 رمز في %n طلب</numerusform>
            </translation>
        </message>
        <message>
            <source>never send anything</source>
            <translation>عدم إرسال أي شيء أبدًا</translation>
        </message>
        <message>
            <source>page text only</source>
            <translation>نص الصفحات فقط</translation>
        </message>
        <message>
            <source>page text and page images</source>
            <translation>نص الصفحات وصور الصفحات</translation>
        </message>
        <message>
            <source>This library's privacy setting: %1</source>
            <translation>إعداد الخصوصية لهذه المكتبة: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for object detection</source>
            <translation>
                <numerusform>لا صور صفحات لاكتشاف الكائنات</numerusform>
                <numerusform>صورة صفحة واحدة لاكتشاف الكائنات</numerusform>
                <numerusform>صورتا صفحتين لاكتشاف الكائنات</numerusform>
                <numerusform>%n صور صفحات لاكتشاف الكائنات</numerusform>
                <numerusform>%n صورة صفحة لاكتشاف الكائنات</numerusform>
                <numerusform>%n صورة صفحة لاكتشاف الكائنات</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::FindBar</name>
        <message>
            <source>Previous hit (Shift+F3)</source>
            <translation>النتيجة السابقة (Shift+F3)</translation>
        </message>
        <message>
            <source>Next hit (F3)</source>
            <translation>النتيجة التالية (F3)</translation>
        </message>
        <message>
            <source>Close find (Escape)</source>
            <translation>إغلاق البحث (Escape)</translation>
        </message>
        <message>
            <source>Find in document</source>
            <translation>البحث في المستند</translation>
        </message>
        <message>
            <source>Find result count</source>
            <translation>عدد نتائج البحث</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
        </message>
        <message>
            <source>No hits</source>
            <translation>لا نتائج</translation>
        </message>
    </context>
    <context>
        <name>PageLens::GeminiProvider</name>
        <message>
            <source>The file upload could not be started.</source>
            <translation>تعذّر بدء رفع الملف.</translation>
        </message>
        <message>
            <source>The uploaded file did not become ready in time.</source>
            <translation>لم يصبح الملف المرفوع جاهزًا في الوقت المحدد.</translation>
        </message>
        <message>
            <source>The model service could not process the uploaded file.</source>
            <translation>تعذّر على خدمة النماذج معالجة الملف المرفوع.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::HelpDialog</name>
        <message>
            <source>PageLens Help</source>
            <translation>تعليمات PageLens</translation>
        </message>
        <message>
            <source>The manual is missing from this build.</source>
            <translation>الدليل غير موجود في هذا الإصدار.</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
    </context>
    <context>
        <name>PageLens::HttpProvider</name>
        <message>
            <source>There is no text to embed.</source>
            <translation>لا يوجد نص لتضمينه.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::IndexProgressWidget</name>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n ث</numerusform>
                <numerusform>%n ث</numerusform>
                <numerusform>%n ث</numerusform>
                <numerusform>%n ث</numerusform>
                <numerusform>%n ث</numerusform>
                <numerusform>%n ث</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n د</numerusform>
                <numerusform>%n د</numerusform>
                <numerusform>%n د</numerusform>
                <numerusform>%n د</numerusform>
                <numerusform>%n د</numerusform>
                <numerusform>%n د</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 س %2 د</translation>
        </message>
        <message>
            <source>Indexing progress</source>
            <translation>تقدّم الفهرسة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancel indexing</source>
            <translation>إلغاء الفهرسة</translation>
        </message>
        <message>
            <source>Stop indexing; documents not finished stay pending</source>
            <translation>إيقاف الفهرسة؛ تبقى المستندات غير المكتملة قيد الانتظار</translation>
        </message>
        <message>
            <source>Preparing captions and embeddings…</source>
            <translation>يجري تحضير التعليقات التوضيحية والتضمينات…</translation>
        </message>
        <message>
            <source>Preparing to index…</source>
            <translation>يجري التحضير للفهرسة…</translation>
        </message>
        <message>
            <source>Cancel captions and embeddings</source>
            <translation>إلغاء التعليقات التوضيحية والتضمينات</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>استئناف</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <source>Resume sending to the model service</source>
            <translation>استئناف الإرسال إلى خدمة النماذج</translation>
        </message>
        <message>
            <source>Pause sending to the model service</source>
            <translation>إيقاف الإرسال إلى خدمة النماذج مؤقتًا</translation>
        </message>
        <message>
            <source>%1 / %2 pages</source>
            <translation>%1 / %2 صفحة</translation>
        </message>
        <message>
            <source>Captioning pages with the model service</source>
            <translation>يجري وصف الصفحات بخدمة النماذج</translation>
        </message>
        <message>
            <source>Embedding pages with the model service</source>
            <translation>يجري تضمين الصفحات بخدمة النماذج</translation>
        </message>
        <message>
            <source>Indexing file %1 of %2</source>
            <translation>فهرسة الملف %1 من %2</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>بقي نحو %1</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LateInteractionClient</name>
        <message>
            <source>There is nothing to embed.</source>
            <translation>لا يوجد ما يُضمَّن.</translation>
        </message>
        <message>
            <source>The late-interaction server sent an answer that could not be read.</source>
            <translation>أرسل خادم التفاعل المتأخر إجابة تعذّرت قراءتها.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LayerController</name>
        <message>
            <source>&amp;Detect Objects…</source>
            <translation>ا&amp;كتشاف الكائنات…</translation>
        </message>
        <message>
            <source>Detect Objects on this page (%1)</source>
            <translation>اكتشاف الكائنات في هذه الصفحة (%1)</translation>
        </message>
        <message>
            <source>Send this page's image to the model service and mark the objects it finds</source>
            <translation>إرسال صورة هذه الصفحة إلى خدمة النماذج وتمييز الكائنات التي تجدها</translation>
        </message>
        <message>
            <source>Search for something first: the heatmap shows where the query matched on this page.</source>
            <translation>ابحث عن شيء أولًا: تُظهر الخريطة الحرارية مواضع تطابق الاستعلام في هذه الصفحة.</translation>
        </message>
        <message>
            <source>Mapping “%1” on page %2…</source>
            <translation>يجري رسم خريطة “%1” في الصفحة %2…</translation>
        </message>
        <message>
            <source>late interaction</source>
            <translation>التفاعل المتأخر</translation>
        </message>
        <message>
            <source>term matches</source>
            <translation>تطابقات المصطلحات</translation>
        </message>
        <message>
            <source>Heatmap (%1): strongest at x %2, y %3 of page %4.</source>
            <translation>الخريطة الحرارية (%1): الأقوى عند x %2، y %3 من الصفحة %4.</translation>
        </message>
        <message>
            <source>Open a page of a library document first, then detect objects on it.</source>
            <translation>افتح صفحة من مستند في المكتبة أولًا، ثم اكتشف الكائنات فيها.</translation>
        </message>
        <message>
            <source>Detect Objects</source>
            <translation>اكتشاف الكائنات</translation>
        </message>
        <message>
            <source>What should be found on page %1? The page image is sent with this instruction.</source>
            <translation>ما الذي يجب العثور عليه في الصفحة %1؟ تُرسَل صورة الصفحة مع هذه التعليمة.</translation>
        </message>
        <message>
            <source>&amp;Detect</source>
            <translation>ا&amp;كتشاف</translation>
        </message>
        <message>
            <source>Reading the library's privacy setting…</source>
            <translation>يجري قراءة إعداد الخصوصية للمكتبة…</translation>
        </message>
        <message>
            <source>%1 Try again, or reopen the library.</source>
            <translation>%1 حاول مرة أخرى، أو أعد فتح المكتبة.</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which this library's privacy setting (“%1”) does not allow. Nothing was sent; Settings (Tools ▸ Settings…) changes it.</source>
            <translation>يرسل اكتشاف الكائنات صورة الصفحة، وهو ما لا يسمح به إعداد الخصوصية في هذه المكتبة (“%1”). لم يُرسَل شيء؛ يمكن تغيير ذلك من الإعدادات (أدوات ▸ الإعدادات…).</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>لم تُعدّ أي خدمة نماذج.</translation>
        </message>
        <message>
            <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to detect objects.</source>
            <translation>%1 أضف مفتاحًا أو خادمًا في الإعدادات (أدوات ▸ الإعدادات…) لاكتشاف الكائنات.</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>خدمة متوافقة مع OpenAI</translation>
        </message>
        <message>
            <source>The image of page %1 of “%2” (WEBP, longest side %3 px) and your prompt will be sent to %4 at %5 to find objects on it.</source>
            <translation>ستُرسَل صورة الصفحة %1 من “%2” (WEBP، أطول ضلع %3 بكسل) وتعليمتك إلى %4 على %5 للعثور على الكائنات فيها.</translation>
        </message>
        <message>
            <source>Send the Page Image?</source>
            <translation>إرسال صورة الصفحة؟</translation>
        </message>
        <message>
            <source>Nothing has been sent yet.</source>
            <translation>لم يُرسَل شيء بعد.</translation>
        </message>
        <message>
            <source>Don't ask again for this library</source>
            <translation>لا تسأل مجددًا لهذه المكتبة</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>إر&amp;سال</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;ليس الآن</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>لم يُرسَل شيء.</translation>
        </message>
        <message>
            <source>Waiting for your answer: may the page image be sent?</source>
            <translation>في انتظار ردّك: هل يمكن إرسال صورة الصفحة؟</translation>
        </message>
        <message>
            <source>Detecting objects on page %1…</source>
            <translation>يجري اكتشاف الكائنات في الصفحة %1…</translation>
        </message>
        <message>
            <source>Object detection failed: %1 The page's earlier objects are kept.</source>
            <translation>فشل اكتشاف الكائنات: %1 يُحتفظ بالكائنات السابقة للصفحة.</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) found on page %1.</source>
            <translation>
                <numerusform>لم يُعثر على كائنات في الصفحة %1.</numerusform>
                <numerusform>عُثر على كائن واحد في الصفحة %1.</numerusform>
                <numerusform>عُثر على كائنين في الصفحة %1.</numerusform>
                <numerusform>عُثر على %n كائنات في الصفحة %1.</numerusform>
                <numerusform>عُثر على %n كائنًا في الصفحة %1.</numerusform>
                <numerusform>عُثر على %n كائن في الصفحة %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Detection cancelled; nothing was stored.</source>
            <translation>أُلغي الاكتشاف؛ لم يُحفظ شيء.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LayerLegend</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Page layers legend</source>
            <translation>مفتاح طبقات الصفحة</translation>
        </message>
        <message>
            <source>Heatmap word</source>
            <translation>كلمة الخريطة الحرارية</translation>
        </message>
        <message>
            <source>Heatmap opacity</source>
            <translation>عتامة الخريطة الحرارية</translation>
        </message>
        <message>
            <source>Strongest heatmap regions</source>
            <translation>أقوى مناطق الخريطة الحرارية</translation>
        </message>
        <message>
            <source>Page layers message</source>
            <translation>رسالة طبقات الصفحة</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>العتامة</translation>
        </message>
        <message>
            <source>Objects:</source>
            <translation>الكائنات:</translation>
        </message>
        <message>
            <source>All words</source>
            <translation>كل الكلمات</translation>
        </message>
        <message>
            <source>Strongest: %1</source>
            <translation>الأقوى: %1</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LibraryController</name>
        <message numerus="yes">
            <source>%n document(s) added</source>
            <translation>
                <numerusform>لم يُضف أي مستند</numerusform>
                <numerusform>أُضيف مستند واحد</numerusform>
                <numerusform>أُضيف مستندان</numerusform>
                <numerusform>أُضيفت %n مستندات</numerusform>
                <numerusform>أُضيف %n مستندًا</numerusform>
                <numerusform>أُضيف %n مستند</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>لم يتغيّر شيء</numerusform>
                <numerusform>تغيّر واحد</numerusform>
                <numerusform>تغيّر اثنان</numerusform>
                <numerusform>تغيّر %n</numerusform>
                <numerusform>تغيّر %n</numerusform>
                <numerusform>تغيّر %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>لم يُنقل شيء</numerusform>
                <numerusform>نُقل واحد</numerusform>
                <numerusform>نُقل اثنان</numerusform>
                <numerusform>نُقل %n</numerusform>
                <numerusform>نُقل %n</numerusform>
                <numerusform>نُقل %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>لم يُزل شيء</numerusform>
                <numerusform>أُزيل واحد</numerusform>
                <numerusform>أُزيل اثنان</numerusform>
                <numerusform>أُزيل %n</numerusform>
                <numerusform>أُزيل %n</numerusform>
                <numerusform>أُزيل %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) skipped</source>
            <translation>
                <numerusform>لم يُتخطَّ أي تكرار</numerusform>
                <numerusform>تُخطّي تكرار واحد</numerusform>
                <numerusform>تُخطّي تكراران</numerusform>
                <numerusform>تُخطّيت %n تكرارات</numerusform>
                <numerusform>تُخطّي %n تكرارًا</numerusform>
                <numerusform>تُخطّي %n تكرار</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes found</source>
            <translation>لم يُعثر على تغييرات</translation>
        </message>
        <message>
            <source>Opening library %1…</source>
            <translation>يجري فتح المكتبة %1…</translation>
        </message>
        <message>
            <source>Could not open the library %1: %2</source>
            <translation>تعذّر فتح المكتبة %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n item(s)…</source>
            <translation>
                <numerusform>لا عناصر لإضافتها…</numerusform>
                <numerusform>يجري إضافة عنصر واحد…</numerusform>
                <numerusform>يجري إضافة عنصرين…</numerusform>
                <numerusform>يجري إضافة %n عناصر…</numerusform>
                <numerusform>يجري إضافة %n عنصرًا…</numerusform>
                <numerusform>يجري إضافة %n عنصر…</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not add files: %1</source>
            <translation>تعذّرت إضافة الملفات: %1</translation>
        </message>
        <message>
            <source>Scanning folders…</source>
            <translation>يجري فحص المجلدات…</translation>
        </message>
        <message>
            <source>Could not rescan the library: %1</source>
            <translation>تعذّرت إعادة فحص المكتبة: %1</translation>
        </message>
        <message>
            <source>Could not rescan: %1</source>
            <translation>تعذّرت إعادة الفحص: %1</translation>
        </message>
        <message>
            <source>Could not remove from the library: %1</source>
            <translation>تعذّرت الإزالة من المكتبة: %1</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n document(s) from the library; the files were not touched. Adding them again brings them back.</source>
            <translation>
                <numerusform>لم يُزل أي مستند من المكتبة؛ لم تُمس الملفات.</numerusform>
                <numerusform>أُزيل مستند واحد من المكتبة؛ لم يُمس الملف. يمكن إعادته بإضافته مجددًا.</numerusform>
                <numerusform>أُزيل مستندان من المكتبة؛ لم تُمس الملفات. يمكن إعادتهما بإضافتهما مجددًا.</numerusform>
                <numerusform>أُزيلت %n مستندات من المكتبة؛ لم تُمس الملفات. يمكن إعادتها بإضافتها مجددًا.</numerusform>
                <numerusform>أُزيل %n مستندًا من المكتبة؛ لم تُمس الملفات. يمكن إعادتها بإضافتها مجددًا.</numerusform>
                <numerusform>أُزيل %n مستند من المكتبة؛ لم تُمس الملفات. يمكن إعادتها بإضافتها مجددًا.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read the library: %1</source>
            <translation>تعذّرت قراءة المكتبة: %1</translation>
        </message>
        <message>
            <source>Indexing stopped: %1</source>
            <translation>توقفت الفهرسة: %1</translation>
        </message>
        <message>
            <source>Late interaction: %1</source>
            <translation>التفاعل المتأخر: %1</translation>
        </message>
        <message>
            <source>Late interaction needs page images, which this library may not send (Tools ▸ Settings).</source>
            <translation>يحتاج التفاعل المتأخر إلى صور الصفحات، ولا يُسمح لهذه المكتبة بإرسالها (أدوات ▸ الإعدادات).</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) wait for the late-interaction server: agree to send page images (Library ▸ Caption and Embed Pages…) first.</source>
            <translation>
                <numerusform>لا صور صفحات تنتظر خادم التفاعل المتأخر.</numerusform>
                <numerusform>صورة صفحة واحدة تنتظر خادم التفاعل المتأخر: وافق على إرسال صور الصفحات (المكتبة ▸ وصف الصفحات وتضمينها…) أولًا.</numerusform>
                <numerusform>صورتا صفحتين تنتظران خادم التفاعل المتأخر: وافق على إرسال صور الصفحات (المكتبة ▸ وصف الصفحات وتضمينها…) أولًا.</numerusform>
                <numerusform>%n صور صفحات تنتظر خادم التفاعل المتأخر: وافق على إرسال صور الصفحات (المكتبة ▸ وصف الصفحات وتضمينها…) أولًا.</numerusform>
                <numerusform>%n صورة صفحة تنتظر خادم التفاعل المتأخر: وافق على إرسال صور الصفحات (المكتبة ▸ وصف الصفحات وتضمينها…) أولًا.</numerusform>
                <numerusform>%n صورة صفحة تنتظر خادم التفاعل المتأخر: وافق على إرسال صور الصفحات (المكتبة ▸ وصف الصفحات وتضمينها…) أولًا.</numerusform>
            </translation>
        </message>
        <message>
            <source>Late interaction: page %1 of %2</source>
            <translation>التفاعل المتأخر: الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Late interaction stopped: %1 Pages done so far are kept.</source>
            <translation>توقف التفاعل المتأخر: %1 يُحتفظ بالصفحات المنجزة حتى الآن.</translation>
        </message>
        <message numerus="yes">
            <source>Late interaction: %n page(s) embedded.</source>
            <translation>
                <numerusform>التفاعل المتأخر: لم تُضمَّن أي صفحة.</numerusform>
                <numerusform>التفاعل المتأخر: ضُمّنت صفحة واحدة.</numerusform>
                <numerusform>التفاعل المتأخر: ضُمّنت صفحتان.</numerusform>
                <numerusform>التفاعل المتأخر: ضُمّنت %n صفحات.</numerusform>
                <numerusform>التفاعل المتأخر: ضُمّنت %n صفحة.</numerusform>
                <numerusform>التفاعل المتأخر: ضُمّنت %n صفحة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling indexing…</source>
            <translation>يجري إلغاء الفهرسة…</translation>
        </message>
        <message>
            <source>Could not set the password: %1</source>
            <translation>تعذّر تعيين كلمة المرور: %1</translation>
        </message>
        <message>
            <source>No library is open.</source>
            <translation>لا توجد مكتبة مفتوحة.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>لم تُعدّ أي خدمة نماذج.</translation>
        </message>
        <message>
            <source>Could not save the library's privacy setting: %1</source>
            <translation>تعذّر حفظ إعداد الخصوصية للمكتبة: %1</translation>
        </message>
        <message>
            <source>Pages are being indexed; you will be asked when that has finished.</source>
            <translation>تجري فهرسة الصفحات؛ ستُسأل عند انتهائها.</translation>
        </message>
        <message>
            <source>Turn on the model service in Settings first.</source>
            <translation>شغّل خدمة النماذج في الإعدادات أولًا.</translation>
        </message>
        <message>
            <source>Pages were not captioned: %1</source>
            <translation>لم تُوصف الصفحات: %1</translation>
        </message>
        <message>
            <source>Could not read the library's privacy setting: %1</source>
            <translation>تعذّرت قراءة إعداد الخصوصية للمكتبة: %1</translation>
        </message>
        <message>
            <source>Could not work out what would be sent: %1</source>
            <translation>تعذّر تحديد ما سيُرسَل: %1</translation>
        </message>
        <message>
            <source>This library may not send anything; change its privacy in Settings.</source>
            <translation>لا يُسمح لهذه المكتبة بإرسال أي شيء؛ غيّر خصوصيتها في الإعدادات.</translation>
        </message>
        <message>
            <source>Every page is already captioned and embedded.</source>
            <translation>كل الصفحات موصوفة ومضمّنة بالفعل.</translation>
        </message>
        <message>
            <source>Sending %1 as agreed for this library (Settings takes it back).</source>
            <translation>يجري إرسال %1 وفق الموافقة لهذه المكتبة (يمكن التراجع عنها من الإعدادات).</translation>
        </message>
        <message>
            <source>Nothing was sent. Library ▸ Caption and Embed Pages… asks again.</source>
            <translation>لم يُرسَل شيء. يمكن طلب ذلك مجددًا من المكتبة ▸ وصف الصفحات وتضمينها….</translation>
        </message>
        <message>
            <source>Looking up the API key…</source>
            <translation>يجري البحث عن مفتاح API…</translation>
        </message>
        <message>
            <source>Nothing was sent. Library ▸ Caption and Embed Pages… offers it again.</source>
            <translation>لم يُرسَل شيء. سيُعرض ذلك مجددًا من المكتبة ▸ وصف الصفحات وتضمينها….</translation>
        </message>
        <message>
            <source>The key is set in Tools ▸ Settings.</source>
            <translation>يُضبط المفتاح في أدوات ▸ الإعدادات.</translation>
        </message>
        <message>
            <source>Check the network and the server address (%1).</source>
            <translation>تحقق من الشبكة وعنوان الخادم (%1).</translation>
        </message>
        <message>
            <source>Check the model names in Tools ▸ Settings.</source>
            <translation>تحقق من أسماء النماذج في أدوات ▸ الإعدادات.</translation>
        </message>
        <message>
            <source>Set the embedding model and dimension the library was made with in Tools ▸ Settings.</source>
            <translation>اضبط نموذج التضمين والبُعد اللذين أُنشئت بهما المكتبة في أدوات ▸ الإعدادات.</translation>
        </message>
        <message>
            <source>Pages done so far are kept; Library ▸ Caption and Embed Pages… continues later.</source>
            <translation>يُحتفظ بالصفحات المنجزة حتى الآن؛ يمكن المتابعة لاحقًا من المكتبة ▸ وصف الصفحات وتضمينها….</translation>
        </message>
        <message>
            <source>Captions and embeddings stopped: %1 %2</source>
            <translation>توقفت التعليقات التوضيحية والتضمينات: %1 %2</translation>
        </message>
        <message>
            <source>Captions and embeddings paused.</source>
            <translation>أُوقفت التعليقات التوضيحية والتضمينات مؤقتًا.</translation>
        </message>
        <message>
            <source>Captions and embeddings resumed.</source>
            <translation>استُؤنفت التعليقات التوضيحية والتضمينات.</translation>
        </message>
        <message>
            <source>Cancelling captions and embeddings…</source>
            <translation>يجري إلغاء التعليقات التوضيحية والتضمينات…</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LibraryPane</name>
        <message>
            <source>Library</source>
            <translation>المكتبة</translation>
        </message>
        <message>
            <source>Filter by name or path</source>
            <translation>التصفية حسب الاسم أو المسار</translation>
        </message>
        <message>
            <source>Filter documents</source>
            <translation>تصفية المستندات</translation>
        </message>
        <message>
            <source>Show documents with status</source>
            <translation>عرض المستندات ذات الحالة</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Library documents</source>
            <translation>مستندات المكتبة</translation>
        </message>
        <message>
            <source>Documents in the library with their indexing status. Press Enter to open a document, the menu key for more.</source>
            <translation>المستندات في المكتبة مع حالة فهرستها. اضغط Enter لفتح مستند، ومفتاح القائمة للمزيد.</translation>
        </message>
        <message>
            <source>Copied %1</source>
            <translation>نُسخ %1</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;فتح</translation>
        </message>
        <message>
            <source>Enter &amp;Password…</source>
            <translation>إدخال &amp;كلمة المرور…</translation>
        </message>
        <message>
            <source>Open with the &amp;System Viewer</source>
            <translation>فتح باستخدام عارض ال&amp;نظام</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>إظهار في ال&amp;مجلد</translation>
        </message>
        <message>
            <source>&amp;Copy Path</source>
            <translation>ن&amp;سخ المسار</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>إ&amp;عادة الفحص</translation>
        </message>
        <message>
            <source>Re&amp;move from Library</source>
            <translation>إ&amp;زالة من المكتبة</translation>
        </message>
    </context>
    <context>
        <name>PageLens::MainWindow</name>
        <message>
            <source>Ask the Library</source>
            <translation>اسأل المكتبة</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>المخطط</translation>
        </message>
        <message>
            <source>PageLens</source>
            <translation>PageLens</translation>
        </message>
        <message>
            <source>Library and search</source>
            <translation>المكتبة والبحث</translation>
        </message>
        <message>
            <source>The password for “%1” is wrong. Double-click it to try another.</source>
            <translation>كلمة المرور لـ “%1” خاطئة. انقر عليه نقرًا مزدوجًا لتجربة أخرى.</translation>
        </message>
        <message>
            <source>“%1” is unlocked for this session.</source>
            <translation>فُتح قفل “%1” لهذه الجلسة.</translation>
        </message>
        <message>
            <source>The document is not in the library.</source>
            <translation>المستند ليس في المكتبة.</translation>
        </message>
        <message>
            <source>&amp;Open Library…</source>
            <translation>&amp;فتح مكتبة…</translation>
        </message>
        <message>
            <source>Open or create a library in a folder</source>
            <translation>فتح مكتبة في مجلد أو إنشاؤها</translation>
        </message>
        <message>
            <source>Add &amp;Files…</source>
            <translation>إضافة &amp;ملفات…</translation>
        </message>
        <message>
            <source>Add PDFs, scans or images to the library</source>
            <translation>إضافة ملفات PDF أو مستندات ممسوحة ضوئيًا أو صور إلى المكتبة</translation>
        </message>
        <message>
            <source>Add F&amp;older…</source>
            <translation>إضافة م&amp;جلد…</translation>
        </message>
        <message>
            <source>Add a folder; it is watched for new and changed files</source>
            <translation>إضافة مجلد؛ تُراقَب فيه الملفات الجديدة والمعدّلة</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>إ&amp;عادة الفحص</translation>
        </message>
        <message>
            <source>Look for new, changed and removed files</source>
            <translation>البحث عن الملفات الجديدة والمعدّلة والمزالة</translation>
        </message>
        <message>
            <source>&amp;Cancel Indexing</source>
            <translation>إ&amp;لغاء الفهرسة</translation>
        </message>
        <message>
            <source>Enter &amp;Password…</source>
            <translation>إدخال &amp;كلمة المرور…</translation>
        </message>
        <message>
            <source>Unlock the selected password-protected document for this session</source>
            <translation>فتح قفل المستند المحدد المحمي بكلمة مرور لهذه الجلسة</translation>
        </message>
        <message>
            <source>Select a document that needs a password first.</source>
            <translation>حدّد مستندًا يحتاج إلى كلمة مرور أولًا.</translation>
        </message>
        <message>
            <source>Caption and &amp;Embed Pages…</source>
            <translation>وصف الصفحات و&amp;تضمينها…</translation>
        </message>
        <message>
            <source>Show what would be sent to the model service, then caption and embed pages</source>
            <translation>عرض ما سيُرسَل إلى خدمة النماذج، ثم وصف الصفحات وتضمينها</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>الإ&amp;عدادات…</translation>
        </message>
        <message>
            <source>Model service, API key, privacy and limits</source>
            <translation>خدمة النماذج، ومفتاح API، والخصوصية، والحدود</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إ&amp;نهاء</translation>
        </message>
        <message>
            <source>&amp;Search the Library…</source>
            <translation>ال&amp;بحث في المكتبة…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>فتح ال&amp;أخيرة</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>المكت&amp;بة</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Ask the Library</source>
            <translation>ا&amp;سأل المكتبة</translation>
        </message>
        <message>
            <source>Ask a question; the answer cites the pages it comes from</source>
            <translation>اطرح سؤالًا؛ تستشهد الإجابة بالصفحات التي جاءت منها</translation>
        </message>
        <message>
            <source>&amp;Outline</source>
            <translation>ال&amp;مخطط</translation>
        </message>
        <message>
            <source>The PDF's table of contents; choose an entry to turn to its page</source>
            <translation>جدول محتويات ملف PDF؛ اختر مدخلًا للانتقال إلى صفحته</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>ملء ال&amp;شاشة</translation>
        </message>
        <message>
            <source>Show the window on the whole screen (F11 again to leave)</source>
            <translation>عرض النافذة على الشاشة كلها (اضغط F11 مجددًا للخروج)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>أ&amp;دوات</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>PageLens &amp;Help</source>
            <translation>&amp;تعليمات PageLens</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>&amp;About PageLens</source>
            <translation>&amp;حول PageLens</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>المستندات</translation>
        </message>
        <message>
            <source>%1, page %2</source>
            <translation>%1، الصفحة %2</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>المكتبات</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>المكتبة</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>البحث</translation>
        </message>
        <message>
            <source>Open Library</source>
            <translation>فتح مكتبة</translation>
        </message>
        <message>
            <source>Add Files</source>
            <translation>إضافة ملفات</translation>
        </message>
        <message>
            <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;All files (*)</source>
            <translation>المستندات والصور (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Add Folder</source>
            <translation>إضافة مجلد</translation>
        </message>
        <message>
            <source>Password Required</source>
            <translation>كلمة المرور مطلوبة</translation>
        </message>
        <message>
            <source>“%1” is protected.
Enter its password (kept for this session only):</source>
            <translation>“%1” محمي.
أدخل كلمة مروره (تُحفظ لهذه الجلسة فقط):</translation>
        </message>
        <message>
            <source>“%1” is not shown: %2</source>
            <translation>“%1” غير معروض: %2</translation>
        </message>
        <message>
            <source>the passage cited as [%1]</source>
            <translation>المقطع المُستشهد به بوصفه [%1]</translation>
        </message>
        <message>
            <source>%1 search skipped: %2</source>
            <translation>تُخطّي بحث %1: %2</translation>
        </message>
        <message>
            <source>%1 — PageLens</source>
            <translation>%1 — PageLens</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>لا مستندات</numerusform>
                <numerusform>مستند واحد</numerusform>
                <numerusform>مستندان</numerusform>
                <numerusform>%n مستندات</numerusform>
                <numerusform>%n مستندًا</numerusform>
                <numerusform>%n مستند</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indexed</source>
            <translation>
                <numerusform>%n مفهرس</numerusform>
                <numerusform>مفهرس واحد</numerusform>
                <numerusform>مفهرسان</numerusform>
                <numerusform>%n مفهرسة</numerusform>
                <numerusform>%n مفهرسًا</numerusform>
                <numerusform>%n مفهرس</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>لا صفحات</numerusform>
                <numerusform>صفحة واحدة</numerusform>
                <numerusform>صفحتان</numerusform>
                <numerusform>%n صفحات</numerusform>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n منتظر</numerusform>
                <numerusform>واحد منتظر</numerusform>
                <numerusform>اثنان منتظران</numerusform>
                <numerusform>%n منتظرة</numerusform>
                <numerusform>%n منتظرًا</numerusform>
                <numerusform>%n منتظر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>لا شيء يحتاج إلى انتباه</numerusform>
                <numerusform>واحد يحتاج إلى انتباه</numerusform>
                <numerusform>اثنان يحتاجان إلى انتباه</numerusform>
                <numerusform>%n تحتاج إلى انتباه</numerusform>
                <numerusform>%n تحتاج إلى انتباه</numerusform>
                <numerusform>%n تحتاج إلى انتباه</numerusform>
            </translation>
        </message>
        <message>
            <source>Indexing cancelled; unfinished documents stay pending.</source>
            <translation>أُلغيت الفهرسة؛ تبقى المستندات غير المكتملة قيد الانتظار.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n document(s)</source>
            <translation>
                <numerusform>لم يُفهرس أي مستند</numerusform>
                <numerusform>فُهرس مستند واحد</numerusform>
                <numerusform>فُهرس مستندان</numerusform>
                <numerusform>فُهرست %n مستندات</numerusform>
                <numerusform>فُهرس %n مستندًا</numerusform>
                <numerusform>فُهرس %n مستند</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with unreadable pages</source>
            <translation>
                <numerusform>لا شيء بصفحات غير مقروءة</numerusform>
                <numerusform>واحد بصفحات غير مقروءة</numerusform>
                <numerusform>اثنان بصفحات غير مقروءة</numerusform>
                <numerusform>%n بصفحات غير مقروءة</numerusform>
                <numerusform>%n بصفحات غير مقروءة</numerusform>
                <numerusform>%n بصفحات غير مقروءة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>لم يفشل شيء</numerusform>
                <numerusform>فشل واحد</numerusform>
                <numerusform>فشل اثنان</numerusform>
                <numerusform>فشل %n</numerusform>
                <numerusform>فشل %n</numerusform>
                <numerusform>فشل %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed while read (still pending)</source>
            <translation>
                <numerusform>لم يتغيّر شيء أثناء القراءة</numerusform>
                <numerusform>واحد تغيّر أثناء القراءة (لا يزال قيد الانتظار)</numerusform>
                <numerusform>اثنان تغيّرا أثناء القراءة (لا يزالان قيد الانتظار)</numerusform>
                <numerusform>%n تغيّرت أثناء القراءة (لا تزال قيد الانتظار)</numerusform>
                <numerusform>%n تغيّرت أثناء القراءة (لا تزال قيد الانتظار)</numerusform>
                <numerusform>%n تغيّرت أثناء القراءة (لا تزال قيد الانتظار)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) a password</source>
            <translation>
                <numerusform>لا شيء يحتاج إلى كلمة مرور</numerusform>
                <numerusform>واحد يحتاج إلى كلمة مرور</numerusform>
                <numerusform>اثنان يحتاجان إلى كلمة مرور</numerusform>
                <numerusform>%n تحتاج إلى كلمة مرور</numerusform>
                <numerusform>%n تحتاج إلى كلمة مرور</numerusform>
                <numerusform>%n تحتاج إلى كلمة مرور</numerusform>
            </translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>خدمة متوافقة مع OpenAI</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 على %2</translation>
        </message>
        <message>
            <source>Captions and Embeddings Need a Key</source>
            <translation>تحتاج التعليقات التوضيحية والتضمينات إلى مفتاح</translation>
        </message>
        <message>
            <source>Nothing was sent: %1</source>
            <translation>لم يُرسَل شيء: %1</translation>
        </message>
        <message>
            <source>To caption and embed pages, open Settings, paste the service's API key under API Key and press OK (it is kept in the OS keychain), or start PageLens with the environment variable %1 set. A local server such as Ollama or llama.cpp needs no key: enter its address under Server address. Search by words works without any of this.</source>
            <translation>لوصف الصفحات وتضمينها، افتح الإعدادات، والصق مفتاح API الخاص بالخدمة في حقل مفتاح API واضغط حسنًا (يُحفظ في سلسلة مفاتيح نظام التشغيل)، أو شغّل PageLens مع ضبط متغير البيئة %1. لا يحتاج خادم محلي مثل Ollama أو llama.cpp إلى مفتاح: أدخل عنوانه في حقل عنوان الخادم. يعمل البحث بالكلمات دون أي من ذلك.</translation>
        </message>
        <message>
            <source>Open &amp;Settings…</source>
            <translation>فتح الإ&amp;عدادات…</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;ليس الآن</translation>
        </message>
        <message>
            <source>Captions and embeddings cancelled; pages done so far are kept.</source>
            <translation>أُلغيت التعليقات التوضيحية والتضمينات؛ يُحتفظ بالصفحات المنجزة حتى الآن.</translation>
        </message>
        <message numerus="yes">
            <source>Captioned %n page(s)</source>
            <translation>
                <numerusform>لم تُوصف أي صفحة</numerusform>
                <numerusform>وُصفت صفحة واحدة</numerusform>
                <numerusform>وُصفت صفحتان</numerusform>
                <numerusform>وُصفت %n صفحات</numerusform>
                <numerusform>وُصفت %n صفحة</numerusform>
                <numerusform>وُصفت %n صفحة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>embedded %n page(s)</source>
            <translation>
                <numerusform>لم تُضمَّن أي صفحة</numerusform>
                <numerusform>ضُمّنت صفحة واحدة</numerusform>
                <numerusform>ضُمّنت صفحتان</numerusform>
                <numerusform>ضُمّنت %n صفحات</numerusform>
                <numerusform>ضُمّنت %n صفحة</numerusform>
                <numerusform>ضُمّنت %n صفحة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the model</source>
            <translation>
                <numerusform>لم يرفض النموذج شيئًا</numerusform>
                <numerusform>رفض النموذج واحدًا</numerusform>
                <numerusform>رفض النموذج اثنين</numerusform>
                <numerusform>رفض النموذج %n</numerusform>
                <numerusform>رفض النموذج %n</numerusform>
                <numerusform>رفض النموذج %n</numerusform>
            </translation>
        </message>
        <message>
            <source>About PageLens</source>
            <translation>حول PageLens</translation>
        </message>
        <message>
            <source>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;Search folders of PDFs, scans and images, and see every match on its page.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;ابحث في مجلدات ملفات PDF والمستندات الممسوحة ضوئيًا والصور، وشاهد كل تطابق في صفحته.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Embed Page &amp;Images for Late Interaction</source>
            <translation>تضمين &amp;صور الصفحات للتفاعل المتأخر</translation>
        </message>
        <message>
            <source>Send the pages not yet embedded to the late-interaction server of Settings</source>
            <translation>إرسال الصفحات التي لم تُضمَّن بعد إلى خادم التفاعل المتأخر المحدد في الإعدادات</translation>
        </message>
        <message>
            <source>Open a library first.</source>
            <translation>افتح مكتبة أولًا.</translation>
        </message>
        <message>
            <source>Set up a late-interaction server in Settings first.</source>
            <translation>اضبط خادم تفاعل متأخر في الإعدادات أولًا.</translation>
        </message>
        <message>
            <source>Page images are already being embedded.</source>
            <translation>يجري تضمين صور الصفحات بالفعل.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::OutlinePane</name>
        <message>
            <source>Outline</source>
            <translation>المخطط</translation>
        </message>
        <message>
            <source>This document has no outline.</source>
            <translation>لا يحتوي هذا المستند على مخطط.</translation>
        </message>
        <message>
            <source>Open a document to see its outline.</source>
            <translation>افتح مستندًا لرؤية مخططه.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PageLayers</name>
        <message>
            <source>Show Search &amp;Matches</source>
            <translation>إظهار &amp;تطابقات البحث</translation>
        </message>
        <message>
            <source>Show or hide the boxes around the words the search matched</source>
            <translation>إظهار المربعات حول الكلمات التي طابقها البحث أو إخفاؤها</translation>
        </message>
        <message>
            <source>Show Detected &amp;Objects</source>
            <translation>إظهار ال&amp;كائنات المكتشفة</translation>
        </message>
        <message>
            <source>Show or hide the objects detected on the page</source>
            <translation>إظهار الكائنات المكتشفة في الصفحة أو إخفاؤها</translation>
        </message>
        <message>
            <source>Show Query &amp;Heatmap</source>
            <translation>إظهار ال&amp;خريطة الحرارية للاستعلام</translation>
        </message>
        <message>
            <source>Show or hide where on the page the current query matched</source>
            <translation>إظهار مواضع تطابق الاستعلام الحالي في الصفحة أو إخفاؤها</translation>
        </message>
        <message>
            <source>Heatmap (%1)</source>
            <translation>الخريطة الحرارية (%1)</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PageView</name>
        <message>
            <source>Page viewer</source>
            <translation>عارض الصفحات</translation>
        </message>
        <message>
            <source>Drop PDFs, scans or images here, or choose File ▸ Add Files…</source>
            <translation>أفلت ملفات PDF أو مستندات ممسوحة ضوئيًا أو صورًا هنا، أو اختر ملف ▸ إضافة ملفات…</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>يجري الفتح…</translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>لا يحتوي المستند على صفحات.</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>لا يوجد مستند</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) highlighted</source>
            <translation>
                <numerusform>لا تطابقات مميّزة</numerusform>
                <numerusform>تطابق واحد مميّز</numerusform>
                <numerusform>تطابقان مميّزان</numerusform>
                <numerusform>%n تطابقات مميّزة</numerusform>
                <numerusform>%n تطابقًا مميّزًا</numerusform>
                <numerusform>%n تطابق مميّز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) highlighted, marking: %1</source>
            <translation>
                <numerusform>لا مربعات مميّزة، التمييز: %1</numerusform>
                <numerusform>مربع واحد مميّز، التمييز: %1</numerusform>
                <numerusform>مربعان مميّزان، التمييز: %1</numerusform>
                <numerusform>%n مربعات مميّزة، التمييز: %1</numerusform>
                <numerusform>%n مربعًا مميّزًا، التمييز: %1</numerusform>
                <numerusform>%n مربع مميّز، التمييز: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>turned %1°</source>
            <translation>مُدار %1°</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PrivacyChoiceDialog</name>
        <message>
            <source>What May This Library Send?</source>
            <translation>ما الذي يُسمح لهذه المكتبة بإرساله؟</translation>
        </message>
        <message>
            <source>The model service can caption and embed the pages of %1 so they can be found by meaning. Choose what this library may send; nothing has been sent, and you are shown exactly what would go before anything does. Settings changes it later.</source>
            <translation>يمكن لخدمة النماذج وصف صفحات %1 وتضمينها لكي يُعثر عليها حسب المعنى. اختر ما يُسمح لهذه المكتبة بإرساله؛ لم يُرسَل شيء، وسيُعرض عليك بالضبط ما سيُرسَل قبل إرسال أي شيء. يمكن تغيير ذلك لاحقًا من الإعدادات.</translation>
        </message>
        <message>
            <source>&amp;Never send anything (search stays offline)</source>
            <translation>&amp;عدم إرسال أي شيء أبدًا (يبقى البحث دون اتصال)</translation>
        </message>
        <message>
            <source>Page &amp;text only (embeddings for search by meaning)</source>
            <translation>&amp;نص الصفحات فقط (تضمينات للبحث حسب المعنى)</translation>
        </message>
        <message>
            <source>Page text and page &amp;images (captions of pictures and scans too)</source>
            <translation>نص الصفحات و&amp;صورها (وتعليقات توضيحية للصور والمستندات الممسوحة أيضًا)</translation>
        </message>
        <message>
            <source>&amp;Use This Setting</source>
            <translation>ا&amp;ستخدام هذا الإعداد</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ProviderSession</name>
        <message>
            <source>The model service is turned off in Settings.</source>
            <translation>خدمة النماذج معطّلة في الإعدادات.</translation>
        </message>
        <message>
            <source>No late-interaction server is set up in Settings.</source>
            <translation>لم يُعدّ أي خادم تفاعل متأخر في الإعدادات.</translation>
        </message>
        <message>
            <source>Looking up the late-interaction server's key…</source>
            <translation>يجري البحث عن مفتاح خادم التفاعل المتأخر…</translation>
        </message>
        <message>
            <source>Looking up the API key…</source>
            <translation>يجري البحث عن مفتاح API…</translation>
        </message>
        <message>
            <source>No Gemini API key: enter one in Settings or set GEMINI_API_KEY (or GOOGLE_API_KEY).</source>
            <translation>لا يوجد مفتاح Gemini API: أدخل مفتاحًا في الإعدادات أو اضبط GEMINI_API_KEY (أو GOOGLE_API_KEY).</translation>
        </message>
        <message>
            <source>No OpenAI API key: enter one in Settings or set OPENAI_API_KEY.</source>
            <translation>لا يوجد مفتاح OpenAI API: أدخل مفتاحًا في الإعدادات أو اضبط OPENAI_API_KEY.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::SearchPanel</name>
        <message>
            <source>Folder</source>
            <translation>المجلد</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>تاريخ التعديل</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>الفرز حسب</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;بحث</translation>
        </message>
        <message>
            <source>Search pages: words, "phrase", -word, a OR b, word*</source>
            <translation>البحث في الصفحات: كلمات، "عبارة"، -كلمة، أ OR ب، كلمة*</translation>
        </message>
        <message>
            <source>Results come as you type; Enter also asks the model service. Escape clears the search.</source>
            <translation>تظهر النتائج أثناء الكتابة؛ ويستعين Enter أيضًا بخدمة النماذج. يمسح Escape البحث.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>البحث</translation>
        </message>
        <message>
            <source>Type words to find; press Enter to include the model service</source>
            <translation>اكتب كلمات للعثور عليها؛ اضغط Enter لإشراك خدمة النماذج</translation>
        </message>
        <message>
            <source>All folders</source>
            <translation>كل المجلدات</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>كل الأنواع</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>صورة</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>مستند ممسوح</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>أي وقت</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Past 7 days</source>
            <translation>آخر 7 أيام</translation>
        </message>
        <message>
            <source>Past 30 days</source>
            <translation>آخر 30 يومًا</translation>
        </message>
        <message>
            <source>Past year</source>
            <translation>آخر سنة</translation>
        </message>
        <message>
            <source>Relevance</source>
            <translation>الصلة</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>حالة البحث</translation>
        </message>
        <message>
            <source>Type words to search.</source>
            <translation>اكتب كلمات للبحث.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>نتائج البحث</translation>
        </message>
        <message>
            <source>One row per document; Left and Right move through its pages, Enter opens one</source>
            <translation>صف واحد لكل مستند؛ ينتقل Left وRight بين صفحاته، ويفتح Enter إحداها</translation>
        </message>
        <message>
            <source>Searching for “%1”…</source>
            <translation>يجري البحث عن “%1”…</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 في %2</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>لا صفحات</numerusform>
                <numerusform>صفحة واحدة</numerusform>
                <numerusform>صفحتان</numerusform>
                <numerusform>%n صفحات</numerusform>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>لا مستندات</numerusform>
                <numerusform>مستند واحد</numerusform>
                <numerusform>مستندان</numerusform>
                <numerusform>%n مستندات</numerusform>
                <numerusform>%n مستندًا</numerusform>
                <numerusform>%n مستند</numerusform>
            </translation>
        </message>
        <message>
            <source>No pages match “%1”.</source>
            <translation>لا توجد صفحات تطابق “%1”.</translation>
        </message>
        <message>
            <source>No page has all the words of “%1”; %2 with most of them.</source>
            <translation>لا توجد صفحة تحتوي على كل كلمات “%1”؛ %2 تحتوي على معظمها.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the pages with only some of the words.</source>
            <translation>
                <numerusform>لا شيء من الصفحات التي تحتوي على بعض الكلمات فقط.</numerusform>
                <numerusform>واحدة من الصفحات التي تحتوي على بعض الكلمات فقط.</numerusform>
                <numerusform>اثنتان من الصفحات التي تحتوي على بعض الكلمات فقط.</numerusform>
                <numerusform>%n من الصفحات التي تحتوي على بعض الكلمات فقط.</numerusform>
                <numerusform>%n من الصفحات التي تحتوي على بعض الكلمات فقط.</numerusform>
                <numerusform>%n من الصفحات التي تحتوي على بعض الكلمات فقط.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) in %1 match “%2”.</source>
            <translation>
                <numerusform>لا صفحات في %1 تطابق “%2”.</numerusform>
                <numerusform>صفحة واحدة في %1 تطابق “%2”.</numerusform>
                <numerusform>صفحتان في %1 تطابقان “%2”.</numerusform>
                <numerusform>%n صفحات في %1 تطابق “%2”.</numerusform>
                <numerusform>%n صفحة في %1 تطابق “%2”.</numerusform>
                <numerusform>%n صفحة في %1 تطابق “%2”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::SearchResultModel</name>
        <message>
            <source>p. %1</source>
            <translation>ص. %1</translation>
        </message>
        <message>
            <source>p. %1 · %2</source>
            <translation>ص. %1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n matching page(s): %2</source>
            <translation>
                <numerusform>%1، لا صفحات مطابقة: %2</numerusform>
                <numerusform>%1، صفحة واحدة مطابقة: %2</numerusform>
                <numerusform>%1، صفحتان مطابقتان: %2</numerusform>
                <numerusform>%1، %n صفحات مطابقة: %2</numerusform>
                <numerusform>%1، %n صفحة مطابقة: %2</numerusform>
                <numerusform>%1، %n صفحة مطابقة: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>(results of the previous query)</source>
            <translation>(نتائج الاستعلام السابق)</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n page(s) · has only: %2</source>
            <translation>
                <numerusform>%1 · لا صفحات · يحتوي فقط على: %2</numerusform>
                <numerusform>%1 · صفحة واحدة · يحتوي فقط على: %2</numerusform>
                <numerusform>%1 · صفحتان · يحتوي فقط على: %2</numerusform>
                <numerusform>%1 · %n صفحات · يحتوي فقط على: %2</numerusform>
                <numerusform>%1 · %n صفحة · يحتوي فقط على: %2</numerusform>
                <numerusform>%1 · %n صفحة · يحتوي فقط على: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n page(s)</source>
            <translation>
                <numerusform>%1 · لا صفحات</numerusform>
                <numerusform>%1 · صفحة واحدة</numerusform>
                <numerusform>%1 · صفحتان</numerusform>
                <numerusform>%1 · %n صفحات</numerusform>
                <numerusform>%1 · %n صفحة</numerusform>
                <numerusform>%1 · %n صفحة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::SettingsDialog</name>
        <message>
            <source>&amp;Use the model service when indexing and searching</source>
            <translation>ا&amp;ستخدام خدمة النماذج عند الفهرسة والبحث</translation>
        </message>
        <message>
            <source>&amp;Store Key</source>
            <translation>&amp;حفظ المفتاح</translation>
        </message>
        <message>
            <source>Remo&amp;ve Key</source>
            <translation>إ&amp;زالة المفتاح</translation>
        </message>
        <message>
            <source>Se&amp;nd the API key to this server</source>
            <translation>إ&amp;رسال مفتاح API إلى هذا الخادم</translation>
        </message>
        <message>
            <source>Ask &amp;Again Before Sending</source>
            <translation>ال&amp;سؤال مجددًا قبل الإرسال</translation>
        </message>
        <message>
            <source>S&amp;tore</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Send the key to this server</source>
            <translation>إرسال المفتاح إلى هذا الخادم</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Caption and embed pages with the model service after indexing (you are asked before anything is sent), and search with every signal.</source>
            <translation>وصف الصفحات وتضمينها بخدمة النماذج بعد الفهرسة (تُسأل قبل إرسال أي شيء)، والبحث بكل الإشارات.</translation>
        </message>
        <message>
            <source>Model service</source>
            <translation>خدمة النماذج</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)</source>
            <translation>متوافقة مع OpenAI (OpenAI، Ollama، llama.cpp، vLLM)</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>عنوان الخادم</translation>
        </message>
        <message>
            <source>Generation model</source>
            <translation>نموذج التوليد</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>نموذج التضمين</translation>
        </message>
        <message>
            <source>Embedding dimension</source>
            <translation>بُعد التضمين</translation>
        </message>
        <message>
            <source>Vectors of a library must all have the same size; changing it means embedding the library again.</source>
            <translation>يجب أن تكون متجهات المكتبة كلها بالحجم نفسه؛ وتغييره يعني تضمين المكتبة مجددًا.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>مفتاح API</translation>
        </message>
        <message>
            <source>Paste a new key to store it</source>
            <translation>الصق مفتاحًا جديدًا لحفظه</translation>
        </message>
        <message>
            <source>API key status</source>
            <translation>حالة مفتاح API</translation>
        </message>
        <message>
            <source>Delete this service's key from the OS keychain</source>
            <translation>حذف مفتاح هذه الخدمة من سلسلة مفاتيح نظام التشغيل</translation>
        </message>
        <message>
            <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server that asks for one, e.g. llama.cpp started with --api-key.</source>
            <translation>يُرسَل المفتاح عادةً إلى خوادم https على الإنترنت فقط. فعّل هذا لخادم محلي أو خادم http عادي يطلب مفتاحًا، مثل llama.cpp المشغّل مع --api-key.</translation>
        </message>
        <message>
            <source>What this library may send</source>
            <translation>ما يُسمح لهذه المكتبة بإرساله</translation>
        </message>
        <message>
            <source>Never send anything</source>
            <translation>عدم إرسال أي شيء أبدًا</translation>
        </message>
        <message>
            <source>Page text only (for embeddings)</source>
            <translation>نص الصفحات فقط (للتضمينات)</translation>
        </message>
        <message>
            <source>Page text and page images (for captions)</source>
            <translation>نص الصفحات وصورها (للتعليقات التوضيحية)</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>لم يُختر بعد</translation>
        </message>
        <message>
            <source>Forget that you agreed to send this library's pages: the preview is shown and your answer asked for again next time.</source>
            <translation>نسيان موافقتك على إرسال صفحات هذه المكتبة: تُعرض المعاينة ويُطلب ردّك مجددًا في المرة القادمة.</translation>
        </message>
        <message>
            <source>Caption requests per minute</source>
            <translation>طلبات التعليقات التوضيحية في الدقيقة</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>بلا حد</translation>
        </message>
        <message>
            <source>Gemini's free tier allows about 10 per minute; local servers need no limit.</source>
            <translation>يسمح المستوى المجاني في Gemini بنحو 10 طلبات في الدقيقة؛ ولا تحتاج الخوادم المحلية إلى حد.</translation>
        </message>
        <message>
            <source>Requests in flight</source>
            <translation>الطلبات الجارية</translation>
        </message>
        <message>
            <source>Text recognition languages</source>
            <translation>لغات التعرّف على النص</translation>
        </message>
        <message>
            <source>Language of PageLens</source>
            <translation>لغة PageLens</translation>
        </message>
        <message>
            <source>Model Service</source>
            <translation>خدمة النماذج</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>المز&amp;وّد:</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;عنوان الخادم:</translation>
        </message>
        <message>
            <source>Leave empty for the service's own address. For a local server use its OpenAI-compatible address, e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8080/v1 (llama.cpp server); local servers need no key and get none.</source>
            <translation>اتركه فارغًا لاستخدام عنوان الخدمة نفسها. لخادم محلي استخدم عنوانه المتوافق مع OpenAI، مثل http://localhost:11434/v1 (Ollama) أو http://localhost:8080/v1 (خادم llama.cpp)؛ لا تحتاج الخوادم المحلية إلى مفتاح ولا يُرسَل إليها.</translation>
        </message>
        <message>
            <source>&amp;Generation model:</source>
            <translation>نموذج ال&amp;توليد:</translation>
        </message>
        <message>
            <source>&amp;Embedding model:</source>
            <translation>نموذج الت&amp;ضمين:</translation>
        </message>
        <message>
            <source>Embedding &amp;dimension:</source>
            <translation>&amp;بُعد التضمين:</translation>
        </message>
        <message>
            <source>API Key</source>
            <translation>مفتاح API</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>ال&amp;مفتاح:</translation>
        </message>
        <message>
            <source>Keys are stored in the OS keychain, never in PageLens's settings or library files, and are not shown again once stored. GOOGLE_API_KEY, GEMINI_API_KEY or OPENAI_API_KEY in the environment take precedence.</source>
            <translation>تُحفظ المفاتيح في سلسلة مفاتيح نظام التشغيل، وليس أبدًا في إعدادات PageLens أو ملفات المكتبة، ولا تُعرض مجددًا بعد حفظها. تكون الأولوية لـ GOOGLE_API_KEY أو GEMINI_API_KEY أو OPENAI_API_KEY في البيئة.</translation>
        </message>
        <message>
            <source>Privacy of This Library</source>
            <translation>خصوصية هذه المكتبة</translation>
        </message>
        <message>
            <source>&amp;May send:</source>
            <translation>ال&amp;مسموح بإرساله:</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>الحدود</translation>
        </message>
        <message>
            <source>Caption &amp;requests per minute:</source>
            <translation>&amp;طلبات التعليقات التوضيحية في الدقيقة:</translation>
        </message>
        <message>
            <source>Requests &amp;in flight:</source>
            <translation>الطلبات ال&amp;جارية:</translation>
        </message>
        <message>
            <source>Text Recognition</source>
            <translation>التعرّف على النص</translation>
        </message>
        <message>
            <source>OCR &amp;languages:</source>
            <translation>&amp;لغات OCR:</translation>
        </message>
        <message>
            <source>Pages without a text layer are read in the checked languages; each extra language makes reading slower. Applies to pages indexed from now on: pages already indexed are not read again. More languages come from packages such as tesseract-ocr-deu (German) or tesseract-ocr-fra (French); their files are in %1.</source>
            <translation>تُقرأ الصفحات التي لا تحتوي على طبقة نص باللغات المحددة؛ وكل لغة إضافية تجعل القراءة أبطأ. ينطبق على الصفحات المفهرسة من الآن فصاعدًا: لا تُعاد قراءة الصفحات المفهرسة بالفعل. تتوفر لغات أخرى من حزم مثل tesseract-ocr-deu (الألمانية) أو tesseract-ocr-fra (الفرنسية)؛ وملفاتها في %1.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>ال&amp;لغة:</translation>
        </message>
        <message>
            <source>Applies the next time PageLens starts. The command line follows the LANG and LC_ALL environment variables.</source>
            <translation>يُطبَّق عند تشغيل PageLens في المرة القادمة. يتبع سطر الأوامر متغيرَي البيئة LANG وLC_ALL.</translation>
        </message>
        <message>
            <source>Late-interaction server address</source>
            <translation>عنوان خادم التفاعل المتأخر</translation>
        </message>
        <message>
            <source>Late-interaction model</source>
            <translation>نموذج التفاعل المتأخر</translation>
        </message>
        <message>
            <source>Late-interaction server API</source>
            <translation>واجهة API لخادم التفاعل المتأخر</translation>
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
            <translation>مفتاح API لخادم التفاعل المتأخر</translation>
        </message>
        <message>
            <source>Only if the server was started with --api-key</source>
            <translation>فقط إذا شُغّل الخادم مع --api-key</translation>
        </message>
        <message>
            <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server started with --api-key.</source>
            <translation>يُرسَل المفتاح عادةً إلى خوادم https على الإنترنت فقط. فعّل هذا لخادم محلي أو خادم http عادي مشغّل مع --api-key.</translation>
        </message>
        <message>
            <source>Late Interaction (Page Images)</source>
            <translation>التفاعل المتأخر (صور الصفحات)</translation>
        </message>
        <message>
            <source>Ser&amp;ver:</source>
            <translation>ال&amp;خادم:</translation>
        </message>
        <message>
            <source>M&amp;odel:</source>
            <translation>ال&amp;نموذج:</translation>
        </message>
        <message>
            <source>AP&amp;I:</source>
            <translation>&amp;واجهة API:</translation>
        </message>
        <message>
            <source>Ke&amp;y:</source>
            <translation>المف&amp;تاح:</translation>
        </message>
        <message>
            <source>A ColPali-family server embeds page images for the "late" search signal and the heatmaps, e.g. infinity_emb v2 --model-id vidore/colpali-v1.2-merged, or vllm serve MODEL --runner pooling. Pages are sent only where this library may send page images. PAGELENS_LATE_API_KEY in the environment takes precedence over the keychain.</source>
            <translation>يُضمّن خادم من عائلة ColPali صور الصفحات لإشارة البحث "late" وللخرائط الحرارية، مثل infinity_emb v2 --model-id vidore/colpali-v1.2-merged أو vllm serve MODEL --runner pooling. لا تُرسَل الصفحات إلا حيث يُسمح لهذه المكتبة بإرسال صور الصفحات. تكون الأولوية لـ PAGELENS_LATE_API_KEY في البيئة على سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>Reading the library's setting…</source>
            <translation>يجري قراءة إعداد المكتبة…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>language name, Tesseract code</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No Tesseract language is installed, so pages without a text layer cannot be read.</source>
            <translation>لا توجد لغة Tesseract مثبّتة، لذا تتعذّر قراءة الصفحات التي لا تحتوي على طبقة نص.</translation>
        </message>
        <message>
            <source>Check at least one language.</source>
            <translation>حدّد لغة واحدة على الأقل.</translation>
        </message>
        <message>
            <source>Open a library to choose what it may send.</source>
            <translation>افتح مكتبة لاختيار ما يُسمح لها بإرساله.</translation>
        </message>
        <message>
            <source>Applies to the library in %1. You are shown what would be sent, and asked once for each kind of data, before anything leaves this computer.</source>
            <translation>ينطبق على المكتبة في %1. يُعرض عليك ما سيُرسَل، وتُسأل مرة واحدة لكل نوع من البيانات، قبل أن يغادر أي شيء هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Not chosen yet for the library in %1: you are asked the first time something would leave this computer.</source>
            <translation>لم يُختر بعد للمكتبة في %1: ستُسأل في أول مرة يوشك فيها شيء على مغادرة هذا الحاسوب.</translation>
        </message>
        <message>
            <source>You are asked before this library sends anything.</source>
            <translation>تُسأل قبل أن ترسل هذه المكتبة أي شيء.</translation>
        </message>
        <message>
            <source>You agreed that this library may send %1 without asking again.</source>
            <translation>وافقت على أن ترسل هذه المكتبة %1 دون السؤال مجددًا.</translation>
        </message>
        <message>
            <source>Checking the keychain…</source>
            <translation>يجري فحص سلسلة المفاتيح…</translation>
        </message>
        <message>
            <source>Using the key from the environment variable %1.</source>
            <translation>يُستخدم المفتاح من متغير البيئة %1.</translation>
        </message>
        <message>
            <source>A key is stored in the OS keychain.</source>
            <translation>يوجد مفتاح محفوظ في سلسلة مفاتيح نظام التشغيل.</translation>
        </message>
        <message>
            <source>No key is stored.</source>
            <translation>لا يوجد مفتاح محفوظ.</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1 Install or unlock a keychain (GNOME Keyring or KWallet, reached through the Secret Service), or start PageLens with %2 set in the environment.</source>
            <translation>تتعذّر قراءة سلسلة المفاتيح: %1 ثبّت سلسلة مفاتيح أو افتح قفلها (GNOME Keyring أو KWallet، عبر Secret Service)، أو شغّل PageLens مع ضبط %2 في البيئة.</translation>
        </message>
        <message>
            <source>Storing the key in the OS keychain…</source>
            <translation>يجري حفظ المفتاح في سلسلة مفاتيح نظام التشغيل…</translation>
        </message>
        <message>
            <source>The key could not be stored: %1 Install or unlock a keychain (GNOME Keyring or KWallet), or start PageLens with %2 set in the environment instead.</source>
            <translation>تعذّر حفظ المفتاح: %1 ثبّت سلسلة مفاتيح أو افتح قفلها (GNOME Keyring أو KWallet)، أو شغّل PageLens مع ضبط %2 في البيئة بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>The key was stored in the OS keychain.</source>
            <translation>حُفظ المفتاح في سلسلة مفاتيح نظام التشغيل.</translation>
        </message>
        <message>
            <source>Removing the key from the OS keychain…</source>
            <translation>يجري إزالة المفتاح من سلسلة مفاتيح نظام التشغيل…</translation>
        </message>
        <message>
            <source>The key could not be removed: %1</source>
            <translation>تعذّرت إزالة المفتاح: %1</translation>
        </message>
        <message>
            <source>No key (most local servers need none).</source>
            <translation>لا يوجد مفتاح (لا تحتاج معظم الخوادم المحلية إلى مفتاح).</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1</source>
            <translation>تتعذّر قراءة سلسلة المفاتيح: %1</translation>
        </message>
        <message>
            <source>The key could not be stored: %1 Set PAGELENS_LATE_API_KEY in the environment instead.</source>
            <translation>تعذّر حفظ المفتاح: %1 اضبط PAGELENS_LATE_API_KEY في البيئة بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>Detect objects while indexing</source>
            <translation>اكتشاف الكائنات أثناء الفهرسة</translation>
        </message>
        <message>
            <source>Sends each page image for object detection; needs page images allowed.</source>
            <translation>يرسل كل صورة صفحة لاكتشاف الكائنات؛ يلزم السماح بإرسال صور الصفحات.</translation>
        </message>
        <message>
            <source>Detection prompt</source>
            <translation>تعليمة الاكتشاف</translation>
        </message>
        <message>
            <source>Detection pro&amp;mpt:</source>
            <translation>تعليمة الا&amp;كتشاف:</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ThumbnailStrip</name>
        <message>
            <source>Page thumbnails</source>
            <translation>مصغّرات الصفحات</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>الصفحة %1</translation>
        </message>
        <message>
            <source>Page %1 has detected objects</source>
            <translation>تحتوي الصفحة %1 على كائنات مكتشفة</translation>
        </message>
        <message>
            <source>Page %1, has detected objects</source>
            <translation>الصفحة %1، تحتوي على كائنات مكتشفة</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ViewerPanel</name>
        <message>
            <source>&amp;Previous Page</source>
            <translation>الصفحة ال&amp;سابقة</translation>
        </message>
        <message>
            <source>&amp;Next Page</source>
            <translation>الصفحة ال&amp;تالية</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>ت&amp;كبير</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>ت&amp;صغير</translation>
        </message>
        <message>
            <source>Fit &amp;Width</source>
            <translation>ملاءمة ال&amp;عرض</translation>
        </message>
        <message>
            <source>Fit &amp;Page</source>
            <translation>ملاءمة الصف&amp;حة</translation>
        </message>
        <message>
            <source>&amp;Find in Document…</source>
            <translation>البحث في ال&amp;مستند…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>البحث عن التا&amp;لي</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>البحث عن السا&amp;بق</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;نسخ</translation>
        </message>
        <message>
            <source>Select &amp;All on Page</source>
            <translation>تح&amp;ديد الكل في الصفحة</translation>
        </message>
        <message>
            <source>Copy the words selected on the page (drag over the words to select them)</source>
            <translation>نسخ الكلمات المحددة في الصفحة (اسحب فوق الكلمات لتحديدها)</translation>
        </message>
        <message>
            <source>Rotate &amp;Left</source>
            <translation>تدوير لل&amp;يسار</translation>
        </message>
        <message>
            <source>Rotate &amp;Right</source>
            <translation>تدوير لل&amp;يمين</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>رقم الصفحة</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>مستوى التكبير</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1٪</translation>
        </message>
        <message>
            <source>Viewer tools</source>
            <translation>أدوات العارض</translation>
        </message>
        <message>
            <source>search match</source>
            <translation>تطابق بحث</translation>
        </message>
        <message>
            <source>matched: %1</source>
            <translation>مطابق: %1</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>من %1</translation>
        </message>
        <message>
            <source>&amp;Continuous</source>
            <translation>&amp;متواصل</translation>
        </message>
        <message>
            <source>Show all pages in one scroll</source>
            <translation>عرض كل الصفحات في تمرير واحد</translation>
        </message>
    </context>
    <context>
        <name>ProviderOptions</name>
        <message>
            <source>Model service: gemini (default) or openai.</source>
            <translation>خدمة النماذج: gemini (الافتراضي) أو openai.</translation>
        </message>
        <message>
            <source>Service address (default: the service's own, or PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL).</source>
            <translation>عنوان الخدمة (الافتراضي: عنوان الخدمة نفسها، أو PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL).</translation>
        </message>
        <message>
            <source>Generation model (gemini: gemini-2.5-flash).</source>
            <translation>نموذج التوليد (gemini: gemini-2.5-flash).</translation>
        </message>
        <message>
            <source>Embedding model (gemini: gemini-embedding-001).</source>
            <translation>نموذج التضمين (gemini: gemini-embedding-001).</translation>
        </message>
        <message>
            <source>Send the API key to an http:// or local/private server too (by default it goes only to public https servers).</source>
            <translation>إرسال مفتاح API إلى خادم http:// أو محلي/خاص أيضًا (افتراضيًا لا يُرسَل إلا إلى خوادم https العامة).</translation>
        </message>
        <message>
            <source>Resize images to at most this width before sending, 16 to 8192 (default 600).</source>
            <translation>تغيير حجم الصور إلى هذا العرض كحد أقصى قبل الإرسال، من 16 إلى 8192 (الافتراضي 600).</translation>
        </message>
        <message>
            <source>Image format to send: webp (default), jpeg or png.</source>
            <translation>صيغة الصور المرسلة: webp (الافتراضي) أو jpeg أو png.</translation>
        </message>
        <message>
            <source>Late-interaction server (infinity), e.g. http://localhost:7997 (default: PAGELENS_LATE_URL).</source>
            <translation>خادم التفاعل المتأخر (infinity)، مثل http://localhost:7997 (الافتراضي: PAGELENS_LATE_URL).</translation>
        </message>
        <message>
            <source>Its ColPali-family model, e.g. vidore/colpali-v1.2-merged (default: PAGELENS_LATE_MODEL).</source>
            <translation>نموذجه من عائلة ColPali، مثل vidore/colpali-v1.2-merged (الافتراضي: PAGELENS_LATE_MODEL).</translation>
        </message>
        <message>
            <source>How the server sends vectors: base64 (default) or float.</source>
            <translation>طريقة إرسال الخادم للمتجهات: base64 (الافتراضي) أو float.</translation>
        </message>
        <message>
            <source>The server's API: infinity (/embeddings, default) or vllm (/pooling, task token_embed) (default: PAGELENS_LATE_DIALECT).</source>
            <translation>واجهة API للخادم: infinity (/embeddings، الافتراضي) أو vllm (/pooling، المهمة token_embed) (الافتراضي: PAGELENS_LATE_DIALECT).</translation>
        </message>
        <message>
            <source>A late-interaction server needs both --late-url and --late-model.</source>
            <translation>يحتاج خادم التفاعل المتأخر إلى كلٍّ من --late-url و--late-model.</translation>
        </message>
        <message>
            <source>--late-url takes an http:// or https:// address.</source>
            <translation>يقبل --late-url عنوان http:// أو https://.</translation>
        </message>
        <message>
            <source>--late-encoding takes base64 or float.</source>
            <translation>يقبل --late-encoding القيمتين base64 أو float.</translation>
        </message>
        <message>
            <source>--late-dialect takes infinity or vllm.</source>
            <translation>يقبل --late-dialect القيمتين infinity أو vllm.</translation>
        </message>
        <message>
            <source>Unknown provider "%1": use gemini or openai.</source>
            <translation>مزوّد غير معروف "%1": استخدم gemini أو openai.</translation>
        </message>
        <message>
            <source>No Gemini API key: set GOOGLE_API_KEY or GEMINI_API_KEY, or store a key in the keychain.</source>
            <translation>لا يوجد مفتاح Gemini API: اضبط GOOGLE_API_KEY أو GEMINI_API_KEY، أو احفظ مفتاحًا في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>No OpenAI API key: set OPENAI_API_KEY or store a key in the keychain.</source>
            <translation>لا يوجد مفتاح OpenAI API: اضبط OPENAI_API_KEY أو احفظ مفتاحًا في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>"%1" is not a page number.</source>
            <translation>"%1" ليس رقم صفحة.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>تتعذّر قراءة %1.</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>بكسل</translation>
        </message>
        <message>
            <source>%1 has only %2 pages.</source>
            <translation>لا يحتوي %1 إلا على %2 صفحة.</translation>
        </message>
    </context>
    <context>
        <name>ServiceFailure</name>
        <message>
            <source>The model service refused the API key. Check that the key is valid and allowed to use this API.</source>
            <translation>رفضت خدمة النماذج مفتاح API. تحقق من أن المفتاح صالح ومسموح له باستخدام واجهة API هذه.</translation>
        </message>
        <message>
            <source>The model service does not know this model. Check the model name (--model or --embed-model).</source>
            <translation>لا تعرف خدمة النماذج هذا النموذج. تحقق من اسم النموذج (--model أو --embed-model).</translation>
        </message>
        <message>
            <source>The model service stopped the answer before it was complete. Try again.</source>
            <translation>أوقفت خدمة النماذج الإجابة قبل اكتمالها. حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The model service is overloaded or unavailable right now. Try again in a few minutes.</source>
            <translation>خدمة النماذج محمّلة فوق طاقتها أو غير متاحة حاليًا. حاول مرة أخرى بعد بضع دقائق.</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached.</source>
            <translation>بُلغ حد معدل الطلبات لخدمة النماذج.</translation>
        </message>
        <message>
            <source>The model service rejected the request: %1</source>
            <translation>رفضت خدمة النماذج الطلب: %1</translation>
        </message>
        <message>
            <source>The API key is not valid. Set a valid key in GOOGLE_API_KEY or GEMINI_API_KEY, or store one in the keychain.</source>
            <translation>مفتاح API غير صالح. اضبط مفتاحًا صالحًا في GOOGLE_API_KEY أو GEMINI_API_KEY، أو احفظ مفتاحًا في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>The Gemini API is not enabled for this key's project. Enable it in the Google Cloud console.</source>
            <translation>واجهة Gemini API غير مفعّلة لمشروع هذا المفتاح. فعّلها في وحدة تحكم Google Cloud.</translation>
        </message>
        <message>
            <source>The daily quota of the model service is used up. Try again tomorrow or use another key.</source>
            <translation>استُنفدت الحصة اليومية لخدمة النماذج. حاول مرة أخرى غدًا أو استخدم مفتاحًا آخر.</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached. Try again in %1 seconds.</source>
            <translation>بُلغ حد معدل الطلبات لخدمة النماذج. حاول مرة أخرى بعد %1 ثانية.</translation>
        </message>
        <message>
            <source>The account of this API key has no quota left. Check the plan and billing of the service.</source>
            <translation>لم يتبقَّ أي حصة لحساب مفتاح API هذا. تحقق من خطة الخدمة والفوترة.</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached. Try again in a minute.</source>
            <translation>بُلغ حد معدل الطلبات لخدمة النماذج. حاول مرة أخرى بعد دقيقة.</translation>
        </message>
        <message>
            <source>The model service stopped answering and the request timed out. Check the network and try again.</source>
            <translation>توقفت خدمة النماذج عن الإجابة وانتهت مهلة الطلب. تحقق من الشبكة وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The model service cannot be reached. Check the network connection and the service address.</source>
            <translation>يتعذّر الوصول إلى خدمة النماذج. تحقق من الاتصال بالشبكة وعنوان الخدمة.</translation>
        </message>
    </context>
    <context>
        <name>UiLanguage</name>
        <message>
            <source>System language</source>
            <translation>لغة النظام</translation>
        </message>
    </context>
</TS>
