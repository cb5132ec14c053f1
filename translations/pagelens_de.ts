<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AccessibleNames</name>
        <message>
            <source>Clear %1</source>
            <translation>%1 leeren</translation>
        </message>
        <message>
            <source>More of %1</source>
            <translation>Weitere Elemente von %1</translation>
        </message>
    </context>
    <context>
        <name>AgentCommands</name>
        <message>
            <source>Citations that match no page the agent saw (not shown as sources): %1</source>
            <translation>Zitate, die zu keiner vom Agenten gesehenen Seite passen (nicht als Quellen angezeigt): %1</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n Frage</numerusform>
                <numerusform>%n Fragen</numerusform>
            </translation>
        </message>
        <message>
            <source>Ask the library a question (answers cite pages)</source>
            <translation>Der Bibliothek eine Frage stellen (Antworten zitieren Seiten)</translation>
        </message>
        <message>
            <source>What to ask.</source>
            <translation>Die Frage.</translation>
        </message>
        <message>
            <source>Agree to send the question and what the tools find to the model service.</source>
            <translation>Zustimmen, dass die Frage und die Funde der Werkzeuge an den Modelldienst gesendet werden.</translation>
        </message>
        <message>
            <source>What may leave the machine for this question: never, text or images (default: the library's setting).</source>
            <translation>Was bei dieser Frage den Rechner verlassen darf: never, text oder images (Standard: Einstellung der Bibliothek).</translation>
        </message>
        <message>
            <source>Tool rounds before the agent gives up, 1 to 50 (default 8).</source>
            <translation>Werkzeugrunden, bevor der Agent aufgibt, 1 bis 50 (Standard 8).</translation>
        </message>
        <message>
            <source>Continue this conversation (see --list).</source>
            <translation>Diese Unterhaltung fortsetzen (siehe --list).</translation>
        </message>
        <message>
            <source>List the library's conversations.</source>
            <translation>Die Unterhaltungen der Bibliothek auflisten.</translation>
        </message>
        <message>
            <source>Delete a conversation.</source>
            <translation>Eine Unterhaltung löschen.</translation>
        </message>
        <message>
            <source>Show a stored conversation: its questions, steps, answers and sources.</source>
            <translation>Eine gespeicherte Unterhaltung anzeigen: Fragen, Schritte, Antworten und Quellen.</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli ask QUESTION [options] | ask --list | ask --show ID | ask --delete ID</source>
            <translation>Aufruf: pagelens-cli ask FRAGE [Optionen] | ask --list | ask --show ID | ask --delete ID</translation>
        </message>
        <message>
            <source>tool rounds</source>
            <translation>Werkzeugrunden</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy akzeptiert never, text oder images.</translation>
        </message>
        <message>
            <source>Deleted conversation %1.</source>
            <translation>Unterhaltung %1 gelöscht.</translation>
        </message>
        <message>
            <source>The library's privacy is "never", so no model was asked.</source>
            <translation>Der Datenschutz der Bibliothek steht auf „never“, daher wurde kein Modell gefragt.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>Es ist kein Modelldienst eingerichtet.</translation>
        </message>
        <message>
            <source>Would send to %1 (%2): the question "%3", the page text, captions and snippets the tools find</source>
            <translation>Würde an %1 (%2) senden: die Frage „%3“ sowie Seitentext, Beschreibungen und Textauszüge, die die Werkzeuge finden</translation>
        </message>
        <message>
            <source>, and at most %1 page images per step (WEBP, at most 1024 px)</source>
            <translation>, außerdem höchstens %1 Seitenbilder pro Schritt (WEBP, höchstens 1024 px)</translation>
        </message>
        <message>
            <source>; privacy: %1; at most %2 steps.</source>
            <translation>; Datenschutz: %1; höchstens %2 Schritte.</translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>Es wurde nichts gesendet. Führen Sie den Befehl mit --yes erneut aus, um zuzustimmen.</translation>
        </message>
        <message>
            <source>Nothing was sent to a model service.</source>
            <translation>Es wurde nichts an einen Modelldienst gesendet.</translation>
        </message>
        <message>
            <source>The agent stopped.</source>
            <translation>Der Agent hat angehalten.</translation>
        </message>
    </context>
    <context>
        <name>AgentTools</name>
        <message numerus="yes">
            <source>searched "%1" → %n page(s)</source>
            <translation>
                <numerusform>„%1“ gesucht → eine Seite</numerusform>
                <numerusform>„%1“ gesucht → %n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>looked at %1 p. %2</source>
            <translation>%1 S. %2 angesehen</translation>
        </message>
        <message>
            <source>read %1 p. %2 (no image sent)</source>
            <translation>%1 S. %2 gelesen (kein Bild gesendet)</translation>
        </message>
        <message>
            <source>read the text of %1 p. %2</source>
            <translation>Text von %1 S. %2 gelesen</translation>
        </message>
        <message numerus="yes">
            <source>found %n object(s) on %1 p. %2</source>
            <translation>
                <numerusform>ein Objekt auf %1 S. %2 gefunden</numerusform>
                <numerusform>%n Objekte auf %1 S. %2 gefunden</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>There is no tool named "%1". Use only search_library, view_page, read_page_text and detect_objects.</source>
            <translation>Es gibt kein Werkzeug namens „%1“. Verwenden Sie nur search_library, view_page, read_page_text und detect_objects.</translation>
        </message>
        <message>
            <source>refused the undeclared tool "%1"</source>
            <translation>nicht deklariertes Werkzeug „%1“ abgelehnt</translation>
        </message>
        <message>
            <source>"%1" must be a whole number.</source>
            <translation>„%1“ muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <source>%1: bad argument "%2"</source>
            <translation>%1: ungültiges Argument „%2“</translation>
        </message>
        <message>
            <source>The arguments do not match %1's declaration: %2</source>
            <translation>Die Argumente entsprechen nicht der Deklaration von %1: %2</translation>
        </message>
        <message>
            <source>%1: invalid arguments</source>
            <translation>%1: ungültige Argumente</translation>
        </message>
        <message>
            <source>%1: unknown document "%2"</source>
            <translation>%1: unbekanntes Dokument „%2“</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s); there is no page %2.</source>
            <translation>
                <numerusform>%1 hat eine Seite; eine Seite %2 gibt es nicht.</numerusform>
                <numerusform>%1 hat %n Seiten; eine Seite %2 gibt es nicht.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no page %2 in %3</source>
            <translation>%1: keine Seite %2 in %3</translation>
        </message>
        <message>
            <source>Several documents are named "%1"; give the full path from search_library.</source>
            <translation>Mehrere Dokumente heißen „%1“; geben Sie den vollständigen Pfad aus search_library an.</translation>
        </message>
        <message>
            <source>There is no document "%1" in the library; use a path search_library returned.</source>
            <translation>In der Bibliothek gibt es kein Dokument „%1“; verwenden Sie einen Pfad, den search_library geliefert hat.</translation>
        </message>
        <message>
            <source>The query is empty.</source>
            <translation>Die Suchanfrage ist leer.</translation>
        </message>
        <message>
            <source>search: empty query</source>
            <translation>Suche: leere Suchanfrage</translation>
        </message>
        <message>
            <source>search for "%1" failed</source>
            <translation>Suche nach „%1“ fehlgeschlagen</translation>
        </message>
        <message>
            <source>could not read %1 p. %2</source>
            <translation>%1 S. %2 konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>Object detection needs the page image, and this library's privacy setting allows text only.</source>
            <translation>Die Objekterkennung braucht das Seitenbild, die Datenschutzeinstellung dieser Bibliothek erlaubt aber nur Text.</translation>
        </message>
        <message>
            <source>detect on %1 p. %2: not allowed (privacy)</source>
            <translation>Erkennung auf %1 S. %2: nicht erlaubt (Datenschutz)</translation>
        </message>
        <message>
            <source>No model service is available for object detection.</source>
            <translation>Für die Objekterkennung ist kein Modelldienst verfügbar.</translation>
        </message>
        <message>
            <source>detect: no model service</source>
            <translation>Erkennung: kein Modelldienst</translation>
        </message>
        <message>
            <source>detect on %1 p. %2 failed</source>
            <translation>Erkennung auf %1 S. %2 fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>No display: running headless (see pagelens-cli --help).</source>
            <translation>Keine Anzeige: Ausführung ohne grafische Oberfläche (siehe pagelens-cli --help).</translation>
        </message>
        <message>
            <source>Search folders of PDFs, scans and images.</source>
            <translation>Ordner mit PDFs, Scans und Bildern durchsuchen.</translation>
        </message>
        <message>
            <source>Quit once the window is shown and the library is open (and the given paths are indexed); exit status 0 when that worked. For install checks.</source>
            <translation>Beenden, sobald das Fenster angezeigt und die Bibliothek geöffnet ist (und die angegebenen Pfade indiziert sind); Exit-Status 0, wenn das geklappt hat. Für Installationsprüfungen.</translation>
        </message>
        <message>
            <source>Open the library in &lt;dir&gt;.</source>
            <translation>Die Bibliothek in &lt;Ordner&gt; öffnen.</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>Log debug detail.</source>
            <translation>Details zur Fehlersuche protokollieren.</translation>
        </message>
        <message>
            <source>Files and folders to add to the library.</source>
            <translation>Dateien und Ordner, die zur Bibliothek hinzugefügt werden.</translation>
        </message>
        <message>
            <source>PageLens started: %1</source>
            <translation>PageLens gestartet: %1</translation>
        </message>
        <message>
            <source>PageLens failed to start: the window is not shown.</source>
            <translation>PageLens konnte nicht starten: Das Fenster wird nicht angezeigt.</translation>
        </message>
        <message>
            <source>window shown, library %1 open.</source>
            <translation>Fenster angezeigt, Bibliothek %1 geöffnet.</translation>
        </message>
        <message>
            <source>window shown, %1 indexed, %2 failed.</source>
            <translation>Fenster angezeigt, %1 indiziert, %2 fehlgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>BenchCommands</name>
        <message>
            <source>Run a benchmark (bench --help lists them)</source>
            <translation>Einen Benchmark ausführen (bench --help listet sie auf)</translation>
        </message>
        <message>
            <source>Unknown benchmark %1.</source>
            <translation>Unbekannter Benchmark %1.</translation>
        </message>
        <message>
            <source>Number of vectors (default 10000).</source>
            <translation>Anzahl der Vektoren (Standard 10000).</translation>
        </message>
        <message>
            <source>Dimensions (default 768).</source>
            <translation>Dimensionen (Standard 768).</translation>
        </message>
        <message>
            <source>Number of timed queries (default 200).</source>
            <translation>Anzahl der gemessenen Suchanfragen (Standard 200).</translation>
        </message>
        <message>
            <source>flat, hnsw or auto (default auto: flat below the HNSW threshold).</source>
            <translation>flat, hnsw oder auto (Standard auto: flat unterhalb der HNSW-Schwelle).</translation>
        </message>
        <message>
            <source>OpenMP and BLAS threads (default: one per core).</source>
            <translation>OpenMP- und BLAS-Threads (Standard: einer pro Kern).</translation>
        </message>
        <message>
            <source>Also time FAISS's own IndexFlatIP search, one query at a time.</source>
            <translation>Zusätzlich die eigene IndexFlatIP-Suche von FAISS messen, eine Suchanfrage nach der anderen.</translation>
        </message>
        <message>
            <source>Folder for the index file (default: a temporary folder).</source>
            <translation>Ordner für die Indexdatei (Standard: ein temporärer Ordner).</translation>
        </message>
        <message>
            <source>--index is flat, hnsw or auto.</source>
            <translation>--index akzeptiert flat, hnsw oder auto.</translation>
        </message>
        <message>
            <source>Dense index, %1 pages × %2 dimensions, %3, %4 threads (OpenMP %5)</source>
            <translation>Vektorindex, %1 Seiten × %2 Dimensionen, %3, %4 Threads (OpenMP %5)</translation>
        </message>
        <message>
            <source>  build %1, save %2, load %3, file %4 MB</source>
            <translation>  Aufbau %1, Speichern %2, Laden %3, Datei %4 MB</translation>
        </message>
        <message>
            <source>  query p50 %1, p99 %2 over %3 queries, recall@%4 %5</source>
            <translation>  Suchanfrage p50 %1, p99 %2 über %3 Suchanfragen, Recall@%4 %5</translation>
        </message>
        <message>
            <source>  scan %1 GB/s, memory read %2 GB/s (bound ratio %3)</source>
            <translation>  Scan %1 GB/s, Speicherlesen %2 GB/s (Verhältnis zur Grenze %3)</translation>
        </message>
        <message>
            <source>  FAISS IndexFlatIP::search p50 %1</source>
            <translation>  FAISS IndexFlatIP::search p50 %1</translation>
        </message>
        <message>
            <source>  BLAS: %1; FAISS build: %2</source>
            <translation>  BLAS: %1; FAISS-Build: %2</translation>
        </message>
        <message>
            <source>Number of pages (default 10000).</source>
            <translation>Anzahl der Seiten (Standard 10000).</translation>
        </message>
        <message>
            <source>Vectors per page (default 1030: ColPali's 32 × 32 grid and 6 more).</source>
            <translation>Vektoren pro Seite (Standard 1030: das 32 × 32-Raster von ColPali und 6 weitere).</translation>
        </message>
        <message>
            <source>Dimensions (default 128).</source>
            <translation>Dimensionen (Standard 128).</translation>
        </message>
        <message>
            <source>Vectors per query (default 20).</source>
            <translation>Vektoren pro Suchanfrage (Standard 20).</translation>
        </message>
        <message>
            <source>Number of timed queries (default 20).</source>
            <translation>Anzahl der gemessenen Suchanfragen (Standard 20).</translation>
        </message>
        <message>
            <source>Search threads (default: one per core).</source>
            <translation>Such-Threads (Standard: einer pro Kern).</translation>
        </message>
        <message>
            <source>Patches per pooled vector of the candidate stage (default 32).</source>
            <translation>Patches pro gepooltem Vektor in der Kandidatenstufe (Standard 32).</translation>
        </message>
        <message>
            <source>Pages reranked exactly by the two-stage search (default 256).</source>
            <translation>Seiten, die die zweistufige Suche exakt neu bewertet (Standard 256).</translation>
        </message>
        <message>
            <source>Folder for the vector file (default: a temporary folder).</source>
            <translation>Ordner für die Vektordatei (Standard: ein temporärer Ordner).</translation>
        </message>
        <message>
            <source>Keep the vector file in --dir and reuse it when the pages, vectors, dimensions and pool factor match.</source>
            <translation>Die Vektordatei in --dir behalten und wiederverwenden, wenn Seiten, Vektoren, Dimensionen und Pooling-Faktor übereinstimmen.</translation>
        </message>
        <message>
            <source>--keep needs --dir.</source>
            <translation>--keep erfordert --dir.</translation>
        </message>
        <message>
            <source>MaxSim, %1 pages × %2 vectors × %3 dimensions, %4 query tokens, kernel %5, %6 threads</source>
            <translation>MaxSim, %1 Seiten × %2 Vektoren × %3 Dimensionen, %4 Suchanfrage-Tokens, Kernel %5, %6 Threads</translation>
        </message>
        <message>
            <source>  write %1, open %2, file %3 MB; %4 bytes per page mapped, %5 resident</source>
            <translation>  Schreiben %1, Öffnen %2, Datei %3 MB; %4 Bytes pro Seite gemappt, %5 resident</translation>
        </message>
        <message>
            <source>  exact p50 %1, p99 %2; memory roofline %3 at %4 GB/s (ratio %5)</source>
            <translation>  exakt p50 %1, p99 %2; Speicher-Roofline %3 bei %4 GB/s (Verhältnis %5)</translation>
        </message>
        <message>
            <source>  two-stage p50 %1, p99 %2 (pool factor %3, %4 candidates), recall@%5 %6 over %7 queries</source>
            <translation>  zweistufig p50 %1, p99 %2 (Pooling-Faktor %3, %4 Kandidaten), Recall@%5 %6 über %7 Suchanfragen</translation>
        </message>
        <message>
            <source>Number of timed steps (default 30).</source>
            <translation>Anzahl der gemessenen Schritte (Standard 30).</translation>
        </message>
        <message>
            <source>The page view_page shows (default: the first image of the seed notebook, when found).</source>
            <translation>Die Seite, die view_page zeigt (Standard: das erste Bild des Seed-Notebooks, falls vorhanden).</translation>
        </message>
        <message>
            <source>--pages needs at least 20.</source>
            <translation>--pages muss mindestens 20 sein.</translation>
        </message>
    </context>
    <context>
        <name>CliApp</name>
        <message>
            <source>Usage: pagelens-cli [--library DIR] [--json] [--verbose] COMMAND [ARGS...]</source>
            <translation>Aufruf: pagelens-cli [--library ORDNER] [--json] [--verbose] BEFEHL [ARGUMENTE...]</translation>
        </message>
        <message>
            <source>       pagelens-cli --version | --help</source>
            <translation>       pagelens-cli --version | --help</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Befehle:</translation>
        </message>
        <message>
            <source>Exit codes: 0 ok, 1 usage, 2 some inputs failed, 3 model service error.</source>
            <translation>Exit-Codes: 0 OK, 1 Aufruffehler, 2 einige Eingaben fehlgeschlagen, 3 Fehler des Modelldienstes.</translation>
        </message>
        <message>
            <source>--library needs a folder.</source>
            <translation>--library erfordert einen Ordner.</translation>
        </message>
        <message>
            <source>Unknown option %1.</source>
            <translation>Unbekannte Option %1.</translation>
        </message>
        <message>
            <source>Unknown command %1.</source>
            <translation>Unbekannter Befehl %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsentStore</name>
        <message>
            <source>page text and page images</source>
            <translation>Seitentext und Seitenbilder</translation>
        </message>
        <message>
            <source>page text</source>
            <translation>Seitentext</translation>
        </message>
        <message>
            <source>page images</source>
            <translation>Seitenbilder</translation>
        </message>
    </context>
    <context>
        <name>ConversationStore</name>
        <message>
            <source>The conversation could not be read.</source>
            <translation>Die Unterhaltung konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>There is no conversation "%1" in this library (see ask --list).</source>
            <translation>In dieser Bibliothek gibt es keine Unterhaltung „%1“ (siehe ask --list).</translation>
        </message>
        <message>
            <source>The conversation could not be saved.</source>
            <translation>Die Unterhaltung konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>The conversations could not be read.</source>
            <translation>Die Unterhaltungen konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The conversation could not be deleted.</source>
            <translation>Die Unterhaltung konnte nicht gelöscht werden.</translation>
        </message>
    </context>
    <context>
        <name>DetectionCommands</name>
        <message>
            <source>List the objects stored for a library page</source>
            <translation>Die für eine Bibliotheksseite gespeicherten Objekte auflisten</translation>
        </message>
        <message>
            <source>A page of a library document.</source>
            <translation>Eine Seite eines Bibliotheksdokuments.</translation>
        </message>
        <message>
            <source>Keep the detections in the library (replacing this page's for the same prompt).</source>
            <translation>Die Erkennungen in der Bibliothek speichern (ersetzt die dieser Seite für dieselbe Anweisung).</translation>
        </message>
        <message>
            <source>The instruction sent with the page.</source>
            <translation>Die mit der Seite gesendete Anweisung.</translation>
        </message>
        <message>
            <source>Longest side of the page image sent, 64 to 4096 pixels (default %1).</source>
            <translation>Längste Seite des gesendeten Seitenbilds, 64 bis 4096 Pixel (Standard %1).</translation>
        </message>
        <message>
            <source>What may leave the machine in this run: never, text or images (default: the library's setting).</source>
            <translation>Was bei diesem Lauf den Rechner verlassen darf: never, text oder images (Standard: Einstellung der Bibliothek).</translation>
        </message>
        <message>
            <source>Agree to send the page image.</source>
            <translation>Zustimmen, dass das Seitenbild gesendet wird.</translation>
        </message>
        <message>
            <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
            <translation>Wartezeit in Sekunden, während eine andere PageLens-Instanz in die Bibliothek schreibt (Standard 600).</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>Pixel</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy akzeptiert never, text oder images.</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which the privacy setting (%1) does not allow; nothing was sent. Use --privacy images for this run.</source>
            <translation>Die Objekterkennung sendet das Seitenbild, was die Datenschutzeinstellung (%1) nicht erlaubt; es wurde nichts gesendet. Verwenden Sie --privacy images für diesen Lauf.</translation>
        </message>
        <message>
            <source>Object detection sends 1 page image (%1, longest side %2 px) to %3 at %4.</source>
            <translation>Die Objekterkennung sendet 1 Seitenbild (%1, längste Seite %2 px) an %3 unter %4.</translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>Es wurde nichts gesendet. Führen Sie den Befehl mit --yes erneut aus, um zuzustimmen.</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) stored for %1.</source>
            <translation>
                <numerusform>Ein Objekt für %1 gespeichert.</numerusform>
                <numerusform>%n Objekte für %1 gespeichert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetectionLayer</name>
        <message>
            <source>detected</source>
            <translation>erkannt</translation>
        </message>
        <message>
            <source>detected by %1</source>
            <translation>erkannt von %1</translation>
        </message>
        <message>
            <source>prompt “%1”</source>
            <translation>Anweisung „%1“</translation>
        </message>
    </context>
    <context>
        <name>ExtractiveAnswer</name>
        <message>
            <source>Search results for "%1" (%2 These are passages from your library, not an answer.)</source>
            <translation>Suchergebnisse für „%1“ (%2 Dies sind Textstellen aus Ihrer Bibliothek, keine Antwort.)</translation>
        </message>
        <message>
            <source>No page matches.</source>
            <translation>Keine Seite passt.</translation>
        </message>
    </context>
    <context>
        <name>GeminiCodec</name>
        <message>
            <source>The model service blocked the request for safety reasons (%1).</source>
            <translation>Der Modelldienst hat die Anfrage aus Sicherheitsgründen blockiert (%1).</translation>
        </message>
        <message>
            <source>The model service blocked the answer for safety reasons (%1).</source>
            <translation>Der Modelldienst hat die Antwort aus Sicherheitsgründen blockiert (%1).</translation>
        </message>
        <message>
            <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
            <translation>Die Antwort wurde bei der maximalen Anzahl an Ausgabe-Tokens abgeschnitten. Erlauben Sie mehr Tokens und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The model service returned no answer (finish reason: %1).</source>
            <translation>Der Modelldienst hat keine Antwort geliefert (Abbruchgrund: %1).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>The model service returned an embedding with invalid values.</source>
            <translation>Der Modelldienst hat ein Embedding mit ungültigen Werten geliefert.</translation>
        </message>
        <message>
            <source>The model service returned an empty embedding.</source>
            <translation>Der Modelldienst hat ein leeres Embedding geliefert.</translation>
        </message>
        <message>
            <source>The model service returned %1 embeddings for %2 texts.</source>
            <translation>Der Modelldienst hat %1 Embeddings für %2 Texte geliefert.</translation>
        </message>
    </context>
    <context>
        <name>HeatmapCommands</name>
        <message>
            <source>Where on a page a query matched (late interaction, else term matches)</source>
            <translation>Wo auf einer Seite eine Suchanfrage getroffen hat (Late Interaction, sonst Worttreffer)</translation>
        </message>
        <message>
            <source>The query.</source>
            <translation>Die Suchanfrage.</translation>
        </message>
        <message>
            <source>The page (1-based).</source>
            <translation>Die Seite (ab 1 gezählt).</translation>
        </message>
        <message>
            <source>Write the page with the heatmap and a legend to this PNG.</source>
            <translation>Die Seite mit der Heatmap und einer Legende in diese PNG-Datei schreiben.</translation>
        </message>
        <message>
            <source>Password of an encrypted PDF.</source>
            <translation>Passwort einer verschlüsselten PDF-Datei.</translation>
        </message>
        <message>
            <source>Send PAGELENS_LATE_API_KEY to an http:// or local server too.</source>
            <translation>PAGELENS_LATE_API_KEY auch an einen http://- oder lokalen Server senden.</translation>
        </message>
        <message>
            <source>"%1" is not a page number.</source>
            <translation>„%1“ ist keine Seitenzahl.</translation>
        </message>
        <message>
            <source>The query has no words to map.</source>
            <translation>Die Suchanfrage enthält keine Wörter für eine Heatmap.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 hat eine Seite.</numerusform>
                <numerusform>%1 hat %n Seiten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing term matches instead.</source>
            <translation>Stattdessen werden Worttreffer angezeigt.</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>%1 kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>%1 heatmap, %2 x %3 cells; strongest at x=%4, y=%5 of the page</source>
            <translation>Heatmap (%1), %2 x %3 Zellen; am stärksten bei x=%4, y=%5 der Seite</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>%1 geschrieben</translation>
        </message>
    </context>
    <context>
        <name>HeatmapLayer</name>
        <message>
            <source>%1 at x %2–%3, y %4–%5 of the page</source>
            <translation>%1 bei x %2–%3, y %4–%5 der Seite</translation>
        </message>
    </context>
    <context>
        <name>IndexRunner</name>
        <message>
            <source>Password to try on documents that need one.</source>
            <translation>Passwort, das bei Dokumenten versucht wird, die eines benötigen.</translation>
        </message>
        <message>
            <source>Tesseract languages, e.g. eng+deu (default eng).</source>
            <translation>Tesseract-Sprachen, z. B. eng+deu (Standard eng).</translation>
        </message>
        <message>
            <source>Render/OCR threads, 0 to 256 (default 0: one per core).</source>
            <translation>Render-/OCR-Threads, 0 bis 256 (Standard 0: einer pro Kern).</translation>
        </message>
        <message>
            <source>Seconds a document reader may take on one page, 1 to 3600 (default 60); a file that takes longer fails.</source>
            <translation>Sekunden, die ein Dokumentleser für eine Seite brauchen darf, 1 bis 3600 (Standard 60); eine Datei, die länger braucht, schlägt fehl.</translation>
        </message>
        <message>
            <source>What may leave the machine in this run: never, text or images (default: the library's setting).</source>
            <translation>Was bei diesem Lauf den Rechner verlassen darf: never, text oder images (Standard: Einstellung der Bibliothek).</translation>
        </message>
        <message>
            <source>Agree to the egress and cost preview and send.</source>
            <translation>Der Vorschau von Datenversand und Kosten zustimmen und senden.</translation>
        </message>
        <message>
            <source>Embedding dimension, 1 to 8192 (default 768).</source>
            <translation>Embedding-Dimension, 1 bis 8192 (Standard 768).</translation>
        </message>
        <message>
            <source>Embed page text only; send no page images.</source>
            <translation>Nur Seitentext einbetten; keine Seitenbilder senden.</translation>
        </message>
        <message>
            <source>Caption requests per minute, 0 (no limit) to 1000 (default 10, Gemini's free tier).</source>
            <translation>Beschreibungsanfragen pro Minute, 0 (keine Begrenzung) bis 1000 (Standard 10, kostenloses Kontingent von Gemini).</translation>
        </message>
        <message>
            <source>Caption requests at once, 1 to 32 (default 2).</source>
            <translation>Gleichzeitige Beschreibungsanfragen, 1 bis 32 (Standard 2).</translation>
        </message>
        <message>
            <source>Replace vectors made with another embedding model or dimension.</source>
            <translation>Vektoren ersetzen, die mit einem anderen Embedding-Modell oder einer anderen Dimension erstellt wurden.</translation>
        </message>
        <message>
            <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
            <translation>Wartezeit in Sekunden, während eine andere PageLens-Instanz in die Bibliothek schreibt (Standard 600).</translation>
        </message>
        <message>
            <source>render/OCR threads; 0: one per core</source>
            <translation>Render-/OCR-Threads; 0: einer pro Kern</translation>
        </message>
        <message>
            <source>seconds per page</source>
            <translation>Sekunden pro Seite</translation>
        </message>
        <message>
            <source>embedding dimensions</source>
            <translation>Embedding-Dimensionen</translation>
        </message>
        <message>
            <source>caption requests per minute; 0: no limit</source>
            <translation>Beschreibungsanfragen pro Minute; 0: keine Begrenzung</translation>
        </message>
        <message>
            <source>caption requests at once</source>
            <translation>gleichzeitige Beschreibungsanfragen</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy akzeptiert never, text oder images.</translation>
        </message>
        <message>
            <source>Late interaction: every page is embedded with %1.</source>
            <translation>Late Interaction: Jede Seite wird mit %1 eingebettet.</translation>
        </message>
        <message>
            <source>Late interaction sends page images, which the privacy setting (%1) does not allow; nothing was sent.</source>
            <translation>Late Interaction sendet Seitenbilder, was die Datenschutzeinstellung (%1) nicht erlaubt; es wurde nichts gesendet.</translation>
        </message>
        <message numerus="yes">
            <source>Late interaction: %n page image(s) would be sent to %1 (%2).</source>
            <translation>
                <numerusform>Late Interaction: Ein Seitenbild würde an %1 (%2) gesendet.</numerusform>
                <numerusform>Late Interaction: %n Seitenbilder würden an %1 (%2) gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>Es wurde nichts gesendet. Führen Sie den Befehl mit --yes erneut aus, um zuzustimmen.</translation>
        </message>
        <message>
            <source>%1 pages embedded for late interaction, %2 could not be read, %3 requests%4</source>
            <translation>%1 Seiten für Late Interaction eingebettet, %2 nicht lesbar, %3 Anfragen%4</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (abgebrochen)</translation>
        </message>
        <message numerus="yes">
            <source>indexed  %1 (%n page(s))</source>
            <translation>
                <numerusform>indiziert  %1 (eine Seite)</numerusform>
                <numerusform>indiziert  %1 (%n Seiten)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>partial  %1: %2 of %n page(s) could not be read</source>
            <translation>
                <numerusform>teilweise  %1: %2 von einer Seite nicht lesbar</numerusform>
                <numerusform>teilweise  %1: %2 von %n Seiten nicht lesbar</numerusform>
            </translation>
        </message>
        <message>
            <source>page %1: %2</source>
            <translation>Seite %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) left "indexing" by an interrupted run were reset to pending.</source>
            <translation>
                <numerusform>Ein Dokument, das ein abgebrochener Lauf bei „Indizierung“ hinterlassen hat, wurde auf „ausstehend“ zurückgesetzt.</numerusform>
                <numerusform>%n Dokumente, die ein abgebrochener Lauf bei „Indizierung“ hinterlassen hat, wurden auf „ausstehend“ zurückgesetzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) kept changing while they were read and stay pending.</source>
            <translation>
                <numerusform>Ein Dokument hat sich beim Lesen ständig geändert und bleibt ausstehend.</numerusform>
                <numerusform>%n Dokumente haben sich beim Lesen ständig geändert und bleiben ausstehend.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 indexed, %2 with errors, %3 failed, %4 need a password; %5 pages (%6 text layer, %7 OCR) in %8 s%9</source>
            <translation>%1 indiziert, %2 mit Fehlern, %3 fehlgeschlagen, %4 brauchen ein Passwort; %5 Seiten (%6 Textebene, %7 OCR) in %8 s%9</translation>
        </message>
        <message>
            <source>%1 captioned, %2 embedded, %3 refused by the model, %4 requests%5</source>
            <translation>%1 beschrieben, %2 eingebettet, %3 vom Modell abgelehnt, %4 Anfragen%5</translation>
        </message>
        <message>
            <source>Also detect objects on every page not yet detected (sends page images).</source>
            <translation>Zusätzlich Objekte auf jeder noch nicht untersuchten Seite erkennen (sendet Seitenbilder).</translation>
        </message>
        <message>
            <source>The prompt for --detect (default: the library's, else prominent items).</source>
            <translation>Die Anweisung für --detect (Standard: die der Bibliothek, sonst auffällige Elemente).</translation>
        </message>
        <message>
            <source>%1 pages detected, %2 unusable answers (asked again next run)</source>
            <translation>%1 Seiten untersucht, %2 unbrauchbare Antworten (beim nächsten Lauf erneut angefragt)</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommands</name>
        <message>
            <source>--type takes pdf, image or scan, not "%1".</source>
            <translation>--type akzeptiert pdf, image oder scan, nicht „%1“.</translation>
        </message>
        <message>
            <source>--%1 takes a day such as 2024-05-31.</source>
            <translation>--%1 akzeptiert einen Tag wie 2024-05-31.</translation>
        </message>
        <message>
            <source>--sort takes relevance, name or date.</source>
            <translation>--sort akzeptiert relevance, name oder date.</translation>
        </message>
        <message>
            <source>Add files and folders to the library and index them</source>
            <translation>Dateien und Ordner zur Bibliothek hinzufügen und indizieren</translation>
        </message>
        <message>
            <source>Pick up changes and index pending documents</source>
            <translation>Änderungen übernehmen und ausstehende Dokumente indizieren</translation>
        </message>
        <message>
            <source>List the documents and their state</source>
            <translation>Die Dokumente und ihren Status auflisten</translation>
        </message>
        <message>
            <source>Take documents or folders out of the library (the files stay)</source>
            <translation>Dokumente oder Ordner aus der Bibliothek entfernen (die Dateien bleiben erhalten)</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Die Bibliothek durchsuchen</translation>
        </message>
        <message>
            <source>Find words in one document: every occurrence, page by page, with boxes</source>
            <translation>Wörter in einem Dokument finden: jedes Vorkommen, Seite für Seite, mit Rahmen</translation>
        </message>
        <message>
            <source>Render a page to an image, with layers</source>
            <translation>Eine Seite als Bild rendern, mit Ebenen</translation>
        </message>
        <message>
            <source>Run a relevance set: Recall@5, MRR@10, nDCG@5</source>
            <translation>Ein Relevanzset auswerten: Recall@5, MRR@10, nDCG@5</translation>
        </message>
        <message>
            <source>Check the catalog; rebuild its indexes, or a new catalog from the library's files</source>
            <translation>Den Katalog prüfen; seine Indizes oder einen neuen Katalog aus den Dateien der Bibliothek neu aufbauen</translation>
        </message>
        <message>
            <source>Files and folders to add.</source>
            <translation>Hinzuzufügende Dateien und Ordner.</translation>
        </message>
        <message>
            <source>page %1: %2</source>
            <translation>Seite %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) left "indexing" by an interrupted run were reset to pending.</source>
            <translation>
                <numerusform>Ein Dokument, das ein abgebrochener Lauf bei „Indizierung“ hinterlassen hat, wurde auf „ausstehend“ zurückgesetzt.</numerusform>
                <numerusform>%n Dokumente, die ein abgebrochener Lauf bei „Indizierung“ hinterlassen hat, wurden auf „ausstehend“ zurückgesetzt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The library is read-only: search, status and render work; add and index do not.</source>
            <translation>Die Bibliothek ist schreibgeschützt: search, status und render funktionieren, add und index nicht.</translation>
        </message>
        <message>
            <source>Documents or folders to take out of the library.</source>
            <translation>Dokumente oder Ordner, die aus der Bibliothek entfernt werden.</translation>
        </message>
        <message>
            <source>Seconds to wait for another PageLens writing to the library (default 600).</source>
            <translation>Wartezeit in Sekunden auf eine andere PageLens-Instanz, die in die Bibliothek schreibt (Standard 600).</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n document(s) from the library; the files were not touched.</source>
            <translation>
                <numerusform>Ein Dokument aus der Bibliothek entfernt; die Datei wurde nicht angetastet.</numerusform>
                <numerusform>%n Dokumente aus der Bibliothek entfernt; die Dateien wurden nicht angetastet.</numerusform>
            </translation>
        </message>
        <message>
            <source>What to look for.</source>
            <translation>Wonach gesucht wird.</translation>
        </message>
        <message>
            <source>Number of hits, 1 to 1000 (default 10).</source>
            <translation>Anzahl der Treffer, 1 bis 1000 (Standard 10).</translation>
        </message>
        <message>
            <source>Only the signals that need no model service (bm25, objects), as the window searches while you type.</source>
            <translation>Nur die Signale, die keinen Modelldienst brauchen (bm25, objects), wie bei der Suche im Fenster während der Eingabe.</translation>
        </message>
        <message>
            <source>Only documents at or below this folder.</source>
            <translation>Nur Dokumente in oder unterhalb dieses Ordners.</translation>
        </message>
        <message>
            <source>Only these document types: pdf, image, scan (comma-separated).</source>
            <translation>Nur diese Dokumenttypen: pdf, image, scan (durch Kommas getrennt).</translation>
        </message>
        <message>
            <source>Only documents modified on or after this day.</source>
            <translation>Nur Dokumente, die an oder nach diesem Tag geändert wurden.</translation>
        </message>
        <message>
            <source>Only documents modified on or before this day.</source>
            <translation>Nur Dokumente, die an oder vor diesem Tag geändert wurden.</translation>
        </message>
        <message>
            <source>Order of the hits: relevance (default), name, date (newest first).</source>
            <translation>Reihenfolge der Treffer: relevance (Standard), name, date (neueste zuerst).</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli search QUERY [options]</source>
            <translation>Aufruf: pagelens-cli search SUCHANFRAGE [Optionen]</translation>
        </message>
        <message>
            <source>Query syntax:</source>
            <translation>Suchsyntax:</translation>
        </message>
        <message>
            <source>Quote the whole query for the shell; a query that starts with '-' goes after --.</source>
            <translation>Setzen Sie die ganze Suchanfrage für die Shell in Anführungszeichen; eine Suchanfrage, die mit „-“ beginnt, gehört hinter --.</translation>
        </message>
        <message>
            <source>hits to show</source>
            <translation>anzuzeigende Treffer</translation>
        </message>
        <message>
            <source>No page has all the words; pages with most of them:</source>
            <translation>Keine Seite enthält alle Wörter; Seiten mit den meisten davon:</translation>
        </message>
        <message>
            <source>Pages with some of the words:</source>
            <translation>Seiten mit einigen der Wörter:</translation>
        </message>
        <message>
            <source>The words to find, in this order.</source>
            <translation>Die zu findenden Wörter, in dieser Reihenfolge.</translation>
        </message>
        <message>
            <source>A document of the library.</source>
            <translation>Ein Dokument der Bibliothek.</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>Ein Treffer</numerusform>
                <numerusform>%n Treffer</numerusform>
            </translation>
        </message>
        <message>
            <source>The page to render.</source>
            <translation>Die zu rendernde Seite.</translation>
        </message>
        <message>
            <source>Output image file.</source>
            <translation>Ausgabe-Bilddatei.</translation>
        </message>
        <message>
            <source>Resolution (default 150).</source>
            <translation>Auflösung (Standard 150).</translation>
        </message>
        <message>
            <source>Password of an encrypted PDF.</source>
            <translation>Passwort einer verschlüsselten PDF-Datei.</translation>
        </message>
        <message>
            <source>Draw these layers of a library page: detections, hits (with --query).</source>
            <translation>Diese Ebenen einer Bibliotheksseite zeichnen: detections, hits (mit --query).</translation>
        </message>
        <message>
            <source>The search whose hit boxes the hits layer draws.</source>
            <translation>Die Suche, deren Trefferrahmen die Ebene „hits“ zeichnet.</translation>
        </message>
        <message>
            <source>--layers takes detections and hits, not "%1".</source>
            <translation>--layers akzeptiert detections und hits, nicht „%1“.</translation>
        </message>
        <message>
            <source>The hits layer needs --query.</source>
            <translation>Die Ebene „hits“ erfordert --query.</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli render PATH#PAGE -o OUT.png [--dpi N] (%1-%2 dpi)</source>
            <translation>Aufruf: pagelens-cli render PFAD#SEITE -o AUSGABE.png [--dpi N] (%1–%2 dpi)</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 hat eine Seite.</numerusform>
                <numerusform>%1 hat %n Seiten.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>%1 kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Relevance set (TSV).</source>
            <translation>Relevanzset (TSV).</translation>
        </message>
        <message>
            <source>Folder the relevance set's paths are relative to.</source>
            <translation>Ordner, auf den sich die Pfade des Relevanzsets beziehen.</translation>
        </message>
        <message>
            <source>Catalog check: %1</source>
            <translation>Katalogprüfung: %1</translation>
        </message>
        <message>
            <source>Text indexes (pages_fts, pages_trigram) rebuilt from the catalog's pages.</source>
            <translation>Textindizes (pages_fts, pages_trigram) aus den Seiten des Katalogs neu aufgebaut.</translation>
        </message>
        <message numerus="yes">
            <source>Dense index rebuilt from the catalog: %n vector(s).</source>
            <translation>
                <numerusform>Vektorindex aus dem Katalog neu aufgebaut: ein Vektor.</numerusform>
                <numerusform>Vektorindex aus dem Katalog neu aufgebaut: %n Vektoren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows were lost, so a new catalog was made. The damaged one is kept at %1.</source>
            <translation>Es gingen Zeilen verloren, daher wurde ein neuer Katalog angelegt. Der beschädigte liegt unter %1.</translation>
        </message>
        <message numerus="yes">
            <source>Added again from the files the library knew (%n folder(s) and file(s)):</source>
            <translation>
                <numerusform>Erneut hinzugefügt aus den Dateien, die die Bibliothek kannte (ein Ordner bzw. eine Datei):</numerusform>
                <numerusform>Erneut hinzugefügt aus den Dateien, die die Bibliothek kannte (%n Ordner und Dateien):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) read again.</source>
            <translation>
                <numerusform>Ein Dokument erneut gelesen.</numerusform>
                <numerusform>%n Dokumente erneut gelesen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaGuard</name>
        <message>
            <source>A media part has no MIME type.</source>
            <translation>Ein Medienteil hat keinen MIME-Typ.</translation>
        </message>
        <message>
            <source>The model service cannot read %1 content.</source>
            <translation>Der Modelldienst kann keine Inhalte vom Typ %1 lesen.</translation>
        </message>
        <message>
            <source>A media part has no content.</source>
            <translation>Ein Medienteil hat keinen Inhalt.</translation>
        </message>
        <message>
            <source>%1 is too large to send (%2 MB, limit %3 MB).</source>
            <translation>%1 ist zu groß zum Senden (%2 MB, Grenze %3 MB).</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The %1 content is too large to send inline (%2 MB, limit %3 MB).</source>
            <translation>Der Inhalt vom Typ %1 ist zu groß, um ihn direkt in der Anfrage zu senden (%2 MB, Grenze %3 MB).</translation>
        </message>
        <message>
            <source>The %1 content is too large to upload (%2 MB, limit %3 MB).</source>
            <translation>Der Inhalt vom Typ %1 ist zu groß zum Hochladen (%2 MB, Grenze %3 MB).</translation>
        </message>
        <message>
            <source>The request is too large to send inline (%1 MB, limit %2 MB).</source>
            <translation>Die Anfrage ist zu groß, um sie mit direkt eingebundenen Daten zu senden (%1 MB, Grenze %2 MB).</translation>
        </message>
    </context>
    <context>
        <name>ModelCommands</name>
        <message>
            <source>Describe an image or a page with the model</source>
            <translation>Ein Bild oder eine Seite mit dem Modell beschreiben</translation>
        </message>
        <message>
            <source>Describe the difference between two images</source>
            <translation>Den Unterschied zwischen zwei Bildern beschreiben</translation>
        </message>
        <message>
            <source>Summarize a whole PDF with the model</source>
            <translation>Eine ganze PDF-Datei mit dem Modell zusammenfassen</translation>
        </message>
        <message>
            <source>Detect objects: labels and boxes (pixels, or stored for a library page)</source>
            <translation>Objekte erkennen: Beschriftungen und Rahmen (in Pixeln oder für eine Bibliotheksseite gespeichert)</translation>
        </message>
        <message>
            <source>Print embedding vectors of texts</source>
            <translation>Embedding-Vektoren von Texten ausgeben</translation>
        </message>
        <message>
            <source>Image, or PDF page as FILE#PAGE.</source>
            <translation>Bild oder PDF-Seite als DATEI#SEITE.</translation>
        </message>
        <message>
            <source>Two images (or PDF pages as FILE#PAGE).</source>
            <translation>Zwei Bilder (oder PDF-Seiten als DATEI#SEITE).</translation>
        </message>
        <message>
            <source>A PDF file.</source>
            <translation>Eine PDF-Datei.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>%1 kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>%1 is not a PDF file.</source>
            <translation>%1 ist keine PDF-Datei.</translation>
        </message>
        <message>
            <source>Write the image with boxes and labels to this PNG.</source>
            <translation>Das Bild mit Rahmen und Beschriftungen in diese PNG-Datei schreiben.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>%1 kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Image size: %1 x %2</source>
            <translation>Bildgröße: %1 x %2</translation>
        </message>
        <message>
            <source>Texts to embed.</source>
            <translation>Einzubettende Texte.</translation>
        </message>
        <message>
            <source>query or document (default).</source>
            <translation>query oder document (Standard).</translation>
        </message>
        <message>
            <source>Output dimensions, 1 to 8192 (default: the model's).</source>
            <translation>Ausgabedimensionen, 1 bis 8192 (Standard: die des Modells).</translation>
        </message>
        <message>
            <source>--task takes query or document.</source>
            <translation>--task akzeptiert query oder document.</translation>
        </message>
        <message>
            <source>output dimensions</source>
            <translation>Ausgabedimensionen</translation>
        </message>
        <message>
            <source>%1 (%2 dimensions): [%3, ...]</source>
            <translation>%1 (%2 Dimensionen): [%3, ...]</translation>
        </message>
    </context>
    <context>
        <name>ObjectDetector</name>
        <message>
            <source>The model did not return any bounding boxes.</source>
            <translation>Das Modell hat keine Begrenzungsrahmen geliefert.</translation>
        </message>
        <message>
            <source>The model returned a bounding box without four coordinates.</source>
            <translation>Das Modell hat einen Begrenzungsrahmen ohne vier Koordinaten geliefert.</translation>
        </message>
        <message>
            <source>The model returned a bounding box without a label.</source>
            <translation>Das Modell hat einen Begrenzungsrahmen ohne Beschriftung geliefert.</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) reached outside the image and were cut at its edge.</source>
            <translation>
                <numerusform>Ein Rahmen ragte über das Bild hinaus und wurde am Rand abgeschnitten.</numerusform>
                <numerusform>%n Rahmen ragten über das Bild hinaus und wurden am Rand abgeschnitten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) had their corners the wrong way round and were turned.</source>
            <translation>
                <numerusform>Bei einem Rahmen lagen die Ecken verkehrt herum; er wurde gedreht.</numerusform>
                <numerusform>Bei %n Rahmen lagen die Ecken verkehrt herum; sie wurden gedreht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) without area were dropped.</source>
            <translation>
                <numerusform>Ein Rahmen ohne Fläche wurde verworfen.</numerusform>
                <numerusform>%n Rahmen ohne Fläche wurden verworfen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segmentation mask(s) could not be read; their boxes are kept.</source>
            <translation>
                <numerusform>Eine Segmentierungsmaske konnte nicht gelesen werden; ihr Rahmen bleibt erhalten.</numerusform>
                <numerusform>%n Segmentierungsmasken konnten nicht gelesen werden; ihre Rahmen bleiben erhalten.</numerusform>
            </translation>
        </message>
        <message>
            <source>The model found %1 objects; the first %2 are kept.</source>
            <translation>Das Modell hat %1 Objekte gefunden; die ersten %2 werden behalten.</translation>
        </message>
    </context>
    <context>
        <name>OpenAiCodec</name>
        <message>
            <source>This model service cannot read %1 links; send the file itself.</source>
            <translation>Dieser Modelldienst kann keine %1-Links lesen; senden Sie die Datei selbst.</translation>
        </message>
        <message>
            <source>This model service cannot read PDF files; send page images instead.</source>
            <translation>Dieser Modelldienst kann keine PDF-Dateien lesen; senden Sie stattdessen Seitenbilder.</translation>
        </message>
        <message>
            <source>The model service refused to answer (content filter).</source>
            <translation>Der Modelldienst hat die Antwort verweigert (Inhaltsfilter).</translation>
        </message>
        <message>
            <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
            <translation>Die Antwort wurde bei der maximalen Anzahl an Ausgabe-Tokens abgeschnitten. Erlauben Sie mehr Tokens und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The model returned a malformed tool call.</source>
            <translation>Das Modell hat einen fehlerhaften Werkzeugaufruf geliefert.</translation>
        </message>
        <message>
            <source>The model service returned no answer (finish reason: %1).</source>
            <translation>Der Modelldienst hat keine Antwort geliefert (Abbruchgrund: %1).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>The model service returned an embedding with invalid values.</source>
            <translation>Der Modelldienst hat ein Embedding mit ungültigen Werten geliefert.</translation>
        </message>
        <message>
            <source>The model service returned an empty embedding.</source>
            <translation>Der Modelldienst hat ein leeres Embedding geliefert.</translation>
        </message>
        <message>
            <source>The model service returned %1 embeddings for %2 texts.</source>
            <translation>Der Modelldienst hat %1 Embeddings für %2 Texte geliefert.</translation>
        </message>
    </context>
    <context>
        <name>PageLens</name>
        <message>
            <source>Dense vector index: build, save, load, query latency, recall@10</source>
            <translation>Vektorindex: Aufbau, Speichern, Laden, Suchlatenz, Recall@10</translation>
        </message>
        <message>
            <source>Late interaction (MaxSim): exact and two-stage latency, recall@10, memory roofline</source>
            <translation>Late Interaction (MaxSim): exakte und zweistufige Latenz, Recall@10, Speicher-Roofline</translation>
        </message>
        <message>
            <source>Agent: its own time per step (search, view, read, request), model excluded</source>
            <translation>Agent: eigene Zeit pro Schritt (Suchen, Ansehen, Lesen, Anfrage), ohne Modell</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli bench NAME [OPTIONS]</source>
            <translation>Aufruf: pagelens-cli bench NAME [OPTIONEN]</translation>
        </message>
        <message>
            <source>Benchmarks:</source>
            <translation>Benchmarks:</translation>
        </message>
        <message>
            <source>Unexpected argument %1.</source>
            <translation>Unerwartetes Argument %1.</translation>
        </message>
        <message>
            <source>--%1 needs a positive number.</source>
            <translation>--%1 erfordert eine positive Zahl.</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli %1 %2</source>
            <translation>Aufruf: pagelens-cli %1 %2</translation>
        </message>
        <message>
            <source>%1 takes a whole number from %2 to %3 (%4).</source>
            <translation>%1 akzeptiert eine ganze Zahl von %2 bis %3 (%4).</translation>
        </message>
        <message>
            <source>Name a page as PATH#PAGE (pages count from 1).</source>
            <translation>Geben Sie eine Seite als PFAD#SEITE an (Seiten werden ab 1 gezählt).</translation>
        </message>
        <message>
            <source>%1 is not indexed yet (run index).</source>
            <translation>%1 ist noch nicht indiziert (führen Sie index aus).</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 hat eine Seite.</numerusform>
                <numerusform>%1 hat %n Seiten.</numerusform>
            </translation>
        </message>
        <message>
            <source>--wait takes a number of seconds (0 or more).</source>
            <translation>--wait akzeptiert eine Anzahl Sekunden (0 oder mehr).</translation>
        </message>
        <message>
            <source>Signals to use, e.g. bm25,dense,late (default: all the library has).</source>
            <translation>Zu verwendende Signale, z. B. bm25,dense,late (Standard: alle, die die Bibliothek hat).</translation>
        </message>
        <message>
            <source>Fusion weights, e.g. bm25=1,dense=0.5 (default 1 each).</source>
            <translation>Fusionsgewichte, z. B. bm25=1,dense=0.5 (Standard jeweils 1).</translation>
        </message>
        <message>
            <source>Signal "%1" skipped: %2</source>
            <translation>Signal „%1“ übersprungen: %2</translation>
        </message>
        <message>
            <source>Tokens: %1 prompt, %2 output, %3 total.</source>
            <translation>Tokens: %1 Prompt, %2 Ausgabe, %3 gesamt.</translation>
        </message>
        <message>
            <source>--as takes bytes, base64 or uri, not "%1".</source>
            <translation>--as akzeptiert bytes, base64 oder uri, nicht „%1“.</translation>
        </message>
        <message>
            <source>Cannot write a temporary file for the upload.</source>
            <translation>Für das Hochladen kann keine temporäre Datei geschrieben werden.</translation>
        </message>
        <message>
            <source>How to send the file: bytes (default), base64 or uri (upload).</source>
            <translation>Wie die Datei gesendet wird: bytes (Standard), base64 oder uri (Hochladen).</translation>
        </message>
        <message>
            <source>The instruction sent with the file.</source>
            <translation>Die mit der Datei gesendete Anweisung.</translation>
        </message>
        <message>
            <source>Could not save the index file.</source>
            <translation>Die Indexdatei konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>The index file %1 is damaged or missing.</source>
            <translation>Die Indexdatei %1 ist beschädigt oder fehlt.</translation>
        </message>
        <message>
            <source>Could not save %1 (%2). The library keeps its previous index; free disk space and index again.</source>
            <translation>%1 konnte nicht gespeichert werden (%2). Die Bibliothek behält ihren bisherigen Index; geben Sie Speicherplatz frei und indizieren Sie erneut.</translation>
        </message>
        <message>
            <source>Could not read the index file %1.</source>
            <translation>Die Indexdatei %1 konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The benchmark needs positive --pages, --dim and --queries.</source>
            <translation>Der Benchmark erfordert positive Werte für --pages, --dim und --queries.</translation>
        </message>
        <message>
            <source>Could not create a temporary folder.</source>
            <translation>Es konnte kein temporärer Ordner angelegt werden.</translation>
        </message>
        <message>
            <source>The FAISS baseline failed.</source>
            <translation>Die FAISS-Vergleichsmessung ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>The vector index file %1 is damaged or missing; it will be rebuilt from the catalog.</source>
            <translation>Die Vektorindexdatei %1 ist beschädigt oder fehlt; sie wird aus dem Katalog neu aufgebaut.</translation>
        </message>
        <message>
            <source>Could not read the vector index %1.</source>
            <translation>Der Vektorindex %1 konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The vector index holds %1-dimensional embeddings but the library uses %2 dimensions; it will be rebuilt.</source>
            <translation>Der Vektorindex enthält %1-dimensionale Embeddings, die Bibliothek verwendet aber %2 Dimensionen; er wird neu aufgebaut.</translation>
        </message>
        <message>
            <source>Not enough memory for the vector index.</source>
            <translation>Nicht genügend Arbeitsspeicher für den Vektorindex.</translation>
        </message>
        <message>
            <source>The embedding has %1 dimensions but the library's vector index holds %2-dimensional embeddings.</source>
            <translation>Das Embedding hat %1 Dimensionen, der Vektorindex der Bibliothek enthält aber %2-dimensionale Embeddings.</translation>
        </message>
        <message>
            <source>Could not add to the vector index.</source>
            <translation>Der Vektorindex konnte nicht ergänzt werden.</translation>
        </message>
        <message>
            <source>The embedding of page %1 is zero or not a number.</source>
            <translation>Das Embedding von Seite %1 ist null oder keine Zahl.</translation>
        </message>
        <message>
            <source>Could not remove pages from the vector index.</source>
            <translation>Seiten konnten nicht aus dem Vektorindex entfernt werden.</translation>
        </message>
        <message>
            <source>The query embedding is zero or not a number.</source>
            <translation>Das Embedding der Suchanfrage ist null oder keine Zahl.</translation>
        </message>
        <message>
            <source>Could not search the vector index.</source>
            <translation>Der Vektorindex konnte nicht durchsucht werden.</translation>
        </message>
        <message>
            <source>Could not rebuild the vector index.</source>
            <translation>Der Vektorindex konnte nicht neu aufgebaut werden.</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Could not save the vector index.</source>
            <translation>Der Vektorindex konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>The vector index file uses another similarity measure; it will be rebuilt.</source>
            <translation>Die Vektorindexdatei verwendet ein anderes Ähnlichkeitsmaß; sie wird neu aufgebaut.</translation>
        </message>
        <message>
            <source>Could not delete old vector index files in %1.</source>
            <translation>Alte Vektorindexdateien in %1 konnten nicht gelöscht werden.</translation>
        </message>
        <message>
            <source>The benchmark needs positive --pages, --patches, --dim, --query-tokens and --queries.</source>
            <translation>Der Benchmark erfordert positive Werte für --pages, --patches, --dim, --query-tokens und --queries.</translation>
        </message>
        <message>
            <source>The query vectors do not have the %1 dimensions of the page vectors.</source>
            <translation>Die Suchanfrage-Vektoren haben nicht die %1 Dimensionen der Seitenvektoren.</translation>
        </message>
        <message>
            <source>The page vector file %1 is damaged; it needs to be rebuilt.</source>
            <translation>Die Seitenvektordatei %1 ist beschädigt; sie muss neu aufgebaut werden.</translation>
        </message>
        <message>
            <source>The page vector file %1 is damaged or missing; it needs to be rebuilt.</source>
            <translation>Die Seitenvektordatei %1 ist beschädigt oder fehlt; sie muss neu aufgebaut werden.</translation>
        </message>
        <message>
            <source>Page vectors need a dimension between 1 and 65536.</source>
            <translation>Seitenvektoren brauchen eine Dimension zwischen 1 und 65536.</translation>
        </message>
        <message>
            <source>The vectors of page %1 do not fit the page vector file.</source>
            <translation>Die Vektoren von Seite %1 passen nicht in die Seitenvektordatei.</translation>
        </message>
        <message>
            <source>This library's pages were embedded with %1, not %2. Re-embed the library to switch models.</source>
            <translation>Die Seiten dieser Bibliothek wurden mit %1 eingebettet, nicht mit %2. Betten Sie die Bibliothek neu ein, um das Modell zu wechseln.</translation>
        </message>
        <message>
            <source>The model service returned a wrong number of embeddings.</source>
            <translation>Der Modelldienst hat eine falsche Anzahl von Embeddings geliefert.</translation>
        </message>
        <message>
            <source>The model returned %1-dimensional vectors; the library uses %2.</source>
            <translation>Das Modell hat %1-dimensionale Vektoren geliefert; die Bibliothek verwendet %2.</translation>
        </message>
        <message>
            <source>Privacy is set to "never send": nothing leaves this machine.</source>
            <translation>Der Datenschutz steht auf „never“ (nie senden): Nichts verlässt diesen Rechner.</translation>
        </message>
        <message>
            <source>This run would send to the model service:</source>
            <translation>Dieser Lauf würde an den Modelldienst senden:</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for captions</source>
            <translation>
                <numerusform>ein Seitenbild für Beschreibungen</numerusform>
                <numerusform>%n Seitenbilder für Beschreibungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page text(s) for embeddings</source>
            <translation>
                <numerusform>einen Seitentext für Embeddings</numerusform>
                <numerusform>%n Seitentexte für Embeddings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %1 tokens in %n request(s)</source>
            <translation>
                <numerusform>etwa %1 Tokens in einer Anfrage</numerusform>
                <numerusform>etwa %1 Tokens in %n Anfragen</numerusform>
            </translation>
        </message>
        <message>
            <source>privacy setting: %1</source>
            <translation>Datenschutzeinstellung: %1</translation>
        </message>
        <message>
            <source>Not read: the file already failed.</source>
            <translation>Nicht gelesen: Die Datei ist bereits fehlgeschlagen.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) could not be read.</source>
            <translation>
                <numerusform>Eine Seite konnte nicht gelesen werden.</numerusform>
                <numerusform>%n Seiten konnten nicht gelesen werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>Das Dokument hat keine Seiten.</translation>
        </message>
        <message>
            <source>Indexing was cancelled.</source>
            <translation>Die Indizierung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The file kept changing while it was read; it will be read again on the next run.</source>
            <translation>Die Datei hat sich beim Lesen ständig geändert; sie wird beim nächsten Lauf erneut gelesen.</translation>
        </message>
        <message>
            <source>Late interaction sends page images, which this library's privacy setting (%1) does not allow. Set it to "images" (--privacy images) to use it.</source>
            <translation>Late Interaction sendet Seitenbilder, was die Datenschutzeinstellung dieser Bibliothek (%1) nicht erlaubt. Setzen Sie sie auf „images“ (--privacy images), um Late Interaction zu nutzen.</translation>
        </message>
        <message>
            <source>The library's page vectors were made with %1, not %2. Run again with --reembed to replace them.</source>
            <translation>Die Seitenvektoren der Bibliothek wurden mit %1 erstellt, nicht mit %2. Führen Sie den Befehl mit --reembed erneut aus, um sie zu ersetzen.</translation>
        </message>
        <message>
            <source>The late-interaction server returned %1-wide vectors; %2 expects %3.</source>
            <translation>Der Late-Interaction-Server hat Vektoren der Breite %1 geliefert; %2 erwartet %3.</translation>
        </message>
        <message>
            <source>The PDF made the reader crash</source>
            <translation>Die PDF-Datei hat den Dokumentleser zum Absturz gebracht</translation>
        </message>
        <message>
            <source>The file made the reader crash</source>
            <translation>Die Datei hat den Dokumentleser zum Absturz gebracht</translation>
        </message>
        <message>
            <source>The document reader could not be started.</source>
            <translation>Der Dokumentleser konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <source>Reading page %1 took longer than %2 s</source>
            <translation>Das Lesen von Seite %1 dauerte länger als %2 s</translation>
        </message>
        <message>
            <source>Opening the file took longer than %1 s</source>
            <translation>Das Öffnen der Datei dauerte länger als %1 s</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>Seite %1</translation>
        </message>
        <message>
            <source>opening</source>
            <translation>beim Öffnen</translation>
        </message>
        <message>
            <source>The reader ran out of memory</source>
            <translation>Dem Dokumentleser ist der Arbeitsspeicher ausgegangen</translation>
        </message>
        <message>
            <source>%1, limit %2 MB</source>
            <translation>%1, Grenze %2 MB</translation>
        </message>
        <message>
            <source>%1, signal %2</source>
            <translation>%1, Signal %2</translation>
        </message>
        <message>
            <source>%1, exit code %2</source>
            <translation>%1, Exit-Code %2</translation>
        </message>
        <message>
            <source>The document reader sent an answer PageLens cannot read.</source>
            <translation>Der Dokumentleser hat eine Antwort gesendet, die PageLens nicht lesen kann.</translation>
        </message>
        <message>
            <source>The library catalog could not be updated.</source>
            <translation>Der Bibliothekskatalog konnte nicht aktualisiert werden.</translation>
        </message>
        <message>
            <source>it cannot be read (%1)</source>
            <translation>sie kann nicht gelesen werden (%1)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>it is not an SQLite database</source>
            <translation>sie ist keine SQLite-Datenbank</translation>
        </message>
        <message>
            <source>its header is damaged</source>
            <translation>ihr Header ist beschädigt</translation>
        </message>
        <message>
            <source>the file is truncated (%1 bytes)</source>
            <translation>die Datei ist abgeschnitten (%1 Bytes)</translation>
        </message>
        <message>
            <source>The library catalog is damaged: %1. Run `pagelens-cli repair` to rebuild it (the damaged file is kept).</source>
            <translation>Der Bibliothekskatalog ist beschädigt: %1. Führen Sie `pagelens-cli repair` aus, um ihn neu aufzubauen (die beschädigte Datei bleibt erhalten).</translation>
        </message>
        <message>
            <source>The library folder %1 cannot be created.</source>
            <translation>Der Bibliotheksordner %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>There is no library in %1, and it cannot be created there (the folder cannot be written).</source>
            <translation>In %1 gibt es keine Bibliothek, und dort kann auch keine angelegt werden (der Ordner ist nicht beschreibbar).</translation>
        </message>
        <message>
            <source>The library catalog in %1 cannot be opened.</source>
            <translation>Der Bibliothekskatalog in %1 kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>The library catalog in %1 cannot be read.</source>
            <translation>Der Bibliothekskatalog in %1 kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The library in %1 is read-only and was written by another version of PageLens, so it cannot be upgraded to be read.</source>
            <translation>Die Bibliothek in %1 ist schreibgeschützt und wurde von einer anderen PageLens-Version geschrieben; sie kann daher nicht zum Lesen aktualisiert werden.</translation>
        </message>
        <message>
            <source>The document is not in the library.</source>
            <translation>Das Dokument ist nicht in der Bibliothek.</translation>
        </message>
        <message>
            <source>%1 is not in the library.</source>
            <translation>%1 ist nicht in der Bibliothek.</translation>
        </message>
        <message>
            <source>The library catalog is locked.</source>
            <translation>Der Bibliothekskatalog ist gesperrt.</translation>
        </message>
        <message>
            <source>Page %1 is not in the library.</source>
            <translation>Seite %1 ist nicht in der Bibliothek.</translation>
        </message>
        <message>
            <source>The page is not in the library.</source>
            <translation>Die Seite ist nicht in der Bibliothek.</translation>
        </message>
        <message>
            <source>This library was written by a newer PageLens (catalog version %1).</source>
            <translation>Diese Bibliothek wurde von einer neueren PageLens-Version geschrieben (Katalogversion %1).</translation>
        </message>
        <message>
            <source>The library catalog could not be upgraded (step %1).</source>
            <translation>Der Bibliothekskatalog konnte nicht aktualisiert werden (Schritt %1).</translation>
        </message>
        <message>
            <source>The late-interaction index has no model yet.</source>
            <translation>Der Late-Interaction-Index hat noch kein Modell.</translation>
        </message>
        <message>
            <source>The library %1 is read-only (its folder or catalog cannot be written): search, status and render work, adding and indexing do not.</source>
            <translation>Die Bibliothek %1 ist schreibgeschützt (ihr Ordner oder Katalog ist nicht beschreibbar): Suchen, Status und Rendern funktionieren, Hinzufügen und Indizieren nicht.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>The text index could not be rebuilt.</source>
            <translation>Der Textindex konnte nicht neu aufgebaut werden.</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>%1 kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>There is no library catalog in %1.</source>
            <translation>In %1 gibt es keinen Bibliothekskatalog.</translation>
        </message>
        <message>
            <source>The library %1 is read-only: it cannot be repaired here.</source>
            <translation>Die Bibliothek %1 ist schreibgeschützt: Sie kann hier nicht repariert werden.</translation>
        </message>
        <message>
            <source>The damaged catalog could not be moved aside to %1.</source>
            <translation>Der beschädigte Katalog konnte nicht nach %1 verschoben werden.</translation>
        </message>
        <message>
            <source>%1 cannot be read.</source>
            <translation>%1 kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 existiert nicht.</translation>
        </message>
        <message>
            <source>%1 is not a regular file.</source>
            <translation>%1 ist keine reguläre Datei.</translation>
        </message>
        <message>
            <source>The library %1 cannot be written (no permission to create its lock file).</source>
            <translation>In die Bibliothek %1 kann nicht geschrieben werden (keine Berechtigung, ihre Sperrdatei anzulegen).</translation>
        </message>
        <message>
            <source>Waiting for another PageLens to finish writing to %1…</source>
            <translation>Warte, bis eine andere PageLens-Instanz das Schreiben in %1 beendet hat…</translation>
        </message>
        <message>
            <source>Cancelled while waiting to write to the library.</source>
            <translation>Beim Warten auf Schreibzugriff auf die Bibliothek abgebrochen.</translation>
        </message>
        <message numerus="yes">
            <source>Another PageLens (process %1) is still writing to %2; gave up after %n second(s).</source>
            <translation>
                <numerusform>Eine andere PageLens-Instanz (Prozess %1) schreibt noch in %2; nach %n Sekunde aufgegeben.</numerusform>
                <numerusform>Eine andere PageLens-Instanz (Prozess %1) schreibt noch in %2; nach %n Sekunden aufgegeben.</numerusform>
            </translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>Die Anfrage wurde abgebrochen.</translation>
        </message>
        <message>
            <source>No answer came within %1 s.</source>
            <translation>Innerhalb von %1 s kam keine Antwort.</translation>
        </message>
        <message>
            <source>The model service sent an answer that could not be read.</source>
            <translation>Der Modelldienst hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
        </message>
        <message>
            <source>The model's answer does not have the expected structure.</source>
            <translation>Die Antwort des Modells hat nicht die erwartete Struktur.</translation>
        </message>
        <message>
            <source>The model's answer is not valid JSON.</source>
            <translation>Die Antwort des Modells ist kein gültiges JSON.</translation>
        </message>
        <message>
            <source>The keychain cannot be used from the user interface thread.</source>
            <translation>Der Schlüsselbund kann nicht aus dem Thread der Benutzeroberfläche verwendet werden.</translation>
        </message>
        <message>
            <source>The keychain did not answer in time.</source>
            <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
        </message>
        <message>
            <source>No API key is stored in the keychain.</source>
            <translation>Im Schlüsselbund ist kein API-Schlüssel gespeichert.</translation>
        </message>
        <message>
            <source>The keychain is not available.</source>
            <translation>Der Schlüsselbund ist nicht verfügbar.</translation>
        </message>
        <message>
            <source>The late-interaction server sent vectors that could not be read.</source>
            <translation>Der Late-Interaction-Server hat Vektoren gesendet, die nicht gelesen werden konnten.</translation>
        </message>
        <message>
            <source>The late-interaction server has no such endpoint: check its address and the dialect (--late-dialect infinity or vllm).</source>
            <translation>Der Late-Interaction-Server hat keinen solchen Endpunkt: Prüfen Sie seine Adresse und den Dialekt (--late-dialect infinity oder vllm).</translation>
        </message>
        <message>
            <source>The late-interaction server does not serve this model (--late-model): %1</source>
            <translation>Der Late-Interaction-Server stellt dieses Modell nicht bereit (--late-model): %1</translation>
        </message>
        <message>
            <source>The late-interaction server returned %1 vectors for a page, too few for a %2 × %3 patch grid: is it serving the configured model?</source>
            <translation>Der Late-Interaction-Server hat %1 Vektoren für eine Seite geliefert, zu wenige für ein Patch-Raster von %2 × %3: Stellt er das eingestellte Modell bereit?</translation>
        </message>
        <message>
            <source>The model service sent a stream that could not be read.</source>
            <translation>Der Modelldienst hat einen Datenstrom gesendet, der nicht gelesen werden konnte.</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>Die Datei existiert nicht.</translation>
        </message>
        <message>
            <source>This is not a regular file.</source>
            <translation>Dies ist keine reguläre Datei.</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>Die Datei kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>This file is neither a PDF nor a supported image (PNG, JPEG, WebP, TIFF, BMP, GIF).</source>
            <translation>Diese Datei ist weder eine PDF-Datei noch ein unterstütztes Bild (PNG, JPEG, WebP, TIFF, BMP, GIF).</translation>
        </message>
        <message>
            <source>The image header is unreadable.</source>
            <translation>Der Bild-Header ist unlesbar.</translation>
        </message>
        <message>
            <source>The image is too large to open safely.</source>
            <translation>Das Bild ist zu groß, um es sicher zu öffnen.</translation>
        </message>
        <message>
            <source>The image cannot be decoded.</source>
            <translation>Das Bild kann nicht dekodiert werden.</translation>
        </message>
        <message>
            <source>This image format is not supported.</source>
            <translation>Dieses Bildformat wird nicht unterstützt.</translation>
        </message>
        <message>
            <source>The image has no such page.</source>
            <translation>Das Bild hat keine solche Seite.</translation>
        </message>
        <message>
            <source>There is no image to encode.</source>
            <translation>Es gibt kein Bild zum Kodieren.</translation>
        </message>
        <message>
            <source>The image cannot be encoded.</source>
            <translation>Das Bild kann nicht kodiert werden.</translation>
        </message>
        <message>
            <source>Unknown image format; use webp, jpeg or png.</source>
            <translation>Unbekanntes Bildformat; verwenden Sie webp, jpeg oder png.</translation>
        </message>
        <message>
            <source>The file is too large to send.</source>
            <translation>Die Datei ist zu groß zum Senden.</translation>
        </message>
        <message>
            <source>The image cannot be read.</source>
            <translation>Das Bild kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The image has an implausible number of pages.</source>
            <translation>Das Bild hat eine unplausible Anzahl von Seiten.</translation>
        </message>
        <message>
            <source>A page of the image cannot be read.</source>
            <translation>Eine Seite des Bildes kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>There is no such page.</source>
            <translation>Diese Seite gibt es nicht.</translation>
        </message>
        <message>
            <source>The image changed while it was open.</source>
            <translation>Das Bild hat sich geändert, während es geöffnet war.</translation>
        </message>
        <message>
            <source>The PDF needs a password.</source>
            <translation>Die PDF-Datei benötigt ein Passwort.</translation>
        </message>
        <message>
            <source>The password is wrong for this PDF.</source>
            <translation>Das Passwort für diese PDF-Datei ist falsch.</translation>
        </message>
        <message>
            <source>The PDF is encrypted in a way that cannot be opened.</source>
            <translation>Die PDF-Datei ist auf eine Weise verschlüsselt, die sich nicht öffnen lässt.</translation>
        </message>
        <message>
            <source>The PDF is damaged and cannot be read.</source>
            <translation>Die PDF-Datei ist beschädigt und kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The PDF cannot be read.</source>
            <translation>Die PDF-Datei kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The PDF has no readable pages.</source>
            <translation>Die PDF-Datei hat keine lesbaren Seiten.</translation>
        </message>
        <message>
            <source>The page has no size.</source>
            <translation>Die Seite hat keine Größe.</translation>
        </message>
        <message>
            <source>The page is too large to render at this resolution.</source>
            <translation>Die Seite ist zu groß, um sie in dieser Auflösung zu rendern.</translation>
        </message>
        <message>
            <source>The page cannot be rendered.</source>
            <translation>Die Seite kann nicht gerendert werden.</translation>
        </message>
        <message>
            <source>The PDF's text cannot be read.</source>
            <translation>Der Text der PDF-Datei kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The page's text cannot be read.</source>
            <translation>Der Text der Seite kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The page's text takes too long to read.</source>
            <translation>Das Lesen des Seitentexts dauert zu lange.</translation>
        </message>
        <message>
            <source>Text recognition is not available: no OCR language is installed.</source>
            <translation>Texterkennung ist nicht verfügbar: Es ist keine OCR-Sprache installiert.</translation>
        </message>
        <message>
            <source>There is no image to read.</source>
            <translation>Es gibt kein Bild zum Lesen.</translation>
        </message>
        <message>
            <source>Text recognition failed on this page.</source>
            <translation>Die Texterkennung ist auf dieser Seite fehlgeschlagen.</translation>
        </message>
        <message numerus="yes">
            <source>The model service did not answer within %n second(s).</source>
            <translation>
                <numerusform>Der Modelldienst hat nicht innerhalb einer Sekunde geantwortet.</numerusform>
                <numerusform>Der Modelldienst hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
            </translation>
        </message>
        <message>
            <source>The model service returned no query embedding.</source>
            <translation>Der Modelldienst hat kein Embedding für die Suchanfrage geliefert.</translation>
        </message>
        <message>
            <source>The signal "%1" is not available in this library (available: %2).</source>
            <translation>Das Signal „%1“ ist in dieser Bibliothek nicht verfügbar (verfügbar: %2).</translation>
        </message>
        <message>
            <source>Heatmaps are not available for this model: its patch grid is not known.</source>
            <translation>Für dieses Modell sind keine Heatmaps verfügbar: Sein Patch-Raster ist nicht bekannt.</translation>
        </message>
        <message>
            <source>The query has no words to map.</source>
            <translation>Die Suchanfrage enthält keine Wörter für eine Heatmap.</translation>
        </message>
        <message>
            <source>The query and page vectors differ in width (%1, %2).</source>
            <translation>Suchanfrage- und Seitenvektoren sind unterschiedlich breit (%1, %2).</translation>
        </message>
        <message>
            <source>Heatmaps are not available for %1: its patch grid is not known.</source>
            <translation>Für %1 sind keine Heatmaps verfügbar: Das Patch-Raster ist nicht bekannt.</translation>
        </message>
        <message numerus="yes">
            <source>The late-interaction server did not answer within %n second(s).</source>
            <translation>
                <numerusform>Der Late-Interaction-Server hat nicht innerhalb einer Sekunde geantwortet.</numerusform>
                <numerusform>Der Late-Interaction-Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
            </translation>
        </message>
        <message>
            <source>The late-interaction server returned %1-wide query vectors; the library's page vectors are %2 wide.</source>
            <translation>Der Late-Interaction-Server hat Suchanfrage-Vektoren der Breite %1 geliefert; die Seitenvektoren der Bibliothek haben die Breite %2.</translation>
        </message>
        <message>
            <source>--weights takes a list such as bm25=1,dense=0.5 (signals: %1).</source>
            <translation>--weights akzeptiert eine Liste wie bm25=1,dense=0.5 (Signale: %1).</translation>
        </message>
        <message>
            <source>No model service is set up to embed the query (set a key or a local server).</source>
            <translation>Es ist kein Modelldienst eingerichtet, der die Suchanfrage einbettet (legen Sie einen Schlüssel oder einen lokalen Server fest).</translation>
        </message>
        <message>
            <source>No page of this library was embedded by a late-interaction server (index with --late-url and --late-model).</source>
            <translation>Keine Seite dieser Bibliothek wurde von einem Late-Interaction-Server eingebettet (indizieren Sie mit --late-url und --late-model).</translation>
        </message>
        <message>
            <source>No late-interaction server is set up to embed the query (--late-url, --late-model).</source>
            <translation>Es ist kein Late-Interaction-Server eingerichtet, der die Suchanfrage einbettet (--late-url, --late-model).</translation>
        </message>
        <message>
            <source>The library's page vectors were made with %1, but the late-interaction server is set up for %2.</source>
            <translation>Die Seitenvektoren der Bibliothek wurden mit %1 erstellt, der Late-Interaction-Server ist aber für %2 eingerichtet.</translation>
        </message>
        <message>
            <source>has only: %1</source>
            <translation>enthält nur: %1</translation>
        </message>
        <message>
            <source>matched: %1</source>
            <translation>Treffer: %1</translation>
        </message>
        <message>
            <source>similar in meaning</source>
            <translation>ähnliche Bedeutung</translation>
        </message>
        <message>
            <source>signals: %1</source>
            <translation>Signale: %1</translation>
        </message>
        <message>
            <source>caption</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>objects</source>
            <translation>Objekte</translation>
        </message>
        <message>
            <source>looks like</source>
            <translation>ähnlich</translation>
        </message>
        <message>
            <source>The search failed.</source>
            <translation>Die Suche ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Objects: %1</source>
            <translation>Objekte: %1</translation>
        </message>
        <message>
            <source>Pages with all the words are found.
"exact phrase"  the words in this order
-word or NOT word  pages without the word
cat OR dog  either word
know*  words starting with "know"
When no page has all the words, the pages with most of them are shown.</source>
            <translation>Gefunden werden Seiten mit allen Wörtern.
„genaue Phrase“  die Wörter in dieser Reihenfolge
-Wort oder NOT Wort  Seiten ohne das Wort
Katze OR Hund  eines der Wörter
wiss*  Wörter, die mit „wiss“ beginnen
Wenn keine Seite alle Wörter enthält, werden die Seiten mit den meisten davon angezeigt.</translation>
        </message>
        <message>
            <source>Line %1 of the relevance set has no tab-separated pages.</source>
            <translation>Zeile %1 des Relevanzsets enthält keine durch Tabulatoren getrennten Seiten.</translation>
        </message>
        <message>
            <source>Line %1 of the relevance set has a bad page number.</source>
            <translation>Zeile %1 des Relevanzsets enthält eine ungültige Seitenzahl.</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which this library's privacy setting (%1) does not allow.</source>
            <translation>Die Objekterkennung sendet das Seitenbild, was die Datenschutzeinstellung dieser Bibliothek (%1) nicht erlaubt.</translation>
        </message>
        <message>
            <source>%1 Showing term matches instead.</source>
            <translation>%1 Stattdessen werden Worttreffer angezeigt.</translation>
        </message>
        <message>
            <source>This page has no words (text layer or OCR) to match the query against.</source>
            <translation>Diese Seite hat keine Wörter (Textebene oder OCR), mit denen die Suchanfrage abgeglichen werden kann.</translation>
        </message>
        <message>
            <source>Object detection sends page images, which the privacy setting (%1) does not allow: no page is sent for detection.</source>
            <translation>Die Objekterkennung sendet Seitenbilder, was die Datenschutzeinstellung (%1) nicht erlaubt: Es wird keine Seite zur Erkennung gesendet.</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for object detection</source>
            <translation>
                <numerusform>%n Seitenbild für die Objekterkennung</numerusform>
                <numerusform>%n Seitenbilder für die Objekterkennung</numerusform>
            </translation>
        </message>
        <message>
            <source>The library catalog %1 cannot be created.</source>
            <translation>Der Bibliothekskatalog %1 kann nicht angelegt werden.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::AgentLoop</name>
        <message>
            <source>Stopped.</source>
            <translation>Angehalten.</translation>
        </message>
        <message>
            <source>The agent did not finish within %1 steps.</source>
            <translation>Der Agent ist nicht innerhalb von %1 Schritten fertig geworden.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ChatPanel</name>
        <message>
            <source>&amp;Ask</source>
            <translation>&amp;Fragen</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Stopp</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>&amp;Copy Answer</source>
            <translation>Antwort &amp;kopieren</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Ask a question about your library…</source>
            <translation>Stellen Sie eine Frage zu Ihrer Bibliothek…</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Type a question about your library and press Enter</source>
            <translation>Geben Sie eine Frage zu Ihrer Bibliothek ein und drücken Sie Enter</translation>
        </message>
        <message>
            <source>Stop this answer (the conversation stays)</source>
            <translation>Diese Antwort abbrechen (die Unterhaltung bleibt erhalten)</translation>
        </message>
        <message>
            <source>Start a new conversation (this one stays stored)</source>
            <translation>Eine neue Unterhaltung beginnen (diese bleibt gespeichert)</translation>
        </message>
        <message>
            <source>Copy the last answer</source>
            <translation>Die letzte Antwort kopieren</translation>
        </message>
        <message>
            <source>Save the conversation and its sources as Markdown</source>
            <translation>Die Unterhaltung mit ihren Quellen als Markdown speichern</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Open or delete a stored conversation of this library</source>
            <translation>Eine gespeicherte Unterhaltung dieser Bibliothek öffnen oder löschen</translation>
        </message>
        <message>
            <source>Conversation history</source>
            <translation>Verlauf der Unterhaltungen</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Unterhaltung</translation>
        </message>
        <message>
            <source>The questions and answers; citations such as [S1] are links that open the page</source>
            <translation>Die Fragen und Antworten; Zitate wie [S1] sind Links, die die Seite öffnen</translation>
        </message>
        <message>
            <source>Answers cite the pages they come from; click a citation such as [S1] to open the page. Without a model service you get the best matching passages.</source>
            <translation>Antworten zitieren die Seiten, aus denen sie stammen; klicken Sie auf ein Zitat wie [S1], um die Seite zu öffnen. Ohne Modelldienst erhalten Sie die am besten passenden Textstellen.</translation>
        </message>
        <message>
            <source>Answer status</source>
            <translation>Status der Antwort</translation>
        </message>
        <message>
            <source>Open a library first (File ▸ Open Library…), then ask about it.</source>
            <translation>Öffnen Sie zuerst eine Bibliothek (Datei ▸ Bibliothek öffnen…) und stellen Sie dann Fragen dazu.</translation>
        </message>
        <message>
            <source>Reading the library's privacy setting…</source>
            <translation>Datenschutzeinstellung der Bibliothek wird gelesen…</translation>
        </message>
        <message>
            <source>%1 Try again, or reopen the library.</source>
            <translation>%1 Versuchen Sie es erneut oder öffnen Sie die Bibliothek neu.</translation>
        </message>
        <message>
            <source>The library's privacy is "never", so no model was asked; Settings changes it.</source>
            <translation>Der Datenschutz der Bibliothek steht auf „Nie etwas senden“, daher wurde kein Modell gefragt; in den Einstellungen lässt sich das ändern.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>Es ist kein Modelldienst eingerichtet.</translation>
        </message>
        <message>
            <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to get answers.</source>
            <translation>%1 Hinterlegen Sie in den Einstellungen (Extras ▸ Einstellungen…) einen Schlüssel oder einen Server, um Antworten zu erhalten.</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>OpenAI-kompatibler Dienst</translation>
        </message>
        <message>
            <source>Your question, and the page text, captions and snippets the agent finds, will be sent to %1 at %2.</source>
            <translation>Ihre Frage sowie Seitentext, Beschreibungen und Textauszüge, die der Agent findet, werden an %1 unter %2 gesendet.</translation>
        </message>
        <message>
            <source>The agent may also send up to %1 page images per step (WEBP, at most 1024 px).</source>
            <translation>Der Agent darf außerdem bis zu %1 Seitenbilder pro Schritt senden (WEBP, höchstens 1024 px).</translation>
        </message>
        <message>
            <source>Send to the Model Service?</source>
            <translation>An den Modelldienst senden?</translation>
        </message>
        <message>
            <source>Nothing has been sent yet. "Not Now" shows the library's search results instead.</source>
            <translation>Es wurde noch nichts gesendet. „Nicht jetzt“ zeigt stattdessen die Suchergebnisse der Bibliothek.</translation>
        </message>
        <message>
            <source>Don't ask again for this library</source>
            <translation>Für diese Bibliothek nicht mehr fragen</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;Nicht jetzt</translation>
        </message>
        <message>
            <source>Nothing was sent to a model service.</source>
            <translation>Es wurde nichts an einen Modelldienst gesendet.</translation>
        </message>
        <message>
            <source>Waiting for your answer: may the question be sent?</source>
            <translation>Warte auf Ihre Antwort: Darf die Frage gesendet werden?</translation>
        </message>
        <message>
            <source>The model service is no longer available. Check Settings (Tools ▸ Settings…).</source>
            <translation>Der Modelldienst ist nicht mehr verfügbar. Prüfen Sie die Einstellungen (Extras ▸ Einstellungen…).</translation>
        </message>
        <message>
            <source>Answering…</source>
            <translation>Antwort wird erstellt…</translation>
        </message>
        <message>
            <source>Step %1: %2…</source>
            <translation>Schritt %1: %2…</translation>
        </message>
        <message>
            <source>%1 (failed)</source>
            <translation>%1 (fehlgeschlagen)</translation>
        </message>
        <message>
            <source>Asking the model…</source>
            <translation>Modell wird gefragt…</translation>
        </message>
        <message>
            <source>Stopped. This answer was not kept; ask again to continue the conversation.</source>
            <translation>Angehalten. Diese Antwort wurde nicht behalten; fragen Sie erneut, um die Unterhaltung fortzusetzen.</translation>
        </message>
        <message>
            <source>The agent stopped without an answer. Ask again.</source>
            <translation>Der Agent hat ohne Antwort angehalten. Fragen Sie erneut.</translation>
        </message>
        <message>
            <source>Cited but not among the pages the agent saw (not links): %1.</source>
            <translation>Zitiert, aber nicht unter den vom Agenten gesehenen Seiten (keine Links): %1.</translation>
        </message>
        <message>
            <source>Searching the library…</source>
            <translation>Bibliothek wird durchsucht…</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>Die Suche ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>The conversation history cannot be read: %1</source>
            <translation>Der Verlauf der Unterhaltungen kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>No stored conversations</source>
            <translation>Keine gespeicherten Unterhaltungen</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2, %n question(s)</source>
            <translation>
                <numerusform>%1 — %2, eine Frage</numerusform>
                <numerusform>%1 — %2, %n Fragen</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Delete This Conversation…</source>
            <translation>Diese Unterhaltung &amp;löschen…</translation>
        </message>
        <message>
            <source>Opening the conversation…</source>
            <translation>Unterhaltung wird geöffnet…</translation>
        </message>
        <message>
            <source>The conversation cannot be opened: %1</source>
            <translation>Die Unterhaltung kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>Delete Conversation?</source>
            <translation>Unterhaltung löschen?</translation>
        </message>
        <message>
            <source>Delete this conversation from the library? Its questions and answers cannot be restored. The documents are not touched.</source>
            <translation>Diese Unterhaltung aus der Bibliothek löschen? Ihre Fragen und Antworten lassen sich nicht wiederherstellen. Die Dokumente bleiben unverändert.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>The conversation was deleted.</source>
            <translation>Die Unterhaltung wurde gelöscht.</translation>
        </message>
        <message>
            <source>The conversation could not be deleted: %1</source>
            <translation>Die Unterhaltung konnte nicht gelöscht werden: %1</translation>
        </message>
        <message>
            <source>You:</source>
            <translation>Sie:</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>Seite %1</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Ask the Library</source>
            <translation>Bibliothek fragen</translation>
        </message>
        <message>
            <source>Library: %1</source>
            <translation>Bibliothek: %1</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Quellen:</translation>
        </message>
        <message>
            <source>Cannot write "%1": %2</source>
            <translation>„%1“ kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The answer is on the clipboard.</source>
            <translation>Die Antwort ist in der Zwischenablage.</translation>
        </message>
        <message>
            <source>Export Conversation</source>
            <translation>Unterhaltung exportieren</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The conversation was saved to %1.</source>
            <translation>Die Unterhaltung wurde in %1 gespeichert.</translation>
        </message>
        <message>
            <source>%1 Add a valid key in Settings (Tools ▸ Settings…), then ask again.</source>
            <translation>%1 Hinterlegen Sie in den Einstellungen (Extras ▸ Einstellungen…) einen gültigen Schlüssel und fragen Sie dann erneut.</translation>
        </message>
        <message>
            <source>%1 Check the network and the server address in Settings, then ask again.</source>
            <translation>%1 Prüfen Sie das Netzwerk und die Serveradresse in den Einstellungen und fragen Sie dann erneut.</translation>
        </message>
        <message>
            <source>%1 Wait a minute, then ask again.</source>
            <translation>%1 Warten Sie eine Minute und fragen Sie dann erneut.</translation>
        </message>
        <message>
            <source>%1 Choose another model in Settings, then ask again.</source>
            <translation>%1 Wählen Sie in den Einstellungen ein anderes Modell und fragen Sie dann erneut.</translation>
        </message>
        <message>
            <source>%1 Ask again, or start a new conversation.</source>
            <translation>%1 Fragen Sie erneut oder beginnen Sie eine neue Unterhaltung.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::DocumentModel</name>
        <message>
            <source>Added files</source>
            <translation>Hinzugefügte Dateien</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Indexing</source>
            <translation>Wird indiziert</translation>
        </message>
        <message>
            <source>Indexed</source>
            <translation>Indiziert</translation>
        </message>
        <message>
            <source>Indexed with errors</source>
            <translation>Mit Fehlern indiziert</translation>
        </message>
        <message>
            <source>Needs password</source>
            <translation>Passwort nötig</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Double-click it, or right-click ▸ Enter Password…, to type its password (kept for this session only).</source>
            <translation>Doppelklicken Sie darauf oder wählen Sie Rechtsklick ▸ Passwort eingeben…, um das Passwort einzugeben (es gilt nur für diese Sitzung).</translation>
        </message>
        <message>
            <source>Right-click ▸ Rescan reads it again, for example after the file was repaired.</source>
            <translation>Rechtsklick ▸ Neu einlesen liest die Datei erneut, etwa nachdem sie repariert wurde.</translation>
        </message>
        <message>
            <source>Library in %1</source>
            <translation>Bibliothek in %1</translation>
        </message>
        <message>
            <source>Files added one by one</source>
            <translation>Einzeln hinzugefügte Dateien</translation>
        </message>
        <message numerus="yes">
            <source>Library %1, %n document(s)</source>
            <translation>
                <numerusform>Bibliothek %1, ein Dokument</numerusform>
                <numerusform>Bibliothek %1, %n Dokumente</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder %1</source>
            <translation>Ordner %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>Page %1: %2</source>
            <translation>Seite %1: %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
    </context>
    <context>
        <name>PageLens::EgressDialog</name>
        <message>
            <source>Send Pages to the Model Service?</source>
            <translation>Seiten an den Modelldienst senden?</translation>
        </message>
        <message>
            <source>Captions and embeddings make pages findable by meaning. Nothing has been sent yet.</source>
            <translation>Beschreibungen und Embeddings machen Seiten nach ihrer Bedeutung auffindbar. Es wurde noch nichts gesendet.</translation>
        </message>
        <message>
            <source>What would be sent</source>
            <translation>Was gesendet würde</translation>
        </message>
        <message>
            <source>Destination: %1</source>
            <translation>Ziel: %1</translation>
        </message>
        <message>
            <source>Send is remembered for this library and these kinds of data: you are not asked again for them. Tools ▸ Settings ▸ Privacy takes it back.</source>
            <translation>„Senden“ wird für diese Bibliothek und diese Datenarten gespeichert: Sie werden dafür nicht erneut gefragt. Unter Extras ▸ Einstellungen ▸ Datenschutz lässt sich das widerrufen.</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>Send these pages to the model service now</source>
            <translation>Diese Seiten jetzt an den Modelldienst senden</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;Nicht jetzt</translation>
        </message>
        <message>
            <source>Send nothing; you can do it later from the Library menu</source>
            <translation>Nichts senden; Sie können das später über das Menü „Bibliothek“ nachholen</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) to caption</source>
            <translation>
                <numerusform>ein Seitenbild zum Beschreiben</numerusform>
                <numerusform>%n Seitenbilder zum Beschreiben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page text(s) to embed</source>
            <translation>
                <numerusform>ein Seitentext zum Einbetten</numerusform>
                <numerusform>%n Seitentexte zum Einbetten</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message numerus="yes">
            <source>about %1 tokens in %n request(s)</source>
            <translation>
                <numerusform>etwa %1 Tokens in einer Anfrage</numerusform>
                <numerusform>etwa %1 Tokens in %n Anfragen</numerusform>
            </translation>
        </message>
        <message>
            <source>never send anything</source>
            <translation>nie etwas senden</translation>
        </message>
        <message>
            <source>page text only</source>
            <translation>nur Seitentext</translation>
        </message>
        <message>
            <source>page text and page images</source>
            <translation>Seitentext und Seitenbilder</translation>
        </message>
        <message>
            <source>This library's privacy setting: %1</source>
            <translation>Datenschutzeinstellung dieser Bibliothek: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for object detection</source>
            <translation>
                <numerusform>%n Seitenbild für die Objekterkennung</numerusform>
                <numerusform>%n Seitenbilder für die Objekterkennung</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::FindBar</name>
        <message>
            <source>Previous hit (Shift+F3)</source>
            <translation>Vorheriger Treffer (Shift+F3)</translation>
        </message>
        <message>
            <source>Next hit (F3)</source>
            <translation>Nächster Treffer (F3)</translation>
        </message>
        <message>
            <source>Close find (Escape)</source>
            <translation>Suche schließen (Escape)</translation>
        </message>
        <message>
            <source>Find in document</source>
            <translation>Im Dokument suchen</translation>
        </message>
        <message>
            <source>Find result count</source>
            <translation>Anzahl der Suchergebnisse</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>No hits</source>
            <translation>Keine Treffer</translation>
        </message>
    </context>
    <context>
        <name>PageLens::GeminiProvider</name>
        <message>
            <source>The file upload could not be started.</source>
            <translation>Das Hochladen der Datei konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <source>The uploaded file did not become ready in time.</source>
            <translation>Die hochgeladene Datei wurde nicht rechtzeitig bereit.</translation>
        </message>
        <message>
            <source>The model service could not process the uploaded file.</source>
            <translation>Der Modelldienst konnte die hochgeladene Datei nicht verarbeiten.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::HelpDialog</name>
        <message>
            <source>PageLens Help</source>
            <translation>PageLens-Hilfe</translation>
        </message>
        <message>
            <source>The manual is missing from this build.</source>
            <translation>Das Handbuch fehlt in diesem Build.</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>PageLens::HttpProvider</name>
        <message>
            <source>There is no text to embed.</source>
            <translation>Es gibt keinen Text zum Einbetten.</translation>
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
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>Indexing progress</source>
            <translation>Fortschritt der Indizierung</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel indexing</source>
            <translation>Indizierung abbrechen</translation>
        </message>
        <message>
            <source>Stop indexing; documents not finished stay pending</source>
            <translation>Indizierung anhalten; nicht fertige Dokumente bleiben ausstehend</translation>
        </message>
        <message>
            <source>Preparing captions and embeddings…</source>
            <translation>Beschreibungen und Embeddings werden vorbereitet…</translation>
        </message>
        <message>
            <source>Preparing to index…</source>
            <translation>Indizierung wird vorbereitet…</translation>
        </message>
        <message>
            <source>Cancel captions and embeddings</source>
            <translation>Beschreibungen und Embeddings abbrechen</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Resume sending to the model service</source>
            <translation>Senden an den Modelldienst fortsetzen</translation>
        </message>
        <message>
            <source>Pause sending to the model service</source>
            <translation>Senden an den Modelldienst pausieren</translation>
        </message>
        <message>
            <source>%1 / %2 pages</source>
            <translation>%1 / %2 Seiten</translation>
        </message>
        <message>
            <source>Captioning pages with the model service</source>
            <translation>Seiten werden mit dem Modelldienst beschrieben</translation>
        </message>
        <message>
            <source>Embedding pages with the model service</source>
            <translation>Seiten werden mit dem Modelldienst eingebettet</translation>
        </message>
        <message>
            <source>Indexing file %1 of %2</source>
            <translation>Datei %1 von %2 wird indiziert</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>noch etwa %1</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LateInteractionClient</name>
        <message>
            <source>There is nothing to embed.</source>
            <translation>Es gibt nichts zum Einbetten.</translation>
        </message>
        <message>
            <source>The late-interaction server sent an answer that could not be read.</source>
            <translation>Der Late-Interaction-Server hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LayerController</name>
        <message>
            <source>&amp;Detect Objects…</source>
            <translation>&amp;Objekte erkennen…</translation>
        </message>
        <message>
            <source>Detect Objects on this page (%1)</source>
            <translation>Objekte auf dieser Seite erkennen (%1)</translation>
        </message>
        <message>
            <source>Send this page's image to the model service and mark the objects it finds</source>
            <translation>Das Bild dieser Seite an den Modelldienst senden und die gefundenen Objekte markieren</translation>
        </message>
        <message>
            <source>Search for something first: the heatmap shows where the query matched on this page.</source>
            <translation>Suchen Sie zuerst nach etwas: Die Heatmap zeigt, wo die Suchanfrage auf dieser Seite getroffen hat.</translation>
        </message>
        <message>
            <source>Mapping “%1” on page %2…</source>
            <translation>Heatmap für „%1“ auf Seite %2 wird berechnet…</translation>
        </message>
        <message>
            <source>late interaction</source>
            <translation>Late Interaction</translation>
        </message>
        <message>
            <source>term matches</source>
            <translation>Worttreffer</translation>
        </message>
        <message>
            <source>Heatmap (%1): strongest at x %2, y %3 of page %4.</source>
            <translation>Heatmap (%1): am stärksten bei x %2, y %3 auf Seite %4.</translation>
        </message>
        <message>
            <source>Open a page of a library document first, then detect objects on it.</source>
            <translation>Öffnen Sie zuerst eine Seite eines Bibliotheksdokuments und erkennen Sie dann Objekte darauf.</translation>
        </message>
        <message>
            <source>Detect Objects</source>
            <translation>Objekte erkennen</translation>
        </message>
        <message>
            <source>What should be found on page %1? The page image is sent with this instruction.</source>
            <translation>Was soll auf Seite %1 gefunden werden? Das Seitenbild wird mit dieser Anweisung gesendet.</translation>
        </message>
        <message>
            <source>&amp;Detect</source>
            <translation>&amp;Erkennen</translation>
        </message>
        <message>
            <source>Reading the library's privacy setting…</source>
            <translation>Datenschutzeinstellung der Bibliothek wird gelesen…</translation>
        </message>
        <message>
            <source>%1 Try again, or reopen the library.</source>
            <translation>%1 Versuchen Sie es erneut oder öffnen Sie die Bibliothek neu.</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which this library's privacy setting (“%1”) does not allow. Nothing was sent; Settings (Tools ▸ Settings…) changes it.</source>
            <translation>Die Objekterkennung sendet das Seitenbild, was die Datenschutzeinstellung dieser Bibliothek („%1“) nicht erlaubt. Es wurde nichts gesendet; in den Einstellungen (Extras ▸ Einstellungen…) lässt sich das ändern.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>Es ist kein Modelldienst eingerichtet.</translation>
        </message>
        <message>
            <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to detect objects.</source>
            <translation>%1 Hinterlegen Sie in den Einstellungen (Extras ▸ Einstellungen…) einen Schlüssel oder einen Server, um Objekte zu erkennen.</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>OpenAI-kompatibler Dienst</translation>
        </message>
        <message>
            <source>The image of page %1 of “%2” (WEBP, longest side %3 px) and your prompt will be sent to %4 at %5 to find objects on it.</source>
            <translation>Das Bild von Seite %1 aus „%2“ (WEBP, längste Seite %3 px) und Ihre Anweisung werden an %4 unter %5 gesendet, um darauf Objekte zu finden.</translation>
        </message>
        <message>
            <source>Send the Page Image?</source>
            <translation>Das Seitenbild senden?</translation>
        </message>
        <message>
            <source>Nothing has been sent yet.</source>
            <translation>Es wurde noch nichts gesendet.</translation>
        </message>
        <message>
            <source>Don't ask again for this library</source>
            <translation>Für diese Bibliothek nicht mehr fragen</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;Nicht jetzt</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>Waiting for your answer: may the page image be sent?</source>
            <translation>Warte auf Ihre Antwort: Darf das Seitenbild gesendet werden?</translation>
        </message>
        <message>
            <source>Detecting objects on page %1…</source>
            <translation>Objekte auf Seite %1 werden erkannt…</translation>
        </message>
        <message>
            <source>Object detection failed: %1 The page's earlier objects are kept.</source>
            <translation>Objekterkennung fehlgeschlagen: %1 Die bisherigen Objekte der Seite bleiben erhalten.</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) found on page %1.</source>
            <translation>
                <numerusform>Ein Objekt auf Seite %1 gefunden.</numerusform>
                <numerusform>%n Objekte auf Seite %1 gefunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Detection cancelled; nothing was stored.</source>
            <translation>Erkennung abgebrochen; nichts wurde gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LayerLegend</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Page layers legend</source>
            <translation>Legende der Seitenebenen</translation>
        </message>
        <message>
            <source>Heatmap word</source>
            <translation>Heatmap-Wort</translation>
        </message>
        <message>
            <source>Heatmap opacity</source>
            <translation>Deckkraft der Heatmap</translation>
        </message>
        <message>
            <source>Strongest heatmap regions</source>
            <translation>Stärkste Bereiche der Heatmap</translation>
        </message>
        <message>
            <source>Page layers message</source>
            <translation>Meldung der Seitenebenen</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>Deckkraft</translation>
        </message>
        <message>
            <source>Objects:</source>
            <translation>Objekte:</translation>
        </message>
        <message>
            <source>All words</source>
            <translation>Alle Wörter</translation>
        </message>
        <message>
            <source>Strongest: %1</source>
            <translation>Am stärksten: %1</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LibraryController</name>
        <message numerus="yes">
            <source>%n document(s) added</source>
            <translation>
                <numerusform>ein Dokument hinzugefügt</numerusform>
                <numerusform>%n Dokumente hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>eines geändert</numerusform>
                <numerusform>%n geändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>eines verschoben</numerusform>
                <numerusform>%n verschoben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>eines entfernt</numerusform>
                <numerusform>%n entfernt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) skipped</source>
            <translation>
                <numerusform>ein Duplikat übersprungen</numerusform>
                <numerusform>%n Duplikate übersprungen</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes found</source>
            <translation>Keine Änderungen gefunden</translation>
        </message>
        <message>
            <source>Opening library %1…</source>
            <translation>Bibliothek %1 wird geöffnet…</translation>
        </message>
        <message>
            <source>Could not open the library %1: %2</source>
            <translation>Die Bibliothek %1 konnte nicht geöffnet werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n item(s)…</source>
            <translation>
                <numerusform>Ein Element wird hinzugefügt…</numerusform>
                <numerusform>%n Elemente werden hinzugefügt…</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not add files: %1</source>
            <translation>Dateien konnten nicht hinzugefügt werden: %1</translation>
        </message>
        <message>
            <source>Scanning folders…</source>
            <translation>Ordner werden durchsucht…</translation>
        </message>
        <message>
            <source>Could not rescan the library: %1</source>
            <translation>Die Bibliothek konnte nicht neu eingelesen werden: %1</translation>
        </message>
        <message>
            <source>Could not rescan: %1</source>
            <translation>Neu einlesen fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Could not remove from the library: %1</source>
            <translation>Entfernen aus der Bibliothek fehlgeschlagen: %1</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n document(s) from the library; the files were not touched. Adding them again brings them back.</source>
            <translation>
                <numerusform>Ein Dokument aus der Bibliothek entfernt; die Datei wurde nicht angetastet. Erneutes Hinzufügen holt es zurück.</numerusform>
                <numerusform>%n Dokumente aus der Bibliothek entfernt; die Dateien wurden nicht angetastet. Erneutes Hinzufügen holt sie zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read the library: %1</source>
            <translation>Die Bibliothek konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Indexing stopped: %1</source>
            <translation>Indizierung angehalten: %1</translation>
        </message>
        <message>
            <source>Late interaction: %1</source>
            <translation>Late Interaction: %1</translation>
        </message>
        <message>
            <source>Late interaction needs page images, which this library may not send (Tools ▸ Settings).</source>
            <translation>Late Interaction braucht Seitenbilder, die diese Bibliothek nicht senden darf (Extras ▸ Einstellungen).</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) wait for the late-interaction server: agree to send page images (Library ▸ Caption and Embed Pages…) first.</source>
            <translation>
                <numerusform>Ein Seitenbild wartet auf den Late-Interaction-Server: Stimmen Sie zuerst dem Senden von Seitenbildern zu (Bibliothek ▸ Seiten beschreiben und einbetten…).</numerusform>
                <numerusform>%n Seitenbilder warten auf den Late-Interaction-Server: Stimmen Sie zuerst dem Senden von Seitenbildern zu (Bibliothek ▸ Seiten beschreiben und einbetten…).</numerusform>
            </translation>
        </message>
        <message>
            <source>Late interaction: page %1 of %2</source>
            <translation>Late Interaction: Seite %1 von %2</translation>
        </message>
        <message>
            <source>Late interaction stopped: %1 Pages done so far are kept.</source>
            <translation>Late Interaction angehalten: %1 Bereits fertige Seiten bleiben erhalten.</translation>
        </message>
        <message numerus="yes">
            <source>Late interaction: %n page(s) embedded.</source>
            <translation>
                <numerusform>Late Interaction: Eine Seite eingebettet.</numerusform>
                <numerusform>Late Interaction: %n Seiten eingebettet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling indexing…</source>
            <translation>Indizierung wird abgebrochen…</translation>
        </message>
        <message>
            <source>Could not set the password: %1</source>
            <translation>Das Passwort konnte nicht gesetzt werden: %1</translation>
        </message>
        <message>
            <source>No library is open.</source>
            <translation>Es ist keine Bibliothek geöffnet.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>Es ist kein Modelldienst eingerichtet.</translation>
        </message>
        <message>
            <source>Could not save the library's privacy setting: %1</source>
            <translation>Die Datenschutzeinstellung der Bibliothek konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Pages are being indexed; you will be asked when that has finished.</source>
            <translation>Seiten werden gerade indiziert; Sie werden gefragt, sobald das abgeschlossen ist.</translation>
        </message>
        <message>
            <source>Turn on the model service in Settings first.</source>
            <translation>Schalten Sie zuerst den Modelldienst in den Einstellungen ein.</translation>
        </message>
        <message>
            <source>Pages were not captioned: %1</source>
            <translation>Seiten wurden nicht beschrieben: %1</translation>
        </message>
        <message>
            <source>Could not read the library's privacy setting: %1</source>
            <translation>Die Datenschutzeinstellung der Bibliothek konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Could not work out what would be sent: %1</source>
            <translation>Es konnte nicht ermittelt werden, was gesendet würde: %1</translation>
        </message>
        <message>
            <source>This library may not send anything; change its privacy in Settings.</source>
            <translation>Diese Bibliothek darf nichts senden; ändern Sie ihren Datenschutz in den Einstellungen.</translation>
        </message>
        <message>
            <source>Every page is already captioned and embedded.</source>
            <translation>Alle Seiten sind bereits beschrieben und eingebettet.</translation>
        </message>
        <message>
            <source>Sending %1 as agreed for this library (Settings takes it back).</source>
            <translation>Senden wie für diese Bibliothek vereinbart: %1 (in den Einstellungen widerrufbar).</translation>
        </message>
        <message>
            <source>Nothing was sent. Library ▸ Caption and Embed Pages… asks again.</source>
            <translation>Es wurde nichts gesendet. Bibliothek ▸ Seiten beschreiben und einbetten… fragt erneut.</translation>
        </message>
        <message>
            <source>Looking up the API key…</source>
            <translation>API-Schlüssel wird gesucht…</translation>
        </message>
        <message>
            <source>Nothing was sent. Library ▸ Caption and Embed Pages… offers it again.</source>
            <translation>Es wurde nichts gesendet. Bibliothek ▸ Seiten beschreiben und einbetten… bietet es erneut an.</translation>
        </message>
        <message>
            <source>The key is set in Tools ▸ Settings.</source>
            <translation>Der Schlüssel wird unter Extras ▸ Einstellungen festgelegt.</translation>
        </message>
        <message>
            <source>Check the network and the server address (%1).</source>
            <translation>Prüfen Sie das Netzwerk und die Serveradresse (%1).</translation>
        </message>
        <message>
            <source>Check the model names in Tools ▸ Settings.</source>
            <translation>Prüfen Sie die Modellnamen unter Extras ▸ Einstellungen.</translation>
        </message>
        <message>
            <source>Set the embedding model and dimension the library was made with in Tools ▸ Settings.</source>
            <translation>Stellen Sie unter Extras ▸ Einstellungen das Embedding-Modell und die Dimension ein, mit denen die Bibliothek erstellt wurde.</translation>
        </message>
        <message>
            <source>Pages done so far are kept; Library ▸ Caption and Embed Pages… continues later.</source>
            <translation>Bereits fertige Seiten bleiben erhalten; Bibliothek ▸ Seiten beschreiben und einbetten… setzt später fort.</translation>
        </message>
        <message>
            <source>Captions and embeddings stopped: %1 %2</source>
            <translation>Beschreibungen und Embeddings angehalten: %1 %2</translation>
        </message>
        <message>
            <source>Captions and embeddings paused.</source>
            <translation>Beschreibungen und Embeddings pausiert.</translation>
        </message>
        <message>
            <source>Captions and embeddings resumed.</source>
            <translation>Beschreibungen und Embeddings fortgesetzt.</translation>
        </message>
        <message>
            <source>Cancelling captions and embeddings…</source>
            <translation>Beschreibungen und Embeddings werden abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LibraryPane</name>
        <message>
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <source>Filter by name or path</source>
            <translation>Nach Name oder Pfad filtern</translation>
        </message>
        <message>
            <source>Filter documents</source>
            <translation>Dokumente filtern</translation>
        </message>
        <message>
            <source>Show documents with status</source>
            <translation>Dokumente mit Status anzeigen</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Library documents</source>
            <translation>Bibliotheksdokumente</translation>
        </message>
        <message>
            <source>Documents in the library with their indexing status. Press Enter to open a document, the menu key for more.</source>
            <translation>Dokumente in der Bibliothek mit ihrem Indizierungsstatus. Drücken Sie Enter, um ein Dokument zu öffnen, und die Menütaste für weitere Aktionen.</translation>
        </message>
        <message>
            <source>Copied %1</source>
            <translation>%1 kopiert</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Öffnen</translation>
        </message>
        <message>
            <source>Enter &amp;Password…</source>
            <translation>&amp;Passwort eingeben…</translation>
        </message>
        <message>
            <source>Open with the &amp;System Viewer</source>
            <translation>Mit &amp;Standardprogramm öffnen</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Im &amp;Ordner anzeigen</translation>
        </message>
        <message>
            <source>&amp;Copy Path</source>
            <translation>Pfad &amp;kopieren</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>&amp;Neu einlesen</translation>
        </message>
        <message>
            <source>Re&amp;move from Library</source>
            <translation>Aus Bibliothek &amp;entfernen</translation>
        </message>
    </context>
    <context>
        <name>PageLens::MainWindow</name>
        <message>
            <source>Ask the Library</source>
            <translation>Bibliothek fragen</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Inhaltsverzeichnis</translation>
        </message>
        <message>
            <source>PageLens</source>
            <translation>PageLens</translation>
        </message>
        <message>
            <source>Library and search</source>
            <translation>Bibliothek und Suche</translation>
        </message>
        <message>
            <source>The password for “%1” is wrong. Double-click it to try another.</source>
            <translation>Das Passwort für „%1“ ist falsch. Doppelklicken Sie darauf, um ein anderes zu versuchen.</translation>
        </message>
        <message>
            <source>“%1” is unlocked for this session.</source>
            <translation>„%1“ ist für diese Sitzung entsperrt.</translation>
        </message>
        <message>
            <source>The document is not in the library.</source>
            <translation>Das Dokument ist nicht in der Bibliothek.</translation>
        </message>
        <message>
            <source>&amp;Open Library…</source>
            <translation>Bibliothek &amp;öffnen…</translation>
        </message>
        <message>
            <source>Open or create a library in a folder</source>
            <translation>Eine Bibliothek in einem Ordner öffnen oder anlegen</translation>
        </message>
        <message>
            <source>Add &amp;Files…</source>
            <translation>&amp;Dateien hinzufügen…</translation>
        </message>
        <message>
            <source>Add PDFs, scans or images to the library</source>
            <translation>PDFs, Scans oder Bilder zur Bibliothek hinzufügen</translation>
        </message>
        <message>
            <source>Add F&amp;older…</source>
            <translation>&amp;Ordner hinzufügen…</translation>
        </message>
        <message>
            <source>Add a folder; it is watched for new and changed files</source>
            <translation>Einen Ordner hinzufügen; er wird auf neue und geänderte Dateien überwacht</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>&amp;Neu einlesen</translation>
        </message>
        <message>
            <source>Look for new, changed and removed files</source>
            <translation>Nach neuen, geänderten und entfernten Dateien suchen</translation>
        </message>
        <message>
            <source>&amp;Cancel Indexing</source>
            <translation>Indizierung &amp;abbrechen</translation>
        </message>
        <message>
            <source>Enter &amp;Password…</source>
            <translation>&amp;Passwort eingeben…</translation>
        </message>
        <message>
            <source>Unlock the selected password-protected document for this session</source>
            <translation>Das ausgewählte passwortgeschützte Dokument für diese Sitzung entsperren</translation>
        </message>
        <message>
            <source>Select a document that needs a password first.</source>
            <translation>Wählen Sie zuerst ein Dokument aus, das ein Passwort benötigt.</translation>
        </message>
        <message>
            <source>Caption and &amp;Embed Pages…</source>
            <translation>Seiten beschreiben und &amp;einbetten…</translation>
        </message>
        <message>
            <source>Show what would be sent to the model service, then caption and embed pages</source>
            <translation>Anzeigen, was an den Modelldienst gesendet würde, und dann Seiten beschreiben und einbetten</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Model service, API key, privacy and limits</source>
            <translation>Modelldienst, API-Schlüssel, Datenschutz und Begrenzungen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Search the Library…</source>
            <translation>Bibliothek &amp;durchsuchen…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>B&amp;ibliothek</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Ask the Library</source>
            <translation>Bibliothek &amp;fragen</translation>
        </message>
        <message>
            <source>Ask a question; the answer cites the pages it comes from</source>
            <translation>Eine Frage stellen; die Antwort zitiert die Seiten, aus denen sie stammt</translation>
        </message>
        <message>
            <source>&amp;Outline</source>
            <translation>&amp;Inhaltsverzeichnis</translation>
        </message>
        <message>
            <source>The PDF's table of contents; choose an entry to turn to its page</source>
            <translation>Das Inhaltsverzeichnis der PDF-Datei; wählen Sie einen Eintrag, um zu seiner Seite zu springen</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>Vollbild&amp;modus</translation>
        </message>
        <message>
            <source>Show the window on the whole screen (F11 again to leave)</source>
            <translation>Das Fenster auf dem ganzen Bildschirm anzeigen (F11 erneut zum Verlassen)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>E&amp;xtras</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>PageLens &amp;Help</source>
            <translation>PageLens-&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;About PageLens</source>
            <translation>Über &amp;PageLens</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>%1, page %2</source>
            <translation>%1, Seite %2</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliotheken</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Open Library</source>
            <translation>Bibliothek öffnen</translation>
        </message>
        <message>
            <source>Add Files</source>
            <translation>Dateien hinzufügen</translation>
        </message>
        <message>
            <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;All files (*)</source>
            <translation>Dokumente und Bilder (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Add Folder</source>
            <translation>Ordner hinzufügen</translation>
        </message>
        <message>
            <source>Password Required</source>
            <translation>Passwort erforderlich</translation>
        </message>
        <message>
            <source>“%1” is protected.
Enter its password (kept for this session only):</source>
            <translation>„%1“ ist geschützt.
Geben Sie das Passwort ein (es gilt nur für diese Sitzung):</translation>
        </message>
        <message>
            <source>“%1” is not shown: %2</source>
            <translation>„%1“ wird nicht angezeigt: %2</translation>
        </message>
        <message>
            <source>the passage cited as [%1]</source>
            <translation>die als [%1] zitierte Textstelle</translation>
        </message>
        <message>
            <source>%1 search skipped: %2</source>
            <translation>%1-Suche übersprungen: %2</translation>
        </message>
        <message>
            <source>%1 — PageLens</source>
            <translation>%1 — PageLens</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n Dokument</numerusform>
                <numerusform>%n Dokumente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indexed</source>
            <translation>
                <numerusform>%n indiziert</numerusform>
                <numerusform>%n indiziert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n ausstehend</numerusform>
                <numerusform>%n ausstehend</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n braucht Aufmerksamkeit</numerusform>
                <numerusform>%n brauchen Aufmerksamkeit</numerusform>
            </translation>
        </message>
        <message>
            <source>Indexing cancelled; unfinished documents stay pending.</source>
            <translation>Indizierung abgebrochen; nicht fertige Dokumente bleiben ausstehend.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n document(s)</source>
            <translation>
                <numerusform>%n Dokument indiziert</numerusform>
                <numerusform>%n Dokumente indiziert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with unreadable pages</source>
            <translation>
                <numerusform>%n mit unlesbaren Seiten</numerusform>
                <numerusform>%n mit unlesbaren Seiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fehlgeschlagen</numerusform>
                <numerusform>%n fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed while read (still pending)</source>
            <translation>
                <numerusform>%n beim Lesen geändert (weiter ausstehend)</numerusform>
                <numerusform>%n beim Lesen geändert (weiter ausstehend)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) a password</source>
            <translation>
                <numerusform>%n braucht ein Passwort</numerusform>
                <numerusform>%n brauchen ein Passwort</numerusform>
            </translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>OpenAI-kompatibler Dienst</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 unter %2</translation>
        </message>
        <message>
            <source>Captions and Embeddings Need a Key</source>
            <translation>Beschreibungen und Embeddings brauchen einen Schlüssel</translation>
        </message>
        <message>
            <source>Nothing was sent: %1</source>
            <translation>Es wurde nichts gesendet: %1</translation>
        </message>
        <message>
            <source>To caption and embed pages, open Settings, paste the service's API key under API Key and press OK (it is kept in the OS keychain), or start PageLens with the environment variable %1 set. A local server such as Ollama or llama.cpp needs no key: enter its address under Server address. Search by words works without any of this.</source>
            <translation>Um Seiten zu beschreiben und einzubetten, öffnen Sie die Einstellungen, fügen Sie den API-Schlüssel des Dienstes unter „API-Schlüssel“ ein und klicken Sie auf „OK“ (er wird im Schlüsselbund des Systems gespeichert), oder starten Sie PageLens mit gesetzter Umgebungsvariable %1. Ein lokaler Server wie Ollama oder llama.cpp braucht keinen Schlüssel: Geben Sie seine Adresse unter „Serveradresse“ ein. Die Suche nach Wörtern funktioniert auch ohne all das.</translation>
        </message>
        <message>
            <source>Open &amp;Settings…</source>
            <translation>&amp;Einstellungen öffnen…</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;Nicht jetzt</translation>
        </message>
        <message>
            <source>Captions and embeddings cancelled; pages done so far are kept.</source>
            <translation>Beschreibungen und Embeddings abgebrochen; bereits fertige Seiten bleiben erhalten.</translation>
        </message>
        <message numerus="yes">
            <source>Captioned %n page(s)</source>
            <translation>
                <numerusform>%n Seite beschrieben</numerusform>
                <numerusform>%n Seiten beschrieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>embedded %n page(s)</source>
            <translation>
                <numerusform>%n Seite eingebettet</numerusform>
                <numerusform>%n Seiten eingebettet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the model</source>
            <translation>
                <numerusform>%n vom Modell abgelehnt</numerusform>
                <numerusform>%n vom Modell abgelehnt</numerusform>
            </translation>
        </message>
        <message>
            <source>About PageLens</source>
            <translation>Über PageLens</translation>
        </message>
        <message>
            <source>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;Search folders of PDFs, scans and images, and see every match on its page.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;Durchsuchen Sie Ordner mit PDFs, Scans und Bildern und sehen Sie jeden Treffer auf seiner Seite.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Embed Page &amp;Images for Late Interaction</source>
            <translation>Seiten&amp;bilder für Late Interaction einbetten</translation>
        </message>
        <message>
            <source>Send the pages not yet embedded to the late-interaction server of Settings</source>
            <translation>Die noch nicht eingebetteten Seiten an den Late-Interaction-Server aus den Einstellungen senden</translation>
        </message>
        <message>
            <source>Open a library first.</source>
            <translation>Öffnen Sie zuerst eine Bibliothek.</translation>
        </message>
        <message>
            <source>Set up a late-interaction server in Settings first.</source>
            <translation>Richten Sie zuerst in den Einstellungen einen Late-Interaction-Server ein.</translation>
        </message>
        <message>
            <source>Page images are already being embedded.</source>
            <translation>Seitenbilder werden bereits eingebettet.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::OutlinePane</name>
        <message>
            <source>Outline</source>
            <translation>Inhaltsverzeichnis</translation>
        </message>
        <message>
            <source>This document has no outline.</source>
            <translation>Dieses Dokument hat kein Inhaltsverzeichnis.</translation>
        </message>
        <message>
            <source>Open a document to see its outline.</source>
            <translation>Öffnen Sie ein Dokument, um sein Inhaltsverzeichnis zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PageLayers</name>
        <message>
            <source>Show Search &amp;Matches</source>
            <translation>Such&amp;treffer anzeigen</translation>
        </message>
        <message>
            <source>Show or hide the boxes around the words the search matched</source>
            <translation>Die Rahmen um die Wörter, die die Suche gefunden hat, ein- oder ausblenden</translation>
        </message>
        <message>
            <source>Show Detected &amp;Objects</source>
            <translation>Erkannte &amp;Objekte anzeigen</translation>
        </message>
        <message>
            <source>Show or hide the objects detected on the page</source>
            <translation>Die auf der Seite erkannten Objekte ein- oder ausblenden</translation>
        </message>
        <message>
            <source>Show Query &amp;Heatmap</source>
            <translation>Such-&amp;Heatmap anzeigen</translation>
        </message>
        <message>
            <source>Show or hide where on the page the current query matched</source>
            <translation>Ein- oder ausblenden, wo auf der Seite die aktuelle Suchanfrage getroffen hat</translation>
        </message>
        <message>
            <source>Heatmap (%1)</source>
            <translation>Heatmap (%1)</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PageView</name>
        <message>
            <source>Page viewer</source>
            <translation>Seitenansicht</translation>
        </message>
        <message>
            <source>Drop PDFs, scans or images here, or choose File ▸ Add Files…</source>
            <translation>Legen Sie PDFs, Scans oder Bilder hier ab oder wählen Sie Datei ▸ Dateien hinzufügen…</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Wird geöffnet…</translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>Das Dokument hat keine Seiten.</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>Kein Dokument</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) highlighted</source>
            <translation>
                <numerusform>%n Treffer hervorgehoben</numerusform>
                <numerusform>%n Treffer hervorgehoben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) highlighted, marking: %1</source>
            <translation>
                <numerusform>%n Rahmen hervorgehoben, markiert: %1</numerusform>
                <numerusform>%n Rahmen hervorgehoben, markiert: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>turned %1°</source>
            <translation>um %1° gedreht</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PrivacyChoiceDialog</name>
        <message>
            <source>What May This Library Send?</source>
            <translation>Was darf diese Bibliothek senden?</translation>
        </message>
        <message>
            <source>The model service can caption and embed the pages of %1 so they can be found by meaning. Choose what this library may send; nothing has been sent, and you are shown exactly what would go before anything does. Settings changes it later.</source>
            <translation>Der Modelldienst kann die Seiten von %1 beschreiben und einbetten, damit sie nach ihrer Bedeutung auffindbar sind. Wählen Sie, was diese Bibliothek senden darf; es wurde noch nichts gesendet, und Sie sehen genau, was übertragen würde, bevor etwas gesendet wird. In den Einstellungen lässt sich das später ändern.</translation>
        </message>
        <message>
            <source>&amp;Never send anything (search stays offline)</source>
            <translation>&amp;Nie etwas senden (die Suche bleibt offline)</translation>
        </message>
        <message>
            <source>Page &amp;text only (embeddings for search by meaning)</source>
            <translation>Nur Seiten&amp;text (Embeddings für die Suche nach Bedeutung)</translation>
        </message>
        <message>
            <source>Page text and page &amp;images (captions of pictures and scans too)</source>
            <translation>Seitentext und Seiten&amp;bilder (auch Beschreibungen von Bildern und Scans)</translation>
        </message>
        <message>
            <source>&amp;Use This Setting</source>
            <translation>Diese Einstellung &amp;verwenden</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ProviderSession</name>
        <message>
            <source>The model service is turned off in Settings.</source>
            <translation>Der Modelldienst ist in den Einstellungen ausgeschaltet.</translation>
        </message>
        <message>
            <source>No late-interaction server is set up in Settings.</source>
            <translation>In den Einstellungen ist kein Late-Interaction-Server eingerichtet.</translation>
        </message>
        <message>
            <source>Looking up the late-interaction server's key…</source>
            <translation>Schlüssel des Late-Interaction-Servers wird gesucht…</translation>
        </message>
        <message>
            <source>Looking up the API key…</source>
            <translation>API-Schlüssel wird gesucht…</translation>
        </message>
        <message>
            <source>No Gemini API key: enter one in Settings or set GEMINI_API_KEY (or GOOGLE_API_KEY).</source>
            <translation>Kein Gemini-API-Schlüssel: Geben Sie in den Einstellungen einen ein oder setzen Sie GEMINI_API_KEY (oder GOOGLE_API_KEY).</translation>
        </message>
        <message>
            <source>No OpenAI API key: enter one in Settings or set OPENAI_API_KEY.</source>
            <translation>Kein OpenAI-API-Schlüssel: Geben Sie in den Einstellungen einen ein oder setzen Sie OPENAI_API_KEY.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::SearchPanel</name>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>Sortieren nach</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Suche</translation>
        </message>
        <message>
            <source>Search pages: words, "phrase", -word, a OR b, word*</source>
            <translation>Seiten durchsuchen: Wörter, „Phrase“, -Wort, a OR b, Wort*</translation>
        </message>
        <message>
            <source>Results come as you type; Enter also asks the model service. Escape clears the search.</source>
            <translation>Ergebnisse erscheinen während der Eingabe; Enter fragt zusätzlich den Modelldienst. Escape leert die Suche.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Type words to find; press Enter to include the model service</source>
            <translation>Geben Sie Suchwörter ein; drücken Sie Enter, um den Modelldienst einzubeziehen</translation>
        </message>
        <message>
            <source>All folders</source>
            <translation>Alle Ordner</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alle Typen</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>Scan</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Jederzeit</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Past 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Past 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Past year</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>Relevance</source>
            <translation>Relevanz</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>Suchstatus</translation>
        </message>
        <message>
            <source>Type words to search.</source>
            <translation>Geben Sie Wörter ein, um zu suchen.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>One row per document; Left and Right move through its pages, Enter opens one</source>
            <translation>Eine Zeile pro Dokument; Links und Rechts blättern durch seine Seiten, Enter öffnet eine</translation>
        </message>
        <message>
            <source>Searching for “%1”…</source>
            <translation>Suche nach „%1“…</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n Dokument</numerusform>
                <numerusform>%n Dokumente</numerusform>
            </translation>
        </message>
        <message>
            <source>No pages match “%1”.</source>
            <translation>Keine Seite passt zu „%1“.</translation>
        </message>
        <message>
            <source>No page has all the words of “%1”; %2 with most of them.</source>
            <translation>Keine Seite enthält alle Wörter von „%1“; %2 mit den meisten davon.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the pages with only some of the words.</source>
            <translation>
                <numerusform>Davon eine Seite mit nur einigen der Wörter.</numerusform>
                <numerusform>Davon %n Seiten mit nur einigen der Wörter.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) in %1 match “%2”.</source>
            <translation>
                <numerusform>Treffer für „%2“: %n Seite in %1.</numerusform>
                <numerusform>Treffer für „%2“: %n Seiten in %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::SearchResultModel</name>
        <message>
            <source>p. %1</source>
            <translation>S. %1</translation>
        </message>
        <message>
            <source>p. %1 · %2</source>
            <translation>S. %1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n matching page(s): %2</source>
            <translation>
                <numerusform>%1, eine passende Seite: %2</numerusform>
                <numerusform>%1, %n passende Seiten: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>(results of the previous query)</source>
            <translation>(Ergebnisse der vorherigen Suchanfrage)</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n page(s) · has only: %2</source>
            <translation>
                <numerusform>%1 · %n Seite · enthält nur: %2</numerusform>
                <numerusform>%1 · %n Seiten · enthält nur: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n page(s)</source>
            <translation>
                <numerusform>%1 · %n Seite</numerusform>
                <numerusform>%1 · %n Seiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::SettingsDialog</name>
        <message>
            <source>&amp;Use the model service when indexing and searching</source>
            <translation>Modelldienst beim Indizieren und Suchen &amp;nutzen</translation>
        </message>
        <message>
            <source>&amp;Store Key</source>
            <translation>Schlüssel &amp;speichern</translation>
        </message>
        <message>
            <source>Remo&amp;ve Key</source>
            <translation>Schlüssel &amp;entfernen</translation>
        </message>
        <message>
            <source>Se&amp;nd the API key to this server</source>
            <translation>API-Schlüssel an diesen Server sen&amp;den</translation>
        </message>
        <message>
            <source>Ask &amp;Again Before Sending</source>
            <translation>Vor dem Senden erneut &amp;fragen</translation>
        </message>
        <message>
            <source>S&amp;tore</source>
            <translation>Spei&amp;chern</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Send the key to this server</source>
            <translation>Den Schlüssel an diesen Server senden</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Caption and embed pages with the model service after indexing (you are asked before anything is sent), and search with every signal.</source>
            <translation>Seiten nach dem Indizieren mit dem Modelldienst beschreiben und einbetten (Sie werden gefragt, bevor etwas gesendet wird) und mit allen Signalen suchen.</translation>
        </message>
        <message>
            <source>Model service</source>
            <translation>Modelldienst</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)</source>
            <translation>OpenAI-kompatibel (OpenAI, Ollama, llama.cpp, vLLM)</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <source>Generation model</source>
            <translation>Generierungsmodell</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>Embedding-Modell</translation>
        </message>
        <message>
            <source>Embedding dimension</source>
            <translation>Embedding-Dimension</translation>
        </message>
        <message>
            <source>Vectors of a library must all have the same size; changing it means embedding the library again.</source>
            <translation>Alle Vektoren einer Bibliothek müssen dieselbe Größe haben; eine Änderung bedeutet, die Bibliothek neu einzubetten.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Paste a new key to store it</source>
            <translation>Fügen Sie einen neuen Schlüssel ein, um ihn zu speichern</translation>
        </message>
        <message>
            <source>API key status</source>
            <translation>Status des API-Schlüssels</translation>
        </message>
        <message>
            <source>Delete this service's key from the OS keychain</source>
            <translation>Den Schlüssel dieses Dienstes aus dem Schlüsselbund des Systems löschen</translation>
        </message>
        <message>
            <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server that asks for one, e.g. llama.cpp started with --api-key.</source>
            <translation>Der Schlüssel geht normalerweise nur an https-Server im Internet. Aktivieren Sie dies für einen lokalen oder reinen http-Server, der einen verlangt, z. B. llama.cpp mit --api-key gestartet.</translation>
        </message>
        <message>
            <source>What this library may send</source>
            <translation>Was diese Bibliothek senden darf</translation>
        </message>
        <message>
            <source>Never send anything</source>
            <translation>Nie etwas senden</translation>
        </message>
        <message>
            <source>Page text only (for embeddings)</source>
            <translation>Nur Seitentext (für Embeddings)</translation>
        </message>
        <message>
            <source>Page text and page images (for captions)</source>
            <translation>Seitentext und Seitenbilder (für Beschreibungen)</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>Noch nicht gewählt</translation>
        </message>
        <message>
            <source>Forget that you agreed to send this library's pages: the preview is shown and your answer asked for again next time.</source>
            <translation>Vergessen, dass Sie dem Senden der Seiten dieser Bibliothek zugestimmt haben: Beim nächsten Mal wird die Vorschau angezeigt und Ihre Antwort erneut erfragt.</translation>
        </message>
        <message>
            <source>Caption requests per minute</source>
            <translation>Beschreibungsanfragen pro Minute</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Keine Begrenzung</translation>
        </message>
        <message>
            <source>Gemini's free tier allows about 10 per minute; local servers need no limit.</source>
            <translation>Das kostenlose Kontingent von Gemini erlaubt etwa 10 pro Minute; lokale Server brauchen keine Begrenzung.</translation>
        </message>
        <message>
            <source>Requests in flight</source>
            <translation>Gleichzeitige Anfragen</translation>
        </message>
        <message>
            <source>Text recognition languages</source>
            <translation>Sprachen der Texterkennung</translation>
        </message>
        <message>
            <source>Language of PageLens</source>
            <translation>Sprache von PageLens</translation>
        </message>
        <message>
            <source>Model Service</source>
            <translation>Modelldienst</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Anbieter:</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>Ser&amp;veradresse:</translation>
        </message>
        <message>
            <source>Leave empty for the service's own address. For a local server use its OpenAI-compatible address, e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8080/v1 (llama.cpp server); local servers need no key and get none.</source>
            <translation>Leer lassen für die eigene Adresse des Dienstes. Für einen lokalen Server dessen OpenAI-kompatible Adresse angeben, z. B. http://localhost:11434/v1 (Ollama) oder http://localhost:8080/v1 (llama.cpp-Server); lokale Server brauchen keinen Schlüssel und erhalten keinen.</translation>
        </message>
        <message>
            <source>&amp;Generation model:</source>
            <translation>&amp;Generierungsmodell:</translation>
        </message>
        <message>
            <source>&amp;Embedding model:</source>
            <translation>E&amp;mbedding-Modell:</translation>
        </message>
        <message>
            <source>Embedding &amp;dimension:</source>
            <translation>Embedding-D&amp;imension:</translation>
        </message>
        <message>
            <source>API Key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>Sc&amp;hlüssel:</translation>
        </message>
        <message>
            <source>Keys are stored in the OS keychain, never in PageLens's settings or library files, and are not shown again once stored. GOOGLE_API_KEY, GEMINI_API_KEY or OPENAI_API_KEY in the environment take precedence.</source>
            <translation>Schlüssel werden im Schlüsselbund des Systems gespeichert, nie in den Einstellungen oder Bibliotheksdateien von PageLens, und nach dem Speichern nicht wieder angezeigt. GOOGLE_API_KEY, GEMINI_API_KEY oder OPENAI_API_KEY in der Umgebung haben Vorrang.</translation>
        </message>
        <message>
            <source>Privacy of This Library</source>
            <translation>Datenschutz dieser Bibliothek</translation>
        </message>
        <message>
            <source>&amp;May send:</source>
            <translation>Da&amp;rf senden:</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>Begrenzungen</translation>
        </message>
        <message>
            <source>Caption &amp;requests per minute:</source>
            <translation>Beschreibungsanfragen pro Min&amp;ute:</translation>
        </message>
        <message>
            <source>Requests &amp;in flight:</source>
            <translation>G&amp;leichzeitige Anfragen:</translation>
        </message>
        <message>
            <source>Text Recognition</source>
            <translation>Texterkennung</translation>
        </message>
        <message>
            <source>OCR &amp;languages:</source>
            <translation>&amp;OCR-Sprachen:</translation>
        </message>
        <message>
            <source>Pages without a text layer are read in the checked languages; each extra language makes reading slower. Applies to pages indexed from now on: pages already indexed are not read again. More languages come from packages such as tesseract-ocr-deu (German) or tesseract-ocr-fra (French); their files are in %1.</source>
            <translation>Seiten ohne Textebene werden in den ausgewählten Sprachen gelesen; jede weitere Sprache verlangsamt das Lesen. Gilt für Seiten, die ab jetzt indiziert werden: Bereits indizierte Seiten werden nicht erneut gelesen. Weitere Sprachen kommen aus Paketen wie tesseract-ocr-deu (Deutsch) oder tesseract-ocr-fra (Französisch); ihre Dateien liegen in %1.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>S&amp;prache:</translation>
        </message>
        <message>
            <source>Applies the next time PageLens starts. The command line follows the LANG and LC_ALL environment variables.</source>
            <translation>Gilt ab dem nächsten Start von PageLens. Die Befehlszeile folgt den Umgebungsvariablen LANG und LC_ALL.</translation>
        </message>
        <message>
            <source>Late-interaction server address</source>
            <translation>Adresse des Late-Interaction-Servers</translation>
        </message>
        <message>
            <source>Late-interaction model</source>
            <translation>Late-Interaction-Modell</translation>
        </message>
        <message>
            <source>Late-interaction server API</source>
            <translation>API des Late-Interaction-Servers</translation>
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
            <translation>API-Schlüssel des Late-Interaction-Servers</translation>
        </message>
        <message>
            <source>Only if the server was started with --api-key</source>
            <translation>Nur wenn der Server mit --api-key gestartet wurde</translation>
        </message>
        <message>
            <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server started with --api-key.</source>
            <translation>Der Schlüssel geht normalerweise nur an https-Server im Internet. Aktivieren Sie dies für einen lokalen oder reinen http-Server, der mit --api-key gestartet wurde.</translation>
        </message>
        <message>
            <source>Late Interaction (Page Images)</source>
            <translation>Late Interaction (Seitenbilder)</translation>
        </message>
        <message>
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;ver:</translation>
        </message>
        <message>
            <source>M&amp;odel:</source>
            <translation>M&amp;odell:</translation>
        </message>
        <message>
            <source>AP&amp;I:</source>
            <translation>AP&amp;I:</translation>
        </message>
        <message>
            <source>Ke&amp;y:</source>
            <translation>Schl&amp;üssel:</translation>
        </message>
        <message>
            <source>A ColPali-family server embeds page images for the "late" search signal and the heatmaps, e.g. infinity_emb v2 --model-id vidore/colpali-v1.2-merged, or vllm serve MODEL --runner pooling. Pages are sent only where this library may send page images. PAGELENS_LATE_API_KEY in the environment takes precedence over the keychain.</source>
            <translation>Ein Server der ColPali-Familie bettet Seitenbilder für das Suchsignal „late“ und die Heatmaps ein, z. B. infinity_emb v2 --model-id vidore/colpali-v1.2-merged oder vllm serve MODEL --runner pooling. Seiten werden nur gesendet, wenn diese Bibliothek Seitenbilder senden darf. PAGELENS_LATE_API_KEY in der Umgebung hat Vorrang vor dem Schlüsselbund.</translation>
        </message>
        <message>
            <source>Reading the library's setting…</source>
            <translation>Einstellung der Bibliothek wird gelesen…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>language name, Tesseract code</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No Tesseract language is installed, so pages without a text layer cannot be read.</source>
            <translation>Es ist keine Tesseract-Sprache installiert; Seiten ohne Textebene können daher nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Check at least one language.</source>
            <translation>Wählen Sie mindestens eine Sprache aus.</translation>
        </message>
        <message>
            <source>Open a library to choose what it may send.</source>
            <translation>Öffnen Sie eine Bibliothek, um festzulegen, was sie senden darf.</translation>
        </message>
        <message>
            <source>Applies to the library in %1. You are shown what would be sent, and asked once for each kind of data, before anything leaves this computer.</source>
            <translation>Gilt für die Bibliothek in %1. Bevor etwas diesen Rechner verlässt, sehen Sie, was gesendet würde, und werden für jede Datenart einmal gefragt.</translation>
        </message>
        <message>
            <source>Not chosen yet for the library in %1: you are asked the first time something would leave this computer.</source>
            <translation>Für die Bibliothek in %1 noch nicht gewählt: Sie werden gefragt, sobald zum ersten Mal etwas diesen Rechner verlassen würde.</translation>
        </message>
        <message>
            <source>You are asked before this library sends anything.</source>
            <translation>Sie werden gefragt, bevor diese Bibliothek etwas sendet.</translation>
        </message>
        <message>
            <source>You agreed that this library may send %1 without asking again.</source>
            <translation>Sie haben zugestimmt, dass diese Bibliothek %1 ohne erneute Nachfrage senden darf.</translation>
        </message>
        <message>
            <source>Checking the keychain…</source>
            <translation>Schlüsselbund wird geprüft…</translation>
        </message>
        <message>
            <source>Using the key from the environment variable %1.</source>
            <translation>Der Schlüssel aus der Umgebungsvariable %1 wird verwendet.</translation>
        </message>
        <message>
            <source>A key is stored in the OS keychain.</source>
            <translation>Im Schlüsselbund des Systems ist ein Schlüssel gespeichert.</translation>
        </message>
        <message>
            <source>No key is stored.</source>
            <translation>Es ist kein Schlüssel gespeichert.</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1 Install or unlock a keychain (GNOME Keyring or KWallet, reached through the Secret Service), or start PageLens with %2 set in the environment.</source>
            <translation>Der Schlüsselbund kann nicht gelesen werden: %1 Installieren oder entsperren Sie einen Schlüsselbund (GNOME Keyring oder KWallet, erreichbar über den Secret Service), oder starten Sie PageLens mit gesetzter Umgebungsvariable %2.</translation>
        </message>
        <message>
            <source>Storing the key in the OS keychain…</source>
            <translation>Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
        </message>
        <message>
            <source>The key could not be stored: %1 Install or unlock a keychain (GNOME Keyring or KWallet), or start PageLens with %2 set in the environment instead.</source>
            <translation>Der Schlüssel konnte nicht gespeichert werden: %1 Installieren oder entsperren Sie einen Schlüsselbund (GNOME Keyring oder KWallet), oder starten Sie PageLens stattdessen mit gesetzter Umgebungsvariable %2.</translation>
        </message>
        <message>
            <source>The key was stored in the OS keychain.</source>
            <translation>Der Schlüssel wurde im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>Removing the key from the OS keychain…</source>
            <translation>Schlüssel wird aus dem Schlüsselbund des Systems entfernt…</translation>
        </message>
        <message>
            <source>The key could not be removed: %1</source>
            <translation>Der Schlüssel konnte nicht entfernt werden: %1</translation>
        </message>
        <message>
            <source>No key (most local servers need none).</source>
            <translation>Kein Schlüssel (die meisten lokalen Server brauchen keinen).</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1</source>
            <translation>Der Schlüsselbund kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The key could not be stored: %1 Set PAGELENS_LATE_API_KEY in the environment instead.</source>
            <translation>Der Schlüssel konnte nicht gespeichert werden: %1 Setzen Sie stattdessen PAGELENS_LATE_API_KEY in der Umgebung.</translation>
        </message>
        <message>
            <source>Detect objects while indexing</source>
            <translation>Beim Indizieren Objekte erkennen</translation>
        </message>
        <message>
            <source>Sends each page image for object detection; needs page images allowed.</source>
            <translation>Sendet jedes Seitenbild zur Objekterkennung; Seitenbilder müssen erlaubt sein.</translation>
        </message>
        <message>
            <source>Detection prompt</source>
            <translation>Anweisung für die Erkennung</translation>
        </message>
        <message>
            <source>Detection pro&amp;mpt:</source>
            <translation>Erkennungs&amp;anweisung:</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ThumbnailStrip</name>
        <message>
            <source>Page thumbnails</source>
            <translation>Vorschaubilder</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Seite %1</translation>
        </message>
        <message>
            <source>Page %1 has detected objects</source>
            <translation>Seite %1 enthält erkannte Objekte</translation>
        </message>
        <message>
            <source>Page %1, has detected objects</source>
            <translation>Seite %1, mit erkannten Objekten</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ViewerPanel</name>
        <message>
            <source>&amp;Previous Page</source>
            <translation>&amp;Vorherige Seite</translation>
        </message>
        <message>
            <source>&amp;Next Page</source>
            <translation>&amp;Nächste Seite</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>Fit &amp;Width</source>
            <translation>An &amp;Breite anpassen</translation>
        </message>
        <message>
            <source>Fit &amp;Page</source>
            <translation>An &amp;Seite anpassen</translation>
        </message>
        <message>
            <source>&amp;Find in Document…</source>
            <translation>Im Dokument &amp;suchen…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>&amp;Weitersuchen</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>&amp;Rückwärts suchen</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Select &amp;All on Page</source>
            <translation>&amp;Alles auf der Seite auswählen</translation>
        </message>
        <message>
            <source>Copy the words selected on the page (drag over the words to select them)</source>
            <translation>Die auf der Seite ausgewählten Wörter kopieren (ziehen Sie über die Wörter, um sie auszuwählen)</translation>
        </message>
        <message>
            <source>Rotate &amp;Left</source>
            <translation>Nach &amp;links drehen</translation>
        </message>
        <message>
            <source>Rotate &amp;Right</source>
            <translation>Nach &amp;rechts drehen</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Seitenzahl</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>Zoomstufe</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Viewer tools</source>
            <translation>Werkzeuge der Seitenansicht</translation>
        </message>
        <message>
            <source>search match</source>
            <translation>Suchtreffer</translation>
        </message>
        <message>
            <source>matched: %1</source>
            <translation>Treffer: %1</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>von %1</translation>
        </message>
        <message>
            <source>&amp;Continuous</source>
            <translation>&amp;Fortlaufend</translation>
        </message>
        <message>
            <source>Show all pages in one scroll</source>
            <translation>Alle Seiten in einem Bildlauf zeigen</translation>
        </message>
    </context>
    <context>
        <name>ProviderOptions</name>
        <message>
            <source>Model service: gemini (default) or openai.</source>
            <translation>Modelldienst: gemini (Standard) oder openai.</translation>
        </message>
        <message>
            <source>Service address (default: the service's own, or PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL).</source>
            <translation>Adresse des Dienstes (Standard: die eigene des Dienstes oder PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL).</translation>
        </message>
        <message>
            <source>Generation model (gemini: gemini-2.5-flash).</source>
            <translation>Generierungsmodell (gemini: gemini-2.5-flash).</translation>
        </message>
        <message>
            <source>Embedding model (gemini: gemini-embedding-001).</source>
            <translation>Embedding-Modell (gemini: gemini-embedding-001).</translation>
        </message>
        <message>
            <source>Send the API key to an http:// or local/private server too (by default it goes only to public https servers).</source>
            <translation>Den API-Schlüssel auch an einen http://- oder lokalen/privaten Server senden (standardmäßig geht er nur an öffentliche https-Server).</translation>
        </message>
        <message>
            <source>Resize images to at most this width before sending, 16 to 8192 (default 600).</source>
            <translation>Bilder vor dem Senden auf höchstens diese Breite verkleinern, 16 bis 8192 (Standard 600).</translation>
        </message>
        <message>
            <source>Image format to send: webp (default), jpeg or png.</source>
            <translation>Zu sendendes Bildformat: webp (Standard), jpeg oder png.</translation>
        </message>
        <message>
            <source>Late-interaction server (infinity), e.g. http://localhost:7997 (default: PAGELENS_LATE_URL).</source>
            <translation>Late-Interaction-Server (infinity), z. B. http://localhost:7997 (Standard: PAGELENS_LATE_URL).</translation>
        </message>
        <message>
            <source>Its ColPali-family model, e.g. vidore/colpali-v1.2-merged (default: PAGELENS_LATE_MODEL).</source>
            <translation>Sein Modell der ColPali-Familie, z. B. vidore/colpali-v1.2-merged (Standard: PAGELENS_LATE_MODEL).</translation>
        </message>
        <message>
            <source>How the server sends vectors: base64 (default) or float.</source>
            <translation>Wie der Server Vektoren sendet: base64 (Standard) oder float.</translation>
        </message>
        <message>
            <source>The server's API: infinity (/embeddings, default) or vllm (/pooling, task token_embed) (default: PAGELENS_LATE_DIALECT).</source>
            <translation>API des Servers: infinity (/embeddings, Standard) oder vllm (/pooling, Task token_embed) (Standard: PAGELENS_LATE_DIALECT).</translation>
        </message>
        <message>
            <source>A late-interaction server needs both --late-url and --late-model.</source>
            <translation>Ein Late-Interaction-Server braucht sowohl --late-url als auch --late-model.</translation>
        </message>
        <message>
            <source>--late-url takes an http:// or https:// address.</source>
            <translation>--late-url akzeptiert eine http://- oder https://-Adresse.</translation>
        </message>
        <message>
            <source>--late-encoding takes base64 or float.</source>
            <translation>--late-encoding akzeptiert base64 oder float.</translation>
        </message>
        <message>
            <source>--late-dialect takes infinity or vllm.</source>
            <translation>--late-dialect akzeptiert infinity oder vllm.</translation>
        </message>
        <message>
            <source>Unknown provider "%1": use gemini or openai.</source>
            <translation>Unbekannter Anbieter „%1“: Verwenden Sie gemini oder openai.</translation>
        </message>
        <message>
            <source>No Gemini API key: set GOOGLE_API_KEY or GEMINI_API_KEY, or store a key in the keychain.</source>
            <translation>Kein Gemini-API-Schlüssel: Setzen Sie GOOGLE_API_KEY oder GEMINI_API_KEY, oder speichern Sie einen Schlüssel im Schlüsselbund.</translation>
        </message>
        <message>
            <source>No OpenAI API key: set OPENAI_API_KEY or store a key in the keychain.</source>
            <translation>Kein OpenAI-API-Schlüssel: Setzen Sie OPENAI_API_KEY, oder speichern Sie einen Schlüssel im Schlüsselbund.</translation>
        </message>
        <message>
            <source>"%1" is not a page number.</source>
            <translation>„%1“ ist keine Seitenzahl.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>%1 kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>Pixel</translation>
        </message>
        <message>
            <source>%1 has only %2 pages.</source>
            <translation>%1 hat nur %2 Seiten.</translation>
        </message>
    </context>
    <context>
        <name>ServiceFailure</name>
        <message>
            <source>The model service refused the API key. Check that the key is valid and allowed to use this API.</source>
            <translation>Der Modelldienst hat den API-Schlüssel abgelehnt. Prüfen Sie, ob der Schlüssel gültig ist und diese API verwenden darf.</translation>
        </message>
        <message>
            <source>The model service does not know this model. Check the model name (--model or --embed-model).</source>
            <translation>Der Modelldienst kennt dieses Modell nicht. Prüfen Sie den Modellnamen (--model oder --embed-model).</translation>
        </message>
        <message>
            <source>The model service stopped the answer before it was complete. Try again.</source>
            <translation>Der Modelldienst hat die Antwort vor ihrem Ende abgebrochen. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The model service is overloaded or unavailable right now. Try again in a few minutes.</source>
            <translation>Der Modelldienst ist gerade überlastet oder nicht verfügbar. Versuchen Sie es in einigen Minuten erneut.</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached.</source>
            <translation>Das Anfragelimit des Modelldienstes wurde erreicht.</translation>
        </message>
        <message>
            <source>The model service rejected the request: %1</source>
            <translation>Der Modelldienst hat die Anfrage abgelehnt: %1</translation>
        </message>
        <message>
            <source>The API key is not valid. Set a valid key in GOOGLE_API_KEY or GEMINI_API_KEY, or store one in the keychain.</source>
            <translation>Der API-Schlüssel ist ungültig. Setzen Sie einen gültigen Schlüssel in GOOGLE_API_KEY oder GEMINI_API_KEY, oder speichern Sie einen im Schlüsselbund.</translation>
        </message>
        <message>
            <source>The Gemini API is not enabled for this key's project. Enable it in the Google Cloud console.</source>
            <translation>Die Gemini-API ist für das Projekt dieses Schlüssels nicht aktiviert. Aktivieren Sie sie in der Google Cloud Console.</translation>
        </message>
        <message>
            <source>The daily quota of the model service is used up. Try again tomorrow or use another key.</source>
            <translation>Das Tageskontingent des Modelldienstes ist aufgebraucht. Versuchen Sie es morgen erneut oder verwenden Sie einen anderen Schlüssel.</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached. Try again in %1 seconds.</source>
            <translation>Das Anfragelimit des Modelldienstes wurde erreicht. Versuchen Sie es in %1 Sekunden erneut.</translation>
        </message>
        <message>
            <source>The account of this API key has no quota left. Check the plan and billing of the service.</source>
            <translation>Das Konto dieses API-Schlüssels hat kein Kontingent mehr. Prüfen Sie Tarif und Abrechnung des Dienstes.</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached. Try again in a minute.</source>
            <translation>Das Anfragelimit des Modelldienstes wurde erreicht. Versuchen Sie es in einer Minute erneut.</translation>
        </message>
        <message>
            <source>The model service stopped answering and the request timed out. Check the network and try again.</source>
            <translation>Der Modelldienst antwortet nicht mehr, und die Anfrage hat das Zeitlimit überschritten. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The model service cannot be reached. Check the network connection and the service address.</source>
            <translation>Der Modelldienst ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Adresse des Dienstes.</translation>
        </message>
    </context>
    <context>
        <name>UiLanguage</name>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
    </context>
</TS>
