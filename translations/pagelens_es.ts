<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AccessibleNames</name>
        <message>
            <source>Clear %1</source>
            <translation>Borrar %1</translation>
        </message>
        <message>
            <source>More of %1</source>
            <translation>Más de %1</translation>
        </message>
    </context>
    <context>
        <name>AgentCommands</name>
        <message>
            <source>Citations that match no page the agent saw (not shown as sources): %1</source>
            <translation>Citas que no corresponden a ninguna página que el agente haya visto (no se muestran como fuentes): %1</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n pregunta</numerusform>
                <numerusform>%n preguntas</numerusform>
            </translation>
        </message>
        <message>
            <source>Ask the library a question (answers cite pages)</source>
            <translation>Hacer una pregunta a la biblioteca (las respuestas citan páginas)</translation>
        </message>
        <message>
            <source>What to ask.</source>
            <translation>Qué preguntar.</translation>
        </message>
        <message>
            <source>Agree to send the question and what the tools find to the model service.</source>
            <translation>Aceptar el envío de la pregunta y de lo que encuentren las herramientas al servicio de modelos.</translation>
        </message>
        <message>
            <source>What may leave the machine for this question: never, text or images (default: the library's setting).</source>
            <translation>Qué puede salir del equipo para esta pregunta: never, text o images (predeterminado: la configuración de la biblioteca).</translation>
        </message>
        <message>
            <source>Tool rounds before the agent gives up, 1 to 50 (default 8).</source>
            <translation>Rondas de herramientas antes de que el agente se rinda, de 1 a 50 (predeterminado: 8).</translation>
        </message>
        <message>
            <source>Continue this conversation (see --list).</source>
            <translation>Continuar esta conversación (véase --list).</translation>
        </message>
        <message>
            <source>List the library's conversations.</source>
            <translation>Listar las conversaciones de la biblioteca.</translation>
        </message>
        <message>
            <source>Delete a conversation.</source>
            <translation>Eliminar una conversación.</translation>
        </message>
        <message>
            <source>Show a stored conversation: its questions, steps, answers and sources.</source>
            <translation>Mostrar una conversación guardada: sus preguntas, pasos, respuestas y fuentes.</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli ask QUESTION [options] | ask --list | ask --show ID | ask --delete ID</source>
            <translation>Uso: pagelens-cli ask QUESTION [opciones] | ask --list | ask --show ID | ask --delete ID</translation>
        </message>
        <message>
            <source>tool rounds</source>
            <translation>rondas de herramientas</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy admite never, text o images.</translation>
        </message>
        <message>
            <source>Deleted conversation %1.</source>
            <translation>Se eliminó la conversación %1.</translation>
        </message>
        <message>
            <source>The library's privacy is "never", so no model was asked.</source>
            <translation>La privacidad de la biblioteca es "never", por lo que no se consultó ningún modelo.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>No hay ningún servicio de modelos configurado.</translation>
        </message>
        <message>
            <source>Would send to %1 (%2): the question "%3", the page text, captions and snippets the tools find</source>
            <translation>Se enviaría a %1 (%2): la pregunta "%3", el texto de las páginas, las descripciones y los fragmentos que encuentren las herramientas</translation>
        </message>
        <message>
            <source>, and at most %1 page images per step (WEBP, at most 1024 px)</source>
            <translation>, y como máximo %1 imágenes de página por paso (WEBP, 1024 px como máximo)</translation>
        </message>
        <message>
            <source>; privacy: %1; at most %2 steps.</source>
            <translation>; privacidad: %1; %2 pasos como máximo.</translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>No se envió nada. Vuelva a ejecutarlo con --yes para aceptar.</translation>
        </message>
        <message>
            <source>Nothing was sent to a model service.</source>
            <translation>No se envió nada a ningún servicio de modelos.</translation>
        </message>
        <message>
            <source>The agent stopped.</source>
            <translation>El agente se detuvo.</translation>
        </message>
    </context>
    <context>
        <name>AgentTools</name>
        <message numerus="yes">
            <source>searched "%1" → %n page(s)</source>
            <translation>
                <numerusform>buscó "%1" → %n página</numerusform>
                <numerusform>buscó "%1" → %n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>looked at %1 p. %2</source>
            <translation>miró %1 p. %2</translation>
        </message>
        <message>
            <source>read %1 p. %2 (no image sent)</source>
            <translation>leyó %1 p. %2 (sin enviar la imagen)</translation>
        </message>
        <message>
            <source>read the text of %1 p. %2</source>
            <translation>leyó el texto de %1 p. %2</translation>
        </message>
        <message numerus="yes">
            <source>found %n object(s) on %1 p. %2</source>
            <translation>
                <numerusform>encontró %n objeto en %1 p. %2</numerusform>
                <numerusform>encontró %n objetos en %1 p. %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 falló: %2</translation>
        </message>
        <message>
            <source>There is no tool named "%1". Use only search_library, view_page, read_page_text and detect_objects.</source>
            <translation>No existe ninguna herramienta llamada "%1". Use solo search_library, view_page, read_page_text y detect_objects.</translation>
        </message>
        <message>
            <source>refused the undeclared tool "%1"</source>
            <translation>rechazó la herramienta no declarada "%1"</translation>
        </message>
        <message>
            <source>"%1" must be a whole number.</source>
            <translation>"%1" debe ser un número entero.</translation>
        </message>
        <message>
            <source>%1: bad argument "%2"</source>
            <translation>%1: argumento incorrecto "%2"</translation>
        </message>
        <message>
            <source>The arguments do not match %1's declaration: %2</source>
            <translation>Los argumentos no coinciden con la declaración de %1: %2</translation>
        </message>
        <message>
            <source>%1: invalid arguments</source>
            <translation>%1: argumentos no válidos</translation>
        </message>
        <message>
            <source>%1: unknown document "%2"</source>
            <translation>%1: documento desconocido "%2"</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s); there is no page %2.</source>
            <translation>
                <numerusform>%1 tiene %n página; no existe la página %2.</numerusform>
                <numerusform>%1 tiene %n páginas; no existe la página %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no page %2 in %3</source>
            <translation>%1: no existe la página %2 en %3</translation>
        </message>
        <message>
            <source>Several documents are named "%1"; give the full path from search_library.</source>
            <translation>Varios documentos se llaman "%1"; indique la ruta completa que devuelve search_library.</translation>
        </message>
        <message>
            <source>There is no document "%1" in the library; use a path search_library returned.</source>
            <translation>No hay ningún documento "%1" en la biblioteca; use una ruta que haya devuelto search_library.</translation>
        </message>
        <message>
            <source>The query is empty.</source>
            <translation>La consulta está vacía.</translation>
        </message>
        <message>
            <source>search: empty query</source>
            <translation>search: consulta vacía</translation>
        </message>
        <message>
            <source>search for "%1" failed</source>
            <translation>falló la búsqueda de "%1"</translation>
        </message>
        <message>
            <source>could not read %1 p. %2</source>
            <translation>no se pudo leer %1 p. %2</translation>
        </message>
        <message>
            <source>Object detection needs the page image, and this library's privacy setting allows text only.</source>
            <translation>La detección de objetos necesita la imagen de la página y la configuración de privacidad de esta biblioteca solo permite texto.</translation>
        </message>
        <message>
            <source>detect on %1 p. %2: not allowed (privacy)</source>
            <translation>detección en %1 p. %2: no permitida (privacidad)</translation>
        </message>
        <message>
            <source>No model service is available for object detection.</source>
            <translation>No hay ningún servicio de modelos disponible para la detección de objetos.</translation>
        </message>
        <message>
            <source>detect: no model service</source>
            <translation>detect: no hay servicio de modelos</translation>
        </message>
        <message>
            <source>detect on %1 p. %2 failed</source>
            <translation>falló la detección en %1 p. %2</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>No display: running headless (see pagelens-cli --help).</source>
            <translation>No hay pantalla: se ejecuta sin interfaz gráfica (véase pagelens-cli --help).</translation>
        </message>
        <message>
            <source>Search folders of PDFs, scans and images.</source>
            <translation>Búsqueda en carpetas de PDF, escaneos e imágenes.</translation>
        </message>
        <message>
            <source>Quit once the window is shown and the library is open (and the given paths are indexed); exit status 0 when that worked. For install checks.</source>
            <translation>Salir en cuanto se muestre la ventana y se abra la biblioteca (y se indexen las rutas indicadas); estado de salida 0 si funcionó. Para comprobar la instalación.</translation>
        </message>
        <message>
            <source>Open the library in &lt;dir&gt;.</source>
            <translation>Abrir la biblioteca en &lt;carpeta&gt;.</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>carpeta</translation>
        </message>
        <message>
            <source>Log debug detail.</source>
            <translation>Registrar información de depuración.</translation>
        </message>
        <message>
            <source>Files and folders to add to the library.</source>
            <translation>Archivos y carpetas que añadir a la biblioteca.</translation>
        </message>
        <message>
            <source>PageLens started: %1</source>
            <translation>PageLens se inició: %1</translation>
        </message>
        <message>
            <source>PageLens failed to start: the window is not shown.</source>
            <translation>PageLens no se pudo iniciar: la ventana no se muestra.</translation>
        </message>
        <message>
            <source>window shown, library %1 open.</source>
            <translation>ventana mostrada, biblioteca %1 abierta.</translation>
        </message>
        <message>
            <source>window shown, %1 indexed, %2 failed.</source>
            <translation>ventana mostrada, %1 indexados, %2 fallidos.</translation>
        </message>
    </context>
    <context>
        <name>BenchCommands</name>
        <message>
            <source>Run a benchmark (bench --help lists them)</source>
            <translation>Ejecutar una prueba de rendimiento (bench --help las enumera)</translation>
        </message>
        <message>
            <source>Unknown benchmark %1.</source>
            <translation>Prueba de rendimiento desconocida: %1.</translation>
        </message>
        <message>
            <source>Number of vectors (default 10000).</source>
            <translation>Número de vectores (predeterminado: 10000).</translation>
        </message>
        <message>
            <source>Dimensions (default 768).</source>
            <translation>Dimensiones (predeterminado: 768).</translation>
        </message>
        <message>
            <source>Number of timed queries (default 200).</source>
            <translation>Número de consultas cronometradas (predeterminado: 200).</translation>
        </message>
        <message>
            <source>flat, hnsw or auto (default auto: flat below the HNSW threshold).</source>
            <translation>flat, hnsw o auto (predeterminado: auto, es decir, flat por debajo del umbral de HNSW).</translation>
        </message>
        <message>
            <source>OpenMP and BLAS threads (default: one per core).</source>
            <translation>Hilos de OpenMP y BLAS (predeterminado: uno por núcleo).</translation>
        </message>
        <message>
            <source>Also time FAISS's own IndexFlatIP search, one query at a time.</source>
            <translation>Cronometrar también la búsqueda IndexFlatIP propia de FAISS, una consulta cada vez.</translation>
        </message>
        <message>
            <source>Folder for the index file (default: a temporary folder).</source>
            <translation>Carpeta para el archivo de índice (predeterminado: una carpeta temporal).</translation>
        </message>
        <message>
            <source>--index is flat, hnsw or auto.</source>
            <translation>--index admite flat, hnsw o auto.</translation>
        </message>
        <message>
            <source>Dense index, %1 pages × %2 dimensions, %3, %4 threads (OpenMP %5)</source>
            <translation>Índice denso, %1 páginas × %2 dimensiones, %3, %4 hilos (OpenMP %5)</translation>
        </message>
        <message>
            <source>  build %1, save %2, load %3, file %4 MB</source>
            <translation>  construcción %1, guardado %2, carga %3, archivo %4 MB</translation>
        </message>
        <message>
            <source>  query p50 %1, p99 %2 over %3 queries, recall@%4 %5</source>
            <translation>  consulta p50 %1, p99 %2 en %3 consultas, recall@%4 %5</translation>
        </message>
        <message>
            <source>  scan %1 GB/s, memory read %2 GB/s (bound ratio %3)</source>
            <translation>  recorrido %1 GB/s, lectura de memoria %2 GB/s (proporción del límite %3)</translation>
        </message>
        <message>
            <source>  FAISS IndexFlatIP::search p50 %1</source>
            <translation>  FAISS IndexFlatIP::search p50 %1</translation>
        </message>
        <message>
            <source>  BLAS: %1; FAISS build: %2</source>
            <translation>  BLAS: %1; compilación de FAISS: %2</translation>
        </message>
        <message>
            <source>Number of pages (default 10000).</source>
            <translation>Número de páginas (predeterminado: 10000).</translation>
        </message>
        <message>
            <source>Vectors per page (default 1030: ColPali's 32 × 32 grid and 6 more).</source>
            <translation>Vectores por página (predeterminado: 1030, la cuadrícula de 32 × 32 de ColPali y 6 más).</translation>
        </message>
        <message>
            <source>Dimensions (default 128).</source>
            <translation>Dimensiones (predeterminado: 128).</translation>
        </message>
        <message>
            <source>Vectors per query (default 20).</source>
            <translation>Vectores por consulta (predeterminado: 20).</translation>
        </message>
        <message>
            <source>Number of timed queries (default 20).</source>
            <translation>Número de consultas cronometradas (predeterminado: 20).</translation>
        </message>
        <message>
            <source>Search threads (default: one per core).</source>
            <translation>Hilos de búsqueda (predeterminado: uno por núcleo).</translation>
        </message>
        <message>
            <source>Patches per pooled vector of the candidate stage (default 32).</source>
            <translation>Parches por vector agrupado en la fase de candidatos (predeterminado: 32).</translation>
        </message>
        <message>
            <source>Pages reranked exactly by the two-stage search (default 256).</source>
            <translation>Páginas que la búsqueda en dos fases reordena de forma exacta (predeterminado: 256).</translation>
        </message>
        <message>
            <source>Folder for the vector file (default: a temporary folder).</source>
            <translation>Carpeta para el archivo de vectores (predeterminado: una carpeta temporal).</translation>
        </message>
        <message>
            <source>Keep the vector file in --dir and reuse it when the pages, vectors, dimensions and pool factor match.</source>
            <translation>Conservar el archivo de vectores en --dir y reutilizarlo cuando coincidan las páginas, los vectores, las dimensiones y el factor de agrupación.</translation>
        </message>
        <message>
            <source>--keep needs --dir.</source>
            <translation>--keep requiere --dir.</translation>
        </message>
        <message>
            <source>MaxSim, %1 pages × %2 vectors × %3 dimensions, %4 query tokens, kernel %5, %6 threads</source>
            <translation>MaxSim, %1 páginas × %2 vectores × %3 dimensiones, %4 tokens de consulta, núcleo %5, %6 hilos</translation>
        </message>
        <message>
            <source>  write %1, open %2, file %3 MB; %4 bytes per page mapped, %5 resident</source>
            <translation>  escritura %1, apertura %2, archivo %3 MB; %4 bytes por página asignados, %5 residentes</translation>
        </message>
        <message>
            <source>  exact p50 %1, p99 %2; memory roofline %3 at %4 GB/s (ratio %5)</source>
            <translation>  exacta p50 %1, p99 %2; límite de memoria %3 a %4 GB/s (proporción %5)</translation>
        </message>
        <message>
            <source>  two-stage p50 %1, p99 %2 (pool factor %3, %4 candidates), recall@%5 %6 over %7 queries</source>
            <translation>  dos fases p50 %1, p99 %2 (factor de agrupación %3, %4 candidatos), recall@%5 %6 en %7 consultas</translation>
        </message>
        <message>
            <source>Number of timed steps (default 30).</source>
            <translation>Número de pasos cronometrados (predeterminado: 30).</translation>
        </message>
        <message>
            <source>The page view_page shows (default: the first image of the seed notebook, when found).</source>
            <translation>La página que muestra view_page (predeterminado: la primera imagen del cuaderno de ejemplo, si se encuentra).</translation>
        </message>
        <message>
            <source>--pages needs at least 20.</source>
            <translation>--pages requiere al menos 20.</translation>
        </message>
    </context>
    <context>
        <name>CliApp</name>
        <message>
            <source>Usage: pagelens-cli [--library DIR] [--json] [--verbose] COMMAND [ARGS...]</source>
            <translation>Uso:   pagelens-cli [--library DIR] [--json] [--verbose] COMMAND [ARGS...]</translation>
        </message>
        <message>
            <source>       pagelens-cli --version | --help</source>
            <translation>       pagelens-cli --version | --help</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Órdenes:</translation>
        </message>
        <message>
            <source>Exit codes: 0 ok, 1 usage, 2 some inputs failed, 3 model service error.</source>
            <translation>Códigos de salida: 0 correcto, 1 uso incorrecto, 2 fallaron algunas entradas, 3 error del servicio de modelos.</translation>
        </message>
        <message>
            <source>--library needs a folder.</source>
            <translation>--library requiere una carpeta.</translation>
        </message>
        <message>
            <source>Unknown option %1.</source>
            <translation>Opción desconocida: %1.</translation>
        </message>
        <message>
            <source>Unknown command %1.</source>
            <translation>Orden desconocida: %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsentStore</name>
        <message>
            <source>page text and page images</source>
            <translation>texto e imágenes de las páginas</translation>
        </message>
        <message>
            <source>page text</source>
            <translation>texto de las páginas</translation>
        </message>
        <message>
            <source>page images</source>
            <translation>imágenes de las páginas</translation>
        </message>
    </context>
    <context>
        <name>ConversationStore</name>
        <message>
            <source>The conversation could not be read.</source>
            <translation>No se pudo leer la conversación.</translation>
        </message>
        <message>
            <source>There is no conversation "%1" in this library (see ask --list).</source>
            <translation>No hay ninguna conversación "%1" en esta biblioteca (véase ask --list).</translation>
        </message>
        <message>
            <source>The conversation could not be saved.</source>
            <translation>No se pudo guardar la conversación.</translation>
        </message>
        <message>
            <source>The conversations could not be read.</source>
            <translation>No se pudieron leer las conversaciones.</translation>
        </message>
        <message>
            <source>The conversation could not be deleted.</source>
            <translation>No se pudo eliminar la conversación.</translation>
        </message>
    </context>
    <context>
        <name>DetectionCommands</name>
        <message>
            <source>List the objects stored for a library page</source>
            <translation>Listar los objetos guardados de una página de la biblioteca</translation>
        </message>
        <message>
            <source>A page of a library document.</source>
            <translation>Una página de un documento de la biblioteca.</translation>
        </message>
        <message>
            <source>Keep the detections in the library (replacing this page's for the same prompt).</source>
            <translation>Guardar las detecciones en la biblioteca (sustituyen las de esta página para la misma instrucción).</translation>
        </message>
        <message>
            <source>The instruction sent with the page.</source>
            <translation>La instrucción que se envía con la página.</translation>
        </message>
        <message>
            <source>Longest side of the page image sent, 64 to 4096 pixels (default %1).</source>
            <translation>Lado más largo de la imagen de página enviada, de 64 a 4096 píxeles (predeterminado: %1).</translation>
        </message>
        <message>
            <source>What may leave the machine in this run: never, text or images (default: the library's setting).</source>
            <translation>Qué puede salir del equipo en esta ejecución: never, text o images (predeterminado: la configuración de la biblioteca).</translation>
        </message>
        <message>
            <source>Agree to send the page image.</source>
            <translation>Aceptar el envío de la imagen de la página.</translation>
        </message>
        <message>
            <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
            <translation>Segundos de espera mientras otro PageLens escribe en la biblioteca (predeterminado: 600).</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>píxeles</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy admite never, text o images.</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which the privacy setting (%1) does not allow; nothing was sent. Use --privacy images for this run.</source>
            <translation>La detección de objetos envía la imagen de la página, algo que la configuración de privacidad (%1) no permite; no se envió nada. Use --privacy images para esta ejecución.</translation>
        </message>
        <message>
            <source>Object detection sends 1 page image (%1, longest side %2 px) to %3 at %4.</source>
            <translation>La detección de objetos envía 1 imagen de página (%1, lado más largo de %2 px) a %3 en %4.</translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>No se envió nada. Vuelva a ejecutarlo con --yes para aceptar.</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) stored for %1.</source>
            <translation>
                <numerusform>%n objeto guardado para %1.</numerusform>
                <numerusform>%n objetos guardados para %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetectionLayer</name>
        <message>
            <source>detected</source>
            <translation>detectado</translation>
        </message>
        <message>
            <source>detected by %1</source>
            <translation>detectado por %1</translation>
        </message>
        <message>
            <source>prompt “%1”</source>
            <translation>instrucción «%1»</translation>
        </message>
    </context>
    <context>
        <name>ExtractiveAnswer</name>
        <message>
            <source>Search results for "%1" (%2 These are passages from your library, not an answer.)</source>
            <translation>Resultados de búsqueda de "%1" (%2 Son pasajes de su biblioteca, no una respuesta).</translation>
        </message>
        <message>
            <source>No page matches.</source>
            <translation>Ninguna página coincide.</translation>
        </message>
    </context>
    <context>
        <name>GeminiCodec</name>
        <message>
            <source>The model service blocked the request for safety reasons (%1).</source>
            <translation>El servicio de modelos bloqueó la solicitud por motivos de seguridad (%1).</translation>
        </message>
        <message>
            <source>The model service blocked the answer for safety reasons (%1).</source>
            <translation>El servicio de modelos bloqueó la respuesta por motivos de seguridad (%1).</translation>
        </message>
        <message>
            <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
            <translation>La respuesta se cortó al alcanzar el número máximo de tokens de salida. Permita más tokens e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The model service returned no answer (finish reason: %1).</source>
            <translation>El servicio de modelos no devolvió ninguna respuesta (motivo de finalización: %1).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>The model service returned an embedding with invalid values.</source>
            <translation>El servicio de modelos devolvió una incrustación con valores no válidos.</translation>
        </message>
        <message>
            <source>The model service returned an empty embedding.</source>
            <translation>El servicio de modelos devolvió una incrustación vacía.</translation>
        </message>
        <message>
            <source>The model service returned %1 embeddings for %2 texts.</source>
            <translation>El servicio de modelos devolvió %1 incrustaciones para %2 textos.</translation>
        </message>
    </context>
    <context>
        <name>HeatmapCommands</name>
        <message>
            <source>Where on a page a query matched (late interaction, else term matches)</source>
            <translation>Dónde coincidió una consulta en una página (interacción tardía o, si no, coincidencias de términos)</translation>
        </message>
        <message>
            <source>The query.</source>
            <translation>La consulta.</translation>
        </message>
        <message>
            <source>The page (1-based).</source>
            <translation>La página (empezando por 1).</translation>
        </message>
        <message>
            <source>Write the page with the heatmap and a legend to this PNG.</source>
            <translation>Escribir la página con el mapa de calor y una leyenda en este PNG.</translation>
        </message>
        <message>
            <source>Password of an encrypted PDF.</source>
            <translation>Contraseña de un PDF cifrado.</translation>
        </message>
        <message>
            <source>Send PAGELENS_LATE_API_KEY to an http:// or local server too.</source>
            <translation>Enviar PAGELENS_LATE_API_KEY también a un servidor http:// o local.</translation>
        </message>
        <message>
            <source>"%1" is not a page number.</source>
            <translation>"%1" no es un número de página.</translation>
        </message>
        <message>
            <source>The query has no words to map.</source>
            <translation>La consulta no tiene palabras que representar en el mapa.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 tiene %n página.</numerusform>
                <numerusform>%1 tiene %n páginas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing term matches instead.</source>
            <translation>Se muestran en su lugar las coincidencias de términos.</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>No se puede escribir en %1.</translation>
        </message>
        <message>
            <source>%1 heatmap, %2 x %3 cells; strongest at x=%4, y=%5 of the page</source>
            <translation>Mapa de calor de %1, %2 x %3 celdas; máximo en x=%4, y=%5 de la página</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>Se escribió %1</translation>
        </message>
    </context>
    <context>
        <name>HeatmapLayer</name>
        <message>
            <source>%1 at x %2–%3, y %4–%5 of the page</source>
            <translation>%1 en x %2–%3, y %4–%5 de la página</translation>
        </message>
    </context>
    <context>
        <name>IndexRunner</name>
        <message>
            <source>Password to try on documents that need one.</source>
            <translation>Contraseña que se probará en los documentos que la requieran.</translation>
        </message>
        <message>
            <source>Tesseract languages, e.g. eng+deu (default eng).</source>
            <translation>Idiomas de Tesseract, p. ej., eng+deu (predeterminado: eng).</translation>
        </message>
        <message>
            <source>Render/OCR threads, 0 to 256 (default 0: one per core).</source>
            <translation>Hilos de renderizado/OCR, de 0 a 256 (predeterminado: 0, uno por núcleo).</translation>
        </message>
        <message>
            <source>Seconds a document reader may take on one page, 1 to 3600 (default 60); a file that takes longer fails.</source>
            <translation>Segundos que puede tardar un lector de documentos en una página, de 1 a 3600 (predeterminado: 60); un archivo que tarde más falla.</translation>
        </message>
        <message>
            <source>What may leave the machine in this run: never, text or images (default: the library's setting).</source>
            <translation>Qué puede salir del equipo en esta ejecución: never, text o images (predeterminado: la configuración de la biblioteca).</translation>
        </message>
        <message>
            <source>Agree to the egress and cost preview and send.</source>
            <translation>Aceptar la vista previa de datos salientes y costo, y enviar.</translation>
        </message>
        <message>
            <source>Embedding dimension, 1 to 8192 (default 768).</source>
            <translation>Dimensión de las incrustaciones, de 1 a 8192 (predeterminado: 768).</translation>
        </message>
        <message>
            <source>Embed page text only; send no page images.</source>
            <translation>Incrustar solo el texto de las páginas; no enviar imágenes de página.</translation>
        </message>
        <message>
            <source>Caption requests per minute, 0 (no limit) to 1000 (default 10, Gemini's free tier).</source>
            <translation>Solicitudes de descripción por minuto, de 0 (sin límite) a 1000 (predeterminado: 10, el nivel gratuito de Gemini).</translation>
        </message>
        <message>
            <source>Caption requests at once, 1 to 32 (default 2).</source>
            <translation>Solicitudes de descripción simultáneas, de 1 a 32 (predeterminado: 2).</translation>
        </message>
        <message>
            <source>Replace vectors made with another embedding model or dimension.</source>
            <translation>Sustituir los vectores creados con otro modelo o dimensión de incrustación.</translation>
        </message>
        <message>
            <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
            <translation>Segundos de espera mientras otro PageLens escribe en la biblioteca (predeterminado: 600).</translation>
        </message>
        <message>
            <source>render/OCR threads; 0: one per core</source>
            <translation>hilos de renderizado/OCR; 0: uno por núcleo</translation>
        </message>
        <message>
            <source>seconds per page</source>
            <translation>segundos por página</translation>
        </message>
        <message>
            <source>embedding dimensions</source>
            <translation>dimensiones de incrustación</translation>
        </message>
        <message>
            <source>caption requests per minute; 0: no limit</source>
            <translation>solicitudes de descripción por minuto; 0: sin límite</translation>
        </message>
        <message>
            <source>caption requests at once</source>
            <translation>solicitudes de descripción simultáneas</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy admite never, text o images.</translation>
        </message>
        <message>
            <source>Late interaction: every page is embedded with %1.</source>
            <translation>Interacción tardía: todas las páginas están incrustadas con %1.</translation>
        </message>
        <message>
            <source>Late interaction sends page images, which the privacy setting (%1) does not allow; nothing was sent.</source>
            <translation>La interacción tardía envía imágenes de página, algo que la configuración de privacidad (%1) no permite; no se envió nada.</translation>
        </message>
        <message numerus="yes">
            <source>Late interaction: %n page image(s) would be sent to %1 (%2).</source>
            <translation>
                <numerusform>Interacción tardía: se enviaría %n imagen de página a %1 (%2).</numerusform>
                <numerusform>Interacción tardía: se enviarían %n imágenes de página a %1 (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>No se envió nada. Vuelva a ejecutarlo con --yes para aceptar.</translation>
        </message>
        <message>
            <source>%1 pages embedded for late interaction, %2 could not be read, %3 requests%4</source>
            <translation>%1 páginas incrustadas para interacción tardía, %2 no se pudieron leer, %3 solicitudes%4</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (cancelado)</translation>
        </message>
        <message numerus="yes">
            <source>indexed  %1 (%n page(s))</source>
            <translation>
                <numerusform>indexado  %1 (%n página)</numerusform>
                <numerusform>indexado  %1 (%n páginas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>partial  %1: %2 of %n page(s) could not be read</source>
            <translation>
                <numerusform>parcial   %1: no se pudo leer %2 de %n página</numerusform>
                <numerusform>parcial   %1: no se pudieron leer %2 de %n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>page %1: %2</source>
            <translation>página %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) left "indexing" by an interrupted run were reset to pending.</source>
            <translation>
                <numerusform>%n documento que una ejecución interrumpida dejó en "indexing" ha vuelto a quedar pendiente.</numerusform>
                <numerusform>%n documentos que una ejecución interrumpida dejó en "indexing" han vuelto a quedar pendientes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) kept changing while they were read and stay pending.</source>
            <translation>
                <numerusform>%n documento cambió continuamente mientras se leía y sigue pendiente.</numerusform>
                <numerusform>%n documentos cambiaron continuamente mientras se leían y siguen pendientes.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 indexed, %2 with errors, %3 failed, %4 need a password; %5 pages (%6 text layer, %7 OCR) in %8 s%9</source>
            <translation>%1 indexados, %2 con errores, %3 fallidos, %4 requieren contraseña; %5 páginas (%6 capa de texto, %7 OCR) en %8 s%9</translation>
        </message>
        <message>
            <source>%1 captioned, %2 embedded, %3 refused by the model, %4 requests%5</source>
            <translation>%1 descritas, %2 incrustadas, %3 rechazadas por el modelo, %4 solicitudes%5</translation>
        </message>
        <message>
            <source>Also detect objects on every page not yet detected (sends page images).</source>
            <translation>Detectar también objetos en cada página aún no analizada (envía imágenes de las páginas).</translation>
        </message>
        <message>
            <source>The prompt for --detect (default: the library's, else prominent items).</source>
            <translation>La instrucción para --detect (por defecto: la de la biblioteca; si no, los elementos destacados).</translation>
        </message>
        <message>
            <source>%1 pages detected, %2 unusable answers (asked again next run)</source>
            <translation>%1 páginas analizadas, %2 respuestas inutilizables (se volverán a pedir en la próxima ejecución)</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommands</name>
        <message>
            <source>--type takes pdf, image or scan, not "%1".</source>
            <translation>--type admite pdf, image o scan, no "%1".</translation>
        </message>
        <message>
            <source>--%1 takes a day such as 2024-05-31.</source>
            <translation>--%1 admite una fecha como 2024-05-31.</translation>
        </message>
        <message>
            <source>--sort takes relevance, name or date.</source>
            <translation>--sort admite relevance, name o date.</translation>
        </message>
        <message>
            <source>Add files and folders to the library and index them</source>
            <translation>Añadir archivos y carpetas a la biblioteca e indexarlos</translation>
        </message>
        <message>
            <source>Pick up changes and index pending documents</source>
            <translation>Detectar cambios e indexar los documentos pendientes</translation>
        </message>
        <message>
            <source>List the documents and their state</source>
            <translation>Listar los documentos y su estado</translation>
        </message>
        <message>
            <source>Take documents or folders out of the library (the files stay)</source>
            <translation>Quitar documentos o carpetas de la biblioteca (los archivos se conservan)</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Buscar en la biblioteca</translation>
        </message>
        <message>
            <source>Find words in one document: every occurrence, page by page, with boxes</source>
            <translation>Buscar palabras en un documento: cada aparición, página por página, con cuadros</translation>
        </message>
        <message>
            <source>Render a page to an image, with layers</source>
            <translation>Renderizar una página como imagen, con capas</translation>
        </message>
        <message>
            <source>Run a relevance set: Recall@5, MRR@10, nDCG@5</source>
            <translation>Ejecutar un conjunto de relevancia: Recall@5, MRR@10, nDCG@5</translation>
        </message>
        <message>
            <source>Check the catalog; rebuild its indexes, or a new catalog from the library's files</source>
            <translation>Comprobar el catálogo; reconstruir sus índices o crear un catálogo nuevo a partir de los archivos de la biblioteca</translation>
        </message>
        <message>
            <source>Files and folders to add.</source>
            <translation>Archivos y carpetas que añadir.</translation>
        </message>
        <message>
            <source>page %1: %2</source>
            <translation>página %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) left "indexing" by an interrupted run were reset to pending.</source>
            <translation>
                <numerusform>%n documento que una ejecución interrumpida dejó en "indexing" ha vuelto a quedar pendiente.</numerusform>
                <numerusform>%n documentos que una ejecución interrumpida dejó en "indexing" han vuelto a quedar pendientes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The library is read-only: search, status and render work; add and index do not.</source>
            <translation>La biblioteca es de solo lectura: search, status y render funcionan; add e index no.</translation>
        </message>
        <message>
            <source>Documents or folders to take out of the library.</source>
            <translation>Documentos o carpetas que quitar de la biblioteca.</translation>
        </message>
        <message>
            <source>Seconds to wait for another PageLens writing to the library (default 600).</source>
            <translation>Segundos de espera a que otro PageLens termine de escribir en la biblioteca (predeterminado: 600).</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n document(s) from the library; the files were not touched.</source>
            <translation>
                <numerusform>Se quitó %n documento de la biblioteca; los archivos no se modificaron.</numerusform>
                <numerusform>Se quitaron %n documentos de la biblioteca; los archivos no se modificaron.</numerusform>
            </translation>
        </message>
        <message>
            <source>What to look for.</source>
            <translation>Qué buscar.</translation>
        </message>
        <message>
            <source>Number of hits, 1 to 1000 (default 10).</source>
            <translation>Número de resultados, de 1 a 1000 (predeterminado: 10).</translation>
        </message>
        <message>
            <source>Only the signals that need no model service (bm25, objects), as the window searches while you type.</source>
            <translation>Solo las señales que no requieren un servicio de modelos (bm25, objects), como cuando la ventana busca mientras se escribe.</translation>
        </message>
        <message>
            <source>Only documents at or below this folder.</source>
            <translation>Solo documentos de esta carpeta o de sus subcarpetas.</translation>
        </message>
        <message>
            <source>Only these document types: pdf, image, scan (comma-separated).</source>
            <translation>Solo estos tipos de documento: pdf, image, scan (separados por comas).</translation>
        </message>
        <message>
            <source>Only documents modified on or after this day.</source>
            <translation>Solo documentos modificados en este día o después.</translation>
        </message>
        <message>
            <source>Only documents modified on or before this day.</source>
            <translation>Solo documentos modificados en este día o antes.</translation>
        </message>
        <message>
            <source>Order of the hits: relevance (default), name, date (newest first).</source>
            <translation>Orden de los resultados: relevance (predeterminado), name, date (los más recientes primero).</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli search QUERY [options]</source>
            <translation>Uso: pagelens-cli search QUERY [opciones]</translation>
        </message>
        <message>
            <source>Query syntax:</source>
            <translation>Sintaxis de las consultas:</translation>
        </message>
        <message>
            <source>Quote the whole query for the shell; a query that starts with '-' goes after --.</source>
            <translation>Ponga toda la consulta entre comillas para el intérprete de órdenes; una consulta que empiece por '-' va después de --.</translation>
        </message>
        <message>
            <source>hits to show</source>
            <translation>resultados que mostrar</translation>
        </message>
        <message>
            <source>No page has all the words; pages with most of them:</source>
            <translation>Ninguna página contiene todas las palabras; páginas con la mayoría de ellas:</translation>
        </message>
        <message>
            <source>Pages with some of the words:</source>
            <translation>Páginas con algunas de las palabras:</translation>
        </message>
        <message>
            <source>The words to find, in this order.</source>
            <translation>Las palabras que buscar, en este orden.</translation>
        </message>
        <message>
            <source>A document of the library.</source>
            <translation>Un documento de la biblioteca.</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
            </translation>
        </message>
        <message>
            <source>The page to render.</source>
            <translation>La página que renderizar.</translation>
        </message>
        <message>
            <source>Output image file.</source>
            <translation>Archivo de imagen de salida.</translation>
        </message>
        <message>
            <source>Resolution (default 150).</source>
            <translation>Resolución (predeterminado: 150).</translation>
        </message>
        <message>
            <source>Password of an encrypted PDF.</source>
            <translation>Contraseña de un PDF cifrado.</translation>
        </message>
        <message>
            <source>Draw these layers of a library page: detections, hits (with --query).</source>
            <translation>Dibujar estas capas de una página de la biblioteca: detections, hits (con --query).</translation>
        </message>
        <message>
            <source>The search whose hit boxes the hits layer draws.</source>
            <translation>La búsqueda cuyos cuadros de resultados dibuja la capa hits.</translation>
        </message>
        <message>
            <source>--layers takes detections and hits, not "%1".</source>
            <translation>--layers admite detections y hits, no "%1".</translation>
        </message>
        <message>
            <source>The hits layer needs --query.</source>
            <translation>La capa hits requiere --query.</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli render PATH#PAGE -o OUT.png [--dpi N] (%1-%2 dpi)</source>
            <translation>Uso: pagelens-cli render PATH#PAGE -o OUT.png [--dpi N] (%1-%2 ppp)</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 tiene %n página.</numerusform>
                <numerusform>%1 tiene %n páginas.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>No se puede escribir en %1.</translation>
        </message>
        <message>
            <source>Relevance set (TSV).</source>
            <translation>Conjunto de relevancia (TSV).</translation>
        </message>
        <message>
            <source>Folder the relevance set's paths are relative to.</source>
            <translation>Carpeta respecto a la cual son relativas las rutas del conjunto de relevancia.</translation>
        </message>
        <message>
            <source>Catalog check: %1</source>
            <translation>Comprobación del catálogo: %1</translation>
        </message>
        <message>
            <source>Text indexes (pages_fts, pages_trigram) rebuilt from the catalog's pages.</source>
            <translation>Índices de texto (pages_fts, pages_trigram) reconstruidos a partir de las páginas del catálogo.</translation>
        </message>
        <message numerus="yes">
            <source>Dense index rebuilt from the catalog: %n vector(s).</source>
            <translation>
                <numerusform>Índice denso reconstruido a partir del catálogo: %n vector.</numerusform>
                <numerusform>Índice denso reconstruido a partir del catálogo: %n vectores.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows were lost, so a new catalog was made. The damaged one is kept at %1.</source>
            <translation>Se perdieron filas, por lo que se creó un catálogo nuevo. El dañado se conserva en %1.</translation>
        </message>
        <message numerus="yes">
            <source>Added again from the files the library knew (%n folder(s) and file(s)):</source>
            <translation>
                <numerusform>Se añadió de nuevo a partir de los archivos que conocía la biblioteca (%n carpeta o archivo):</numerusform>
                <numerusform>Se añadieron de nuevo a partir de los archivos que conocía la biblioteca (%n carpetas y archivos):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) read again.</source>
            <translation>
                <numerusform>%n documento leído de nuevo.</numerusform>
                <numerusform>%n documentos leídos de nuevo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaGuard</name>
        <message>
            <source>A media part has no MIME type.</source>
            <translation>Una parte multimedia no tiene tipo MIME.</translation>
        </message>
        <message>
            <source>The model service cannot read %1 content.</source>
            <translation>El servicio de modelos no puede leer contenido %1.</translation>
        </message>
        <message>
            <source>A media part has no content.</source>
            <translation>Una parte multimedia no tiene contenido.</translation>
        </message>
        <message>
            <source>%1 is too large to send (%2 MB, limit %3 MB).</source>
            <translation>%1 es demasiado grande para enviarlo (%2 MB, límite %3 MB).</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>The %1 content is too large to send inline (%2 MB, limit %3 MB).</source>
            <translation>El contenido %1 es demasiado grande para enviarlo dentro de la solicitud (%2 MB, límite %3 MB).</translation>
        </message>
        <message>
            <source>The %1 content is too large to upload (%2 MB, limit %3 MB).</source>
            <translation>El contenido %1 es demasiado grande para subirlo (%2 MB, límite %3 MB).</translation>
        </message>
        <message>
            <source>The request is too large to send inline (%1 MB, limit %2 MB).</source>
            <translation>La solicitud con el contenido incluido es demasiado grande para enviarla (%1 MB, límite %2 MB).</translation>
        </message>
    </context>
    <context>
        <name>ModelCommands</name>
        <message>
            <source>Describe an image or a page with the model</source>
            <translation>Describir una imagen o una página con el modelo</translation>
        </message>
        <message>
            <source>Describe the difference between two images</source>
            <translation>Describir la diferencia entre dos imágenes</translation>
        </message>
        <message>
            <source>Summarize a whole PDF with the model</source>
            <translation>Resumir un PDF completo con el modelo</translation>
        </message>
        <message>
            <source>Detect objects: labels and boxes (pixels, or stored for a library page)</source>
            <translation>Detectar objetos: etiquetas y cuadros (en píxeles, o guardados para una página de la biblioteca)</translation>
        </message>
        <message>
            <source>Print embedding vectors of texts</source>
            <translation>Mostrar los vectores de incrustación de textos</translation>
        </message>
        <message>
            <source>Image, or PDF page as FILE#PAGE.</source>
            <translation>Imagen, o página de PDF como FILE#PAGE.</translation>
        </message>
        <message>
            <source>Two images (or PDF pages as FILE#PAGE).</source>
            <translation>Dos imágenes (o páginas de PDF como FILE#PAGE).</translation>
        </message>
        <message>
            <source>A PDF file.</source>
            <translation>Un archivo PDF.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>No se puede leer %1.</translation>
        </message>
        <message>
            <source>%1 is not a PDF file.</source>
            <translation>%1 no es un archivo PDF.</translation>
        </message>
        <message>
            <source>Write the image with boxes and labels to this PNG.</source>
            <translation>Escribir la imagen con cuadros y etiquetas en este PNG.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>No se puede escribir %1.</translation>
        </message>
        <message>
            <source>Image size: %1 x %2</source>
            <translation>Tamaño de la imagen: %1 x %2</translation>
        </message>
        <message>
            <source>Texts to embed.</source>
            <translation>Textos que incrustar.</translation>
        </message>
        <message>
            <source>query or document (default).</source>
            <translation>query o document (predeterminado).</translation>
        </message>
        <message>
            <source>Output dimensions, 1 to 8192 (default: the model's).</source>
            <translation>Dimensiones de salida, de 1 a 8192 (predeterminado: las del modelo).</translation>
        </message>
        <message>
            <source>--task takes query or document.</source>
            <translation>--task admite query o document.</translation>
        </message>
        <message>
            <source>output dimensions</source>
            <translation>dimensiones de salida</translation>
        </message>
        <message>
            <source>%1 (%2 dimensions): [%3, ...]</source>
            <translation>%1 (%2 dimensiones): [%3, ...]</translation>
        </message>
    </context>
    <context>
        <name>ObjectDetector</name>
        <message>
            <source>The model did not return any bounding boxes.</source>
            <translation>El modelo no devolvió ningún cuadro delimitador.</translation>
        </message>
        <message>
            <source>The model returned a bounding box without four coordinates.</source>
            <translation>El modelo devolvió un cuadro delimitador sin cuatro coordenadas.</translation>
        </message>
        <message>
            <source>The model returned a bounding box without a label.</source>
            <translation>El modelo devolvió un cuadro delimitador sin etiqueta.</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) reached outside the image and were cut at its edge.</source>
            <translation>
                <numerusform>%n cuadro se salía de la imagen y se recortó en su borde.</numerusform>
                <numerusform>%n cuadros se salían de la imagen y se recortaron en su borde.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) had their corners the wrong way round and were turned.</source>
            <translation>
                <numerusform>%n cuadro tenía las esquinas invertidas y se corrigió.</numerusform>
                <numerusform>%n cuadros tenían las esquinas invertidas y se corrigieron.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) without area were dropped.</source>
            <translation>
                <numerusform>Se descartó %n cuadro sin área.</numerusform>
                <numerusform>Se descartaron %n cuadros sin área.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segmentation mask(s) could not be read; their boxes are kept.</source>
            <translation>
                <numerusform>No se pudo leer %n máscara de segmentación; se conserva su cuadro.</numerusform>
                <numerusform>No se pudieron leer %n máscaras de segmentación; se conservan sus cuadros.</numerusform>
            </translation>
        </message>
        <message>
            <source>The model found %1 objects; the first %2 are kept.</source>
            <translation>El modelo encontró %1 objetos; se conservan los %2 primeros.</translation>
        </message>
    </context>
    <context>
        <name>OpenAiCodec</name>
        <message>
            <source>This model service cannot read %1 links; send the file itself.</source>
            <translation>Este servicio de modelos no puede leer enlaces %1; envíe el propio archivo.</translation>
        </message>
        <message>
            <source>This model service cannot read PDF files; send page images instead.</source>
            <translation>Este servicio de modelos no puede leer archivos PDF; envíe imágenes de las páginas en su lugar.</translation>
        </message>
        <message>
            <source>The model service refused to answer (content filter).</source>
            <translation>El servicio de modelos se negó a responder (filtro de contenido).</translation>
        </message>
        <message>
            <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
            <translation>La respuesta se cortó al alcanzar el número máximo de tokens de salida. Permita más tokens e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The model returned a malformed tool call.</source>
            <translation>El modelo devolvió una llamada a herramienta mal formada.</translation>
        </message>
        <message>
            <source>The model service returned no answer (finish reason: %1).</source>
            <translation>El servicio de modelos no devolvió ninguna respuesta (motivo de finalización: %1).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>The model service returned an embedding with invalid values.</source>
            <translation>El servicio de modelos devolvió una incrustación con valores no válidos.</translation>
        </message>
        <message>
            <source>The model service returned an empty embedding.</source>
            <translation>El servicio de modelos devolvió una incrustación vacía.</translation>
        </message>
        <message>
            <source>The model service returned %1 embeddings for %2 texts.</source>
            <translation>El servicio de modelos devolvió %1 incrustaciones para %2 textos.</translation>
        </message>
    </context>
    <context>
        <name>PageLens</name>
        <message>
            <source>Dense vector index: build, save, load, query latency, recall@10</source>
            <translation>Índice de vectores densos: construcción, guardado, carga, latencia de consulta, recall@10</translation>
        </message>
        <message>
            <source>Late interaction (MaxSim): exact and two-stage latency, recall@10, memory roofline</source>
            <translation>Interacción tardía (MaxSim): latencia exacta y en dos fases, recall@10, límite de memoria</translation>
        </message>
        <message>
            <source>Agent: its own time per step (search, view, read, request), model excluded</source>
            <translation>Agente: su propio tiempo por paso (búsqueda, visualización, lectura, solicitud), sin contar el modelo</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli bench NAME [OPTIONS]</source>
            <translation>Uso: pagelens-cli bench NAME [OPCIONES]</translation>
        </message>
        <message>
            <source>Benchmarks:</source>
            <translation>Pruebas de rendimiento:</translation>
        </message>
        <message>
            <source>Unexpected argument %1.</source>
            <translation>Argumento inesperado: %1.</translation>
        </message>
        <message>
            <source>--%1 needs a positive number.</source>
            <translation>--%1 requiere un número positivo.</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli %1 %2</source>
            <translation>Uso: pagelens-cli %1 %2</translation>
        </message>
        <message>
            <source>%1 takes a whole number from %2 to %3 (%4).</source>
            <translation>%1 admite un número entero de %2 a %3 (%4).</translation>
        </message>
        <message>
            <source>Name a page as PATH#PAGE (pages count from 1).</source>
            <translation>Indique una página como PATH#PAGE (las páginas se numeran desde 1).</translation>
        </message>
        <message>
            <source>%1 is not indexed yet (run index).</source>
            <translation>%1 aún no está indexado (ejecute index).</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 tiene %n página.</numerusform>
                <numerusform>%1 tiene %n páginas.</numerusform>
            </translation>
        </message>
        <message>
            <source>--wait takes a number of seconds (0 or more).</source>
            <translation>--wait admite un número de segundos (0 o más).</translation>
        </message>
        <message>
            <source>Signals to use, e.g. bm25,dense,late (default: all the library has).</source>
            <translation>Señales que usar, p. ej., bm25,dense,late (predeterminado: todas las que tenga la biblioteca).</translation>
        </message>
        <message>
            <source>Fusion weights, e.g. bm25=1,dense=0.5 (default 1 each).</source>
            <translation>Pesos de fusión, p. ej., bm25=1,dense=0.5 (predeterminado: 1 cada uno).</translation>
        </message>
        <message>
            <source>Signal "%1" skipped: %2</source>
            <translation>Se omitió la señal "%1": %2</translation>
        </message>
        <message>
            <source>Tokens: %1 prompt, %2 output, %3 total.</source>
            <translation>Tokens: %1 de instrucción, %2 de salida, %3 en total.</translation>
        </message>
        <message>
            <source>--as takes bytes, base64 or uri, not "%1".</source>
            <translation>--as admite bytes, base64 o uri, no "%1".</translation>
        </message>
        <message>
            <source>Cannot write a temporary file for the upload.</source>
            <translation>No se puede escribir un archivo temporal para la subida.</translation>
        </message>
        <message>
            <source>How to send the file: bytes (default), base64 or uri (upload).</source>
            <translation>Cómo enviar el archivo: bytes (predeterminado), base64 o uri (subida).</translation>
        </message>
        <message>
            <source>The instruction sent with the file.</source>
            <translation>La instrucción que se envía con el archivo.</translation>
        </message>
        <message>
            <source>Could not save the index file.</source>
            <translation>No se pudo guardar el archivo de índice.</translation>
        </message>
        <message>
            <source>The index file %1 is damaged or missing.</source>
            <translation>El archivo de índice %1 está dañado o no existe.</translation>
        </message>
        <message>
            <source>Could not save %1 (%2). The library keeps its previous index; free disk space and index again.</source>
            <translation>No se pudo guardar %1 (%2). La biblioteca conserva su índice anterior; libere espacio en disco e indexe de nuevo.</translation>
        </message>
        <message>
            <source>Could not read the index file %1.</source>
            <translation>No se pudo leer el archivo de índice %1.</translation>
        </message>
        <message>
            <source>The benchmark needs positive --pages, --dim and --queries.</source>
            <translation>La prueba de rendimiento requiere valores positivos de --pages, --dim y --queries.</translation>
        </message>
        <message>
            <source>Could not create a temporary folder.</source>
            <translation>No se pudo crear una carpeta temporal.</translation>
        </message>
        <message>
            <source>The FAISS baseline failed.</source>
            <translation>Falló la referencia de FAISS.</translation>
        </message>
        <message>
            <source>The vector index file %1 is damaged or missing; it will be rebuilt from the catalog.</source>
            <translation>El archivo del índice vectorial %1 está dañado o no existe; se reconstruirá a partir del catálogo.</translation>
        </message>
        <message>
            <source>Could not read the vector index %1.</source>
            <translation>No se pudo leer el índice vectorial %1.</translation>
        </message>
        <message>
            <source>The vector index holds %1-dimensional embeddings but the library uses %2 dimensions; it will be rebuilt.</source>
            <translation>El índice vectorial contiene incrustaciones de %1 dimensiones, pero la biblioteca usa %2 dimensiones; se reconstruirá.</translation>
        </message>
        <message>
            <source>Not enough memory for the vector index.</source>
            <translation>No hay memoria suficiente para el índice vectorial.</translation>
        </message>
        <message>
            <source>The embedding has %1 dimensions but the library's vector index holds %2-dimensional embeddings.</source>
            <translation>La incrustación tiene %1 dimensiones, pero el índice vectorial de la biblioteca contiene incrustaciones de %2 dimensiones.</translation>
        </message>
        <message>
            <source>Could not add to the vector index.</source>
            <translation>No se pudo añadir al índice vectorial.</translation>
        </message>
        <message>
            <source>The embedding of page %1 is zero or not a number.</source>
            <translation>La incrustación de la página %1 es cero o no es un número.</translation>
        </message>
        <message>
            <source>Could not remove pages from the vector index.</source>
            <translation>No se pudieron quitar páginas del índice vectorial.</translation>
        </message>
        <message>
            <source>The query embedding is zero or not a number.</source>
            <translation>La incrustación de la consulta es cero o no es un número.</translation>
        </message>
        <message>
            <source>Could not search the vector index.</source>
            <translation>No se pudo buscar en el índice vectorial.</translation>
        </message>
        <message>
            <source>Could not rebuild the vector index.</source>
            <translation>No se pudo reconstruir el índice vectorial.</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>No se pudo crear la carpeta %1.</translation>
        </message>
        <message>
            <source>Could not save the vector index.</source>
            <translation>No se pudo guardar el índice vectorial.</translation>
        </message>
        <message>
            <source>The vector index file uses another similarity measure; it will be rebuilt.</source>
            <translation>El archivo del índice vectorial usa otra medida de similitud; se reconstruirá.</translation>
        </message>
        <message>
            <source>Could not delete old vector index files in %1.</source>
            <translation>No se pudieron eliminar los archivos antiguos del índice vectorial en %1.</translation>
        </message>
        <message>
            <source>The benchmark needs positive --pages, --patches, --dim, --query-tokens and --queries.</source>
            <translation>La prueba de rendimiento requiere valores positivos de --pages, --patches, --dim, --query-tokens y --queries.</translation>
        </message>
        <message>
            <source>The query vectors do not have the %1 dimensions of the page vectors.</source>
            <translation>Los vectores de la consulta no tienen las %1 dimensiones de los vectores de página.</translation>
        </message>
        <message>
            <source>The page vector file %1 is damaged; it needs to be rebuilt.</source>
            <translation>El archivo de vectores de página %1 está dañado; hay que reconstruirlo.</translation>
        </message>
        <message>
            <source>The page vector file %1 is damaged or missing; it needs to be rebuilt.</source>
            <translation>El archivo de vectores de página %1 está dañado o no existe; hay que reconstruirlo.</translation>
        </message>
        <message>
            <source>Page vectors need a dimension between 1 and 65536.</source>
            <translation>Los vectores de página requieren una dimensión entre 1 y 65536.</translation>
        </message>
        <message>
            <source>The vectors of page %1 do not fit the page vector file.</source>
            <translation>Los vectores de la página %1 no encajan en el archivo de vectores de página.</translation>
        </message>
        <message>
            <source>This library's pages were embedded with %1, not %2. Re-embed the library to switch models.</source>
            <translation>Las páginas de esta biblioteca se incrustaron con %1, no con %2. Vuelva a incrustar la biblioteca para cambiar de modelo.</translation>
        </message>
        <message>
            <source>The model service returned a wrong number of embeddings.</source>
            <translation>El servicio de modelos devolvió un número incorrecto de incrustaciones.</translation>
        </message>
        <message>
            <source>The model returned %1-dimensional vectors; the library uses %2.</source>
            <translation>El modelo devolvió vectores de %1 dimensiones; la biblioteca usa %2.</translation>
        </message>
        <message>
            <source>Privacy is set to "never send": nothing leaves this machine.</source>
            <translation>La privacidad está configurada como "no enviar nunca": nada sale de este equipo.</translation>
        </message>
        <message>
            <source>This run would send to the model service:</source>
            <translation>Esta ejecución enviaría al servicio de modelos:</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for captions</source>
            <translation>
                <numerusform>%n imagen de página para descripciones</numerusform>
                <numerusform>%n imágenes de página para descripciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page text(s) for embeddings</source>
            <translation>
                <numerusform>%n texto de página para incrustaciones</numerusform>
                <numerusform>%n textos de página para incrustaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %1 tokens in %n request(s)</source>
            <translation>
                <numerusform>unos %1 tokens en %n solicitud</numerusform>
                <numerusform>unos %1 tokens en %n solicitudes</numerusform>
            </translation>
        </message>
        <message>
            <source>privacy setting: %1</source>
            <translation>configuración de privacidad: %1</translation>
        </message>
        <message>
            <source>Not read: the file already failed.</source>
            <translation>No se leyó: el archivo ya había fallado.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) could not be read.</source>
            <translation>
                <numerusform>No se pudo leer %n página.</numerusform>
                <numerusform>No se pudieron leer %n páginas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>El documento no tiene páginas.</translation>
        </message>
        <message>
            <source>Indexing was cancelled.</source>
            <translation>Se canceló la indexación.</translation>
        </message>
        <message>
            <source>The file kept changing while it was read; it will be read again on the next run.</source>
            <translation>El archivo cambió continuamente mientras se leía; se volverá a leer en la próxima ejecución.</translation>
        </message>
        <message>
            <source>Late interaction sends page images, which this library's privacy setting (%1) does not allow. Set it to "images" (--privacy images) to use it.</source>
            <translation>La interacción tardía envía imágenes de página, algo que la configuración de privacidad de esta biblioteca (%1) no permite. Establézcala en "images" (--privacy images) para usarla.</translation>
        </message>
        <message>
            <source>The library's page vectors were made with %1, not %2. Run again with --reembed to replace them.</source>
            <translation>Los vectores de página de la biblioteca se crearon con %1, no con %2. Vuelva a ejecutarlo con --reembed para sustituirlos.</translation>
        </message>
        <message>
            <source>The late-interaction server returned %1-wide vectors; %2 expects %3.</source>
            <translation>El servidor de interacción tardía devolvió vectores de ancho %1; %2 espera %3.</translation>
        </message>
        <message>
            <source>The PDF made the reader crash</source>
            <translation>El PDF hizo que el lector fallara</translation>
        </message>
        <message>
            <source>The file made the reader crash</source>
            <translation>El archivo hizo que el lector fallara</translation>
        </message>
        <message>
            <source>The document reader could not be started.</source>
            <translation>No se pudo iniciar el lector de documentos.</translation>
        </message>
        <message>
            <source>Reading page %1 took longer than %2 s</source>
            <translation>La lectura de la página %1 tardó más de %2 s</translation>
        </message>
        <message>
            <source>Opening the file took longer than %1 s</source>
            <translation>La apertura del archivo tardó más de %1 s</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>página %1</translation>
        </message>
        <message>
            <source>opening</source>
            <translation>al abrir</translation>
        </message>
        <message>
            <source>The reader ran out of memory</source>
            <translation>El lector se quedó sin memoria</translation>
        </message>
        <message>
            <source>%1, limit %2 MB</source>
            <translation>%1, límite %2 MB</translation>
        </message>
        <message>
            <source>%1, signal %2</source>
            <translation>%1, señal %2</translation>
        </message>
        <message>
            <source>%1, exit code %2</source>
            <translation>%1, código de salida %2</translation>
        </message>
        <message>
            <source>The document reader sent an answer PageLens cannot read.</source>
            <translation>El lector de documentos envió una respuesta que PageLens no puede leer.</translation>
        </message>
        <message>
            <source>The library catalog could not be updated.</source>
            <translation>No se pudo actualizar el catálogo de la biblioteca.</translation>
        </message>
        <message>
            <source>it cannot be read (%1)</source>
            <translation>no se puede leer (%1)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>it is not an SQLite database</source>
            <translation>no es una base de datos SQLite</translation>
        </message>
        <message>
            <source>its header is damaged</source>
            <translation>su cabecera está dañada</translation>
        </message>
        <message>
            <source>the file is truncated (%1 bytes)</source>
            <translation>el archivo está truncado (%1 bytes)</translation>
        </message>
        <message>
            <source>The library catalog is damaged: %1. Run `pagelens-cli repair` to rebuild it (the damaged file is kept).</source>
            <translation>El catálogo de la biblioteca está dañado: %1. Ejecute `pagelens-cli repair` para reconstruirlo (se conserva el archivo dañado).</translation>
        </message>
        <message>
            <source>The library folder %1 cannot be created.</source>
            <translation>No se puede crear la carpeta de la biblioteca %1.</translation>
        </message>
        <message>
            <source>There is no library in %1, and it cannot be created there (the folder cannot be written).</source>
            <translation>No hay ninguna biblioteca en %1 y no se puede crear allí (no se puede escribir en la carpeta).</translation>
        </message>
        <message>
            <source>The library catalog in %1 cannot be opened.</source>
            <translation>No se puede abrir el catálogo de la biblioteca en %1.</translation>
        </message>
        <message>
            <source>The library catalog in %1 cannot be read.</source>
            <translation>No se puede leer el catálogo de la biblioteca en %1.</translation>
        </message>
        <message>
            <source>The library in %1 is read-only and was written by another version of PageLens, so it cannot be upgraded to be read.</source>
            <translation>La biblioteca en %1 es de solo lectura y la escribió otra versión de PageLens, por lo que no se puede actualizar para leerla.</translation>
        </message>
        <message>
            <source>The document is not in the library.</source>
            <translation>El documento no está en la biblioteca.</translation>
        </message>
        <message>
            <source>%1 is not in the library.</source>
            <translation>%1 no está en la biblioteca.</translation>
        </message>
        <message>
            <source>The library catalog is locked.</source>
            <translation>El catálogo de la biblioteca está bloqueado.</translation>
        </message>
        <message>
            <source>Page %1 is not in the library.</source>
            <translation>La página %1 no está en la biblioteca.</translation>
        </message>
        <message>
            <source>The page is not in the library.</source>
            <translation>La página no está en la biblioteca.</translation>
        </message>
        <message>
            <source>This library was written by a newer PageLens (catalog version %1).</source>
            <translation>Esta biblioteca la escribió una versión más reciente de PageLens (versión del catálogo %1).</translation>
        </message>
        <message>
            <source>The library catalog could not be upgraded (step %1).</source>
            <translation>No se pudo actualizar el catálogo de la biblioteca (paso %1).</translation>
        </message>
        <message>
            <source>The late-interaction index has no model yet.</source>
            <translation>El índice de interacción tardía aún no tiene modelo.</translation>
        </message>
        <message>
            <source>The library %1 is read-only (its folder or catalog cannot be written): search, status and render work, adding and indexing do not.</source>
            <translation>La biblioteca %1 es de solo lectura (no se puede escribir en su carpeta o en su catálogo): search, status y render funcionan; añadir e indexar, no.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <source>The text index could not be rebuilt.</source>
            <translation>No se pudo reconstruir el índice de texto.</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>No se puede escribir en %1.</translation>
        </message>
        <message>
            <source>There is no library catalog in %1.</source>
            <translation>No hay ningún catálogo de biblioteca en %1.</translation>
        </message>
        <message>
            <source>The library %1 is read-only: it cannot be repaired here.</source>
            <translation>La biblioteca %1 es de solo lectura: no se puede reparar aquí.</translation>
        </message>
        <message>
            <source>The damaged catalog could not be moved aside to %1.</source>
            <translation>No se pudo apartar el catálogo dañado a %1.</translation>
        </message>
        <message>
            <source>%1 cannot be read.</source>
            <translation>No se puede leer %1.</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 no existe.</translation>
        </message>
        <message>
            <source>%1 is not a regular file.</source>
            <translation>%1 no es un archivo normal.</translation>
        </message>
        <message>
            <source>The library %1 cannot be written (no permission to create its lock file).</source>
            <translation>No se puede escribir en la biblioteca %1 (no hay permiso para crear su archivo de bloqueo).</translation>
        </message>
        <message>
            <source>Waiting for another PageLens to finish writing to %1…</source>
            <translation>Esperando a que otro PageLens termine de escribir en %1…</translation>
        </message>
        <message>
            <source>Cancelled while waiting to write to the library.</source>
            <translation>Se canceló mientras se esperaba para escribir en la biblioteca.</translation>
        </message>
        <message numerus="yes">
            <source>Another PageLens (process %1) is still writing to %2; gave up after %n second(s).</source>
            <translation>
                <numerusform>Otro PageLens (proceso %1) sigue escribiendo en %2; se abandonó la espera tras %n segundo.</numerusform>
                <numerusform>Otro PageLens (proceso %1) sigue escribiendo en %2; se abandonó la espera tras %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>Se canceló la solicitud.</translation>
        </message>
        <message>
            <source>No answer came within %1 s.</source>
            <translation>No llegó ninguna respuesta en %1 s.</translation>
        </message>
        <message>
            <source>The model service sent an answer that could not be read.</source>
            <translation>El servicio de modelos envió una respuesta que no se pudo leer.</translation>
        </message>
        <message>
            <source>The model's answer does not have the expected structure.</source>
            <translation>La respuesta del modelo no tiene la estructura esperada.</translation>
        </message>
        <message>
            <source>The model's answer is not valid JSON.</source>
            <translation>La respuesta del modelo no es JSON válido.</translation>
        </message>
        <message>
            <source>The keychain cannot be used from the user interface thread.</source>
            <translation>No se puede usar el llavero desde el hilo de la interfaz de usuario.</translation>
        </message>
        <message>
            <source>The keychain did not answer in time.</source>
            <translation>El llavero no respondió a tiempo.</translation>
        </message>
        <message>
            <source>No API key is stored in the keychain.</source>
            <translation>No hay ninguna clave de API guardada en el llavero.</translation>
        </message>
        <message>
            <source>The keychain is not available.</source>
            <translation>El llavero no está disponible.</translation>
        </message>
        <message>
            <source>The late-interaction server sent vectors that could not be read.</source>
            <translation>El servidor de interacción tardía envió vectores que no se pudieron leer.</translation>
        </message>
        <message>
            <source>The late-interaction server has no such endpoint: check its address and the dialect (--late-dialect infinity or vllm).</source>
            <translation>El servidor de interacción tardía no tiene ese punto de acceso: compruebe su dirección y el dialecto (--late-dialect infinity o vllm).</translation>
        </message>
        <message>
            <source>The late-interaction server does not serve this model (--late-model): %1</source>
            <translation>El servidor de interacción tardía no ofrece este modelo (--late-model): %1</translation>
        </message>
        <message>
            <source>The late-interaction server returned %1 vectors for a page, too few for a %2 × %3 patch grid: is it serving the configured model?</source>
            <translation>El servidor de interacción tardía devolvió %1 vectores para una página, demasiado pocos para una cuadrícula de parches de %2 × %3: ¿ofrece el modelo configurado?</translation>
        </message>
        <message>
            <source>The model service sent a stream that could not be read.</source>
            <translation>El servicio de modelos envió un flujo que no se pudo leer.</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>El archivo no existe.</translation>
        </message>
        <message>
            <source>This is not a regular file.</source>
            <translation>No es un archivo normal.</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>No se puede leer el archivo.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>This file is neither a PDF nor a supported image (PNG, JPEG, WebP, TIFF, BMP, GIF).</source>
            <translation>Este archivo no es un PDF ni una imagen compatible (PNG, JPEG, WebP, TIFF, BMP, GIF).</translation>
        </message>
        <message>
            <source>The image header is unreadable.</source>
            <translation>La cabecera de la imagen es ilegible.</translation>
        </message>
        <message>
            <source>The image is too large to open safely.</source>
            <translation>La imagen es demasiado grande para abrirla de forma segura.</translation>
        </message>
        <message>
            <source>The image cannot be decoded.</source>
            <translation>No se puede decodificar la imagen.</translation>
        </message>
        <message>
            <source>This image format is not supported.</source>
            <translation>Este formato de imagen no es compatible.</translation>
        </message>
        <message>
            <source>The image has no such page.</source>
            <translation>La imagen no tiene esa página.</translation>
        </message>
        <message>
            <source>There is no image to encode.</source>
            <translation>No hay ninguna imagen que codificar.</translation>
        </message>
        <message>
            <source>The image cannot be encoded.</source>
            <translation>No se puede codificar la imagen.</translation>
        </message>
        <message>
            <source>Unknown image format; use webp, jpeg or png.</source>
            <translation>Formato de imagen desconocido; use webp, jpeg o png.</translation>
        </message>
        <message>
            <source>The file is too large to send.</source>
            <translation>El archivo es demasiado grande para enviarlo.</translation>
        </message>
        <message>
            <source>The image cannot be read.</source>
            <translation>No se puede leer la imagen.</translation>
        </message>
        <message>
            <source>The image has an implausible number of pages.</source>
            <translation>La imagen tiene un número de páginas inverosímil.</translation>
        </message>
        <message>
            <source>A page of the image cannot be read.</source>
            <translation>No se puede leer una página de la imagen.</translation>
        </message>
        <message>
            <source>There is no such page.</source>
            <translation>No existe esa página.</translation>
        </message>
        <message>
            <source>The image changed while it was open.</source>
            <translation>La imagen cambió mientras estaba abierta.</translation>
        </message>
        <message>
            <source>The PDF needs a password.</source>
            <translation>El PDF requiere una contraseña.</translation>
        </message>
        <message>
            <source>The password is wrong for this PDF.</source>
            <translation>La contraseña no es correcta para este PDF.</translation>
        </message>
        <message>
            <source>The PDF is encrypted in a way that cannot be opened.</source>
            <translation>El PDF está cifrado de una forma que no se puede abrir.</translation>
        </message>
        <message>
            <source>The PDF is damaged and cannot be read.</source>
            <translation>El PDF está dañado y no se puede leer.</translation>
        </message>
        <message>
            <source>The PDF cannot be read.</source>
            <translation>No se puede leer el PDF.</translation>
        </message>
        <message>
            <source>The PDF has no readable pages.</source>
            <translation>El PDF no tiene páginas legibles.</translation>
        </message>
        <message>
            <source>The page has no size.</source>
            <translation>La página no tiene tamaño.</translation>
        </message>
        <message>
            <source>The page is too large to render at this resolution.</source>
            <translation>La página es demasiado grande para renderizarla con esta resolución.</translation>
        </message>
        <message>
            <source>The page cannot be rendered.</source>
            <translation>No se puede renderizar la página.</translation>
        </message>
        <message>
            <source>The PDF's text cannot be read.</source>
            <translation>No se puede leer el texto del PDF.</translation>
        </message>
        <message>
            <source>The page's text cannot be read.</source>
            <translation>No se puede leer el texto de la página.</translation>
        </message>
        <message>
            <source>The page's text takes too long to read.</source>
            <translation>La lectura del texto de la página tarda demasiado.</translation>
        </message>
        <message>
            <source>Text recognition is not available: no OCR language is installed.</source>
            <translation>El reconocimiento de texto no está disponible: no hay ningún idioma de OCR instalado.</translation>
        </message>
        <message>
            <source>There is no image to read.</source>
            <translation>No hay ninguna imagen que leer.</translation>
        </message>
        <message>
            <source>Text recognition failed on this page.</source>
            <translation>Falló el reconocimiento de texto en esta página.</translation>
        </message>
        <message numerus="yes">
            <source>The model service did not answer within %n second(s).</source>
            <translation>
                <numerusform>El servicio de modelos no respondió en %n segundo.</numerusform>
                <numerusform>El servicio de modelos no respondió en %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The model service returned no query embedding.</source>
            <translation>El servicio de modelos no devolvió ninguna incrustación de la consulta.</translation>
        </message>
        <message>
            <source>The signal "%1" is not available in this library (available: %2).</source>
            <translation>La señal "%1" no está disponible en esta biblioteca (disponibles: %2).</translation>
        </message>
        <message>
            <source>Heatmaps are not available for this model: its patch grid is not known.</source>
            <translation>Los mapas de calor no están disponibles para este modelo: se desconoce su cuadrícula de parches.</translation>
        </message>
        <message>
            <source>The query has no words to map.</source>
            <translation>La consulta no tiene palabras que representar en el mapa.</translation>
        </message>
        <message>
            <source>The query and page vectors differ in width (%1, %2).</source>
            <translation>Los vectores de la consulta y de la página tienen anchos distintos (%1, %2).</translation>
        </message>
        <message>
            <source>Heatmaps are not available for %1: its patch grid is not known.</source>
            <translation>Los mapas de calor no están disponibles para %1: se desconoce su cuadrícula de parches.</translation>
        </message>
        <message numerus="yes">
            <source>The late-interaction server did not answer within %n second(s).</source>
            <translation>
                <numerusform>El servidor de interacción tardía no respondió en %n segundo.</numerusform>
                <numerusform>El servidor de interacción tardía no respondió en %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The late-interaction server returned %1-wide query vectors; the library's page vectors are %2 wide.</source>
            <translation>El servidor de interacción tardía devolvió vectores de consulta de ancho %1; los vectores de página de la biblioteca tienen ancho %2.</translation>
        </message>
        <message>
            <source>--weights takes a list such as bm25=1,dense=0.5 (signals: %1).</source>
            <translation>--weights admite una lista como bm25=1,dense=0.5 (señales: %1).</translation>
        </message>
        <message>
            <source>No model service is set up to embed the query (set a key or a local server).</source>
            <translation>No hay ningún servicio de modelos configurado para incrustar la consulta (configure una clave o un servidor local).</translation>
        </message>
        <message>
            <source>No page of this library was embedded by a late-interaction server (index with --late-url and --late-model).</source>
            <translation>Ninguna página de esta biblioteca se incrustó con un servidor de interacción tardía (indexe con --late-url y --late-model).</translation>
        </message>
        <message>
            <source>No late-interaction server is set up to embed the query (--late-url, --late-model).</source>
            <translation>No hay ningún servidor de interacción tardía configurado para incrustar la consulta (--late-url, --late-model).</translation>
        </message>
        <message>
            <source>The library's page vectors were made with %1, but the late-interaction server is set up for %2.</source>
            <translation>Los vectores de página de la biblioteca se crearon con %1, pero el servidor de interacción tardía está configurado para %2.</translation>
        </message>
        <message>
            <source>has only: %1</source>
            <translation>solo contiene: %1</translation>
        </message>
        <message>
            <source>matched: %1</source>
            <translation>coincidencias: %1</translation>
        </message>
        <message>
            <source>similar in meaning</source>
            <translation>significado similar</translation>
        </message>
        <message>
            <source>signals: %1</source>
            <translation>señales: %1</translation>
        </message>
        <message>
            <source>caption</source>
            <translation>descripción</translation>
        </message>
        <message>
            <source>objects</source>
            <translation>objetos</translation>
        </message>
        <message>
            <source>looks like</source>
            <translation>parecido</translation>
        </message>
        <message>
            <source>The search failed.</source>
            <translation>La búsqueda falló.</translation>
        </message>
        <message>
            <source>Objects: %1</source>
            <translation>Objetos: %1</translation>
        </message>
        <message>
            <source>Pages with all the words are found.
"exact phrase"  the words in this order
-word or NOT word  pages without the word
cat OR dog  either word
know*  words starting with "know"
When no page has all the words, the pages with most of them are shown.</source>
            <translation>Se buscan las páginas que contienen todas las palabras.
"frase exacta"  las palabras en este orden
-palabra o NOT palabra  páginas sin la palabra
gato OR perro  cualquiera de las dos palabras
sabe*  palabras que empiezan por "sabe"
Si ninguna página contiene todas las palabras, se muestran las que contienen la mayoría.</translation>
        </message>
        <message>
            <source>Line %1 of the relevance set has no tab-separated pages.</source>
            <translation>La línea %1 del conjunto de relevancia no tiene páginas separadas por tabuladores.</translation>
        </message>
        <message>
            <source>Line %1 of the relevance set has a bad page number.</source>
            <translation>La línea %1 del conjunto de relevancia tiene un número de página incorrecto.</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which this library's privacy setting (%1) does not allow.</source>
            <translation>La detección de objetos envía la imagen de la página, algo que la configuración de privacidad de esta biblioteca (%1) no permite.</translation>
        </message>
        <message>
            <source>%1 Showing term matches instead.</source>
            <translation>%1 Se muestran en su lugar las coincidencias de términos.</translation>
        </message>
        <message>
            <source>This page has no words (text layer or OCR) to match the query against.</source>
            <translation>Esta página no tiene palabras (capa de texto u OCR) con las que comparar la consulta.</translation>
        </message>
        <message>
            <source>Object detection sends page images, which the privacy setting (%1) does not allow: no page is sent for detection.</source>
            <translation>La detección de objetos envía imágenes de las páginas, algo que la configuración de privacidad (%1) no permite: no se envía ninguna página para la detección.</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for object detection</source>
            <translation>
                <numerusform>%n imagen de página para la detección de objetos</numerusform>
                <numerusform>%n imágenes de páginas para la detección de objetos</numerusform>
            </translation>
        </message>
        <message>
            <source>The library catalog %1 cannot be created.</source>
            <translation>No se puede crear el catálogo de la biblioteca %1.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::AgentLoop</name>
        <message>
            <source>Stopped.</source>
            <translation>Detenido.</translation>
        </message>
        <message>
            <source>The agent did not finish within %1 steps.</source>
            <translation>El agente no terminó en %1 pasos.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ChatPanel</name>
        <message>
            <source>&amp;Ask</source>
            <translation>&amp;Preguntar</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nueva</translation>
        </message>
        <message>
            <source>&amp;Copy Answer</source>
            <translation>&amp;Copiar respuesta</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Ask a question about your library…</source>
            <translation>Haga una pregunta sobre su biblioteca…</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Type a question about your library and press Enter</source>
            <translation>Escriba una pregunta sobre su biblioteca y pulse Enter</translation>
        </message>
        <message>
            <source>Stop this answer (the conversation stays)</source>
            <translation>Detener esta respuesta (la conversación se conserva)</translation>
        </message>
        <message>
            <source>Start a new conversation (this one stays stored)</source>
            <translation>Iniciar una conversación nueva (esta queda guardada)</translation>
        </message>
        <message>
            <source>Copy the last answer</source>
            <translation>Copiar la última respuesta</translation>
        </message>
        <message>
            <source>Save the conversation and its sources as Markdown</source>
            <translation>Guardar la conversación y sus fuentes como Markdown</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>Open or delete a stored conversation of this library</source>
            <translation>Abrir o eliminar una conversación guardada de esta biblioteca</translation>
        </message>
        <message>
            <source>Conversation history</source>
            <translation>Historial de conversaciones</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversación</translation>
        </message>
        <message>
            <source>The questions and answers; citations such as [S1] are links that open the page</source>
            <translation>Las preguntas y respuestas; las citas como [S1] son enlaces que abren la página</translation>
        </message>
        <message>
            <source>Answers cite the pages they come from; click a citation such as [S1] to open the page. Without a model service you get the best matching passages.</source>
            <translation>Las respuestas citan las páginas de las que proceden; pulse en una cita como [S1] para abrir la página. Sin un servicio de modelos se obtienen los pasajes que mejor coinciden.</translation>
        </message>
        <message>
            <source>Answer status</source>
            <translation>Estado de la respuesta</translation>
        </message>
        <message>
            <source>Open a library first (File ▸ Open Library…), then ask about it.</source>
            <translation>Abra primero una biblioteca (Archivo ▸ Abrir biblioteca…) y luego pregunte sobre ella.</translation>
        </message>
        <message>
            <source>Reading the library's privacy setting…</source>
            <translation>Leyendo la configuración de privacidad de la biblioteca…</translation>
        </message>
        <message>
            <source>%1 Try again, or reopen the library.</source>
            <translation>%1 Inténtelo de nuevo o vuelva a abrir la biblioteca.</translation>
        </message>
        <message>
            <source>The library's privacy is "never", so no model was asked; Settings changes it.</source>
            <translation>La privacidad de la biblioteca es "never", por lo que no se consultó ningún modelo; puede cambiarla en Configuración.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>No hay ningún servicio de modelos configurado.</translation>
        </message>
        <message>
            <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to get answers.</source>
            <translation>%1 Añada una clave o un servidor en Configuración (Herramientas ▸ Configuración…) para obtener respuestas.</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>Servicio compatible con OpenAI</translation>
        </message>
        <message>
            <source>Your question, and the page text, captions and snippets the agent finds, will be sent to %1 at %2.</source>
            <translation>Su pregunta, y el texto de las páginas, las descripciones y los fragmentos que encuentre el agente, se enviarán a %1 en %2.</translation>
        </message>
        <message>
            <source>The agent may also send up to %1 page images per step (WEBP, at most 1024 px).</source>
            <translation>El agente también puede enviar hasta %1 imágenes de página por paso (WEBP, 1024 px como máximo).</translation>
        </message>
        <message>
            <source>Send to the Model Service?</source>
            <translation>¿Enviar al servicio de modelos?</translation>
        </message>
        <message>
            <source>Nothing has been sent yet. "Not Now" shows the library's search results instead.</source>
            <translation>Todavía no se ha enviado nada. "Ahora no" muestra en su lugar los resultados de búsqueda de la biblioteca.</translation>
        </message>
        <message>
            <source>Don't ask again for this library</source>
            <translation>No volver a preguntar para esta biblioteca</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;Ahora no</translation>
        </message>
        <message>
            <source>Nothing was sent to a model service.</source>
            <translation>No se envió nada a ningún servicio de modelos.</translation>
        </message>
        <message>
            <source>Waiting for your answer: may the question be sent?</source>
            <translation>Esperando su respuesta: ¿se puede enviar la pregunta?</translation>
        </message>
        <message>
            <source>The model service is no longer available. Check Settings (Tools ▸ Settings…).</source>
            <translation>El servicio de modelos ya no está disponible. Revise la configuración (Herramientas ▸ Configuración…).</translation>
        </message>
        <message>
            <source>Answering…</source>
            <translation>Respondiendo…</translation>
        </message>
        <message>
            <source>Step %1: %2…</source>
            <translation>Paso %1: %2…</translation>
        </message>
        <message>
            <source>%1 (failed)</source>
            <translation>%1 (falló)</translation>
        </message>
        <message>
            <source>Asking the model…</source>
            <translation>Consultando al modelo…</translation>
        </message>
        <message>
            <source>Stopped. This answer was not kept; ask again to continue the conversation.</source>
            <translation>Detenido. Esta respuesta no se conservó; vuelva a preguntar para continuar la conversación.</translation>
        </message>
        <message>
            <source>The agent stopped without an answer. Ask again.</source>
            <translation>El agente se detuvo sin dar una respuesta. Vuelva a preguntar.</translation>
        </message>
        <message>
            <source>Cited but not among the pages the agent saw (not links): %1.</source>
            <translation>Citadas pero no entre las páginas que vio el agente (sin enlace): %1.</translation>
        </message>
        <message>
            <source>Searching the library…</source>
            <translation>Buscando en la biblioteca…</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>La búsqueda falló: %1</translation>
        </message>
        <message>
            <source>The conversation history cannot be read: %1</source>
            <translation>No se puede leer el historial de conversaciones: %1</translation>
        </message>
        <message>
            <source>No stored conversations</source>
            <translation>No hay conversaciones guardadas</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2, %n question(s)</source>
            <translation>
                <numerusform>%1 — %2, %n pregunta</numerusform>
                <numerusform>%1 — %2, %n preguntas</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Delete This Conversation…</source>
            <translation>&amp;Eliminar esta conversación…</translation>
        </message>
        <message>
            <source>Opening the conversation…</source>
            <translation>Abriendo la conversación…</translation>
        </message>
        <message>
            <source>The conversation cannot be opened: %1</source>
            <translation>No se puede abrir la conversación: %1</translation>
        </message>
        <message>
            <source>Delete Conversation?</source>
            <translation>¿Eliminar la conversación?</translation>
        </message>
        <message>
            <source>Delete this conversation from the library? Its questions and answers cannot be restored. The documents are not touched.</source>
            <translation>¿Eliminar esta conversación de la biblioteca? Sus preguntas y respuestas no se podrán recuperar. Los documentos no se modifican.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>The conversation was deleted.</source>
            <translation>Se eliminó la conversación.</translation>
        </message>
        <message>
            <source>The conversation could not be deleted: %1</source>
            <translation>No se pudo eliminar la conversación: %1</translation>
        </message>
        <message>
            <source>You:</source>
            <translation>Usted:</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>página %1</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Ask the Library</source>
            <translation>Preguntar a la biblioteca</translation>
        </message>
        <message>
            <source>Library: %1</source>
            <translation>Biblioteca: %1</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Fuentes:</translation>
        </message>
        <message>
            <source>Cannot write "%1": %2</source>
            <translation>No se puede escribir "%1": %2</translation>
        </message>
        <message>
            <source>The answer is on the clipboard.</source>
            <translation>La respuesta está en el portapapeles.</translation>
        </message>
        <message>
            <source>Export Conversation</source>
            <translation>Exportar conversación</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The conversation was saved to %1.</source>
            <translation>La conversación se guardó en %1.</translation>
        </message>
        <message>
            <source>%1 Add a valid key in Settings (Tools ▸ Settings…), then ask again.</source>
            <translation>%1 Añada una clave válida en Configuración (Herramientas ▸ Configuración…) y vuelva a preguntar.</translation>
        </message>
        <message>
            <source>%1 Check the network and the server address in Settings, then ask again.</source>
            <translation>%1 Compruebe la red y la dirección del servidor en Configuración y vuelva a preguntar.</translation>
        </message>
        <message>
            <source>%1 Wait a minute, then ask again.</source>
            <translation>%1 Espere un minuto y vuelva a preguntar.</translation>
        </message>
        <message>
            <source>%1 Choose another model in Settings, then ask again.</source>
            <translation>%1 Elija otro modelo en Configuración y vuelva a preguntar.</translation>
        </message>
        <message>
            <source>%1 Ask again, or start a new conversation.</source>
            <translation>%1 Vuelva a preguntar o inicie una conversación nueva.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::DocumentModel</name>
        <message>
            <source>Added files</source>
            <translation>Archivos añadidos</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Indexing</source>
            <translation>Indexando</translation>
        </message>
        <message>
            <source>Indexed</source>
            <translation>Indexado</translation>
        </message>
        <message>
            <source>Indexed with errors</source>
            <translation>Indexado con errores</translation>
        </message>
        <message>
            <source>Needs password</source>
            <translation>Requiere contraseña</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallido</translation>
        </message>
        <message>
            <source>Double-click it, or right-click ▸ Enter Password…, to type its password (kept for this session only).</source>
            <translation>Haga doble clic en él, o clic derecho ▸ Introducir contraseña…, para escribir su contraseña (solo se conserva durante esta sesión).</translation>
        </message>
        <message>
            <source>Right-click ▸ Rescan reads it again, for example after the file was repaired.</source>
            <translation>Clic derecho ▸ Volver a examinar lo lee de nuevo, por ejemplo, después de reparar el archivo.</translation>
        </message>
        <message>
            <source>Library in %1</source>
            <translation>Biblioteca en %1</translation>
        </message>
        <message>
            <source>Files added one by one</source>
            <translation>Archivos añadidos uno a uno</translation>
        </message>
        <message numerus="yes">
            <source>Library %1, %n document(s)</source>
            <translation>
                <numerusform>Biblioteca %1, %n documento</numerusform>
                <numerusform>Biblioteca %1, %n documentos</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder %1</source>
            <translation>Carpeta %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>Page %1: %2</source>
            <translation>Página %1: %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Ruta</translation>
        </message>
    </context>
    <context>
        <name>PageLens::EgressDialog</name>
        <message>
            <source>Send Pages to the Model Service?</source>
            <translation>¿Enviar páginas al servicio de modelos?</translation>
        </message>
        <message>
            <source>Captions and embeddings make pages findable by meaning. Nothing has been sent yet.</source>
            <translation>Las descripciones y las incrustaciones permiten encontrar las páginas por su significado. Todavía no se ha enviado nada.</translation>
        </message>
        <message>
            <source>What would be sent</source>
            <translation>Qué se enviaría</translation>
        </message>
        <message>
            <source>Destination: %1</source>
            <translation>Destino: %1</translation>
        </message>
        <message>
            <source>Send is remembered for this library and these kinds of data: you are not asked again for them. Tools ▸ Settings ▸ Privacy takes it back.</source>
            <translation>«Enviar» se recuerda para esta biblioteca y estos tipos de datos: no se le volverá a preguntar por ellos. Puede revocarlo en Herramientas ▸ Configuración ▸ Privacidad.</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <source>Send these pages to the model service now</source>
            <translation>Enviar ahora estas páginas al servicio de modelos</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;Ahora no</translation>
        </message>
        <message>
            <source>Send nothing; you can do it later from the Library menu</source>
            <translation>No enviar nada; puede hacerlo más tarde desde el menú Biblioteca</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) to caption</source>
            <translation>
                <numerusform>%n imagen de página que describir</numerusform>
                <numerusform>%n imágenes de página que describir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page text(s) to embed</source>
            <translation>
                <numerusform>%n texto de página que incrustar</numerusform>
                <numerusform>%n textos de página que incrustar</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message numerus="yes">
            <source>about %1 tokens in %n request(s)</source>
            <translation>
                <numerusform>unos %1 tokens en %n solicitud</numerusform>
                <numerusform>unos %1 tokens en %n solicitudes</numerusform>
            </translation>
        </message>
        <message>
            <source>never send anything</source>
            <translation>no enviar nunca nada</translation>
        </message>
        <message>
            <source>page text only</source>
            <translation>solo el texto de las páginas</translation>
        </message>
        <message>
            <source>page text and page images</source>
            <translation>texto e imágenes de las páginas</translation>
        </message>
        <message>
            <source>This library's privacy setting: %1</source>
            <translation>Configuración de privacidad de esta biblioteca: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for object detection</source>
            <translation>
                <numerusform>%n imagen de página para la detección de objetos</numerusform>
                <numerusform>%n imágenes de páginas para la detección de objetos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::FindBar</name>
        <message>
            <source>Previous hit (Shift+F3)</source>
            <translation>Resultado anterior (Shift+F3)</translation>
        </message>
        <message>
            <source>Next hit (F3)</source>
            <translation>Resultado siguiente (F3)</translation>
        </message>
        <message>
            <source>Close find (Escape)</source>
            <translation>Cerrar la búsqueda (Escape)</translation>
        </message>
        <message>
            <source>Find in document</source>
            <translation>Buscar en el documento</translation>
        </message>
        <message>
            <source>Find result count</source>
            <translation>Número de resultados de la búsqueda</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>No hits</source>
            <translation>Sin resultados</translation>
        </message>
    </context>
    <context>
        <name>PageLens::GeminiProvider</name>
        <message>
            <source>The file upload could not be started.</source>
            <translation>No se pudo iniciar la subida del archivo.</translation>
        </message>
        <message>
            <source>The uploaded file did not become ready in time.</source>
            <translation>El archivo subido no estuvo listo a tiempo.</translation>
        </message>
        <message>
            <source>The model service could not process the uploaded file.</source>
            <translation>El servicio de modelos no pudo procesar el archivo subido.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::HelpDialog</name>
        <message>
            <source>PageLens Help</source>
            <translation>Ayuda de PageLens</translation>
        </message>
        <message>
            <source>The manual is missing from this build.</source>
            <translation>El manual no está incluido en esta compilación.</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>PageLens::HttpProvider</name>
        <message>
            <source>There is no text to embed.</source>
            <translation>No hay ningún texto que incrustar.</translation>
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
            <translation>Progreso de la indexación</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel indexing</source>
            <translation>Cancelar la indexación</translation>
        </message>
        <message>
            <source>Stop indexing; documents not finished stay pending</source>
            <translation>Detener la indexación; los documentos sin terminar quedan pendientes</translation>
        </message>
        <message>
            <source>Preparing captions and embeddings…</source>
            <translation>Preparando descripciones e incrustaciones…</translation>
        </message>
        <message>
            <source>Preparing to index…</source>
            <translation>Preparando la indexación…</translation>
        </message>
        <message>
            <source>Cancel captions and embeddings</source>
            <translation>Cancelar descripciones e incrustaciones</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Resume sending to the model service</source>
            <translation>Reanudar el envío al servicio de modelos</translation>
        </message>
        <message>
            <source>Pause sending to the model service</source>
            <translation>Pausar el envío al servicio de modelos</translation>
        </message>
        <message>
            <source>%1 / %2 pages</source>
            <translation>%1 / %2 páginas</translation>
        </message>
        <message>
            <source>Captioning pages with the model service</source>
            <translation>Describiendo páginas con el servicio de modelos</translation>
        </message>
        <message>
            <source>Embedding pages with the model service</source>
            <translation>Incrustando páginas con el servicio de modelos</translation>
        </message>
        <message>
            <source>Indexing file %1 of %2</source>
            <translation>Indexando el archivo %1 de %2</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>quedan unos %1</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LateInteractionClient</name>
        <message>
            <source>There is nothing to embed.</source>
            <translation>No hay nada que incrustar.</translation>
        </message>
        <message>
            <source>The late-interaction server sent an answer that could not be read.</source>
            <translation>El servidor de interacción tardía envió una respuesta que no se pudo leer.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LayerController</name>
        <message>
            <source>&amp;Detect Objects…</source>
            <translation>&amp;Detectar objetos…</translation>
        </message>
        <message>
            <source>Detect Objects on this page (%1)</source>
            <translation>Detectar objetos en esta página (%1)</translation>
        </message>
        <message>
            <source>Send this page's image to the model service and mark the objects it finds</source>
            <translation>Enviar la imagen de esta página al servicio de modelos y marcar los objetos que encuentre</translation>
        </message>
        <message>
            <source>Search for something first: the heatmap shows where the query matched on this page.</source>
            <translation>Busque algo primero: el mapa de calor muestra dónde coincidió la consulta en esta página.</translation>
        </message>
        <message>
            <source>Mapping “%1” on page %2…</source>
            <translation>Generando el mapa de «%1» en la página %2…</translation>
        </message>
        <message>
            <source>late interaction</source>
            <translation>interacción tardía</translation>
        </message>
        <message>
            <source>term matches</source>
            <translation>coincidencias de términos</translation>
        </message>
        <message>
            <source>Heatmap (%1): strongest at x %2, y %3 of page %4.</source>
            <translation>Mapa de calor (%1): máximo en x %2, y %3 de la página %4.</translation>
        </message>
        <message>
            <source>Open a page of a library document first, then detect objects on it.</source>
            <translation>Abra primero una página de un documento de la biblioteca y luego detecte objetos en ella.</translation>
        </message>
        <message>
            <source>Detect Objects</source>
            <translation>Detectar objetos</translation>
        </message>
        <message>
            <source>What should be found on page %1? The page image is sent with this instruction.</source>
            <translation>¿Qué se debe buscar en la página %1? La imagen de la página se envía con esta instrucción.</translation>
        </message>
        <message>
            <source>&amp;Detect</source>
            <translation>&amp;Detectar</translation>
        </message>
        <message>
            <source>Reading the library's privacy setting…</source>
            <translation>Leyendo la configuración de privacidad de la biblioteca…</translation>
        </message>
        <message>
            <source>%1 Try again, or reopen the library.</source>
            <translation>%1 Inténtelo de nuevo o vuelva a abrir la biblioteca.</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which this library's privacy setting (“%1”) does not allow. Nothing was sent; Settings (Tools ▸ Settings…) changes it.</source>
            <translation>La detección de objetos envía la imagen de la página, algo que la configuración de privacidad de esta biblioteca («%1») no permite. No se envió nada; puede cambiarla en Configuración (Herramientas ▸ Configuración…).</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>No hay ningún servicio de modelos configurado.</translation>
        </message>
        <message>
            <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to detect objects.</source>
            <translation>%1 Añada una clave o un servidor en Configuración (Herramientas ▸ Configuración…) para detectar objetos.</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>Servicio compatible con OpenAI</translation>
        </message>
        <message>
            <source>The image of page %1 of “%2” (WEBP, longest side %3 px) and your prompt will be sent to %4 at %5 to find objects on it.</source>
            <translation>La imagen de la página %1 de «%2» (WEBP, lado más largo de %3 px) y su instrucción se enviarán a %4 en %5 para encontrar objetos en ella.</translation>
        </message>
        <message>
            <source>Send the Page Image?</source>
            <translation>¿Enviar la imagen de la página?</translation>
        </message>
        <message>
            <source>Nothing has been sent yet.</source>
            <translation>Todavía no se ha enviado nada.</translation>
        </message>
        <message>
            <source>Don't ask again for this library</source>
            <translation>No volver a preguntar para esta biblioteca</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;Ahora no</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>No se envió nada.</translation>
        </message>
        <message>
            <source>Waiting for your answer: may the page image be sent?</source>
            <translation>Esperando su respuesta: ¿se puede enviar la imagen de la página?</translation>
        </message>
        <message>
            <source>Detecting objects on page %1…</source>
            <translation>Detectando objetos en la página %1…</translation>
        </message>
        <message>
            <source>Object detection failed: %1 The page's earlier objects are kept.</source>
            <translation>Falló la detección de objetos: %1 Se conservan los objetos anteriores de la página.</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) found on page %1.</source>
            <translation>
                <numerusform>Se encontró %n objeto en la página %1.</numerusform>
                <numerusform>Se encontraron %n objetos en la página %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Detection cancelled; nothing was stored.</source>
            <translation>Detección cancelada; no se guardó nada.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LayerLegend</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Page layers legend</source>
            <translation>Leyenda de las capas de la página</translation>
        </message>
        <message>
            <source>Heatmap word</source>
            <translation>Palabra del mapa de calor</translation>
        </message>
        <message>
            <source>Heatmap opacity</source>
            <translation>Opacidad del mapa de calor</translation>
        </message>
        <message>
            <source>Strongest heatmap regions</source>
            <translation>Zonas más intensas del mapa de calor</translation>
        </message>
        <message>
            <source>Page layers message</source>
            <translation>Mensaje de las capas de la página</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>Opacidad</translation>
        </message>
        <message>
            <source>Objects:</source>
            <translation>Objetos:</translation>
        </message>
        <message>
            <source>All words</source>
            <translation>Todas las palabras</translation>
        </message>
        <message>
            <source>Strongest: %1</source>
            <translation>Más intensas: %1</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LibraryController</name>
        <message numerus="yes">
            <source>%n document(s) added</source>
            <translation>
                <numerusform>%n documento añadido</numerusform>
                <numerusform>%n documentos añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n modificado</numerusform>
                <numerusform>%n modificados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>%n movido</numerusform>
                <numerusform>%n movidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n quitado</numerusform>
                <numerusform>%n quitados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) skipped</source>
            <translation>
                <numerusform>%n duplicado omitido</numerusform>
                <numerusform>%n duplicados omitidos</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes found</source>
            <translation>No se encontraron cambios</translation>
        </message>
        <message>
            <source>Opening library %1…</source>
            <translation>Abriendo la biblioteca %1…</translation>
        </message>
        <message>
            <source>Could not open the library %1: %2</source>
            <translation>No se pudo abrir la biblioteca %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n item(s)…</source>
            <translation>
                <numerusform>Añadiendo %n elemento…</numerusform>
                <numerusform>Añadiendo %n elementos…</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not add files: %1</source>
            <translation>No se pudieron añadir archivos: %1</translation>
        </message>
        <message>
            <source>Scanning folders…</source>
            <translation>Examinando carpetas…</translation>
        </message>
        <message>
            <source>Could not rescan the library: %1</source>
            <translation>No se pudo volver a examinar la biblioteca: %1</translation>
        </message>
        <message>
            <source>Could not rescan: %1</source>
            <translation>No se pudo volver a examinar: %1</translation>
        </message>
        <message>
            <source>Could not remove from the library: %1</source>
            <translation>No se pudo quitar de la biblioteca: %1</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n document(s) from the library; the files were not touched. Adding them again brings them back.</source>
            <translation>
                <numerusform>Se quitó %n documento de la biblioteca; los archivos no se modificaron. Si se vuelve a añadir, se recupera.</numerusform>
                <numerusform>Se quitaron %n documentos de la biblioteca; los archivos no se modificaron. Si se vuelven a añadir, se recuperan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read the library: %1</source>
            <translation>No se pudo leer la biblioteca: %1</translation>
        </message>
        <message>
            <source>Indexing stopped: %1</source>
            <translation>La indexación se detuvo: %1</translation>
        </message>
        <message>
            <source>Late interaction: %1</source>
            <translation>Interacción tardía: %1</translation>
        </message>
        <message>
            <source>Late interaction needs page images, which this library may not send (Tools ▸ Settings).</source>
            <translation>La interacción tardía necesita imágenes de página, que esta biblioteca no tiene permitido enviar (Herramientas ▸ Configuración).</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) wait for the late-interaction server: agree to send page images (Library ▸ Caption and Embed Pages…) first.</source>
            <translation>
                <numerusform>%n imagen de página espera al servidor de interacción tardía: primero acepte enviar imágenes de página (Biblioteca ▸ Describir e incrustar páginas…).</numerusform>
                <numerusform>%n imágenes de página esperan al servidor de interacción tardía: primero acepte enviar imágenes de página (Biblioteca ▸ Describir e incrustar páginas…).</numerusform>
            </translation>
        </message>
        <message>
            <source>Late interaction: page %1 of %2</source>
            <translation>Interacción tardía: página %1 de %2</translation>
        </message>
        <message>
            <source>Late interaction stopped: %1 Pages done so far are kept.</source>
            <translation>La interacción tardía se detuvo: %1 Se conservan las páginas procesadas hasta ahora.</translation>
        </message>
        <message numerus="yes">
            <source>Late interaction: %n page(s) embedded.</source>
            <translation>
                <numerusform>Interacción tardía: %n página incrustada.</numerusform>
                <numerusform>Interacción tardía: %n páginas incrustadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling indexing…</source>
            <translation>Cancelando la indexación…</translation>
        </message>
        <message>
            <source>Could not set the password: %1</source>
            <translation>No se pudo establecer la contraseña: %1</translation>
        </message>
        <message>
            <source>No library is open.</source>
            <translation>No hay ninguna biblioteca abierta.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>No hay ningún servicio de modelos configurado.</translation>
        </message>
        <message>
            <source>Could not save the library's privacy setting: %1</source>
            <translation>No se pudo guardar la configuración de privacidad de la biblioteca: %1</translation>
        </message>
        <message>
            <source>Pages are being indexed; you will be asked when that has finished.</source>
            <translation>Se están indexando páginas; se le preguntará cuando termine.</translation>
        </message>
        <message>
            <source>Turn on the model service in Settings first.</source>
            <translation>Active primero el servicio de modelos en Configuración.</translation>
        </message>
        <message>
            <source>Pages were not captioned: %1</source>
            <translation>No se describieron las páginas: %1</translation>
        </message>
        <message>
            <source>Could not read the library's privacy setting: %1</source>
            <translation>No se pudo leer la configuración de privacidad de la biblioteca: %1</translation>
        </message>
        <message>
            <source>Could not work out what would be sent: %1</source>
            <translation>No se pudo determinar qué se enviaría: %1</translation>
        </message>
        <message>
            <source>This library may not send anything; change its privacy in Settings.</source>
            <translation>Esta biblioteca no tiene permitido enviar nada; cambie su privacidad en Configuración.</translation>
        </message>
        <message>
            <source>Every page is already captioned and embedded.</source>
            <translation>Todas las páginas ya están descritas e incrustadas.</translation>
        </message>
        <message>
            <source>Sending %1 as agreed for this library (Settings takes it back).</source>
            <translation>Enviando %1 según lo aceptado para esta biblioteca (puede revocarlo en Configuración).</translation>
        </message>
        <message>
            <source>Nothing was sent. Library ▸ Caption and Embed Pages… asks again.</source>
            <translation>No se envió nada. Biblioteca ▸ Describir e incrustar páginas… vuelve a preguntar.</translation>
        </message>
        <message>
            <source>Looking up the API key…</source>
            <translation>Buscando la clave de API…</translation>
        </message>
        <message>
            <source>Nothing was sent. Library ▸ Caption and Embed Pages… offers it again.</source>
            <translation>No se envió nada. Biblioteca ▸ Describir e incrustar páginas… lo vuelve a ofrecer.</translation>
        </message>
        <message>
            <source>The key is set in Tools ▸ Settings.</source>
            <translation>La clave se configura en Herramientas ▸ Configuración.</translation>
        </message>
        <message>
            <source>Check the network and the server address (%1).</source>
            <translation>Compruebe la red y la dirección del servidor (%1).</translation>
        </message>
        <message>
            <source>Check the model names in Tools ▸ Settings.</source>
            <translation>Compruebe los nombres de los modelos en Herramientas ▸ Configuración.</translation>
        </message>
        <message>
            <source>Set the embedding model and dimension the library was made with in Tools ▸ Settings.</source>
            <translation>Configure en Herramientas ▸ Configuración el modelo y la dimensión de incrustación con los que se creó la biblioteca.</translation>
        </message>
        <message>
            <source>Pages done so far are kept; Library ▸ Caption and Embed Pages… continues later.</source>
            <translation>Se conservan las páginas procesadas hasta ahora; Biblioteca ▸ Describir e incrustar páginas… continúa más tarde.</translation>
        </message>
        <message>
            <source>Captions and embeddings stopped: %1 %2</source>
            <translation>Las descripciones y las incrustaciones se detuvieron: %1 %2</translation>
        </message>
        <message>
            <source>Captions and embeddings paused.</source>
            <translation>Descripciones e incrustaciones en pausa.</translation>
        </message>
        <message>
            <source>Captions and embeddings resumed.</source>
            <translation>Descripciones e incrustaciones reanudadas.</translation>
        </message>
        <message>
            <source>Cancelling captions and embeddings…</source>
            <translation>Cancelando descripciones e incrustaciones…</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LibraryPane</name>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Filter by name or path</source>
            <translation>Filtrar por nombre o ruta</translation>
        </message>
        <message>
            <source>Filter documents</source>
            <translation>Filtrar documentos</translation>
        </message>
        <message>
            <source>Show documents with status</source>
            <translation>Mostrar documentos con el estado</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Library documents</source>
            <translation>Documentos de la biblioteca</translation>
        </message>
        <message>
            <source>Documents in the library with their indexing status. Press Enter to open a document, the menu key for more.</source>
            <translation>Documentos de la biblioteca con su estado de indexación. Pulse Enter para abrir un documento o la tecla de menú para ver más opciones.</translation>
        </message>
        <message>
            <source>Copied %1</source>
            <translation>Se copió %1</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Enter &amp;Password…</source>
            <translation>Introducir contra&amp;seña…</translation>
        </message>
        <message>
            <source>Open with the &amp;System Viewer</source>
            <translation>Abrir con el visor del sis&amp;tema</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Mostrar en la &amp;carpeta</translation>
        </message>
        <message>
            <source>&amp;Copy Path</source>
            <translation>Copiar &amp;ruta</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>&amp;Volver a examinar</translation>
        </message>
        <message>
            <source>Re&amp;move from Library</source>
            <translation>&amp;Quitar de la biblioteca</translation>
        </message>
    </context>
    <context>
        <name>PageLens::MainWindow</name>
        <message>
            <source>Ask the Library</source>
            <translation>Preguntar a la biblioteca</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Esquema</translation>
        </message>
        <message>
            <source>PageLens</source>
            <translation>PageLens</translation>
        </message>
        <message>
            <source>Library and search</source>
            <translation>Biblioteca y búsqueda</translation>
        </message>
        <message>
            <source>The password for “%1” is wrong. Double-click it to try another.</source>
            <translation>La contraseña de «%1» no es correcta. Haga doble clic en él para probar otra.</translation>
        </message>
        <message>
            <source>“%1” is unlocked for this session.</source>
            <translation>«%1» está desbloqueado durante esta sesión.</translation>
        </message>
        <message>
            <source>The document is not in the library.</source>
            <translation>El documento no está en la biblioteca.</translation>
        </message>
        <message>
            <source>&amp;Open Library…</source>
            <translation>A&amp;brir biblioteca…</translation>
        </message>
        <message>
            <source>Open or create a library in a folder</source>
            <translation>Abrir o crear una biblioteca en una carpeta</translation>
        </message>
        <message>
            <source>Add &amp;Files…</source>
            <translation>&amp;Añadir archivos…</translation>
        </message>
        <message>
            <source>Add PDFs, scans or images to the library</source>
            <translation>Añadir PDF, escaneos o imágenes a la biblioteca</translation>
        </message>
        <message>
            <source>Add F&amp;older…</source>
            <translation>Añadir &amp;carpeta…</translation>
        </message>
        <message>
            <source>Add a folder; it is watched for new and changed files</source>
            <translation>Añadir una carpeta; se vigila para detectar archivos nuevos y modificados</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>&amp;Volver a examinar</translation>
        </message>
        <message>
            <source>Look for new, changed and removed files</source>
            <translation>Buscar archivos nuevos, modificados y eliminados</translation>
        </message>
        <message>
            <source>&amp;Cancel Indexing</source>
            <translation>&amp;Cancelar indexación</translation>
        </message>
        <message>
            <source>Enter &amp;Password…</source>
            <translation>Introducir contra&amp;seña…</translation>
        </message>
        <message>
            <source>Unlock the selected password-protected document for this session</source>
            <translation>Desbloquear durante esta sesión el documento protegido con contraseña seleccionado</translation>
        </message>
        <message>
            <source>Select a document that needs a password first.</source>
            <translation>Seleccione primero un documento que requiera contraseña.</translation>
        </message>
        <message>
            <source>Caption and &amp;Embed Pages…</source>
            <translation>&amp;Describir e incrustar páginas…</translation>
        </message>
        <message>
            <source>Show what would be sent to the model service, then caption and embed pages</source>
            <translation>Mostrar lo que se enviaría al servicio de modelos y, a continuación, describir e incrustar las páginas</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>Model service, API key, privacy and limits</source>
            <translation>Servicio de modelos, clave de API, privacidad y límites</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Search the Library…</source>
            <translation>&amp;Buscar en la biblioteca…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;recientes</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Biblioteca</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Ask the Library</source>
            <translation>&amp;Preguntar a la biblioteca</translation>
        </message>
        <message>
            <source>Ask a question; the answer cites the pages it comes from</source>
            <translation>Hacer una pregunta; la respuesta cita las páginas de las que procede</translation>
        </message>
        <message>
            <source>&amp;Outline</source>
            <translation>&amp;Esquema</translation>
        </message>
        <message>
            <source>The PDF's table of contents; choose an entry to turn to its page</source>
            <translation>La tabla de contenido del PDF; elija una entrada para ir a su página</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>Pan&amp;talla completa</translation>
        </message>
        <message>
            <source>Show the window on the whole screen (F11 again to leave)</source>
            <translation>Mostrar la ventana en toda la pantalla (pulse F11 de nuevo para salir)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>PageLens &amp;Help</source>
            <translation>&amp;Ayuda de PageLens</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;About PageLens</source>
            <translation>Acerca &amp;de PageLens</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>%1, page %2</source>
            <translation>%1, página %2</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliotecas</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Open Library</source>
            <translation>Abrir biblioteca</translation>
        </message>
        <message>
            <source>Add Files</source>
            <translation>Añadir archivos</translation>
        </message>
        <message>
            <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;All files (*)</source>
            <translation>Documentos e imágenes (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Add Folder</source>
            <translation>Añadir carpeta</translation>
        </message>
        <message>
            <source>Password Required</source>
            <translation>Se requiere contraseña</translation>
        </message>
        <message>
            <source>“%1” is protected.
Enter its password (kept for this session only):</source>
            <translation>«%1» está protegido.
Introduzca su contraseña (solo se conserva durante esta sesión):</translation>
        </message>
        <message>
            <source>“%1” is not shown: %2</source>
            <translation>«%1» no se muestra: %2</translation>
        </message>
        <message>
            <source>the passage cited as [%1]</source>
            <translation>el pasaje citado como [%1]</translation>
        </message>
        <message>
            <source>%1 search skipped: %2</source>
            <translation>Búsqueda %1 omitida: %2</translation>
        </message>
        <message>
            <source>%1 — PageLens</source>
            <translation>%1 — PageLens</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n documento</numerusform>
                <numerusform>%n documentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indexed</source>
            <translation>
                <numerusform>%n indexado</numerusform>
                <numerusform>%n indexados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n en espera</numerusform>
                <numerusform>%n en espera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n requiere atención</numerusform>
                <numerusform>%n requieren atención</numerusform>
            </translation>
        </message>
        <message>
            <source>Indexing cancelled; unfinished documents stay pending.</source>
            <translation>Indexación cancelada; los documentos sin terminar quedan pendientes.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n document(s)</source>
            <translation>
                <numerusform>Se indexó %n documento</numerusform>
                <numerusform>Se indexaron %n documentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with unreadable pages</source>
            <translation>
                <numerusform>%n con páginas ilegibles</numerusform>
                <numerusform>%n con páginas ilegibles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fallido</numerusform>
                <numerusform>%n fallidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed while read (still pending)</source>
            <translation>
                <numerusform>%n cambió durante la lectura (sigue pendiente)</numerusform>
                <numerusform>%n cambiaron durante la lectura (siguen pendientes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) a password</source>
            <translation>
                <numerusform>%n requiere contraseña</numerusform>
                <numerusform>%n requieren contraseña</numerusform>
            </translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>Servicio compatible con OpenAI</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <source>Captions and Embeddings Need a Key</source>
            <translation>Las descripciones y las incrustaciones requieren una clave</translation>
        </message>
        <message>
            <source>Nothing was sent: %1</source>
            <translation>No se envió nada: %1</translation>
        </message>
        <message>
            <source>To caption and embed pages, open Settings, paste the service's API key under API Key and press OK (it is kept in the OS keychain), or start PageLens with the environment variable %1 set. A local server such as Ollama or llama.cpp needs no key: enter its address under Server address. Search by words works without any of this.</source>
            <translation>Para describir e incrustar páginas, abra Configuración, pegue la clave de API del servicio en Clave de API y pulse Aceptar (se guarda en el llavero del sistema), o inicie PageLens con la variable de entorno %1 definida. Un servidor local como Ollama o llama.cpp no necesita clave: introduzca su dirección en Dirección del servidor. La búsqueda por palabras funciona sin nada de esto.</translation>
        </message>
        <message>
            <source>Open &amp;Settings…</source>
            <translation>Abrir &amp;configuración…</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;Ahora no</translation>
        </message>
        <message>
            <source>Captions and embeddings cancelled; pages done so far are kept.</source>
            <translation>Descripciones e incrustaciones canceladas; se conservan las páginas procesadas hasta ahora.</translation>
        </message>
        <message numerus="yes">
            <source>Captioned %n page(s)</source>
            <translation>
                <numerusform>Se describió %n página</numerusform>
                <numerusform>Se describieron %n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>embedded %n page(s)</source>
            <translation>
                <numerusform>se incrustó %n página</numerusform>
                <numerusform>se incrustaron %n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the model</source>
            <translation>
                <numerusform>%n rechazada por el modelo</numerusform>
                <numerusform>%n rechazadas por el modelo</numerusform>
            </translation>
        </message>
        <message>
            <source>About PageLens</source>
            <translation>Acerca de PageLens</translation>
        </message>
        <message>
            <source>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;Search folders of PDFs, scans and images, and see every match on its page.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;Busque en carpetas de PDF, escaneos e imágenes y vea cada coincidencia en su página.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Embed Page &amp;Images for Late Interaction</source>
            <translation>Incrustar las &amp;imágenes de las páginas para la interacción tardía</translation>
        </message>
        <message>
            <source>Send the pages not yet embedded to the late-interaction server of Settings</source>
            <translation>Enviar las páginas aún no incrustadas al servidor de interacción tardía de la Configuración</translation>
        </message>
        <message>
            <source>Open a library first.</source>
            <translation>Abra primero una biblioteca.</translation>
        </message>
        <message>
            <source>Set up a late-interaction server in Settings first.</source>
            <translation>Configure primero un servidor de interacción tardía en la Configuración.</translation>
        </message>
        <message>
            <source>Page images are already being embedded.</source>
            <translation>Las imágenes de las páginas ya se están incrustando.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::OutlinePane</name>
        <message>
            <source>Outline</source>
            <translation>Esquema</translation>
        </message>
        <message>
            <source>This document has no outline.</source>
            <translation>Este documento no tiene esquema.</translation>
        </message>
        <message>
            <source>Open a document to see its outline.</source>
            <translation>Abra un documento para ver su esquema.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PageLayers</name>
        <message>
            <source>Show Search &amp;Matches</source>
            <translation>Mostrar &amp;coincidencias de búsqueda</translation>
        </message>
        <message>
            <source>Show or hide the boxes around the words the search matched</source>
            <translation>Mostrar u ocultar los cuadros alrededor de las palabras que coinciden con la búsqueda</translation>
        </message>
        <message>
            <source>Show Detected &amp;Objects</source>
            <translation>Mostrar &amp;objetos detectados</translation>
        </message>
        <message>
            <source>Show or hide the objects detected on the page</source>
            <translation>Mostrar u ocultar los objetos detectados en la página</translation>
        </message>
        <message>
            <source>Show Query &amp;Heatmap</source>
            <translation>Mostrar &amp;mapa de calor de la consulta</translation>
        </message>
        <message>
            <source>Show or hide where on the page the current query matched</source>
            <translation>Mostrar u ocultar dónde coincidió la consulta actual en la página</translation>
        </message>
        <message>
            <source>Heatmap (%1)</source>
            <translation>Mapa de calor (%1)</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PageView</name>
        <message>
            <source>Page viewer</source>
            <translation>Visor de páginas</translation>
        </message>
        <message>
            <source>Drop PDFs, scans or images here, or choose File ▸ Add Files…</source>
            <translation>Suelte aquí PDF, escaneos o imágenes, o elija Archivo ▸ Añadir archivos…</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Abriendo…</translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>El documento no tiene páginas.</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>Ningún documento</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) highlighted</source>
            <translation>
                <numerusform>%n coincidencia resaltada</numerusform>
                <numerusform>%n coincidencias resaltadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) highlighted, marking: %1</source>
            <translation>
                <numerusform>%n cuadro resaltado, que marca: %1</numerusform>
                <numerusform>%n cuadros resaltados, que marcan: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>turned %1°</source>
            <translation>girada %1°</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PrivacyChoiceDialog</name>
        <message>
            <source>What May This Library Send?</source>
            <translation>¿Qué puede enviar esta biblioteca?</translation>
        </message>
        <message>
            <source>The model service can caption and embed the pages of %1 so they can be found by meaning. Choose what this library may send; nothing has been sent, and you are shown exactly what would go before anything does. Settings changes it later.</source>
            <translation>El servicio de modelos puede describir e incrustar las páginas de %1 para que se puedan encontrar por su significado. Elija qué puede enviar esta biblioteca; no se ha enviado nada y, antes de enviar cualquier cosa, se le mostrará exactamente qué se enviaría. Puede cambiarlo más tarde en Configuración.</translation>
        </message>
        <message>
            <source>&amp;Never send anything (search stays offline)</source>
            <translation>&amp;No enviar nunca nada (la búsqueda sigue sin conexión)</translation>
        </message>
        <message>
            <source>Page &amp;text only (embeddings for search by meaning)</source>
            <translation>Solo el &amp;texto de las páginas (incrustaciones para buscar por significado)</translation>
        </message>
        <message>
            <source>Page text and page &amp;images (captions of pictures and scans too)</source>
            <translation>Texto e &amp;imágenes de las páginas (también descripciones de imágenes y escaneos)</translation>
        </message>
        <message>
            <source>&amp;Use This Setting</source>
            <translation>&amp;Usar esta configuración</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ProviderSession</name>
        <message>
            <source>The model service is turned off in Settings.</source>
            <translation>El servicio de modelos está desactivado en Configuración.</translation>
        </message>
        <message>
            <source>No late-interaction server is set up in Settings.</source>
            <translation>No se ha definido ningún servidor de interacción tardía en Configuración.</translation>
        </message>
        <message>
            <source>Looking up the late-interaction server's key…</source>
            <translation>Buscando la clave del servidor de interacción tardía…</translation>
        </message>
        <message>
            <source>Looking up the API key…</source>
            <translation>Buscando la clave de API…</translation>
        </message>
        <message>
            <source>No Gemini API key: enter one in Settings or set GEMINI_API_KEY (or GOOGLE_API_KEY).</source>
            <translation>No hay clave de API de Gemini: introduzca una en Configuración o defina GEMINI_API_KEY (o GOOGLE_API_KEY).</translation>
        </message>
        <message>
            <source>No OpenAI API key: enter one in Settings or set OPENAI_API_KEY.</source>
            <translation>No hay clave de API de OpenAI: introduzca una en Configuración o defina OPENAI_API_KEY.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::SearchPanel</name>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Modificado</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>Ordenar por</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Search pages: words, "phrase", -word, a OR b, word*</source>
            <translation>Buscar páginas: palabras, "frase", -palabra, a OR b, palabra*</translation>
        </message>
        <message>
            <source>Results come as you type; Enter also asks the model service. Escape clears the search.</source>
            <translation>Los resultados aparecen mientras escribe; Enter también consulta al servicio de modelos. Escape borra la búsqueda.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Type words to find; press Enter to include the model service</source>
            <translation>Escriba las palabras que desea buscar; pulse Enter para incluir el servicio de modelos</translation>
        </message>
        <message>
            <source>All folders</source>
            <translation>Todas las carpetas</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>Escaneo</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Past 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <source>Past 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>Past year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <source>Relevance</source>
            <translation>Relevancia</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>Estado de la búsqueda</translation>
        </message>
        <message>
            <source>Type words to search.</source>
            <translation>Escriba palabras para buscar.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>One row per document; Left and Right move through its pages, Enter opens one</source>
            <translation>Una fila por documento; Izquierda y Derecha recorren sus páginas y Enter abre una</translation>
        </message>
        <message>
            <source>Searching for “%1”…</source>
            <translation>Buscando «%1»…</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n documento</numerusform>
                <numerusform>%n documentos</numerusform>
            </translation>
        </message>
        <message>
            <source>No pages match “%1”.</source>
            <translation>Ninguna página coincide con «%1».</translation>
        </message>
        <message>
            <source>No page has all the words of “%1”; %2 with most of them.</source>
            <translation>Ninguna página contiene todas las palabras de «%1»; se muestran %2 con la mayoría de ellas.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the pages with only some of the words.</source>
            <translation>
                <numerusform>%n de ellas solo contiene algunas de las palabras.</numerusform>
                <numerusform>%n de ellas solo contienen algunas de las palabras.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) in %1 match “%2”.</source>
            <translation>
                <numerusform>%n página en %1 coincide con «%2».</numerusform>
                <numerusform>%n páginas en %1 coinciden con «%2».</numerusform>
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
                <numerusform>%1, %n página coincidente: %2</numerusform>
                <numerusform>%1, %n páginas coincidentes: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>(results of the previous query)</source>
            <translation>(resultados de la consulta anterior)</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n page(s) · has only: %2</source>
            <translation>
                <numerusform>%1 · %n página · solo contiene: %2</numerusform>
                <numerusform>%1 · %n páginas · solo contiene: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n page(s)</source>
            <translation>
                <numerusform>%1 · %n página</numerusform>
                <numerusform>%1 · %n páginas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::SettingsDialog</name>
        <message>
            <source>&amp;Use the model service when indexing and searching</source>
            <translation>&amp;Usar el servicio de modelos al indexar y buscar</translation>
        </message>
        <message>
            <source>&amp;Store Key</source>
            <translation>&amp;Guardar clave</translation>
        </message>
        <message>
            <source>Remo&amp;ve Key</source>
            <translation>&amp;Quitar clave</translation>
        </message>
        <message>
            <source>Se&amp;nd the API key to this server</source>
            <translation>E&amp;nviar la clave de API a este servidor</translation>
        </message>
        <message>
            <source>Ask &amp;Again Before Sending</source>
            <translation>&amp;Volver a preguntar antes de enviar</translation>
        </message>
        <message>
            <source>S&amp;tore</source>
            <translation>Gua&amp;rdar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Send the key to this server</source>
            <translation>Enviar la clave a este servidor</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Caption and embed pages with the model service after indexing (you are asked before anything is sent), and search with every signal.</source>
            <translation>Describir e incrustar las páginas con el servicio de modelos después de indexar (se le pregunta antes de enviar nada) y buscar con todas las señales.</translation>
        </message>
        <message>
            <source>Model service</source>
            <translation>Servicio de modelos</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)</source>
            <translation>Compatible con OpenAI (OpenAI, Ollama, llama.cpp, vLLM)</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <source>Generation model</source>
            <translation>Modelo de generación</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>Modelo de incrustación</translation>
        </message>
        <message>
            <source>Embedding dimension</source>
            <translation>Dimensión de incrustación</translation>
        </message>
        <message>
            <source>Vectors of a library must all have the same size; changing it means embedding the library again.</source>
            <translation>Todos los vectores de una biblioteca deben tener el mismo tamaño; cambiarlo implica volver a incrustar la biblioteca.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <source>Paste a new key to store it</source>
            <translation>Pegue una clave nueva para guardarla</translation>
        </message>
        <message>
            <source>API key status</source>
            <translation>Estado de la clave de API</translation>
        </message>
        <message>
            <source>Delete this service's key from the OS keychain</source>
            <translation>Eliminar la clave de este servicio del llavero del sistema</translation>
        </message>
        <message>
            <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server that asks for one, e.g. llama.cpp started with --api-key.</source>
            <translation>Normalmente la clave solo se envía a servidores https de internet. Marque esta opción para un servidor local o de http simple que la pida, p. ej., llama.cpp iniciado con --api-key.</translation>
        </message>
        <message>
            <source>What this library may send</source>
            <translation>Qué puede enviar esta biblioteca</translation>
        </message>
        <message>
            <source>Never send anything</source>
            <translation>No enviar nunca nada</translation>
        </message>
        <message>
            <source>Page text only (for embeddings)</source>
            <translation>Solo el texto de las páginas (para incrustaciones)</translation>
        </message>
        <message>
            <source>Page text and page images (for captions)</source>
            <translation>Texto e imágenes de las páginas (para descripciones)</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>Aún no elegido</translation>
        </message>
        <message>
            <source>Forget that you agreed to send this library's pages: the preview is shown and your answer asked for again next time.</source>
            <translation>Olvidar que aceptó enviar las páginas de esta biblioteca: la próxima vez se mostrará la vista previa y se le volverá a pedir su respuesta.</translation>
        </message>
        <message>
            <source>Caption requests per minute</source>
            <translation>Solicitudes de descripción por minuto</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Sin límite</translation>
        </message>
        <message>
            <source>Gemini's free tier allows about 10 per minute; local servers need no limit.</source>
            <translation>El nivel gratuito de Gemini permite unas 10 por minuto; los servidores locales no necesitan límite.</translation>
        </message>
        <message>
            <source>Requests in flight</source>
            <translation>Solicitudes simultáneas</translation>
        </message>
        <message>
            <source>Text recognition languages</source>
            <translation>Idiomas de reconocimiento de texto</translation>
        </message>
        <message>
            <source>Language of PageLens</source>
            <translation>Idioma de PageLens</translation>
        </message>
        <message>
            <source>Model Service</source>
            <translation>Servicio de modelos</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Proveedor:</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;Dirección del servidor:</translation>
        </message>
        <message>
            <source>Leave empty for the service's own address. For a local server use its OpenAI-compatible address, e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8080/v1 (llama.cpp server); local servers need no key and get none.</source>
            <translation>Déjelo vacío para usar la dirección propia del servicio. Para un servidor local, use su dirección compatible con OpenAI, p. ej., http://localhost:11434/v1 (Ollama) o http://localhost:8080/v1 (servidor de llama.cpp); los servidores locales no necesitan clave y no se les envía ninguna.</translation>
        </message>
        <message>
            <source>&amp;Generation model:</source>
            <translation>Modelo de gen&amp;eración:</translation>
        </message>
        <message>
            <source>&amp;Embedding model:</source>
            <translation>Modelo de in&amp;crustación:</translation>
        </message>
        <message>
            <source>Embedding &amp;dimension:</source>
            <translation>Di&amp;mensión de incrustación:</translation>
        </message>
        <message>
            <source>API Key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>C&amp;lave:</translation>
        </message>
        <message>
            <source>Keys are stored in the OS keychain, never in PageLens's settings or library files, and are not shown again once stored. GOOGLE_API_KEY, GEMINI_API_KEY or OPENAI_API_KEY in the environment take precedence.</source>
            <translation>Las claves se guardan en el llavero del sistema, nunca en la configuración de PageLens ni en los archivos de la biblioteca, y no se vuelven a mostrar una vez guardadas. GOOGLE_API_KEY, GEMINI_API_KEY u OPENAI_API_KEY en el entorno tienen prioridad.</translation>
        </message>
        <message>
            <source>Privacy of This Library</source>
            <translation>Privacidad de esta biblioteca</translation>
        </message>
        <message>
            <source>&amp;May send:</source>
            <translation>Puede envi&amp;ar:</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>Límites</translation>
        </message>
        <message>
            <source>Caption &amp;requests per minute:</source>
            <translation>S&amp;olicitudes de descripción por minuto:</translation>
        </message>
        <message>
            <source>Requests &amp;in flight:</source>
            <translation>Solicitudes simul&amp;táneas:</translation>
        </message>
        <message>
            <source>Text Recognition</source>
            <translation>Reconocimiento de texto</translation>
        </message>
        <message>
            <source>OCR &amp;languages:</source>
            <translation>Idioma&amp;s de OCR:</translation>
        </message>
        <message>
            <source>Pages without a text layer are read in the checked languages; each extra language makes reading slower. Applies to pages indexed from now on: pages already indexed are not read again. More languages come from packages such as tesseract-ocr-deu (German) or tesseract-ocr-fra (French); their files are in %1.</source>
            <translation>Las páginas sin capa de texto se leen en los idiomas marcados; cada idioma adicional ralentiza la lectura. Se aplica a las páginas que se indexen a partir de ahora: las páginas ya indexadas no se vuelven a leer. Hay más idiomas en paquetes como tesseract-ocr-deu (alemán) o tesseract-ocr-fra (francés); sus archivos están en %1.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Applies the next time PageLens starts. The command line follows the LANG and LC_ALL environment variables.</source>
            <translation>Se aplica la próxima vez que se inicie PageLens. La línea de órdenes sigue las variables de entorno LANG y LC_ALL.</translation>
        </message>
        <message>
            <source>Late-interaction server address</source>
            <translation>Dirección del servidor de interacción tardía</translation>
        </message>
        <message>
            <source>Late-interaction model</source>
            <translation>Modelo de interacción tardía</translation>
        </message>
        <message>
            <source>Late-interaction server API</source>
            <translation>API del servidor de interacción tardía</translation>
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
            <translation>Clave de API del servidor de interacción tardía</translation>
        </message>
        <message>
            <source>Only if the server was started with --api-key</source>
            <translation>Solo si el servidor se inició con --api-key</translation>
        </message>
        <message>
            <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server started with --api-key.</source>
            <translation>Normalmente la clave solo se envía a servidores https de internet. Marque esta opción para un servidor local o de http simple iniciado con --api-key.</translation>
        </message>
        <message>
            <source>Late Interaction (Page Images)</source>
            <translation>Interacción tardía (imágenes de página)</translation>
        </message>
        <message>
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;vidor:</translation>
        </message>
        <message>
            <source>M&amp;odel:</source>
            <translation>M&amp;odelo:</translation>
        </message>
        <message>
            <source>AP&amp;I:</source>
            <translation>AP&amp;I:</translation>
        </message>
        <message>
            <source>Ke&amp;y:</source>
            <translation>Cla&amp;ve:</translation>
        </message>
        <message>
            <source>A ColPali-family server embeds page images for the "late" search signal and the heatmaps, e.g. infinity_emb v2 --model-id vidore/colpali-v1.2-merged, or vllm serve MODEL --runner pooling. Pages are sent only where this library may send page images. PAGELENS_LATE_API_KEY in the environment takes precedence over the keychain.</source>
            <translation>Un servidor de la familia ColPali incrusta imágenes de página para la señal de búsqueda "late" y los mapas de calor, p. ej., infinity_emb v2 --model-id vidore/colpali-v1.2-merged, o vllm serve MODEL --runner pooling. Las páginas solo se envían si esta biblioteca tiene permitido enviar imágenes de página. PAGELENS_LATE_API_KEY en el entorno tiene prioridad sobre el llavero.</translation>
        </message>
        <message>
            <source>Reading the library's setting…</source>
            <translation>Leyendo la configuración de la biblioteca…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>language name, Tesseract code</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No Tesseract language is installed, so pages without a text layer cannot be read.</source>
            <translation>No hay ningún idioma de Tesseract instalado, por lo que no se pueden leer las páginas sin capa de texto.</translation>
        </message>
        <message>
            <source>Check at least one language.</source>
            <translation>Marque al menos un idioma.</translation>
        </message>
        <message>
            <source>Open a library to choose what it may send.</source>
            <translation>Abra una biblioteca para elegir qué puede enviar.</translation>
        </message>
        <message>
            <source>Applies to the library in %1. You are shown what would be sent, and asked once for each kind of data, before anything leaves this computer.</source>
            <translation>Se aplica a la biblioteca en %1. Antes de que nada salga de este equipo, se le muestra qué se enviaría y se le pregunta una vez por cada tipo de datos.</translation>
        </message>
        <message>
            <source>Not chosen yet for the library in %1: you are asked the first time something would leave this computer.</source>
            <translation>Aún no se ha elegido para la biblioteca en %1: se le preguntará la primera vez que algo vaya a salir de este equipo.</translation>
        </message>
        <message>
            <source>You are asked before this library sends anything.</source>
            <translation>Se le pregunta antes de que esta biblioteca envíe nada.</translation>
        </message>
        <message>
            <source>You agreed that this library may send %1 without asking again.</source>
            <translation>Aceptó que esta biblioteca pueda enviar %1 sin volver a preguntar.</translation>
        </message>
        <message>
            <source>Checking the keychain…</source>
            <translation>Comprobando el llavero…</translation>
        </message>
        <message>
            <source>Using the key from the environment variable %1.</source>
            <translation>Se usa la clave de la variable de entorno %1.</translation>
        </message>
        <message>
            <source>A key is stored in the OS keychain.</source>
            <translation>Hay una clave guardada en el llavero del sistema.</translation>
        </message>
        <message>
            <source>No key is stored.</source>
            <translation>No hay ninguna clave guardada.</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1 Install or unlock a keychain (GNOME Keyring or KWallet, reached through the Secret Service), or start PageLens with %2 set in the environment.</source>
            <translation>No se puede leer el llavero: %1 Instale o desbloquee un llavero (GNOME Keyring o KWallet, accesible a través de Secret Service), o inicie PageLens con %2 definida en el entorno.</translation>
        </message>
        <message>
            <source>Storing the key in the OS keychain…</source>
            <translation>Guardando la clave en el llavero del sistema…</translation>
        </message>
        <message>
            <source>The key could not be stored: %1 Install or unlock a keychain (GNOME Keyring or KWallet), or start PageLens with %2 set in the environment instead.</source>
            <translation>No se pudo guardar la clave: %1 Instale o desbloquee un llavero (GNOME Keyring o KWallet), o bien inicie PageLens con %2 definida en el entorno.</translation>
        </message>
        <message>
            <source>The key was stored in the OS keychain.</source>
            <translation>La clave se guardó en el llavero del sistema.</translation>
        </message>
        <message>
            <source>Removing the key from the OS keychain…</source>
            <translation>Quitando la clave del llavero del sistema…</translation>
        </message>
        <message>
            <source>The key could not be removed: %1</source>
            <translation>No se pudo quitar la clave: %1</translation>
        </message>
        <message>
            <source>No key (most local servers need none).</source>
            <translation>Sin clave (la mayoría de los servidores locales no la necesitan).</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1</source>
            <translation>No se puede leer el llavero: %1</translation>
        </message>
        <message>
            <source>The key could not be stored: %1 Set PAGELENS_LATE_API_KEY in the environment instead.</source>
            <translation>No se pudo guardar la clave: %1 Defina PAGELENS_LATE_API_KEY en el entorno en su lugar.</translation>
        </message>
        <message>
            <source>Detect objects while indexing</source>
            <translation>Detectar objetos al indexar</translation>
        </message>
        <message>
            <source>Sends each page image for object detection; needs page images allowed.</source>
            <translation>Envía cada imagen de página para la detección de objetos; las imágenes de las páginas deben estar permitidas.</translation>
        </message>
        <message>
            <source>Detection prompt</source>
            <translation>Instrucción de detección</translation>
        </message>
        <message>
            <source>Detection pro&amp;mpt:</source>
            <translation>Instrucción de detecci&amp;ón:</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ThumbnailStrip</name>
        <message>
            <source>Page thumbnails</source>
            <translation>Miniaturas de las páginas</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Página %1</translation>
        </message>
        <message>
            <source>Page %1 has detected objects</source>
            <translation>La página %1 tiene objetos detectados</translation>
        </message>
        <message>
            <source>Page %1, has detected objects</source>
            <translation>Página %1, con objetos detectados</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ViewerPanel</name>
        <message>
            <source>&amp;Previous Page</source>
            <translation>Página a&amp;nterior</translation>
        </message>
        <message>
            <source>&amp;Next Page</source>
            <translation>Página &amp;siguiente</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Ampliar</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>&amp;Reducir</translation>
        </message>
        <message>
            <source>Fit &amp;Width</source>
            <translation>Ajustar al anc&amp;ho</translation>
        </message>
        <message>
            <source>Fit &amp;Page</source>
            <translation>Ajustar a la pá&amp;gina</translation>
        </message>
        <message>
            <source>&amp;Find in Document…</source>
            <translation>&amp;Buscar en el documento…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Buscar &amp;siguiente</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Buscar &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Select &amp;All on Page</source>
            <translation>Seleccionar &amp;todo en la página</translation>
        </message>
        <message>
            <source>Copy the words selected on the page (drag over the words to select them)</source>
            <translation>Copiar las palabras seleccionadas en la página (arrastre sobre las palabras para seleccionarlas)</translation>
        </message>
        <message>
            <source>Rotate &amp;Left</source>
            <translation>Girar a la &amp;izquierda</translation>
        </message>
        <message>
            <source>Rotate &amp;Right</source>
            <translation>Girar a la &amp;derecha</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Número de página</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>Nivel de ampliación</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Viewer tools</source>
            <translation>Herramientas del visor</translation>
        </message>
        <message>
            <source>search match</source>
            <translation>coincidencia de búsqueda</translation>
        </message>
        <message>
            <source>matched: %1</source>
            <translation>coincidencias: %1</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>de %1</translation>
        </message>
        <message>
            <source>&amp;Continuous</source>
            <translation>&amp;Continuo</translation>
        </message>
        <message>
            <source>Show all pages in one scroll</source>
            <translation>Mostrar todas las páginas en un único desplazamiento</translation>
        </message>
    </context>
    <context>
        <name>ProviderOptions</name>
        <message>
            <source>Model service: gemini (default) or openai.</source>
            <translation>Servicio de modelos: gemini (predeterminado) u openai.</translation>
        </message>
        <message>
            <source>Service address (default: the service's own, or PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL).</source>
            <translation>Dirección del servicio (predeterminado: la propia del servicio, o PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL).</translation>
        </message>
        <message>
            <source>Generation model (gemini: gemini-2.5-flash).</source>
            <translation>Modelo de generación (gemini: gemini-2.5-flash).</translation>
        </message>
        <message>
            <source>Embedding model (gemini: gemini-embedding-001).</source>
            <translation>Modelo de incrustación (gemini: gemini-embedding-001).</translation>
        </message>
        <message>
            <source>Send the API key to an http:// or local/private server too (by default it goes only to public https servers).</source>
            <translation>Enviar la clave de API también a un servidor http:// o local/privado (de forma predeterminada solo se envía a servidores https públicos).</translation>
        </message>
        <message>
            <source>Resize images to at most this width before sending, 16 to 8192 (default 600).</source>
            <translation>Reducir las imágenes a este ancho como máximo antes de enviarlas, de 16 a 8192 (predeterminado: 600).</translation>
        </message>
        <message>
            <source>Image format to send: webp (default), jpeg or png.</source>
            <translation>Formato de imagen que enviar: webp (predeterminado), jpeg o png.</translation>
        </message>
        <message>
            <source>Late-interaction server (infinity), e.g. http://localhost:7997 (default: PAGELENS_LATE_URL).</source>
            <translation>Servidor de interacción tardía (infinity), p. ej., http://localhost:7997 (predeterminado: PAGELENS_LATE_URL).</translation>
        </message>
        <message>
            <source>Its ColPali-family model, e.g. vidore/colpali-v1.2-merged (default: PAGELENS_LATE_MODEL).</source>
            <translation>Su modelo de la familia ColPali, p. ej., vidore/colpali-v1.2-merged (predeterminado: PAGELENS_LATE_MODEL).</translation>
        </message>
        <message>
            <source>How the server sends vectors: base64 (default) or float.</source>
            <translation>Cómo envía el servidor los vectores: base64 (predeterminado) o float.</translation>
        </message>
        <message>
            <source>The server's API: infinity (/embeddings, default) or vllm (/pooling, task token_embed) (default: PAGELENS_LATE_DIALECT).</source>
            <translation>La API del servidor: infinity (/embeddings, predeterminado) o vllm (/pooling, tarea token_embed) (predeterminado: PAGELENS_LATE_DIALECT).</translation>
        </message>
        <message>
            <source>A late-interaction server needs both --late-url and --late-model.</source>
            <translation>Un servidor de interacción tardía requiere tanto --late-url como --late-model.</translation>
        </message>
        <message>
            <source>--late-url takes an http:// or https:// address.</source>
            <translation>--late-url admite una dirección http:// o https://.</translation>
        </message>
        <message>
            <source>--late-encoding takes base64 or float.</source>
            <translation>--late-encoding admite base64 o float.</translation>
        </message>
        <message>
            <source>--late-dialect takes infinity or vllm.</source>
            <translation>--late-dialect admite infinity o vllm.</translation>
        </message>
        <message>
            <source>Unknown provider "%1": use gemini or openai.</source>
            <translation>Proveedor desconocido "%1": use gemini u openai.</translation>
        </message>
        <message>
            <source>No Gemini API key: set GOOGLE_API_KEY or GEMINI_API_KEY, or store a key in the keychain.</source>
            <translation>No hay clave de API de Gemini: defina GOOGLE_API_KEY o GEMINI_API_KEY, o guarde una clave en el llavero.</translation>
        </message>
        <message>
            <source>No OpenAI API key: set OPENAI_API_KEY or store a key in the keychain.</source>
            <translation>No hay clave de API de OpenAI: defina OPENAI_API_KEY o guarde una clave en el llavero.</translation>
        </message>
        <message>
            <source>"%1" is not a page number.</source>
            <translation>"%1" no es un número de página.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>No se puede leer %1.</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>píxeles</translation>
        </message>
        <message>
            <source>%1 has only %2 pages.</source>
            <translation>%1 solo tiene %2 páginas.</translation>
        </message>
    </context>
    <context>
        <name>ServiceFailure</name>
        <message>
            <source>The model service refused the API key. Check that the key is valid and allowed to use this API.</source>
            <translation>El servicio de modelos rechazó la clave de API. Compruebe que la clave sea válida y tenga permiso para usar esta API.</translation>
        </message>
        <message>
            <source>The model service does not know this model. Check the model name (--model or --embed-model).</source>
            <translation>El servicio de modelos no conoce este modelo. Compruebe el nombre del modelo (--model o --embed-model).</translation>
        </message>
        <message>
            <source>The model service stopped the answer before it was complete. Try again.</source>
            <translation>El servicio de modelos detuvo la respuesta antes de completarla. Inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The model service is overloaded or unavailable right now. Try again in a few minutes.</source>
            <translation>El servicio de modelos está sobrecargado o no disponible en este momento. Inténtelo de nuevo dentro de unos minutos.</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached.</source>
            <translation>Se alcanzó el límite de solicitudes del servicio de modelos.</translation>
        </message>
        <message>
            <source>The model service rejected the request: %1</source>
            <translation>El servicio de modelos rechazó la solicitud: %1</translation>
        </message>
        <message>
            <source>The API key is not valid. Set a valid key in GOOGLE_API_KEY or GEMINI_API_KEY, or store one in the keychain.</source>
            <translation>La clave de API no es válida. Defina una clave válida en GOOGLE_API_KEY o GEMINI_API_KEY, o guarde una en el llavero.</translation>
        </message>
        <message>
            <source>The Gemini API is not enabled for this key's project. Enable it in the Google Cloud console.</source>
            <translation>La API de Gemini no está habilitada para el proyecto de esta clave. Habilítela en la consola de Google Cloud.</translation>
        </message>
        <message>
            <source>The daily quota of the model service is used up. Try again tomorrow or use another key.</source>
            <translation>Se agotó la cuota diaria del servicio de modelos. Inténtelo de nuevo mañana o use otra clave.</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached. Try again in %1 seconds.</source>
            <translation>Se alcanzó el límite de solicitudes del servicio de modelos. Inténtelo de nuevo dentro de %1 segundos.</translation>
        </message>
        <message>
            <source>The account of this API key has no quota left. Check the plan and billing of the service.</source>
            <translation>La cuenta de esta clave de API no tiene cuota disponible. Revise el plan y la facturación del servicio.</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached. Try again in a minute.</source>
            <translation>Se alcanzó el límite de solicitudes del servicio de modelos. Inténtelo de nuevo dentro de un minuto.</translation>
        </message>
        <message>
            <source>The model service stopped answering and the request timed out. Check the network and try again.</source>
            <translation>El servicio de modelos dejó de responder y se agotó el tiempo de espera de la solicitud. Compruebe la red e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The model service cannot be reached. Check the network connection and the service address.</source>
            <translation>No se puede acceder al servicio de modelos. Compruebe la conexión de red y la dirección del servicio.</translation>
        </message>
    </context>
    <context>
        <name>UiLanguage</name>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
    </context>
</TS>
