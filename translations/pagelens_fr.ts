<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AccessibleNames</name>
        <message>
            <source>Clear %1</source>
            <translation>Effacer %1</translation>
        </message>
        <message>
            <source>More of %1</source>
            <translation>Plus de %1</translation>
        </message>
    </context>
    <context>
        <name>AgentCommands</name>
        <message>
            <source>Citations that match no page the agent saw (not shown as sources): %1</source>
            <translation>Citations ne correspondant à aucune page vue par l'agent (non affichées comme sources) : %1</translation>
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
            <translation>Poser une question à la bibliothèque (les réponses citent les pages)</translation>
        </message>
        <message>
            <source>What to ask.</source>
            <translation>La question à poser.</translation>
        </message>
        <message>
            <source>Agree to send the question and what the tools find to the model service.</source>
            <translation>Accepter l'envoi de la question et de ce que trouvent les outils au service de modèles.</translation>
        </message>
        <message>
            <source>What may leave the machine for this question: never, text or images (default: the library's setting).</source>
            <translation>Ce qui peut quitter la machine pour cette question : never, text ou images (par défaut : le réglage de la bibliothèque).</translation>
        </message>
        <message>
            <source>Tool rounds before the agent gives up, 1 to 50 (default 8).</source>
            <translation>Nombre de tours d'outils avant que l'agent abandonne, de 1 à 50 (par défaut 8).</translation>
        </message>
        <message>
            <source>Continue this conversation (see --list).</source>
            <translation>Poursuivre cette conversation (voir --list).</translation>
        </message>
        <message>
            <source>List the library's conversations.</source>
            <translation>Lister les conversations de la bibliothèque.</translation>
        </message>
        <message>
            <source>Delete a conversation.</source>
            <translation>Supprimer une conversation.</translation>
        </message>
        <message>
            <source>Show a stored conversation: its questions, steps, answers and sources.</source>
            <translation>Afficher une conversation enregistrée : ses questions, étapes, réponses et sources.</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli ask QUESTION [options] | ask --list | ask --show ID | ask --delete ID</source>
            <translation>Utilisation : pagelens-cli ask QUESTION [options] | ask --list | ask --show ID | ask --delete ID</translation>
        </message>
        <message>
            <source>tool rounds</source>
            <translation>tours d'outils</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy accepte never, text ou images.</translation>
        </message>
        <message>
            <source>Deleted conversation %1.</source>
            <translation>Conversation %1 supprimée.</translation>
        </message>
        <message>
            <source>The library's privacy is "never", so no model was asked.</source>
            <translation>La confidentialité de la bibliothèque est "never" : aucun modèle n'a été interrogé.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>Aucun service de modèles n'est configuré.</translation>
        </message>
        <message>
            <source>Would send to %1 (%2): the question "%3", the page text, captions and snippets the tools find</source>
            <translation>Enverrait à %1 (%2) : la question « %3 », le texte des pages, les légendes et les extraits trouvés par les outils</translation>
        </message>
        <message>
            <source>, and at most %1 page images per step (WEBP, at most 1024 px)</source>
            <translation>, et au plus %1 images de page par étape (WEBP, 1024 px au maximum)</translation>
        </message>
        <message>
            <source>; privacy: %1; at most %2 steps.</source>
            <translation> ; confidentialité : %1 ; au plus %2 étapes.</translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>Rien n'a été envoyé. Relancez avec --yes pour donner votre accord.</translation>
        </message>
        <message>
            <source>Nothing was sent to a model service.</source>
            <translation>Rien n'a été envoyé à un service de modèles.</translation>
        </message>
        <message>
            <source>The agent stopped.</source>
            <translation>L'agent s'est arrêté.</translation>
        </message>
    </context>
    <context>
        <name>AgentTools</name>
        <message numerus="yes">
            <source>searched "%1" → %n page(s)</source>
            <translation>
                <numerusform>a recherché « %1 » → %n page</numerusform>
                <numerusform>a recherché « %1 » → %n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>looked at %1 p. %2</source>
            <translation>a regardé %1 p. %2</translation>
        </message>
        <message>
            <source>read %1 p. %2 (no image sent)</source>
            <translation>a lu %1 p. %2 (aucune image envoyée)</translation>
        </message>
        <message>
            <source>read the text of %1 p. %2</source>
            <translation>a lu le texte de %1 p. %2</translation>
        </message>
        <message numerus="yes">
            <source>found %n object(s) on %1 p. %2</source>
            <translation>
                <numerusform>a trouvé %n objet sur %1 p. %2</numerusform>
                <numerusform>a trouvé %n objets sur %1 p. %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>Échec de %1 : %2</translation>
        </message>
        <message>
            <source>There is no tool named "%1". Use only search_library, view_page, read_page_text and detect_objects.</source>
            <translation>Il n'existe aucun outil nommé « %1 ». Utilisez uniquement search_library, view_page, read_page_text et detect_objects.</translation>
        </message>
        <message>
            <source>refused the undeclared tool "%1"</source>
            <translation>a refusé l'outil non déclaré « %1 »</translation>
        </message>
        <message>
            <source>"%1" must be a whole number.</source>
            <translation>« %1 » doit être un nombre entier.</translation>
        </message>
        <message>
            <source>%1: bad argument "%2"</source>
            <translation>%1 : argument incorrect « %2 »</translation>
        </message>
        <message>
            <source>The arguments do not match %1's declaration: %2</source>
            <translation>Les arguments ne correspondent pas à la déclaration de %1 : %2</translation>
        </message>
        <message>
            <source>%1: invalid arguments</source>
            <translation>%1 : arguments non valides</translation>
        </message>
        <message>
            <source>%1: unknown document "%2"</source>
            <translation>%1 : document inconnu « %2 »</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s); there is no page %2.</source>
            <translation>
                <numerusform>%1 a %n page ; il n'y a pas de page %2.</numerusform>
                <numerusform>%1 a %n pages ; il n'y a pas de page %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no page %2 in %3</source>
            <translation>%1 : pas de page %2 dans %3</translation>
        </message>
        <message>
            <source>Several documents are named "%1"; give the full path from search_library.</source>
            <translation>Plusieurs documents s'appellent « %1 » ; indiquez le chemin complet renvoyé par search_library.</translation>
        </message>
        <message>
            <source>There is no document "%1" in the library; use a path search_library returned.</source>
            <translation>La bibliothèque ne contient aucun document « %1 » ; utilisez un chemin renvoyé par search_library.</translation>
        </message>
        <message>
            <source>The query is empty.</source>
            <translation>La requête est vide.</translation>
        </message>
        <message>
            <source>search: empty query</source>
            <translation>recherche : requête vide</translation>
        </message>
        <message>
            <source>search for "%1" failed</source>
            <translation>la recherche de « %1 » a échoué</translation>
        </message>
        <message>
            <source>could not read %1 p. %2</source>
            <translation>impossible de lire %1 p. %2</translation>
        </message>
        <message>
            <source>Object detection needs the page image, and this library's privacy setting allows text only.</source>
            <translation>La détection d'objets a besoin de l'image de la page, et le réglage de confidentialité de cette bibliothèque n'autorise que le texte.</translation>
        </message>
        <message>
            <source>detect on %1 p. %2: not allowed (privacy)</source>
            <translation>détection sur %1 p. %2 : non autorisée (confidentialité)</translation>
        </message>
        <message>
            <source>No model service is available for object detection.</source>
            <translation>Aucun service de modèles n'est disponible pour la détection d'objets.</translation>
        </message>
        <message>
            <source>detect: no model service</source>
            <translation>détection : aucun service de modèles</translation>
        </message>
        <message>
            <source>detect on %1 p. %2 failed</source>
            <translation>la détection sur %1 p. %2 a échoué</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>No display: running headless (see pagelens-cli --help).</source>
            <translation>Aucun affichage : exécution sans interface graphique (voir pagelens-cli --help).</translation>
        </message>
        <message>
            <source>Search folders of PDFs, scans and images.</source>
            <translation>Rechercher dans des dossiers de PDF, de numérisations et d'images.</translation>
        </message>
        <message>
            <source>Quit once the window is shown and the library is open (and the given paths are indexed); exit status 0 when that worked. For install checks.</source>
            <translation>Quitter dès que la fenêtre est affichée et la bibliothèque ouverte (et les chemins donnés indexés) ; code de sortie 0 en cas de réussite. Pour vérifier une installation.</translation>
        </message>
        <message>
            <source>Open the library in &lt;dir&gt;.</source>
            <translation>Ouvrir la bibliothèque située dans &lt;dossier&gt;.</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>dossier</translation>
        </message>
        <message>
            <source>Log debug detail.</source>
            <translation>Journaliser les détails de débogage.</translation>
        </message>
        <message>
            <source>Files and folders to add to the library.</source>
            <translation>Fichiers et dossiers à ajouter à la bibliothèque.</translation>
        </message>
        <message>
            <source>PageLens started: %1</source>
            <translation>PageLens a démarré : %1</translation>
        </message>
        <message>
            <source>PageLens failed to start: the window is not shown.</source>
            <translation>Échec du démarrage de PageLens : la fenêtre n'est pas affichée.</translation>
        </message>
        <message>
            <source>window shown, library %1 open.</source>
            <translation>fenêtre affichée, bibliothèque %1 ouverte.</translation>
        </message>
        <message>
            <source>window shown, %1 indexed, %2 failed.</source>
            <translation>fenêtre affichée, %1 indexé(s), %2 en échec.</translation>
        </message>
    </context>
    <context>
        <name>BenchCommands</name>
        <message>
            <source>Run a benchmark (bench --help lists them)</source>
            <translation>Exécuter un banc d'essai (bench --help les liste)</translation>
        </message>
        <message>
            <source>Unknown benchmark %1.</source>
            <translation>Banc d'essai inconnu : %1.</translation>
        </message>
        <message>
            <source>Number of vectors (default 10000).</source>
            <translation>Nombre de vecteurs (par défaut 10000).</translation>
        </message>
        <message>
            <source>Dimensions (default 768).</source>
            <translation>Dimensions (par défaut 768).</translation>
        </message>
        <message>
            <source>Number of timed queries (default 200).</source>
            <translation>Nombre de requêtes chronométrées (par défaut 200).</translation>
        </message>
        <message>
            <source>flat, hnsw or auto (default auto: flat below the HNSW threshold).</source>
            <translation>flat, hnsw ou auto (par défaut auto : flat sous le seuil HNSW).</translation>
        </message>
        <message>
            <source>OpenMP and BLAS threads (default: one per core).</source>
            <translation>Threads OpenMP et BLAS (par défaut : un par cœur).</translation>
        </message>
        <message>
            <source>Also time FAISS's own IndexFlatIP search, one query at a time.</source>
            <translation>Chronométrer aussi la recherche IndexFlatIP de FAISS, une requête à la fois.</translation>
        </message>
        <message>
            <source>Folder for the index file (default: a temporary folder).</source>
            <translation>Dossier du fichier d'index (par défaut : un dossier temporaire).</translation>
        </message>
        <message>
            <source>--index is flat, hnsw or auto.</source>
            <translation>--index accepte flat, hnsw ou auto.</translation>
        </message>
        <message>
            <source>Dense index, %1 pages × %2 dimensions, %3, %4 threads (OpenMP %5)</source>
            <translation>Index dense, %1 pages × %2 dimensions, %3, %4 threads (OpenMP %5)</translation>
        </message>
        <message>
            <source>  build %1, save %2, load %3, file %4 MB</source>
            <translation>  construction %1, enregistrement %2, chargement %3, fichier %4 Mo</translation>
        </message>
        <message>
            <source>  query p50 %1, p99 %2 over %3 queries, recall@%4 %5</source>
            <translation>  requête p50 %1, p99 %2 sur %3 requêtes, recall@%4 %5</translation>
        </message>
        <message>
            <source>  scan %1 GB/s, memory read %2 GB/s (bound ratio %3)</source>
            <translation>  parcours %1 Go/s, lecture mémoire %2 Go/s (rapport à la borne %3)</translation>
        </message>
        <message>
            <source>  FAISS IndexFlatIP::search p50 %1</source>
            <translation>  FAISS IndexFlatIP::search p50 %1</translation>
        </message>
        <message>
            <source>  BLAS: %1; FAISS build: %2</source>
            <translation>  BLAS : %1 ; construction FAISS : %2</translation>
        </message>
        <message>
            <source>Number of pages (default 10000).</source>
            <translation>Nombre de pages (par défaut 10000).</translation>
        </message>
        <message>
            <source>Vectors per page (default 1030: ColPali's 32 × 32 grid and 6 more).</source>
            <translation>Vecteurs par page (par défaut 1030 : la grille 32 × 32 de ColPali plus 6).</translation>
        </message>
        <message>
            <source>Dimensions (default 128).</source>
            <translation>Dimensions (par défaut 128).</translation>
        </message>
        <message>
            <source>Vectors per query (default 20).</source>
            <translation>Vecteurs par requête (par défaut 20).</translation>
        </message>
        <message>
            <source>Number of timed queries (default 20).</source>
            <translation>Nombre de requêtes chronométrées (par défaut 20).</translation>
        </message>
        <message>
            <source>Search threads (default: one per core).</source>
            <translation>Threads de recherche (par défaut : un par cœur).</translation>
        </message>
        <message>
            <source>Patches per pooled vector of the candidate stage (default 32).</source>
            <translation>Patchs par vecteur regroupé à l'étape de présélection (par défaut 32).</translation>
        </message>
        <message>
            <source>Pages reranked exactly by the two-stage search (default 256).</source>
            <translation>Pages reclassées de façon exacte par la recherche en deux étapes (par défaut 256).</translation>
        </message>
        <message>
            <source>Folder for the vector file (default: a temporary folder).</source>
            <translation>Dossier du fichier de vecteurs (par défaut : un dossier temporaire).</translation>
        </message>
        <message>
            <source>Keep the vector file in --dir and reuse it when the pages, vectors, dimensions and pool factor match.</source>
            <translation>Conserver le fichier de vecteurs dans --dir et le réutiliser si les pages, vecteurs, dimensions et facteur de regroupement correspondent.</translation>
        </message>
        <message>
            <source>--keep needs --dir.</source>
            <translation>--keep nécessite --dir.</translation>
        </message>
        <message>
            <source>MaxSim, %1 pages × %2 vectors × %3 dimensions, %4 query tokens, kernel %5, %6 threads</source>
            <translation>MaxSim, %1 pages × %2 vecteurs × %3 dimensions, %4 jetons de requête, noyau %5, %6 threads</translation>
        </message>
        <message>
            <source>  write %1, open %2, file %3 MB; %4 bytes per page mapped, %5 resident</source>
            <translation>  écriture %1, ouverture %2, fichier %3 Mo ; %4 octets par page projetés, %5 résidents</translation>
        </message>
        <message>
            <source>  exact p50 %1, p99 %2; memory roofline %3 at %4 GB/s (ratio %5)</source>
            <translation>  exact p50 %1, p99 %2 ; plafond mémoire %3 à %4 Go/s (rapport %5)</translation>
        </message>
        <message>
            <source>  two-stage p50 %1, p99 %2 (pool factor %3, %4 candidates), recall@%5 %6 over %7 queries</source>
            <translation>  deux étapes p50 %1, p99 %2 (facteur de regroupement %3, %4 candidats), recall@%5 %6 sur %7 requêtes</translation>
        </message>
        <message>
            <source>Number of timed steps (default 30).</source>
            <translation>Nombre d'étapes chronométrées (par défaut 30).</translation>
        </message>
        <message>
            <source>The page view_page shows (default: the first image of the seed notebook, when found).</source>
            <translation>La page que view_page affiche (par défaut : la première image du notebook de départ, s'il est trouvé).</translation>
        </message>
        <message>
            <source>--pages needs at least 20.</source>
            <translation>--pages nécessite au moins 20.</translation>
        </message>
    </context>
    <context>
        <name>CliApp</name>
        <message>
            <source>Usage: pagelens-cli [--library DIR] [--json] [--verbose] COMMAND [ARGS...]</source>
            <translation>Utilisation : pagelens-cli [--library DOSSIER] [--json] [--verbose] COMMANDE [ARGUMENTS...]</translation>
        </message>
        <message>
            <source>       pagelens-cli --version | --help</source>
            <translation>              pagelens-cli --version | --help</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commandes :</translation>
        </message>
        <message>
            <source>Exit codes: 0 ok, 1 usage, 2 some inputs failed, 3 model service error.</source>
            <translation>Codes de sortie : 0 succès, 1 utilisation incorrecte, 2 échec de certaines entrées, 3 erreur du service de modèles.</translation>
        </message>
        <message>
            <source>--library needs a folder.</source>
            <translation>--library nécessite un dossier.</translation>
        </message>
        <message>
            <source>Unknown option %1.</source>
            <translation>Option inconnue : %1.</translation>
        </message>
        <message>
            <source>Unknown command %1.</source>
            <translation>Commande inconnue : %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsentStore</name>
        <message>
            <source>page text and page images</source>
            <translation>texte et images des pages</translation>
        </message>
        <message>
            <source>page text</source>
            <translation>texte des pages</translation>
        </message>
        <message>
            <source>page images</source>
            <translation>images des pages</translation>
        </message>
    </context>
    <context>
        <name>ConversationStore</name>
        <message>
            <source>The conversation could not be read.</source>
            <translation>Impossible de lire la conversation.</translation>
        </message>
        <message>
            <source>There is no conversation "%1" in this library (see ask --list).</source>
            <translation>Cette bibliothèque ne contient aucune conversation « %1 » (voir ask --list).</translation>
        </message>
        <message>
            <source>The conversation could not be saved.</source>
            <translation>Impossible d'enregistrer la conversation.</translation>
        </message>
        <message>
            <source>The conversations could not be read.</source>
            <translation>Impossible de lire les conversations.</translation>
        </message>
        <message>
            <source>The conversation could not be deleted.</source>
            <translation>Impossible de supprimer la conversation.</translation>
        </message>
    </context>
    <context>
        <name>DetectionCommands</name>
        <message>
            <source>List the objects stored for a library page</source>
            <translation>Lister les objets enregistrés pour une page de la bibliothèque</translation>
        </message>
        <message>
            <source>A page of a library document.</source>
            <translation>Une page d'un document de la bibliothèque.</translation>
        </message>
        <message>
            <source>Keep the detections in the library (replacing this page's for the same prompt).</source>
            <translation>Conserver les détections dans la bibliothèque (en remplaçant celles de cette page pour la même consigne).</translation>
        </message>
        <message>
            <source>The instruction sent with the page.</source>
            <translation>La consigne envoyée avec la page.</translation>
        </message>
        <message>
            <source>Longest side of the page image sent, 64 to 4096 pixels (default %1).</source>
            <translation>Côté le plus long de l'image de page envoyée, de 64 à 4096 pixels (par défaut %1).</translation>
        </message>
        <message>
            <source>What may leave the machine in this run: never, text or images (default: the library's setting).</source>
            <translation>Ce qui peut quitter la machine lors de cette exécution : never, text ou images (par défaut : le réglage de la bibliothèque).</translation>
        </message>
        <message>
            <source>Agree to send the page image.</source>
            <translation>Accepter l'envoi de l'image de la page.</translation>
        </message>
        <message>
            <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
            <translation>Secondes d'attente pendant qu'une autre instance de PageLens écrit dans la bibliothèque (par défaut 600).</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>pixels</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy accepte never, text ou images.</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which the privacy setting (%1) does not allow; nothing was sent. Use --privacy images for this run.</source>
            <translation>La détection d'objets envoie l'image de la page, ce que le réglage de confidentialité (%1) n'autorise pas ; rien n'a été envoyé. Utilisez --privacy images pour cette exécution.</translation>
        </message>
        <message>
            <source>Object detection sends 1 page image (%1, longest side %2 px) to %3 at %4.</source>
            <translation>La détection d'objets envoie 1 image de page (%1, côté le plus long %2 px) à %3 à l'adresse %4.</translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>Rien n'a été envoyé. Relancez avec --yes pour donner votre accord.</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) stored for %1.</source>
            <translation>
                <numerusform>%n objet enregistré pour %1.</numerusform>
                <numerusform>%n objets enregistrés pour %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetectionLayer</name>
        <message>
            <source>detected</source>
            <translation>détecté</translation>
        </message>
        <message>
            <source>detected by %1</source>
            <translation>détecté par %1</translation>
        </message>
        <message>
            <source>prompt “%1”</source>
            <translation>consigne « %1 »</translation>
        </message>
    </context>
    <context>
        <name>ExtractiveAnswer</name>
        <message>
            <source>Search results for "%1" (%2 These are passages from your library, not an answer.)</source>
            <translation>Résultats de recherche pour « %1 » (%2 Ce sont des passages de votre bibliothèque, pas une réponse.)</translation>
        </message>
        <message>
            <source>No page matches.</source>
            <translation>Aucune page ne correspond.</translation>
        </message>
    </context>
    <context>
        <name>GeminiCodec</name>
        <message>
            <source>The model service blocked the request for safety reasons (%1).</source>
            <translation>Le service de modèles a bloqué la requête pour des raisons de sécurité (%1).</translation>
        </message>
        <message>
            <source>The model service blocked the answer for safety reasons (%1).</source>
            <translation>Le service de modèles a bloqué la réponse pour des raisons de sécurité (%1).</translation>
        </message>
        <message>
            <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
            <translation>La réponse a été tronquée par le nombre maximal de jetons de sortie. Autorisez davantage de jetons et réessayez.</translation>
        </message>
        <message>
            <source>The model service returned no answer (finish reason: %1).</source>
            <translation>Le service de modèles n'a renvoyé aucune réponse (motif de fin : %1).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>The model service returned an embedding with invalid values.</source>
            <translation>Le service de modèles a renvoyé un plongement contenant des valeurs non valides.</translation>
        </message>
        <message>
            <source>The model service returned an empty embedding.</source>
            <translation>Le service de modèles a renvoyé un plongement vide.</translation>
        </message>
        <message>
            <source>The model service returned %1 embeddings for %2 texts.</source>
            <translation>Le service de modèles a renvoyé %1 plongements pour %2 textes.</translation>
        </message>
    </context>
    <context>
        <name>HeatmapCommands</name>
        <message>
            <source>Where on a page a query matched (late interaction, else term matches)</source>
            <translation>Où une requête correspond sur une page (interaction tardive, sinon correspondances de termes)</translation>
        </message>
        <message>
            <source>The query.</source>
            <translation>La requête.</translation>
        </message>
        <message>
            <source>The page (1-based).</source>
            <translation>La page (numérotée à partir de 1).</translation>
        </message>
        <message>
            <source>Write the page with the heatmap and a legend to this PNG.</source>
            <translation>Écrire la page avec la carte de chaleur et une légende dans ce fichier PNG.</translation>
        </message>
        <message>
            <source>Password of an encrypted PDF.</source>
            <translation>Mot de passe d'un PDF chiffré.</translation>
        </message>
        <message>
            <source>Send PAGELENS_LATE_API_KEY to an http:// or local server too.</source>
            <translation>Envoyer aussi PAGELENS_LATE_API_KEY à un serveur http:// ou local.</translation>
        </message>
        <message>
            <source>"%1" is not a page number.</source>
            <translation>« %1 » n'est pas un numéro de page.</translation>
        </message>
        <message>
            <source>The query has no words to map.</source>
            <translation>La requête ne contient aucun mot à cartographier.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 a %n page.</numerusform>
                <numerusform>%1 a %n pages.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing term matches instead.</source>
            <translation>Affichage des correspondances de termes à la place.</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>Impossible d'écrire %1.</translation>
        </message>
        <message>
            <source>%1 heatmap, %2 x %3 cells; strongest at x=%4, y=%5 of the page</source>
            <translation>Carte de chaleur %1, %2 x %3 cellules ; intensité maximale à x=%4, y=%5 de la page</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>Écrit : %1</translation>
        </message>
    </context>
    <context>
        <name>HeatmapLayer</name>
        <message>
            <source>%1 at x %2–%3, y %4–%5 of the page</source>
            <translation>%1 à x %2–%3, y %4–%5 de la page</translation>
        </message>
    </context>
    <context>
        <name>IndexRunner</name>
        <message>
            <source>Password to try on documents that need one.</source>
            <translation>Mot de passe à essayer sur les documents qui en demandent un.</translation>
        </message>
        <message>
            <source>Tesseract languages, e.g. eng+deu (default eng).</source>
            <translation>Langues Tesseract, par ex. eng+deu (par défaut eng).</translation>
        </message>
        <message>
            <source>Render/OCR threads, 0 to 256 (default 0: one per core).</source>
            <translation>Threads de rendu et d'OCR, de 0 à 256 (par défaut 0 : un par cœur).</translation>
        </message>
        <message>
            <source>Seconds a document reader may take on one page, 1 to 3600 (default 60); a file that takes longer fails.</source>
            <translation>Secondes que peut prendre un lecteur de documents pour une page, de 1 à 3600 (par défaut 60) ; un fichier plus lent est en échec.</translation>
        </message>
        <message>
            <source>What may leave the machine in this run: never, text or images (default: the library's setting).</source>
            <translation>Ce qui peut quitter la machine lors de cette exécution : never, text ou images (par défaut : le réglage de la bibliothèque).</translation>
        </message>
        <message>
            <source>Agree to the egress and cost preview and send.</source>
            <translation>Accepter l'aperçu des envois et des coûts, et envoyer.</translation>
        </message>
        <message>
            <source>Embedding dimension, 1 to 8192 (default 768).</source>
            <translation>Dimension des plongements, de 1 à 8192 (par défaut 768).</translation>
        </message>
        <message>
            <source>Embed page text only; send no page images.</source>
            <translation>Vectoriser uniquement le texte des pages ; n'envoyer aucune image de page.</translation>
        </message>
        <message>
            <source>Caption requests per minute, 0 (no limit) to 1000 (default 10, Gemini's free tier).</source>
            <translation>Requêtes de légende par minute, de 0 (aucune limite) à 1000 (par défaut 10, offre gratuite de Gemini).</translation>
        </message>
        <message>
            <source>Caption requests at once, 1 to 32 (default 2).</source>
            <translation>Requêtes de légende simultanées, de 1 à 32 (par défaut 2).</translation>
        </message>
        <message>
            <source>Replace vectors made with another embedding model or dimension.</source>
            <translation>Remplacer les vecteurs créés avec un autre modèle de plongement ou une autre dimension.</translation>
        </message>
        <message>
            <source>Seconds to wait while another PageLens writes to the library (default 600).</source>
            <translation>Secondes d'attente pendant qu'une autre instance de PageLens écrit dans la bibliothèque (par défaut 600).</translation>
        </message>
        <message>
            <source>render/OCR threads; 0: one per core</source>
            <translation>threads de rendu et d'OCR ; 0 : un par cœur</translation>
        </message>
        <message>
            <source>seconds per page</source>
            <translation>secondes par page</translation>
        </message>
        <message>
            <source>embedding dimensions</source>
            <translation>dimensions des plongements</translation>
        </message>
        <message>
            <source>caption requests per minute; 0: no limit</source>
            <translation>requêtes de légende par minute ; 0 : aucune limite</translation>
        </message>
        <message>
            <source>caption requests at once</source>
            <translation>requêtes de légende simultanées</translation>
        </message>
        <message>
            <source>--privacy takes never, text or images.</source>
            <translation>--privacy accepte never, text ou images.</translation>
        </message>
        <message>
            <source>Late interaction: every page is embedded with %1.</source>
            <translation>Interaction tardive : chaque page est vectorisée avec %1.</translation>
        </message>
        <message>
            <source>Late interaction sends page images, which the privacy setting (%1) does not allow; nothing was sent.</source>
            <translation>L'interaction tardive envoie des images de page, ce que le réglage de confidentialité (%1) n'autorise pas ; rien n'a été envoyé.</translation>
        </message>
        <message numerus="yes">
            <source>Late interaction: %n page image(s) would be sent to %1 (%2).</source>
            <translation>
                <numerusform>Interaction tardive : %n image de page serait envoyée à %1 (%2).</numerusform>
                <numerusform>Interaction tardive : %n images de page seraient envoyées à %1 (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent. Run again with --yes to agree.</source>
            <translation>Rien n'a été envoyé. Relancez avec --yes pour donner votre accord.</translation>
        </message>
        <message>
            <source>%1 pages embedded for late interaction, %2 could not be read, %3 requests%4</source>
            <translation>%1 pages vectorisées pour l'interaction tardive, %2 illisibles, %3 requêtes%4</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (annulé)</translation>
        </message>
        <message numerus="yes">
            <source>indexed  %1 (%n page(s))</source>
            <translation>
                <numerusform>indexé   %1 (%n page)</numerusform>
                <numerusform>indexé   %1 (%n pages)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>partial  %1: %2 of %n page(s) could not be read</source>
            <translation>
                <numerusform>partiel  %1 : %2 sur %n page illisible</numerusform>
                <numerusform>partiel  %1 : %2 sur %n pages illisible(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>page %1: %2</source>
            <translation>page %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) left "indexing" by an interrupted run were reset to pending.</source>
            <translation>
                <numerusform>%n document laissé « en cours d'indexation » par une exécution interrompue a été remis en attente.</numerusform>
                <numerusform>%n documents laissés « en cours d'indexation » par une exécution interrompue ont été remis en attente.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) kept changing while they were read and stay pending.</source>
            <translation>
                <numerusform>%n document a changé pendant sa lecture et reste en attente.</numerusform>
                <numerusform>%n documents ont changé pendant leur lecture et restent en attente.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 indexed, %2 with errors, %3 failed, %4 need a password; %5 pages (%6 text layer, %7 OCR) in %8 s%9</source>
            <translation>%1 indexés, %2 avec erreurs, %3 en échec, %4 nécessitent un mot de passe ; %5 pages (%6 couche de texte, %7 OCR) en %8 s%9</translation>
        </message>
        <message>
            <source>%1 captioned, %2 embedded, %3 refused by the model, %4 requests%5</source>
            <translation>%1 légendées, %2 vectorisées, %3 refusées par le modèle, %4 requêtes%5</translation>
        </message>
        <message>
            <source>Also detect objects on every page not yet detected (sends page images).</source>
            <translation>Détecter aussi les objets sur chaque page pas encore analysée (envoie des images des pages).</translation>
        </message>
        <message>
            <source>The prompt for --detect (default: the library's, else prominent items).</source>
            <translation>La consigne pour --detect (par défaut : celle de la bibliothèque, sinon les éléments saillants).</translation>
        </message>
        <message>
            <source>%1 pages detected, %2 unusable answers (asked again next run)</source>
            <translation>%1 pages analysées, %2 réponses inutilisables (redemandées à la prochaine exécution)</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommands</name>
        <message>
            <source>--type takes pdf, image or scan, not "%1".</source>
            <translation>--type accepte pdf, image ou scan, pas « %1 ».</translation>
        </message>
        <message>
            <source>--%1 takes a day such as 2024-05-31.</source>
            <translation>--%1 accepte une date comme 2024-05-31.</translation>
        </message>
        <message>
            <source>--sort takes relevance, name or date.</source>
            <translation>--sort accepte relevance, name ou date.</translation>
        </message>
        <message>
            <source>Add files and folders to the library and index them</source>
            <translation>Ajouter des fichiers et des dossiers à la bibliothèque et les indexer</translation>
        </message>
        <message>
            <source>Pick up changes and index pending documents</source>
            <translation>Prendre en compte les modifications et indexer les documents en attente</translation>
        </message>
        <message>
            <source>List the documents and their state</source>
            <translation>Lister les documents et leur état</translation>
        </message>
        <message>
            <source>Take documents or folders out of the library (the files stay)</source>
            <translation>Retirer des documents ou des dossiers de la bibliothèque (les fichiers sont conservés)</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Rechercher dans la bibliothèque</translation>
        </message>
        <message>
            <source>Find words in one document: every occurrence, page by page, with boxes</source>
            <translation>Trouver des mots dans un document : chaque occurrence, page par page, avec les cadres</translation>
        </message>
        <message>
            <source>Render a page to an image, with layers</source>
            <translation>Effectuer le rendu d'une page dans une image, avec les calques</translation>
        </message>
        <message>
            <source>Run a relevance set: Recall@5, MRR@10, nDCG@5</source>
            <translation>Évaluer un jeu de pertinence : Recall@5, MRR@10, nDCG@5</translation>
        </message>
        <message>
            <source>Check the catalog; rebuild its indexes, or a new catalog from the library's files</source>
            <translation>Vérifier le catalogue ; reconstruire ses index, ou un nouveau catalogue à partir des fichiers de la bibliothèque</translation>
        </message>
        <message>
            <source>Files and folders to add.</source>
            <translation>Fichiers et dossiers à ajouter.</translation>
        </message>
        <message>
            <source>page %1: %2</source>
            <translation>page %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) left "indexing" by an interrupted run were reset to pending.</source>
            <translation>
                <numerusform>%n document laissé « en cours d'indexation » par une exécution interrompue a été remis en attente.</numerusform>
                <numerusform>%n documents laissés « en cours d'indexation » par une exécution interrompue ont été remis en attente.</numerusform>
            </translation>
        </message>
        <message>
            <source>The library is read-only: search, status and render work; add and index do not.</source>
            <translation>La bibliothèque est en lecture seule : search, status et render fonctionnent, add et index non.</translation>
        </message>
        <message>
            <source>Documents or folders to take out of the library.</source>
            <translation>Documents ou dossiers à retirer de la bibliothèque.</translation>
        </message>
        <message>
            <source>Seconds to wait for another PageLens writing to the library (default 600).</source>
            <translation>Secondes d'attente pendant qu'une autre instance de PageLens écrit dans la bibliothèque (par défaut 600).</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n document(s) from the library; the files were not touched.</source>
            <translation>
                <numerusform>%n document retiré de la bibliothèque ; les fichiers n'ont pas été modifiés.</numerusform>
                <numerusform>%n documents retirés de la bibliothèque ; les fichiers n'ont pas été modifiés.</numerusform>
            </translation>
        </message>
        <message>
            <source>What to look for.</source>
            <translation>Ce qu'il faut chercher.</translation>
        </message>
        <message>
            <source>Number of hits, 1 to 1000 (default 10).</source>
            <translation>Nombre de résultats, de 1 à 1000 (par défaut 10).</translation>
        </message>
        <message>
            <source>Only the signals that need no model service (bm25, objects), as the window searches while you type.</source>
            <translation>Uniquement les signaux qui ne nécessitent aucun service de modèles (bm25, objects), comme la recherche de la fenêtre pendant la saisie.</translation>
        </message>
        <message>
            <source>Only documents at or below this folder.</source>
            <translation>Uniquement les documents situés dans ce dossier ou ses sous-dossiers.</translation>
        </message>
        <message>
            <source>Only these document types: pdf, image, scan (comma-separated).</source>
            <translation>Uniquement ces types de documents : pdf, image, scan (séparés par des virgules).</translation>
        </message>
        <message>
            <source>Only documents modified on or after this day.</source>
            <translation>Uniquement les documents modifiés à partir de ce jour.</translation>
        </message>
        <message>
            <source>Only documents modified on or before this day.</source>
            <translation>Uniquement les documents modifiés jusqu'à ce jour inclus.</translation>
        </message>
        <message>
            <source>Order of the hits: relevance (default), name, date (newest first).</source>
            <translation>Ordre des résultats : relevance (pertinence, par défaut), name (nom), date (plus récents en premier).</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli search QUERY [options]</source>
            <translation>Utilisation : pagelens-cli search REQUÊTE [options]</translation>
        </message>
        <message>
            <source>Query syntax:</source>
            <translation>Syntaxe des requêtes :</translation>
        </message>
        <message>
            <source>Quote the whole query for the shell; a query that starts with '-' goes after --.</source>
            <translation>Mettez toute la requête entre guillemets pour le shell ; une requête qui commence par '-' se place après --.</translation>
        </message>
        <message>
            <source>hits to show</source>
            <translation>résultats à afficher</translation>
        </message>
        <message>
            <source>No page has all the words; pages with most of them:</source>
            <translation>Aucune page ne contient tous les mots ; pages qui en contiennent le plus :</translation>
        </message>
        <message>
            <source>Pages with some of the words:</source>
            <translation>Pages contenant certains des mots :</translation>
        </message>
        <message>
            <source>The words to find, in this order.</source>
            <translation>Les mots à trouver, dans cet ordre.</translation>
        </message>
        <message>
            <source>A document of the library.</source>
            <translation>Un document de la bibliothèque.</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>The page to render.</source>
            <translation>La page dont effectuer le rendu.</translation>
        </message>
        <message>
            <source>Output image file.</source>
            <translation>Fichier image de sortie.</translation>
        </message>
        <message>
            <source>Resolution (default 150).</source>
            <translation>Résolution (par défaut 150).</translation>
        </message>
        <message>
            <source>Password of an encrypted PDF.</source>
            <translation>Mot de passe d'un PDF chiffré.</translation>
        </message>
        <message>
            <source>Draw these layers of a library page: detections, hits (with --query).</source>
            <translation>Dessiner ces calques d'une page de la bibliothèque : detections, hits (avec --query).</translation>
        </message>
        <message>
            <source>The search whose hit boxes the hits layer draws.</source>
            <translation>La recherche dont le calque hits dessine les cadres des résultats.</translation>
        </message>
        <message>
            <source>--layers takes detections and hits, not "%1".</source>
            <translation>--layers accepte detections et hits, pas « %1 ».</translation>
        </message>
        <message>
            <source>The hits layer needs --query.</source>
            <translation>Le calque hits nécessite --query.</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli render PATH#PAGE -o OUT.png [--dpi N] (%1-%2 dpi)</source>
            <translation>Utilisation : pagelens-cli render CHEMIN#PAGE -o SORTIE.png [--dpi N] (%1-%2 dpi)</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 a %n page.</numerusform>
                <numerusform>%1 a %n pages.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>Impossible d'écrire %1.</translation>
        </message>
        <message>
            <source>Relevance set (TSV).</source>
            <translation>Jeu de pertinence (TSV).</translation>
        </message>
        <message>
            <source>Folder the relevance set's paths are relative to.</source>
            <translation>Dossier par rapport auquel les chemins du jeu de pertinence sont relatifs.</translation>
        </message>
        <message>
            <source>Catalog check: %1</source>
            <translation>Vérification du catalogue : %1</translation>
        </message>
        <message>
            <source>Text indexes (pages_fts, pages_trigram) rebuilt from the catalog's pages.</source>
            <translation>Index de texte (pages_fts, pages_trigram) reconstruits à partir des pages du catalogue.</translation>
        </message>
        <message numerus="yes">
            <source>Dense index rebuilt from the catalog: %n vector(s).</source>
            <translation>
                <numerusform>Index dense reconstruit à partir du catalogue : %n vecteur.</numerusform>
                <numerusform>Index dense reconstruit à partir du catalogue : %n vecteurs.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows were lost, so a new catalog was made. The damaged one is kept at %1.</source>
            <translation>Des lignes ont été perdues ; un nouveau catalogue a donc été créé. L'ancien, endommagé, est conservé dans %1.</translation>
        </message>
        <message numerus="yes">
            <source>Added again from the files the library knew (%n folder(s) and file(s)):</source>
            <translation>
                <numerusform>Rajoutés à partir des fichiers connus de la bibliothèque (%n dossier ou fichier) :</numerusform>
                <numerusform>Rajoutés à partir des fichiers connus de la bibliothèque (%n dossiers et fichiers) :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) read again.</source>
            <translation>
                <numerusform>%n document relu.</numerusform>
                <numerusform>%n documents relus.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaGuard</name>
        <message>
            <source>A media part has no MIME type.</source>
            <translation>Une partie média n'a pas de type MIME.</translation>
        </message>
        <message>
            <source>The model service cannot read %1 content.</source>
            <translation>Le service de modèles ne peut pas lire le contenu %1.</translation>
        </message>
        <message>
            <source>A media part has no content.</source>
            <translation>Une partie média n'a pas de contenu.</translation>
        </message>
        <message>
            <source>%1 is too large to send (%2 MB, limit %3 MB).</source>
            <translation>%1 est trop volumineux pour être envoyé (%2 Mo, limite %3 Mo).</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>The %1 content is too large to send inline (%2 MB, limit %3 MB).</source>
            <translation>Le contenu %1 est trop volumineux pour être envoyé en ligne (%2 Mo, limite %3 Mo).</translation>
        </message>
        <message>
            <source>The %1 content is too large to upload (%2 MB, limit %3 MB).</source>
            <translation>Le contenu %1 est trop volumineux pour être téléversé (%2 Mo, limite %3 Mo).</translation>
        </message>
        <message>
            <source>The request is too large to send inline (%1 MB, limit %2 MB).</source>
            <translation>La requête est trop volumineuse pour être envoyée en ligne (%1 Mo, limite %2 Mo).</translation>
        </message>
    </context>
    <context>
        <name>ModelCommands</name>
        <message>
            <source>Describe an image or a page with the model</source>
            <translation>Décrire une image ou une page avec le modèle</translation>
        </message>
        <message>
            <source>Describe the difference between two images</source>
            <translation>Décrire la différence entre deux images</translation>
        </message>
        <message>
            <source>Summarize a whole PDF with the model</source>
            <translation>Résumer un PDF entier avec le modèle</translation>
        </message>
        <message>
            <source>Detect objects: labels and boxes (pixels, or stored for a library page)</source>
            <translation>Détecter des objets : étiquettes et cadres (en pixels, ou enregistrés pour une page de la bibliothèque)</translation>
        </message>
        <message>
            <source>Print embedding vectors of texts</source>
            <translation>Afficher les vecteurs de plongement de textes</translation>
        </message>
        <message>
            <source>Image, or PDF page as FILE#PAGE.</source>
            <translation>Image, ou page de PDF sous la forme FICHIER#PAGE.</translation>
        </message>
        <message>
            <source>Two images (or PDF pages as FILE#PAGE).</source>
            <translation>Deux images (ou pages de PDF sous la forme FICHIER#PAGE).</translation>
        </message>
        <message>
            <source>A PDF file.</source>
            <translation>Un fichier PDF.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>Impossible de lire %1.</translation>
        </message>
        <message>
            <source>%1 is not a PDF file.</source>
            <translation>%1 n'est pas un fichier PDF.</translation>
        </message>
        <message>
            <source>Write the image with boxes and labels to this PNG.</source>
            <translation>Écrire l'image avec les cadres et les étiquettes dans ce fichier PNG.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Impossible d'écrire %1.</translation>
        </message>
        <message>
            <source>Image size: %1 x %2</source>
            <translation>Taille de l'image : %1 x %2</translation>
        </message>
        <message>
            <source>Texts to embed.</source>
            <translation>Textes à vectoriser.</translation>
        </message>
        <message>
            <source>query or document (default).</source>
            <translation>query ou document (par défaut).</translation>
        </message>
        <message>
            <source>Output dimensions, 1 to 8192 (default: the model's).</source>
            <translation>Dimensions de sortie, de 1 à 8192 (par défaut : celles du modèle).</translation>
        </message>
        <message>
            <source>--task takes query or document.</source>
            <translation>--task accepte query ou document.</translation>
        </message>
        <message>
            <source>output dimensions</source>
            <translation>dimensions de sortie</translation>
        </message>
        <message>
            <source>%1 (%2 dimensions): [%3, ...]</source>
            <translation>%1 (%2 dimensions) : [%3, ...]</translation>
        </message>
    </context>
    <context>
        <name>ObjectDetector</name>
        <message>
            <source>The model did not return any bounding boxes.</source>
            <translation>Le modèle n'a renvoyé aucun cadre englobant.</translation>
        </message>
        <message>
            <source>The model returned a bounding box without four coordinates.</source>
            <translation>Le modèle a renvoyé un cadre englobant sans quatre coordonnées.</translation>
        </message>
        <message>
            <source>The model returned a bounding box without a label.</source>
            <translation>Le modèle a renvoyé un cadre englobant sans étiquette.</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) reached outside the image and were cut at its edge.</source>
            <translation>
                <numerusform>%n cadre dépassait de l'image et a été coupé à son bord.</numerusform>
                <numerusform>%n cadres dépassaient de l'image et ont été coupés à son bord.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) had their corners the wrong way round and were turned.</source>
            <translation>
                <numerusform>%n cadre avait ses coins inversés et a été redressé.</numerusform>
                <numerusform>%n cadres avaient leurs coins inversés et ont été redressés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) without area were dropped.</source>
            <translation>
                <numerusform>%n cadre sans surface a été supprimé.</numerusform>
                <numerusform>%n cadres sans surface ont été supprimés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segmentation mask(s) could not be read; their boxes are kept.</source>
            <translation>
                <numerusform>%n masque de segmentation illisible ; son cadre est conservé.</numerusform>
                <numerusform>%n masques de segmentation illisibles ; leurs cadres sont conservés.</numerusform>
            </translation>
        </message>
        <message>
            <source>The model found %1 objects; the first %2 are kept.</source>
            <translation>Le modèle a trouvé %1 objets ; les %2 premiers sont conservés.</translation>
        </message>
    </context>
    <context>
        <name>OpenAiCodec</name>
        <message>
            <source>This model service cannot read %1 links; send the file itself.</source>
            <translation>Ce service de modèles ne peut pas lire les liens %1 ; envoyez le fichier lui-même.</translation>
        </message>
        <message>
            <source>This model service cannot read PDF files; send page images instead.</source>
            <translation>Ce service de modèles ne peut pas lire les fichiers PDF ; envoyez plutôt des images des pages.</translation>
        </message>
        <message>
            <source>The model service refused to answer (content filter).</source>
            <translation>Le service de modèles a refusé de répondre (filtre de contenu).</translation>
        </message>
        <message>
            <source>The answer was cut off by the maximum number of output tokens. Allow more tokens and try again.</source>
            <translation>La réponse a été tronquée par le nombre maximal de jetons de sortie. Autorisez davantage de jetons et réessayez.</translation>
        </message>
        <message>
            <source>The model returned a malformed tool call.</source>
            <translation>Le modèle a renvoyé un appel d'outil mal formé.</translation>
        </message>
        <message>
            <source>The model service returned no answer (finish reason: %1).</source>
            <translation>Le service de modèles n'a renvoyé aucune réponse (motif de fin : %1).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>The model service returned an embedding with invalid values.</source>
            <translation>Le service de modèles a renvoyé un plongement contenant des valeurs non valides.</translation>
        </message>
        <message>
            <source>The model service returned an empty embedding.</source>
            <translation>Le service de modèles a renvoyé un plongement vide.</translation>
        </message>
        <message>
            <source>The model service returned %1 embeddings for %2 texts.</source>
            <translation>Le service de modèles a renvoyé %1 plongements pour %2 textes.</translation>
        </message>
    </context>
    <context>
        <name>PageLens</name>
        <message>
            <source>Dense vector index: build, save, load, query latency, recall@10</source>
            <translation>Index vectoriel dense : construction, enregistrement, chargement, latence des requêtes, recall@10</translation>
        </message>
        <message>
            <source>Late interaction (MaxSim): exact and two-stage latency, recall@10, memory roofline</source>
            <translation>Interaction tardive (MaxSim) : latence exacte et en deux étapes, recall@10, plafond mémoire</translation>
        </message>
        <message>
            <source>Agent: its own time per step (search, view, read, request), model excluded</source>
            <translation>Agent : son propre temps par étape (recherche, affichage, lecture, requête), hors modèle</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli bench NAME [OPTIONS]</source>
            <translation>Utilisation : pagelens-cli bench NOM [OPTIONS]</translation>
        </message>
        <message>
            <source>Benchmarks:</source>
            <translation>Bancs d'essai :</translation>
        </message>
        <message>
            <source>Unexpected argument %1.</source>
            <translation>Argument inattendu : %1.</translation>
        </message>
        <message>
            <source>--%1 needs a positive number.</source>
            <translation>--%1 nécessite un nombre positif.</translation>
        </message>
        <message>
            <source>Usage: pagelens-cli %1 %2</source>
            <translation>Utilisation : pagelens-cli %1 %2</translation>
        </message>
        <message>
            <source>%1 takes a whole number from %2 to %3 (%4).</source>
            <translation>%1 accepte un nombre entier de %2 à %3 (%4).</translation>
        </message>
        <message>
            <source>Name a page as PATH#PAGE (pages count from 1).</source>
            <translation>Désignez une page sous la forme CHEMIN#PAGE (les pages sont numérotées à partir de 1).</translation>
        </message>
        <message>
            <source>%1 is not indexed yet (run index).</source>
            <translation>%1 n'est pas encore indexé (exécutez index).</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n page(s).</source>
            <translation>
                <numerusform>%1 a %n page.</numerusform>
                <numerusform>%1 a %n pages.</numerusform>
            </translation>
        </message>
        <message>
            <source>--wait takes a number of seconds (0 or more).</source>
            <translation>--wait accepte un nombre de secondes (0 ou plus).</translation>
        </message>
        <message>
            <source>Signals to use, e.g. bm25,dense,late (default: all the library has).</source>
            <translation>Signaux à utiliser, par ex. bm25,dense,late (par défaut : tous ceux de la bibliothèque).</translation>
        </message>
        <message>
            <source>Fusion weights, e.g. bm25=1,dense=0.5 (default 1 each).</source>
            <translation>Poids de fusion, par ex. bm25=1,dense=0.5 (par défaut 1 pour chacun).</translation>
        </message>
        <message>
            <source>Signal "%1" skipped: %2</source>
            <translation>Signal « %1 » ignoré : %2</translation>
        </message>
        <message>
            <source>Tokens: %1 prompt, %2 output, %3 total.</source>
            <translation>Jetons : %1 de consigne, %2 de sortie, %3 au total.</translation>
        </message>
        <message>
            <source>--as takes bytes, base64 or uri, not "%1".</source>
            <translation>--as accepte bytes, base64 ou uri, pas « %1 ».</translation>
        </message>
        <message>
            <source>Cannot write a temporary file for the upload.</source>
            <translation>Impossible d'écrire un fichier temporaire pour le téléversement.</translation>
        </message>
        <message>
            <source>How to send the file: bytes (default), base64 or uri (upload).</source>
            <translation>Mode d'envoi du fichier : bytes (par défaut), base64 ou uri (téléversement).</translation>
        </message>
        <message>
            <source>The instruction sent with the file.</source>
            <translation>La consigne envoyée avec le fichier.</translation>
        </message>
        <message>
            <source>Could not save the index file.</source>
            <translation>Impossible d'enregistrer le fichier d'index.</translation>
        </message>
        <message>
            <source>The index file %1 is damaged or missing.</source>
            <translation>Le fichier d'index %1 est endommagé ou manquant.</translation>
        </message>
        <message>
            <source>Could not save %1 (%2). The library keeps its previous index; free disk space and index again.</source>
            <translation>Impossible d’enregistrer %1 (%2). La bibliothèque conserve son index précédent ; libérez de l’espace disque et relancez l’indexation.</translation>
        </message>
        <message>
            <source>Could not read the index file %1.</source>
            <translation>Impossible de lire le fichier d'index %1.</translation>
        </message>
        <message>
            <source>The benchmark needs positive --pages, --dim and --queries.</source>
            <translation>Le banc d'essai nécessite des valeurs positives pour --pages, --dim et --queries.</translation>
        </message>
        <message>
            <source>Could not create a temporary folder.</source>
            <translation>Impossible de créer un dossier temporaire.</translation>
        </message>
        <message>
            <source>The FAISS baseline failed.</source>
            <translation>La référence FAISS a échoué.</translation>
        </message>
        <message>
            <source>The vector index file %1 is damaged or missing; it will be rebuilt from the catalog.</source>
            <translation>Le fichier d'index vectoriel %1 est endommagé ou manquant ; il sera reconstruit à partir du catalogue.</translation>
        </message>
        <message>
            <source>Could not read the vector index %1.</source>
            <translation>Impossible de lire l'index vectoriel %1.</translation>
        </message>
        <message>
            <source>The vector index holds %1-dimensional embeddings but the library uses %2 dimensions; it will be rebuilt.</source>
            <translation>L'index vectoriel contient des plongements de %1 dimensions, mais la bibliothèque utilise %2 dimensions ; il sera reconstruit.</translation>
        </message>
        <message>
            <source>Not enough memory for the vector index.</source>
            <translation>Mémoire insuffisante pour l'index vectoriel.</translation>
        </message>
        <message>
            <source>The embedding has %1 dimensions but the library's vector index holds %2-dimensional embeddings.</source>
            <translation>Le plongement a %1 dimensions, mais l'index vectoriel de la bibliothèque contient des plongements de %2 dimensions.</translation>
        </message>
        <message>
            <source>Could not add to the vector index.</source>
            <translation>Impossible d'ajouter à l'index vectoriel.</translation>
        </message>
        <message>
            <source>The embedding of page %1 is zero or not a number.</source>
            <translation>Le plongement de la page %1 est nul ou n'est pas un nombre.</translation>
        </message>
        <message>
            <source>Could not remove pages from the vector index.</source>
            <translation>Impossible de retirer des pages de l'index vectoriel.</translation>
        </message>
        <message>
            <source>The query embedding is zero or not a number.</source>
            <translation>Le plongement de la requête est nul ou n'est pas un nombre.</translation>
        </message>
        <message>
            <source>Could not search the vector index.</source>
            <translation>Impossible d'effectuer une recherche dans l'index vectoriel.</translation>
        </message>
        <message>
            <source>Could not rebuild the vector index.</source>
            <translation>Impossible de reconstruire l'index vectoriel.</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>Could not save the vector index.</source>
            <translation>Impossible d'enregistrer l'index vectoriel.</translation>
        </message>
        <message>
            <source>The vector index file uses another similarity measure; it will be rebuilt.</source>
            <translation>Le fichier d'index vectoriel utilise une autre mesure de similarité ; il sera reconstruit.</translation>
        </message>
        <message>
            <source>Could not delete old vector index files in %1.</source>
            <translation>Impossible de supprimer les anciens fichiers d'index vectoriel dans %1.</translation>
        </message>
        <message>
            <source>The benchmark needs positive --pages, --patches, --dim, --query-tokens and --queries.</source>
            <translation>Le banc d'essai nécessite des valeurs positives pour --pages, --patches, --dim, --query-tokens et --queries.</translation>
        </message>
        <message>
            <source>The query vectors do not have the %1 dimensions of the page vectors.</source>
            <translation>Les vecteurs de la requête n'ont pas les %1 dimensions des vecteurs de page.</translation>
        </message>
        <message>
            <source>The page vector file %1 is damaged; it needs to be rebuilt.</source>
            <translation>Le fichier de vecteurs de page %1 est endommagé ; il doit être reconstruit.</translation>
        </message>
        <message>
            <source>The page vector file %1 is damaged or missing; it needs to be rebuilt.</source>
            <translation>Le fichier de vecteurs de page %1 est endommagé ou manquant ; il doit être reconstruit.</translation>
        </message>
        <message>
            <source>Page vectors need a dimension between 1 and 65536.</source>
            <translation>Les vecteurs de page nécessitent une dimension comprise entre 1 et 65536.</translation>
        </message>
        <message>
            <source>The vectors of page %1 do not fit the page vector file.</source>
            <translation>Les vecteurs de la page %1 ne correspondent pas au fichier de vecteurs de page.</translation>
        </message>
        <message>
            <source>This library's pages were embedded with %1, not %2. Re-embed the library to switch models.</source>
            <translation>Les pages de cette bibliothèque ont été vectorisées avec %1, et non %2. Vectorisez à nouveau la bibliothèque pour changer de modèle.</translation>
        </message>
        <message>
            <source>The model service returned a wrong number of embeddings.</source>
            <translation>Le service de modèles a renvoyé un nombre incorrect de plongements.</translation>
        </message>
        <message>
            <source>The model returned %1-dimensional vectors; the library uses %2.</source>
            <translation>Le modèle a renvoyé des vecteurs de %1 dimensions ; la bibliothèque en utilise %2.</translation>
        </message>
        <message>
            <source>Privacy is set to "never send": nothing leaves this machine.</source>
            <translation>La confidentialité est réglée sur « Ne jamais rien envoyer » : rien ne quitte cette machine.</translation>
        </message>
        <message>
            <source>This run would send to the model service:</source>
            <translation>Cette exécution enverrait au service de modèles :</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for captions</source>
            <translation>
                <numerusform>%n image de page pour les légendes</numerusform>
                <numerusform>%n images de page pour les légendes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page text(s) for embeddings</source>
            <translation>
                <numerusform>%n texte de page pour les plongements</numerusform>
                <numerusform>%n textes de page pour les plongements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %1 tokens in %n request(s)</source>
            <translation>
                <numerusform>environ %1 jetons en %n requête</numerusform>
                <numerusform>environ %1 jetons en %n requêtes</numerusform>
            </translation>
        </message>
        <message>
            <source>privacy setting: %1</source>
            <translation>réglage de confidentialité : %1</translation>
        </message>
        <message>
            <source>Not read: the file already failed.</source>
            <translation>Non lu : le fichier avait déjà échoué.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) could not be read.</source>
            <translation>
                <numerusform>%n page n'a pas pu être lue.</numerusform>
                <numerusform>%n pages n'ont pas pu être lues.</numerusform>
            </translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>Le document n'a aucune page.</translation>
        </message>
        <message>
            <source>Indexing was cancelled.</source>
            <translation>L'indexation a été annulée.</translation>
        </message>
        <message>
            <source>The file kept changing while it was read; it will be read again on the next run.</source>
            <translation>Le fichier a changé pendant sa lecture ; il sera relu lors de la prochaine exécution.</translation>
        </message>
        <message>
            <source>Late interaction sends page images, which this library's privacy setting (%1) does not allow. Set it to "images" (--privacy images) to use it.</source>
            <translation>L'interaction tardive envoie des images de page, ce que le réglage de confidentialité de cette bibliothèque (%1) n'autorise pas. Réglez-le sur "images" (--privacy images) pour l'utiliser.</translation>
        </message>
        <message>
            <source>The library's page vectors were made with %1, not %2. Run again with --reembed to replace them.</source>
            <translation>Les vecteurs de page de la bibliothèque ont été créés avec %1, et non %2. Relancez avec --reembed pour les remplacer.</translation>
        </message>
        <message>
            <source>The late-interaction server returned %1-wide vectors; %2 expects %3.</source>
            <translation>Le serveur d'interaction tardive a renvoyé des vecteurs de largeur %1 ; %2 attend %3.</translation>
        </message>
        <message>
            <source>The PDF made the reader crash</source>
            <translation>Le PDF a fait planter le lecteur</translation>
        </message>
        <message>
            <source>The file made the reader crash</source>
            <translation>Le fichier a fait planter le lecteur</translation>
        </message>
        <message>
            <source>The document reader could not be started.</source>
            <translation>Impossible de démarrer le lecteur de documents.</translation>
        </message>
        <message>
            <source>Reading page %1 took longer than %2 s</source>
            <translation>La lecture de la page %1 a pris plus de %2 s</translation>
        </message>
        <message>
            <source>Opening the file took longer than %1 s</source>
            <translation>L'ouverture du fichier a pris plus de %1 s</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>page %1</translation>
        </message>
        <message>
            <source>opening</source>
            <translation>ouverture</translation>
        </message>
        <message>
            <source>The reader ran out of memory</source>
            <translation>Le lecteur a manqué de mémoire</translation>
        </message>
        <message>
            <source>%1, limit %2 MB</source>
            <translation>%1, limite %2 Mo</translation>
        </message>
        <message>
            <source>%1, signal %2</source>
            <translation>%1, signal %2</translation>
        </message>
        <message>
            <source>%1, exit code %2</source>
            <translation>%1, code de sortie %2</translation>
        </message>
        <message>
            <source>The document reader sent an answer PageLens cannot read.</source>
            <translation>Le lecteur de documents a envoyé une réponse que PageLens ne peut pas lire.</translation>
        </message>
        <message>
            <source>The library catalog could not be updated.</source>
            <translation>Impossible de mettre à jour le catalogue de la bibliothèque.</translation>
        </message>
        <message>
            <source>it cannot be read (%1)</source>
            <translation>il est illisible (%1)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>it is not an SQLite database</source>
            <translation>ce n'est pas une base de données SQLite</translation>
        </message>
        <message>
            <source>its header is damaged</source>
            <translation>son en-tête est endommagé</translation>
        </message>
        <message>
            <source>the file is truncated (%1 bytes)</source>
            <translation>le fichier est tronqué (%1 octets)</translation>
        </message>
        <message>
            <source>The library catalog is damaged: %1. Run `pagelens-cli repair` to rebuild it (the damaged file is kept).</source>
            <translation>Le catalogue de la bibliothèque est endommagé : %1. Exécutez `pagelens-cli repair` pour le reconstruire (le fichier endommagé est conservé).</translation>
        </message>
        <message>
            <source>The library folder %1 cannot be created.</source>
            <translation>Impossible de créer le dossier de bibliothèque %1.</translation>
        </message>
        <message>
            <source>There is no library in %1, and it cannot be created there (the folder cannot be written).</source>
            <translation>Il n'y a pas de bibliothèque dans %1, et il est impossible d'en créer une (le dossier n'est pas accessible en écriture).</translation>
        </message>
        <message>
            <source>The library catalog in %1 cannot be opened.</source>
            <translation>Impossible d'ouvrir le catalogue de la bibliothèque dans %1.</translation>
        </message>
        <message>
            <source>The library catalog in %1 cannot be read.</source>
            <translation>Impossible de lire le catalogue de la bibliothèque dans %1.</translation>
        </message>
        <message>
            <source>The library in %1 is read-only and was written by another version of PageLens, so it cannot be upgraded to be read.</source>
            <translation>La bibliothèque dans %1 est en lecture seule et a été écrite par une autre version de PageLens ; elle ne peut donc pas être mise à niveau pour être lue.</translation>
        </message>
        <message>
            <source>The document is not in the library.</source>
            <translation>Le document ne fait pas partie de la bibliothèque.</translation>
        </message>
        <message>
            <source>%1 is not in the library.</source>
            <translation>%1 ne fait pas partie de la bibliothèque.</translation>
        </message>
        <message>
            <source>The library catalog is locked.</source>
            <translation>Le catalogue de la bibliothèque est verrouillé.</translation>
        </message>
        <message>
            <source>Page %1 is not in the library.</source>
            <translation>La page %1 ne fait pas partie de la bibliothèque.</translation>
        </message>
        <message>
            <source>The page is not in the library.</source>
            <translation>La page ne fait pas partie de la bibliothèque.</translation>
        </message>
        <message>
            <source>This library was written by a newer PageLens (catalog version %1).</source>
            <translation>Cette bibliothèque a été écrite par une version plus récente de PageLens (version du catalogue %1).</translation>
        </message>
        <message>
            <source>The library catalog could not be upgraded (step %1).</source>
            <translation>Impossible de mettre à niveau le catalogue de la bibliothèque (étape %1).</translation>
        </message>
        <message>
            <source>The late-interaction index has no model yet.</source>
            <translation>L'index d'interaction tardive n'a pas encore de modèle.</translation>
        </message>
        <message>
            <source>The library %1 is read-only (its folder or catalog cannot be written): search, status and render work, adding and indexing do not.</source>
            <translation>La bibliothèque %1 est en lecture seule (son dossier ou son catalogue n'est pas accessible en écriture) : search, status et render fonctionnent, mais pas l'ajout ni l'indexation.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>aucune réponse</translation>
        </message>
        <message>
            <source>The text index could not be rebuilt.</source>
            <translation>Impossible de reconstruire l'index de texte.</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>Impossible d'écrire %1.</translation>
        </message>
        <message>
            <source>There is no library catalog in %1.</source>
            <translation>Il n'y a pas de catalogue de bibliothèque dans %1.</translation>
        </message>
        <message>
            <source>The library %1 is read-only: it cannot be repaired here.</source>
            <translation>La bibliothèque %1 est en lecture seule : elle ne peut pas être réparée ici.</translation>
        </message>
        <message>
            <source>The damaged catalog could not be moved aside to %1.</source>
            <translation>Impossible de mettre de côté le catalogue endommagé dans %1.</translation>
        </message>
        <message>
            <source>%1 cannot be read.</source>
            <translation>Impossible de lire %1.</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 n'existe pas.</translation>
        </message>
        <message>
            <source>%1 is not a regular file.</source>
            <translation>%1 n'est pas un fichier ordinaire.</translation>
        </message>
        <message>
            <source>The library %1 cannot be written (no permission to create its lock file).</source>
            <translation>Impossible d'écrire dans la bibliothèque %1 (aucune permission pour créer son fichier de verrou).</translation>
        </message>
        <message>
            <source>Waiting for another PageLens to finish writing to %1…</source>
            <translation>En attente de la fin de l'écriture d'une autre instance de PageLens dans %1…</translation>
        </message>
        <message>
            <source>Cancelled while waiting to write to the library.</source>
            <translation>Annulé pendant l'attente de l'écriture dans la bibliothèque.</translation>
        </message>
        <message numerus="yes">
            <source>Another PageLens (process %1) is still writing to %2; gave up after %n second(s).</source>
            <translation>
                <numerusform>Une autre instance de PageLens (processus %1) écrit toujours dans %2 ; abandon après %n seconde.</numerusform>
                <numerusform>Une autre instance de PageLens (processus %1) écrit toujours dans %2 ; abandon après %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>La requête a été annulée.</translation>
        </message>
        <message>
            <source>No answer came within %1 s.</source>
            <translation>Aucune réponse reçue dans les %1 s.</translation>
        </message>
        <message>
            <source>The model service sent an answer that could not be read.</source>
            <translation>Le service de modèles a envoyé une réponse illisible.</translation>
        </message>
        <message>
            <source>The model's answer does not have the expected structure.</source>
            <translation>La réponse du modèle n'a pas la structure attendue.</translation>
        </message>
        <message>
            <source>The model's answer is not valid JSON.</source>
            <translation>La réponse du modèle n'est pas un JSON valide.</translation>
        </message>
        <message>
            <source>The keychain cannot be used from the user interface thread.</source>
            <translation>Le trousseau de clés ne peut pas être utilisé depuis le thread de l'interface utilisateur.</translation>
        </message>
        <message>
            <source>The keychain did not answer in time.</source>
            <translation>Le trousseau de clés n'a pas répondu à temps.</translation>
        </message>
        <message>
            <source>No API key is stored in the keychain.</source>
            <translation>Aucune clé d'API n'est enregistrée dans le trousseau de clés.</translation>
        </message>
        <message>
            <source>The keychain is not available.</source>
            <translation>Le trousseau de clés n'est pas disponible.</translation>
        </message>
        <message>
            <source>The late-interaction server sent vectors that could not be read.</source>
            <translation>Le serveur d'interaction tardive a envoyé des vecteurs illisibles.</translation>
        </message>
        <message>
            <source>The late-interaction server has no such endpoint: check its address and the dialect (--late-dialect infinity or vllm).</source>
            <translation>Le serveur d'interaction tardive n'a pas ce point d'accès : vérifiez son adresse et le dialecte (--late-dialect infinity ou vllm).</translation>
        </message>
        <message>
            <source>The late-interaction server does not serve this model (--late-model): %1</source>
            <translation>Le serveur d'interaction tardive ne sert pas ce modèle (--late-model) : %1</translation>
        </message>
        <message>
            <source>The late-interaction server returned %1 vectors for a page, too few for a %2 × %3 patch grid: is it serving the configured model?</source>
            <translation>Le serveur d'interaction tardive a renvoyé %1 vecteurs pour une page, trop peu pour une grille de patchs de %2 × %3 : sert-il le modèle configuré ?</translation>
        </message>
        <message>
            <source>The model service sent a stream that could not be read.</source>
            <translation>Le service de modèles a envoyé un flux illisible.</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>Le fichier n'existe pas.</translation>
        </message>
        <message>
            <source>This is not a regular file.</source>
            <translation>Ce n'est pas un fichier ordinaire.</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>Impossible de lire le fichier.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>This file is neither a PDF nor a supported image (PNG, JPEG, WebP, TIFF, BMP, GIF).</source>
            <translation>Ce fichier n'est ni un PDF ni une image prise en charge (PNG, JPEG, WebP, TIFF, BMP, GIF).</translation>
        </message>
        <message>
            <source>The image header is unreadable.</source>
            <translation>L'en-tête de l'image est illisible.</translation>
        </message>
        <message>
            <source>The image is too large to open safely.</source>
            <translation>L'image est trop grande pour être ouverte en toute sécurité.</translation>
        </message>
        <message>
            <source>The image cannot be decoded.</source>
            <translation>Impossible de décoder l'image.</translation>
        </message>
        <message>
            <source>This image format is not supported.</source>
            <translation>Ce format d'image n'est pas pris en charge.</translation>
        </message>
        <message>
            <source>The image has no such page.</source>
            <translation>L'image n'a pas cette page.</translation>
        </message>
        <message>
            <source>There is no image to encode.</source>
            <translation>Il n'y a aucune image à encoder.</translation>
        </message>
        <message>
            <source>The image cannot be encoded.</source>
            <translation>Impossible d'encoder l'image.</translation>
        </message>
        <message>
            <source>Unknown image format; use webp, jpeg or png.</source>
            <translation>Format d'image inconnu ; utilisez webp, jpeg ou png.</translation>
        </message>
        <message>
            <source>The file is too large to send.</source>
            <translation>Le fichier est trop volumineux pour être envoyé.</translation>
        </message>
        <message>
            <source>The image cannot be read.</source>
            <translation>Impossible de lire l'image.</translation>
        </message>
        <message>
            <source>The image has an implausible number of pages.</source>
            <translation>L'image a un nombre de pages invraisemblable.</translation>
        </message>
        <message>
            <source>A page of the image cannot be read.</source>
            <translation>Une page de l'image est illisible.</translation>
        </message>
        <message>
            <source>There is no such page.</source>
            <translation>Cette page n'existe pas.</translation>
        </message>
        <message>
            <source>The image changed while it was open.</source>
            <translation>L'image a été modifiée pendant qu'elle était ouverte.</translation>
        </message>
        <message>
            <source>The PDF needs a password.</source>
            <translation>Le PDF nécessite un mot de passe.</translation>
        </message>
        <message>
            <source>The password is wrong for this PDF.</source>
            <translation>Le mot de passe de ce PDF est incorrect.</translation>
        </message>
        <message>
            <source>The PDF is encrypted in a way that cannot be opened.</source>
            <translation>Le PDF est chiffré d'une manière qui ne permet pas de l'ouvrir.</translation>
        </message>
        <message>
            <source>The PDF is damaged and cannot be read.</source>
            <translation>Le PDF est endommagé et ne peut pas être lu.</translation>
        </message>
        <message>
            <source>The PDF cannot be read.</source>
            <translation>Impossible de lire le PDF.</translation>
        </message>
        <message>
            <source>The PDF has no readable pages.</source>
            <translation>Le PDF ne contient aucune page lisible.</translation>
        </message>
        <message>
            <source>The page has no size.</source>
            <translation>La page n'a pas de taille.</translation>
        </message>
        <message>
            <source>The page is too large to render at this resolution.</source>
            <translation>La page est trop grande pour être rendue à cette résolution.</translation>
        </message>
        <message>
            <source>The page cannot be rendered.</source>
            <translation>Impossible d'effectuer le rendu de la page.</translation>
        </message>
        <message>
            <source>The PDF's text cannot be read.</source>
            <translation>Impossible de lire le texte du PDF.</translation>
        </message>
        <message>
            <source>The page's text cannot be read.</source>
            <translation>Impossible de lire le texte de la page.</translation>
        </message>
        <message>
            <source>The page's text takes too long to read.</source>
            <translation>La lecture du texte de la page prend trop de temps.</translation>
        </message>
        <message>
            <source>Text recognition is not available: no OCR language is installed.</source>
            <translation>La reconnaissance de texte n'est pas disponible : aucune langue d'OCR n'est installée.</translation>
        </message>
        <message>
            <source>There is no image to read.</source>
            <translation>Il n'y a aucune image à lire.</translation>
        </message>
        <message>
            <source>Text recognition failed on this page.</source>
            <translation>La reconnaissance de texte a échoué sur cette page.</translation>
        </message>
        <message numerus="yes">
            <source>The model service did not answer within %n second(s).</source>
            <translation>
                <numerusform>Le service de modèles n'a pas répondu dans le délai de %n seconde.</numerusform>
                <numerusform>Le service de modèles n'a pas répondu dans le délai de %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The model service returned no query embedding.</source>
            <translation>Le service de modèles n'a renvoyé aucun plongement de requête.</translation>
        </message>
        <message>
            <source>The signal "%1" is not available in this library (available: %2).</source>
            <translation>Le signal « %1 » n'est pas disponible dans cette bibliothèque (disponibles : %2).</translation>
        </message>
        <message>
            <source>Heatmaps are not available for this model: its patch grid is not known.</source>
            <translation>Les cartes de chaleur ne sont pas disponibles pour ce modèle : sa grille de patchs est inconnue.</translation>
        </message>
        <message>
            <source>The query has no words to map.</source>
            <translation>La requête ne contient aucun mot à cartographier.</translation>
        </message>
        <message>
            <source>The query and page vectors differ in width (%1, %2).</source>
            <translation>Les vecteurs de la requête et de la page n'ont pas la même largeur (%1, %2).</translation>
        </message>
        <message>
            <source>Heatmaps are not available for %1: its patch grid is not known.</source>
            <translation>Les cartes de chaleur ne sont pas disponibles pour %1 : sa grille de patchs est inconnue.</translation>
        </message>
        <message numerus="yes">
            <source>The late-interaction server did not answer within %n second(s).</source>
            <translation>
                <numerusform>Le serveur d'interaction tardive n'a pas répondu dans le délai de %n seconde.</numerusform>
                <numerusform>Le serveur d'interaction tardive n'a pas répondu dans le délai de %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The late-interaction server returned %1-wide query vectors; the library's page vectors are %2 wide.</source>
            <translation>Le serveur d'interaction tardive a renvoyé des vecteurs de requête de largeur %1 ; les vecteurs de page de la bibliothèque sont de largeur %2.</translation>
        </message>
        <message>
            <source>--weights takes a list such as bm25=1,dense=0.5 (signals: %1).</source>
            <translation>--weights accepte une liste comme bm25=1,dense=0.5 (signaux : %1).</translation>
        </message>
        <message>
            <source>No model service is set up to embed the query (set a key or a local server).</source>
            <translation>Aucun service de modèles n'est configuré pour vectoriser la requête (définissez une clé ou un serveur local).</translation>
        </message>
        <message>
            <source>No page of this library was embedded by a late-interaction server (index with --late-url and --late-model).</source>
            <translation>Aucune page de cette bibliothèque n'a été vectorisée par un serveur d'interaction tardive (indexez avec --late-url et --late-model).</translation>
        </message>
        <message>
            <source>No late-interaction server is set up to embed the query (--late-url, --late-model).</source>
            <translation>Aucun serveur d'interaction tardive n'est configuré pour vectoriser la requête (--late-url, --late-model).</translation>
        </message>
        <message>
            <source>The library's page vectors were made with %1, but the late-interaction server is set up for %2.</source>
            <translation>Les vecteurs de page de la bibliothèque ont été créés avec %1, mais le serveur d'interaction tardive est configuré pour %2.</translation>
        </message>
        <message>
            <source>has only: %1</source>
            <translation>contient seulement : %1</translation>
        </message>
        <message>
            <source>matched: %1</source>
            <translation>correspondances : %1</translation>
        </message>
        <message>
            <source>similar in meaning</source>
            <translation>sens proche</translation>
        </message>
        <message>
            <source>signals: %1</source>
            <translation>signaux : %1</translation>
        </message>
        <message>
            <source>caption</source>
            <translation>légende</translation>
        </message>
        <message>
            <source>objects</source>
            <translation>objets</translation>
        </message>
        <message>
            <source>looks like</source>
            <translation>ressemblance</translation>
        </message>
        <message>
            <source>The search failed.</source>
            <translation>La recherche a échoué.</translation>
        </message>
        <message>
            <source>Objects: %1</source>
            <translation>Objets : %1</translation>
        </message>
        <message>
            <source>Pages with all the words are found.
"exact phrase"  the words in this order
-word or NOT word  pages without the word
cat OR dog  either word
know*  words starting with "know"
When no page has all the words, the pages with most of them are shown.</source>
            <translation>Les pages contenant tous les mots sont trouvées.
"expression exacte"  les mots dans cet ordre
-mot ou NOT mot  pages sans le mot
chat OR chien  l'un ou l'autre mot
conn*  mots commençant par "conn"
Si aucune page ne contient tous les mots, celles qui en contiennent le plus sont affichées.</translation>
        </message>
        <message>
            <source>Line %1 of the relevance set has no tab-separated pages.</source>
            <translation>La ligne %1 du jeu de pertinence ne contient aucune page séparée par une tabulation.</translation>
        </message>
        <message>
            <source>Line %1 of the relevance set has a bad page number.</source>
            <translation>La ligne %1 du jeu de pertinence contient un numéro de page incorrect.</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which this library's privacy setting (%1) does not allow.</source>
            <translation>La détection d'objets envoie l'image de la page, ce que le réglage de confidentialité de cette bibliothèque (%1) n'autorise pas.</translation>
        </message>
        <message>
            <source>%1 Showing term matches instead.</source>
            <translation>%1 Affichage des correspondances de termes à la place.</translation>
        </message>
        <message>
            <source>This page has no words (text layer or OCR) to match the query against.</source>
            <translation>Cette page ne contient aucun mot (couche de texte ou OCR) à comparer à la requête.</translation>
        </message>
        <message>
            <source>Object detection sends page images, which the privacy setting (%1) does not allow: no page is sent for detection.</source>
            <translation>La détection d’objets envoie des images des pages, ce que le paramètre de confidentialité (%1) n’autorise pas : aucune page n’est envoyée pour la détection.</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for object detection</source>
            <translation>
                <numerusform>%n image de page pour la détection d’objets</numerusform>
                <numerusform>%n images de pages pour la détection d’objets</numerusform>
            </translation>
        </message>
        <message>
            <source>The library catalog %1 cannot be created.</source>
            <translation>Le catalogue de la bibliothèque %1 ne peut pas être créé.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::AgentLoop</name>
        <message>
            <source>Stopped.</source>
            <translation>Arrêté.</translation>
        </message>
        <message>
            <source>The agent did not finish within %1 steps.</source>
            <translation>L'agent n'a pas terminé en %1 étapes.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ChatPanel</name>
        <message>
            <source>&amp;Ask</source>
            <translation>&amp;Demander</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Arrêter</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nouvelle</translation>
        </message>
        <message>
            <source>&amp;Copy Answer</source>
            <translation>&amp;Copier la réponse</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Ask a question about your library…</source>
            <translation>Posez une question sur votre bibliothèque…</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Type a question about your library and press Enter</source>
            <translation>Saisissez une question sur votre bibliothèque et appuyez sur Enter</translation>
        </message>
        <message>
            <source>Stop this answer (the conversation stays)</source>
            <translation>Arrêter cette réponse (la conversation est conservée)</translation>
        </message>
        <message>
            <source>Start a new conversation (this one stays stored)</source>
            <translation>Commencer une nouvelle conversation (celle-ci reste enregistrée)</translation>
        </message>
        <message>
            <source>Copy the last answer</source>
            <translation>Copier la dernière réponse</translation>
        </message>
        <message>
            <source>Save the conversation and its sources as Markdown</source>
            <translation>Enregistrer la conversation et ses sources au format Markdown</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>Open or delete a stored conversation of this library</source>
            <translation>Ouvrir ou supprimer une conversation enregistrée de cette bibliothèque</translation>
        </message>
        <message>
            <source>Conversation history</source>
            <translation>Historique des conversations</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>The questions and answers; citations such as [S1] are links that open the page</source>
            <translation>Les questions et les réponses ; les citations comme [S1] sont des liens qui ouvrent la page</translation>
        </message>
        <message>
            <source>Answers cite the pages they come from; click a citation such as [S1] to open the page. Without a model service you get the best matching passages.</source>
            <translation>Les réponses citent les pages dont elles proviennent ; cliquez sur une citation comme [S1] pour ouvrir la page. Sans service de modèles, vous obtenez les passages les plus pertinents.</translation>
        </message>
        <message>
            <source>Answer status</source>
            <translation>État de la réponse</translation>
        </message>
        <message>
            <source>Open a library first (File ▸ Open Library…), then ask about it.</source>
            <translation>Ouvrez d'abord une bibliothèque (Fichier ▸ Ouvrir une bibliothèque…), puis posez vos questions.</translation>
        </message>
        <message>
            <source>Reading the library's privacy setting…</source>
            <translation>Lecture du réglage de confidentialité de la bibliothèque…</translation>
        </message>
        <message>
            <source>%1 Try again, or reopen the library.</source>
            <translation>%1 Réessayez ou rouvrez la bibliothèque.</translation>
        </message>
        <message>
            <source>The library's privacy is "never", so no model was asked; Settings changes it.</source>
            <translation>La confidentialité de la bibliothèque est réglée sur « Ne jamais rien envoyer » : aucun modèle n'a été interrogé. Vous pouvez la modifier dans les paramètres.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>Aucun service de modèles n'est configuré.</translation>
        </message>
        <message>
            <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to get answers.</source>
            <translation>%1 Ajoutez une clé ou un serveur dans les paramètres (Outils ▸ Paramètres…) pour obtenir des réponses.</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>Service compatible OpenAI</translation>
        </message>
        <message>
            <source>Your question, and the page text, captions and snippets the agent finds, will be sent to %1 at %2.</source>
            <translation>Votre question, ainsi que le texte des pages, les légendes et les extraits trouvés par l'agent, seront envoyés à %1 à l'adresse %2.</translation>
        </message>
        <message>
            <source>The agent may also send up to %1 page images per step (WEBP, at most 1024 px).</source>
            <translation>L'agent peut aussi envoyer jusqu'à %1 images de page par étape (WEBP, 1024 px au maximum).</translation>
        </message>
        <message>
            <source>Send to the Model Service?</source>
            <translation>Envoyer au service de modèles ?</translation>
        </message>
        <message>
            <source>Nothing has been sent yet. "Not Now" shows the library's search results instead.</source>
            <translation>Rien n'a encore été envoyé. « Pas maintenant » affiche plutôt les résultats de recherche de la bibliothèque.</translation>
        </message>
        <message>
            <source>Don't ask again for this library</source>
            <translation>Ne plus demander pour cette bibliothèque</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Envoyer</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;Pas maintenant</translation>
        </message>
        <message>
            <source>Nothing was sent to a model service.</source>
            <translation>Rien n'a été envoyé à un service de modèles.</translation>
        </message>
        <message>
            <source>Waiting for your answer: may the question be sent?</source>
            <translation>En attente de votre réponse : la question peut-elle être envoyée ?</translation>
        </message>
        <message>
            <source>The model service is no longer available. Check Settings (Tools ▸ Settings…).</source>
            <translation>Le service de modèles n'est plus disponible. Vérifiez les paramètres (Outils ▸ Paramètres…).</translation>
        </message>
        <message>
            <source>Answering…</source>
            <translation>Réponse en cours…</translation>
        </message>
        <message>
            <source>Step %1: %2…</source>
            <translation>Étape %1 : %2…</translation>
        </message>
        <message>
            <source>%1 (failed)</source>
            <translation>%1 (échec)</translation>
        </message>
        <message>
            <source>Asking the model…</source>
            <translation>Interrogation du modèle…</translation>
        </message>
        <message>
            <source>Stopped. This answer was not kept; ask again to continue the conversation.</source>
            <translation>Arrêté. Cette réponse n'a pas été conservée ; posez à nouveau la question pour poursuivre la conversation.</translation>
        </message>
        <message>
            <source>The agent stopped without an answer. Ask again.</source>
            <translation>L'agent s'est arrêté sans réponse. Posez à nouveau la question.</translation>
        </message>
        <message>
            <source>Cited but not among the pages the agent saw (not links): %1.</source>
            <translation>Cité mais absent des pages vues par l'agent (pas de lien) : %1.</translation>
        </message>
        <message>
            <source>Searching the library…</source>
            <translation>Recherche dans la bibliothèque…</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>La recherche a échoué : %1</translation>
        </message>
        <message>
            <source>The conversation history cannot be read: %1</source>
            <translation>Impossible de lire l'historique des conversations : %1</translation>
        </message>
        <message>
            <source>No stored conversations</source>
            <translation>Aucune conversation enregistrée</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2, %n question(s)</source>
            <translation>
                <numerusform>%1 — %2, %n question</numerusform>
                <numerusform>%1 — %2, %n questions</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Delete This Conversation…</source>
            <translation>&amp;Supprimer cette conversation…</translation>
        </message>
        <message>
            <source>Opening the conversation…</source>
            <translation>Ouverture de la conversation…</translation>
        </message>
        <message>
            <source>The conversation cannot be opened: %1</source>
            <translation>Impossible d'ouvrir la conversation : %1</translation>
        </message>
        <message>
            <source>Delete Conversation?</source>
            <translation>Supprimer la conversation ?</translation>
        </message>
        <message>
            <source>Delete this conversation from the library? Its questions and answers cannot be restored. The documents are not touched.</source>
            <translation>Supprimer cette conversation de la bibliothèque ? Ses questions et réponses ne pourront pas être restaurées. Les documents ne sont pas modifiés.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>The conversation was deleted.</source>
            <translation>La conversation a été supprimée.</translation>
        </message>
        <message>
            <source>The conversation could not be deleted: %1</source>
            <translation>Impossible de supprimer la conversation : %1</translation>
        </message>
        <message>
            <source>You:</source>
            <translation>Vous :</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>page %1</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Ask the Library</source>
            <translation>Interroger la bibliothèque</translation>
        </message>
        <message>
            <source>Library: %1</source>
            <translation>Bibliothèque : %1</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Sources :</translation>
        </message>
        <message>
            <source>Cannot write "%1": %2</source>
            <translation>Impossible d'écrire « %1 » : %2</translation>
        </message>
        <message>
            <source>The answer is on the clipboard.</source>
            <translation>La réponse a été copiée dans le presse-papiers.</translation>
        </message>
        <message>
            <source>Export Conversation</source>
            <translation>Exporter la conversation</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>The conversation was saved to %1.</source>
            <translation>La conversation a été enregistrée dans %1.</translation>
        </message>
        <message>
            <source>%1 Add a valid key in Settings (Tools ▸ Settings…), then ask again.</source>
            <translation>%1 Ajoutez une clé valide dans les paramètres (Outils ▸ Paramètres…), puis posez à nouveau la question.</translation>
        </message>
        <message>
            <source>%1 Check the network and the server address in Settings, then ask again.</source>
            <translation>%1 Vérifiez le réseau et l'adresse du serveur dans les paramètres, puis posez à nouveau la question.</translation>
        </message>
        <message>
            <source>%1 Wait a minute, then ask again.</source>
            <translation>%1 Patientez une minute, puis posez à nouveau la question.</translation>
        </message>
        <message>
            <source>%1 Choose another model in Settings, then ask again.</source>
            <translation>%1 Choisissez un autre modèle dans les paramètres, puis posez à nouveau la question.</translation>
        </message>
        <message>
            <source>%1 Ask again, or start a new conversation.</source>
            <translation>%1 Posez à nouveau la question ou commencez une nouvelle conversation.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::DocumentModel</name>
        <message>
            <source>Added files</source>
            <translation>Fichiers ajoutés</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Indexing</source>
            <translation>Indexation en cours</translation>
        </message>
        <message>
            <source>Indexed</source>
            <translation>Indexé</translation>
        </message>
        <message>
            <source>Indexed with errors</source>
            <translation>Indexé avec erreurs</translation>
        </message>
        <message>
            <source>Needs password</source>
            <translation>Mot de passe requis</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Double-click it, or right-click ▸ Enter Password…, to type its password (kept for this session only).</source>
            <translation>Double-cliquez dessus, ou clic droit ▸ Saisir le mot de passe…, pour saisir son mot de passe (conservé pour cette session uniquement).</translation>
        </message>
        <message>
            <source>Right-click ▸ Rescan reads it again, for example after the file was repaired.</source>
            <translation>Clic droit ▸ Réanalyser le relit, par exemple après la réparation du fichier.</translation>
        </message>
        <message>
            <source>Library in %1</source>
            <translation>Bibliothèque dans %1</translation>
        </message>
        <message>
            <source>Files added one by one</source>
            <translation>Fichiers ajoutés un par un</translation>
        </message>
        <message numerus="yes">
            <source>Library %1, %n document(s)</source>
            <translation>
                <numerusform>Bibliothèque %1, %n document</numerusform>
                <numerusform>Bibliothèque %1, %n documents</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder %1</source>
            <translation>Dossier %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Page %1: %2</source>
            <translation>Page %1 : %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Chemin</translation>
        </message>
    </context>
    <context>
        <name>PageLens::EgressDialog</name>
        <message>
            <source>Send Pages to the Model Service?</source>
            <translation>Envoyer les pages au service de modèles ?</translation>
        </message>
        <message>
            <source>Captions and embeddings make pages findable by meaning. Nothing has been sent yet.</source>
            <translation>Les légendes et les plongements permettent de trouver les pages par leur sens. Rien n'a encore été envoyé.</translation>
        </message>
        <message>
            <source>What would be sent</source>
            <translation>Ce qui serait envoyé</translation>
        </message>
        <message>
            <source>Destination: %1</source>
            <translation>Destination : %1</translation>
        </message>
        <message>
            <source>Send is remembered for this library and these kinds of data: you are not asked again for them. Tools ▸ Settings ▸ Privacy takes it back.</source>
            <translation>« Envoyer » est mémorisé pour cette bibliothèque et ces types de données : la question ne vous sera plus posée pour eux. Outils ▸ Paramètres ▸ Confidentialité permet de revenir sur ce choix.</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Envoyer</translation>
        </message>
        <message>
            <source>Send these pages to the model service now</source>
            <translation>Envoyer maintenant ces pages au service de modèles</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;Pas maintenant</translation>
        </message>
        <message>
            <source>Send nothing; you can do it later from the Library menu</source>
            <translation>Ne rien envoyer ; vous pourrez le faire plus tard depuis le menu Bibliothèque</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) to caption</source>
            <translation>
                <numerusform>%n image de page à légender</numerusform>
                <numerusform>%n images de page à légender</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page text(s) to embed</source>
            <translation>
                <numerusform>%n texte de page à vectoriser</numerusform>
                <numerusform>%n textes de page à vectoriser</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 Ko</translation>
        </message>
        <message numerus="yes">
            <source>about %1 tokens in %n request(s)</source>
            <translation>
                <numerusform>environ %1 jetons en %n requête</numerusform>
                <numerusform>environ %1 jetons en %n requêtes</numerusform>
            </translation>
        </message>
        <message>
            <source>never send anything</source>
            <translation>ne jamais rien envoyer</translation>
        </message>
        <message>
            <source>page text only</source>
            <translation>texte des pages uniquement</translation>
        </message>
        <message>
            <source>page text and page images</source>
            <translation>texte et images des pages</translation>
        </message>
        <message>
            <source>This library's privacy setting: %1</source>
            <translation>Réglage de confidentialité de cette bibliothèque : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) for object detection</source>
            <translation>
                <numerusform>%n image de page pour la détection d’objets</numerusform>
                <numerusform>%n images de pages pour la détection d’objets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::FindBar</name>
        <message>
            <source>Previous hit (Shift+F3)</source>
            <translation>Occurrence précédente (Shift+F3)</translation>
        </message>
        <message>
            <source>Next hit (F3)</source>
            <translation>Occurrence suivante (F3)</translation>
        </message>
        <message>
            <source>Close find (Escape)</source>
            <translation>Fermer la recherche (Escape)</translation>
        </message>
        <message>
            <source>Find in document</source>
            <translation>Rechercher dans le document</translation>
        </message>
        <message>
            <source>Find result count</source>
            <translation>Nombre d'occurrences trouvées</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>No hits</source>
            <translation>Aucune occurrence</translation>
        </message>
    </context>
    <context>
        <name>PageLens::GeminiProvider</name>
        <message>
            <source>The file upload could not be started.</source>
            <translation>Impossible de démarrer le téléversement du fichier.</translation>
        </message>
        <message>
            <source>The uploaded file did not become ready in time.</source>
            <translation>Le fichier téléversé n'a pas été prêt à temps.</translation>
        </message>
        <message>
            <source>The model service could not process the uploaded file.</source>
            <translation>Le service de modèles n'a pas pu traiter le fichier téléversé.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::HelpDialog</name>
        <message>
            <source>PageLens Help</source>
            <translation>Aide de PageLens</translation>
        </message>
        <message>
            <source>The manual is missing from this build.</source>
            <translation>Le manuel est absent de cette version.</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>PageLens::HttpProvider</name>
        <message>
            <source>There is no text to embed.</source>
            <translation>Il n'y a aucun texte à vectoriser.</translation>
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
            <translation>Progression de l'indexation</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel indexing</source>
            <translation>Annuler l'indexation</translation>
        </message>
        <message>
            <source>Stop indexing; documents not finished stay pending</source>
            <translation>Arrêter l'indexation ; les documents non terminés restent en attente</translation>
        </message>
        <message>
            <source>Preparing captions and embeddings…</source>
            <translation>Préparation des légendes et des plongements…</translation>
        </message>
        <message>
            <source>Preparing to index…</source>
            <translation>Préparation de l'indexation…</translation>
        </message>
        <message>
            <source>Cancel captions and embeddings</source>
            <translation>Annuler les légendes et les plongements</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Suspendre</translation>
        </message>
        <message>
            <source>Resume sending to the model service</source>
            <translation>Reprendre l'envoi au service de modèles</translation>
        </message>
        <message>
            <source>Pause sending to the model service</source>
            <translation>Suspendre l'envoi au service de modèles</translation>
        </message>
        <message>
            <source>%1 / %2 pages</source>
            <translation>%1 / %2 pages</translation>
        </message>
        <message>
            <source>Captioning pages with the model service</source>
            <translation>Création des légendes des pages avec le service de modèles</translation>
        </message>
        <message>
            <source>Embedding pages with the model service</source>
            <translation>Vectorisation des pages avec le service de modèles</translation>
        </message>
        <message>
            <source>Indexing file %1 of %2</source>
            <translation>Indexation du fichier %1 sur %2</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>environ %1 restant</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LateInteractionClient</name>
        <message>
            <source>There is nothing to embed.</source>
            <translation>Il n'y a rien à vectoriser.</translation>
        </message>
        <message>
            <source>The late-interaction server sent an answer that could not be read.</source>
            <translation>Le serveur d'interaction tardive a envoyé une réponse illisible.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LayerController</name>
        <message>
            <source>&amp;Detect Objects…</source>
            <translation>&amp;Détecter des objets…</translation>
        </message>
        <message>
            <source>Detect Objects on this page (%1)</source>
            <translation>Détecter des objets sur cette page (%1)</translation>
        </message>
        <message>
            <source>Send this page's image to the model service and mark the objects it finds</source>
            <translation>Envoyer l'image de cette page au service de modèles et marquer les objets qu'il trouve</translation>
        </message>
        <message>
            <source>Search for something first: the heatmap shows where the query matched on this page.</source>
            <translation>Lancez d'abord une recherche : la carte de chaleur montre où la requête correspond sur cette page.</translation>
        </message>
        <message>
            <source>Mapping “%1” on page %2…</source>
            <translation>Cartographie de « %1 » sur la page %2…</translation>
        </message>
        <message>
            <source>late interaction</source>
            <translation>interaction tardive</translation>
        </message>
        <message>
            <source>term matches</source>
            <translation>correspondances de termes</translation>
        </message>
        <message>
            <source>Heatmap (%1): strongest at x %2, y %3 of page %4.</source>
            <translation>Carte de chaleur (%1) : intensité maximale à x %2, y %3 de la page %4.</translation>
        </message>
        <message>
            <source>Open a page of a library document first, then detect objects on it.</source>
            <translation>Ouvrez d'abord une page d'un document de la bibliothèque, puis détectez-y des objets.</translation>
        </message>
        <message>
            <source>Detect Objects</source>
            <translation>Détecter des objets</translation>
        </message>
        <message>
            <source>What should be found on page %1? The page image is sent with this instruction.</source>
            <translation>Que faut-il trouver sur la page %1 ? L'image de la page est envoyée avec cette consigne.</translation>
        </message>
        <message>
            <source>&amp;Detect</source>
            <translation>&amp;Détecter</translation>
        </message>
        <message>
            <source>Reading the library's privacy setting…</source>
            <translation>Lecture du réglage de confidentialité de la bibliothèque…</translation>
        </message>
        <message>
            <source>%1 Try again, or reopen the library.</source>
            <translation>%1 Réessayez ou rouvrez la bibliothèque.</translation>
        </message>
        <message>
            <source>Object detection sends the page image, which this library's privacy setting (“%1”) does not allow. Nothing was sent; Settings (Tools ▸ Settings…) changes it.</source>
            <translation>La détection d'objets envoie l'image de la page, ce que le réglage de confidentialité de cette bibliothèque (« %1 ») n'autorise pas. Rien n'a été envoyé ; vous pouvez le modifier dans les paramètres (Outils ▸ Paramètres…).</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>Aucun service de modèles n'est configuré.</translation>
        </message>
        <message>
            <source>%1 Add a key or a server in Settings (Tools ▸ Settings…) to detect objects.</source>
            <translation>%1 Ajoutez une clé ou un serveur dans les paramètres (Outils ▸ Paramètres…) pour détecter des objets.</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>Service compatible OpenAI</translation>
        </message>
        <message>
            <source>The image of page %1 of “%2” (WEBP, longest side %3 px) and your prompt will be sent to %4 at %5 to find objects on it.</source>
            <translation>L'image de la page %1 de « %2 » (WEBP, côté le plus long %3 px) et votre consigne seront envoyées à %4 à l'adresse %5 pour y trouver des objets.</translation>
        </message>
        <message>
            <source>Send the Page Image?</source>
            <translation>Envoyer l'image de la page ?</translation>
        </message>
        <message>
            <source>Nothing has been sent yet.</source>
            <translation>Rien n'a encore été envoyé.</translation>
        </message>
        <message>
            <source>Don't ask again for this library</source>
            <translation>Ne plus demander pour cette bibliothèque</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Envoyer</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;Pas maintenant</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>Waiting for your answer: may the page image be sent?</source>
            <translation>En attente de votre réponse : l'image de la page peut-elle être envoyée ?</translation>
        </message>
        <message>
            <source>Detecting objects on page %1…</source>
            <translation>Détection des objets sur la page %1…</translation>
        </message>
        <message>
            <source>Object detection failed: %1 The page's earlier objects are kept.</source>
            <translation>La détection d'objets a échoué : %1 Les objets précédents de la page sont conservés.</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) found on page %1.</source>
            <translation>
                <numerusform>%n objet trouvé sur la page %1.</numerusform>
                <numerusform>%n objets trouvés sur la page %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Detection cancelled; nothing was stored.</source>
            <translation>Détection annulée ; rien n’a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LayerLegend</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Page layers legend</source>
            <translation>Légende des calques de la page</translation>
        </message>
        <message>
            <source>Heatmap word</source>
            <translation>Mot de la carte de chaleur</translation>
        </message>
        <message>
            <source>Heatmap opacity</source>
            <translation>Opacité de la carte de chaleur</translation>
        </message>
        <message>
            <source>Strongest heatmap regions</source>
            <translation>Zones les plus intenses de la carte de chaleur</translation>
        </message>
        <message>
            <source>Page layers message</source>
            <translation>Message des calques de la page</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>Opacité</translation>
        </message>
        <message>
            <source>Objects:</source>
            <translation>Objets :</translation>
        </message>
        <message>
            <source>All words</source>
            <translation>Tous les mots</translation>
        </message>
        <message>
            <source>Strongest: %1</source>
            <translation>Plus intenses : %1</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LibraryController</name>
        <message numerus="yes">
            <source>%n document(s) added</source>
            <translation>
                <numerusform>%n document ajouté</numerusform>
                <numerusform>%n documents ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n modifié</numerusform>
                <numerusform>%n modifiés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>%n déplacé</numerusform>
                <numerusform>%n déplacés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n retiré</numerusform>
                <numerusform>%n retirés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) skipped</source>
            <translation>
                <numerusform>%n doublon ignoré</numerusform>
                <numerusform>%n doublons ignorés</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes found</source>
            <translation>Aucune modification trouvée</translation>
        </message>
        <message>
            <source>Opening library %1…</source>
            <translation>Ouverture de la bibliothèque %1…</translation>
        </message>
        <message>
            <source>Could not open the library %1: %2</source>
            <translation>Impossible d'ouvrir la bibliothèque %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n item(s)…</source>
            <translation>
                <numerusform>Ajout de %n élément…</numerusform>
                <numerusform>Ajout de %n éléments…</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not add files: %1</source>
            <translation>Impossible d'ajouter les fichiers : %1</translation>
        </message>
        <message>
            <source>Scanning folders…</source>
            <translation>Analyse des dossiers…</translation>
        </message>
        <message>
            <source>Could not rescan the library: %1</source>
            <translation>Impossible de réanalyser la bibliothèque : %1</translation>
        </message>
        <message>
            <source>Could not rescan: %1</source>
            <translation>Impossible de réanalyser : %1</translation>
        </message>
        <message>
            <source>Could not remove from the library: %1</source>
            <translation>Impossible de retirer de la bibliothèque : %1</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n document(s) from the library; the files were not touched. Adding them again brings them back.</source>
            <translation>
                <numerusform>%n document retiré de la bibliothèque ; les fichiers n'ont pas été modifiés. Il suffit de les ajouter à nouveau pour les récupérer.</numerusform>
                <numerusform>%n documents retirés de la bibliothèque ; les fichiers n'ont pas été modifiés. Il suffit de les ajouter à nouveau pour les récupérer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read the library: %1</source>
            <translation>Impossible de lire la bibliothèque : %1</translation>
        </message>
        <message>
            <source>Indexing stopped: %1</source>
            <translation>Indexation arrêtée : %1</translation>
        </message>
        <message>
            <source>Late interaction: %1</source>
            <translation>Interaction tardive : %1</translation>
        </message>
        <message>
            <source>Late interaction needs page images, which this library may not send (Tools ▸ Settings).</source>
            <translation>L'interaction tardive a besoin des images des pages, que cette bibliothèque n'est pas autorisée à envoyer (Outils ▸ Paramètres).</translation>
        </message>
        <message numerus="yes">
            <source>%n page image(s) wait for the late-interaction server: agree to send page images (Library ▸ Caption and Embed Pages…) first.</source>
            <translation>
                <numerusform>%n image de page attend le serveur d'interaction tardive : acceptez d'abord l'envoi des images de page (Bibliothèque ▸ Légender et vectoriser les pages…).</numerusform>
                <numerusform>%n images de page attendent le serveur d'interaction tardive : acceptez d'abord l'envoi des images de page (Bibliothèque ▸ Légender et vectoriser les pages…).</numerusform>
            </translation>
        </message>
        <message>
            <source>Late interaction: page %1 of %2</source>
            <translation>Interaction tardive : page %1 sur %2</translation>
        </message>
        <message>
            <source>Late interaction stopped: %1 Pages done so far are kept.</source>
            <translation>Interaction tardive arrêtée : %1 Les pages déjà traitées sont conservées.</translation>
        </message>
        <message numerus="yes">
            <source>Late interaction: %n page(s) embedded.</source>
            <translation>
                <numerusform>Interaction tardive : %n page vectorisée.</numerusform>
                <numerusform>Interaction tardive : %n pages vectorisées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling indexing…</source>
            <translation>Annulation de l'indexation…</translation>
        </message>
        <message>
            <source>Could not set the password: %1</source>
            <translation>Impossible de définir le mot de passe : %1</translation>
        </message>
        <message>
            <source>No library is open.</source>
            <translation>Aucune bibliothèque n'est ouverte.</translation>
        </message>
        <message>
            <source>No model service is set up.</source>
            <translation>Aucun service de modèles n'est configuré.</translation>
        </message>
        <message>
            <source>Could not save the library's privacy setting: %1</source>
            <translation>Impossible d'enregistrer le réglage de confidentialité de la bibliothèque : %1</translation>
        </message>
        <message>
            <source>Pages are being indexed; you will be asked when that has finished.</source>
            <translation>Des pages sont en cours d'indexation ; la question vous sera posée une fois l'indexation terminée.</translation>
        </message>
        <message>
            <source>Turn on the model service in Settings first.</source>
            <translation>Activez d'abord le service de modèles dans les paramètres.</translation>
        </message>
        <message>
            <source>Pages were not captioned: %1</source>
            <translation>Les pages n'ont pas été légendées : %1</translation>
        </message>
        <message>
            <source>Could not read the library's privacy setting: %1</source>
            <translation>Impossible de lire le réglage de confidentialité de la bibliothèque : %1</translation>
        </message>
        <message>
            <source>Could not work out what would be sent: %1</source>
            <translation>Impossible de déterminer ce qui serait envoyé : %1</translation>
        </message>
        <message>
            <source>This library may not send anything; change its privacy in Settings.</source>
            <translation>Cette bibliothèque n'est autorisée à rien envoyer ; modifiez sa confidentialité dans les paramètres.</translation>
        </message>
        <message>
            <source>Every page is already captioned and embedded.</source>
            <translation>Toutes les pages sont déjà légendées et vectorisées.</translation>
        </message>
        <message>
            <source>Sending %1 as agreed for this library (Settings takes it back).</source>
            <translation>Envoi de %1 comme convenu pour cette bibliothèque (les paramètres permettent de revenir sur ce choix).</translation>
        </message>
        <message>
            <source>Nothing was sent. Library ▸ Caption and Embed Pages… asks again.</source>
            <translation>Rien n'a été envoyé. Bibliothèque ▸ Légender et vectoriser les pages… vous reposera la question.</translation>
        </message>
        <message>
            <source>Looking up the API key…</source>
            <translation>Récupération de la clé d'API…</translation>
        </message>
        <message>
            <source>Nothing was sent. Library ▸ Caption and Embed Pages… offers it again.</source>
            <translation>Rien n'a été envoyé. Bibliothèque ▸ Légender et vectoriser les pages… vous le proposera à nouveau.</translation>
        </message>
        <message>
            <source>The key is set in Tools ▸ Settings.</source>
            <translation>La clé se définit dans Outils ▸ Paramètres.</translation>
        </message>
        <message>
            <source>Check the network and the server address (%1).</source>
            <translation>Vérifiez le réseau et l'adresse du serveur (%1).</translation>
        </message>
        <message>
            <source>Check the model names in Tools ▸ Settings.</source>
            <translation>Vérifiez les noms des modèles dans Outils ▸ Paramètres.</translation>
        </message>
        <message>
            <source>Set the embedding model and dimension the library was made with in Tools ▸ Settings.</source>
            <translation>Définissez dans Outils ▸ Paramètres le modèle de plongement et la dimension avec lesquels la bibliothèque a été créée.</translation>
        </message>
        <message>
            <source>Pages done so far are kept; Library ▸ Caption and Embed Pages… continues later.</source>
            <translation>Les pages déjà traitées sont conservées ; Bibliothèque ▸ Légender et vectoriser les pages… reprendra plus tard.</translation>
        </message>
        <message>
            <source>Captions and embeddings stopped: %1 %2</source>
            <translation>Légendes et plongements arrêtés : %1 %2</translation>
        </message>
        <message>
            <source>Captions and embeddings paused.</source>
            <translation>Légendes et plongements suspendus.</translation>
        </message>
        <message>
            <source>Captions and embeddings resumed.</source>
            <translation>Légendes et plongements repris.</translation>
        </message>
        <message>
            <source>Cancelling captions and embeddings…</source>
            <translation>Annulation des légendes et des plongements…</translation>
        </message>
    </context>
    <context>
        <name>PageLens::LibraryPane</name>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Filter by name or path</source>
            <translation>Filtrer par nom ou chemin</translation>
        </message>
        <message>
            <source>Filter documents</source>
            <translation>Filtrer les documents</translation>
        </message>
        <message>
            <source>Show documents with status</source>
            <translation>Afficher les documents ayant l'état</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Library documents</source>
            <translation>Documents de la bibliothèque</translation>
        </message>
        <message>
            <source>Documents in the library with their indexing status. Press Enter to open a document, the menu key for more.</source>
            <translation>Documents de la bibliothèque avec leur état d'indexation. Appuyez sur Enter pour ouvrir un document, sur la touche Menu pour plus d'options.</translation>
        </message>
        <message>
            <source>Copied %1</source>
            <translation>%1 copié</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Enter &amp;Password…</source>
            <translation>Saisir le &amp;mot de passe…</translation>
        </message>
        <message>
            <source>Open with the &amp;System Viewer</source>
            <translation>Ouvrir avec la visionneuse du &amp;système</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Afficher dans le &amp;dossier</translation>
        </message>
        <message>
            <source>&amp;Copy Path</source>
            <translation>&amp;Copier le chemin</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>&amp;Réanalyser</translation>
        </message>
        <message>
            <source>Re&amp;move from Library</source>
            <translation>Re&amp;tirer de la bibliothèque</translation>
        </message>
    </context>
    <context>
        <name>PageLens::MainWindow</name>
        <message>
            <source>Ask the Library</source>
            <translation>Interroger la bibliothèque</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <source>PageLens</source>
            <translation>PageLens</translation>
        </message>
        <message>
            <source>Library and search</source>
            <translation>Bibliothèque et recherche</translation>
        </message>
        <message>
            <source>The password for “%1” is wrong. Double-click it to try another.</source>
            <translation>Le mot de passe de « %1 » est incorrect. Double-cliquez dessus pour en essayer un autre.</translation>
        </message>
        <message>
            <source>“%1” is unlocked for this session.</source>
            <translation>« %1 » est déverrouillé pour cette session.</translation>
        </message>
        <message>
            <source>The document is not in the library.</source>
            <translation>Le document ne fait pas partie de la bibliothèque.</translation>
        </message>
        <message>
            <source>&amp;Open Library…</source>
            <translation>&amp;Ouvrir une bibliothèque…</translation>
        </message>
        <message>
            <source>Open or create a library in a folder</source>
            <translation>Ouvrir ou créer une bibliothèque dans un dossier</translation>
        </message>
        <message>
            <source>Add &amp;Files…</source>
            <translation>Ajouter des &amp;fichiers…</translation>
        </message>
        <message>
            <source>Add PDFs, scans or images to the library</source>
            <translation>Ajouter des PDF, des numérisations ou des images à la bibliothèque</translation>
        </message>
        <message>
            <source>Add F&amp;older…</source>
            <translation>Ajouter un &amp;dossier…</translation>
        </message>
        <message>
            <source>Add a folder; it is watched for new and changed files</source>
            <translation>Ajouter un dossier ; il est surveillé pour détecter les fichiers nouveaux et modifiés</translation>
        </message>
        <message>
            <source>&amp;Rescan</source>
            <translation>&amp;Réanalyser</translation>
        </message>
        <message>
            <source>Look for new, changed and removed files</source>
            <translation>Rechercher les fichiers nouveaux, modifiés et supprimés</translation>
        </message>
        <message>
            <source>&amp;Cancel Indexing</source>
            <translation>&amp;Annuler l'indexation</translation>
        </message>
        <message>
            <source>Enter &amp;Password…</source>
            <translation>Saisir le &amp;mot de passe…</translation>
        </message>
        <message>
            <source>Unlock the selected password-protected document for this session</source>
            <translation>Déverrouiller pour cette session le document protégé par mot de passe sélectionné</translation>
        </message>
        <message>
            <source>Select a document that needs a password first.</source>
            <translation>Sélectionnez d'abord un document qui nécessite un mot de passe.</translation>
        </message>
        <message>
            <source>Caption and &amp;Embed Pages…</source>
            <translation>Légender et &amp;vectoriser les pages…</translation>
        </message>
        <message>
            <source>Show what would be sent to the model service, then caption and embed pages</source>
            <translation>Afficher ce qui serait envoyé au service de modèles, puis légender et vectoriser les pages</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>Model service, API key, privacy and limits</source>
            <translation>Service de modèles, clé d'API, confidentialité et limites</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Search the Library…</source>
            <translation>&amp;Rechercher dans la bibliothèque…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir une bibliothèque &amp;récente</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Bibliothèque</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Ask the Library</source>
            <translation>&amp;Interroger la bibliothèque</translation>
        </message>
        <message>
            <source>Ask a question; the answer cites the pages it comes from</source>
            <translation>Poser une question ; la réponse cite les pages dont elle provient</translation>
        </message>
        <message>
            <source>&amp;Outline</source>
            <translation>So&amp;mmaire</translation>
        </message>
        <message>
            <source>The PDF's table of contents; choose an entry to turn to its page</source>
            <translation>La table des matières du PDF ; choisissez une entrée pour aller à sa page</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>Plein écra&amp;n</translation>
        </message>
        <message>
            <source>Show the window on the whole screen (F11 again to leave)</source>
            <translation>Afficher la fenêtre en plein écran (F11 à nouveau pour quitter)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>PageLens &amp;Help</source>
            <translation>&amp;Aide de PageLens</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About PageLens</source>
            <translation>À &amp;propos de PageLens</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>%1, page %2</source>
            <translation>%1, page %2</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliothèques</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Open Library</source>
            <translation>Ouvrir une bibliothèque</translation>
        </message>
        <message>
            <source>Add Files</source>
            <translation>Ajouter des fichiers</translation>
        </message>
        <message>
            <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;All files (*)</source>
            <translation>Documents et images (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Add Folder</source>
            <translation>Ajouter un dossier</translation>
        </message>
        <message>
            <source>Password Required</source>
            <translation>Mot de passe requis</translation>
        </message>
        <message>
            <source>“%1” is protected.
Enter its password (kept for this session only):</source>
            <translation>« %1 » est protégé.
Saisissez son mot de passe (conservé pour cette session uniquement) :</translation>
        </message>
        <message>
            <source>“%1” is not shown: %2</source>
            <translation>« %1 » n'est pas affiché : %2</translation>
        </message>
        <message>
            <source>the passage cited as [%1]</source>
            <translation>le passage cité comme [%1]</translation>
        </message>
        <message>
            <source>%1 search skipped: %2</source>
            <translation>Recherche %1 ignorée : %2</translation>
        </message>
        <message>
            <source>%1 — PageLens</source>
            <translation>%1 — PageLens</translation>
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
                <numerusform>%n indexé</numerusform>
                <numerusform>%n indexés</numerusform>
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
            <source>%n waiting</source>
            <translation>
                <numerusform>%n en attente</numerusform>
                <numerusform>%n en attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n requiert votre attention</numerusform>
                <numerusform>%n requièrent votre attention</numerusform>
            </translation>
        </message>
        <message>
            <source>Indexing cancelled; unfinished documents stay pending.</source>
            <translation>Indexation annulée ; les documents non terminés restent en attente.</translation>
        </message>
        <message numerus="yes">
            <source>Indexed %n document(s)</source>
            <translation>
                <numerusform>%n document indexé</numerusform>
                <numerusform>%n documents indexés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with unreadable pages</source>
            <translation>
                <numerusform>%n avec des pages illisibles</numerusform>
                <numerusform>%n avec des pages illisibles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n en échec</numerusform>
                <numerusform>%n en échec</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed while read (still pending)</source>
            <translation>
                <numerusform>%n modifié pendant la lecture (toujours en attente)</numerusform>
                <numerusform>%n modifiés pendant la lecture (toujours en attente)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) a password</source>
            <translation>
                <numerusform>%n nécessite un mot de passe</numerusform>
                <numerusform>%n nécessitent un mot de passe</numerusform>
            </translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible service</source>
            <translation>Service compatible OpenAI</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 à l'adresse %2</translation>
        </message>
        <message>
            <source>Captions and Embeddings Need a Key</source>
            <translation>Les légendes et les plongements nécessitent une clé</translation>
        </message>
        <message>
            <source>Nothing was sent: %1</source>
            <translation>Rien n'a été envoyé : %1</translation>
        </message>
        <message>
            <source>To caption and embed pages, open Settings, paste the service's API key under API Key and press OK (it is kept in the OS keychain), or start PageLens with the environment variable %1 set. A local server such as Ollama or llama.cpp needs no key: enter its address under Server address. Search by words works without any of this.</source>
            <translation>Pour légender et vectoriser les pages, ouvrez les paramètres, collez la clé d'API du service sous Clé d'API et appuyez sur OK (elle est conservée dans le trousseau de clés du système), ou démarrez PageLens avec la variable d'environnement %1 définie. Un serveur local comme Ollama ou llama.cpp ne nécessite aucune clé : saisissez son adresse sous Adresse du serveur. La recherche par mots fonctionne sans tout cela.</translation>
        </message>
        <message>
            <source>Open &amp;Settings…</source>
            <translation>Ouvrir les &amp;paramètres…</translation>
        </message>
        <message>
            <source>&amp;Not Now</source>
            <translation>&amp;Pas maintenant</translation>
        </message>
        <message>
            <source>Captions and embeddings cancelled; pages done so far are kept.</source>
            <translation>Légendes et plongements annulés ; les pages déjà traitées sont conservées.</translation>
        </message>
        <message numerus="yes">
            <source>Captioned %n page(s)</source>
            <translation>
                <numerusform>%n page légendée</numerusform>
                <numerusform>%n pages légendées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>embedded %n page(s)</source>
            <translation>
                <numerusform>%n page vectorisée</numerusform>
                <numerusform>%n pages vectorisées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the model</source>
            <translation>
                <numerusform>%n refusée par le modèle</numerusform>
                <numerusform>%n refusées par le modèle</numerusform>
            </translation>
        </message>
        <message>
            <source>About PageLens</source>
            <translation>À propos de PageLens</translation>
        </message>
        <message>
            <source>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;Search folders of PDFs, scans and images, and see every match on its page.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PageLens %1&lt;/h3&gt;&lt;p&gt;Recherchez dans des dossiers de PDF, de numérisations et d'images, et voyez chaque correspondance sur sa page.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Embed Page &amp;Images for Late Interaction</source>
            <translation>Vectoriser les &amp;images des pages pour l’interaction tardive</translation>
        </message>
        <message>
            <source>Send the pages not yet embedded to the late-interaction server of Settings</source>
            <translation>Envoyer les pages pas encore vectorisées au serveur d’interaction tardive des Paramètres</translation>
        </message>
        <message>
            <source>Open a library first.</source>
            <translation>Ouvrez d’abord une bibliothèque.</translation>
        </message>
        <message>
            <source>Set up a late-interaction server in Settings first.</source>
            <translation>Configurez d’abord un serveur d’interaction tardive dans les Paramètres.</translation>
        </message>
        <message>
            <source>Page images are already being embedded.</source>
            <translation>Les images des pages sont déjà en cours de vectorisation.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::OutlinePane</name>
        <message>
            <source>Outline</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <source>This document has no outline.</source>
            <translation>Ce document n'a pas de sommaire.</translation>
        </message>
        <message>
            <source>Open a document to see its outline.</source>
            <translation>Ouvrez un document pour voir son sommaire.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PageLayers</name>
        <message>
            <source>Show Search &amp;Matches</source>
            <translation>Afficher les &amp;correspondances de recherche</translation>
        </message>
        <message>
            <source>Show or hide the boxes around the words the search matched</source>
            <translation>Afficher ou masquer les cadres autour des mots trouvés par la recherche</translation>
        </message>
        <message>
            <source>Show Detected &amp;Objects</source>
            <translation>Afficher les &amp;objets détectés</translation>
        </message>
        <message>
            <source>Show or hide the objects detected on the page</source>
            <translation>Afficher ou masquer les objets détectés sur la page</translation>
        </message>
        <message>
            <source>Show Query &amp;Heatmap</source>
            <translation>Afficher la carte de c&amp;haleur de la requête</translation>
        </message>
        <message>
            <source>Show or hide where on the page the current query matched</source>
            <translation>Afficher ou masquer où la requête actuelle correspond sur la page</translation>
        </message>
        <message>
            <source>Heatmap (%1)</source>
            <translation>Carte de chaleur (%1)</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PageView</name>
        <message>
            <source>Page viewer</source>
            <translation>Visionneuse de pages</translation>
        </message>
        <message>
            <source>Drop PDFs, scans or images here, or choose File ▸ Add Files…</source>
            <translation>Déposez ici des PDF, des numérisations ou des images, ou choisissez Fichier ▸ Ajouter des fichiers…</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Ouverture…</translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>Le document n'a aucune page.</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>Aucun document</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) highlighted</source>
            <translation>
                <numerusform>%n correspondance mise en évidence</numerusform>
                <numerusform>%n correspondances mises en évidence</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) highlighted, marking: %1</source>
            <translation>
                <numerusform>%n cadre mis en évidence, désignant : %1</numerusform>
                <numerusform>%n cadres mis en évidence, désignant : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>turned %1°</source>
            <translation>pivoté de %1°</translation>
        </message>
    </context>
    <context>
        <name>PageLens::PrivacyChoiceDialog</name>
        <message>
            <source>What May This Library Send?</source>
            <translation>Que peut envoyer cette bibliothèque ?</translation>
        </message>
        <message>
            <source>The model service can caption and embed the pages of %1 so they can be found by meaning. Choose what this library may send; nothing has been sent, and you are shown exactly what would go before anything does. Settings changes it later.</source>
            <translation>Le service de modèles peut légender et vectoriser les pages de %1 afin qu'elles puissent être trouvées par leur sens. Choisissez ce que cette bibliothèque peut envoyer ; rien n'a été envoyé, et vous verrez exactement ce qui partirait avant tout envoi. Vous pourrez modifier ce choix plus tard dans les paramètres.</translation>
        </message>
        <message>
            <source>&amp;Never send anything (search stays offline)</source>
            <translation>&amp;Ne jamais rien envoyer (la recherche reste hors ligne)</translation>
        </message>
        <message>
            <source>Page &amp;text only (embeddings for search by meaning)</source>
            <translation>&amp;Texte des pages uniquement (plongements pour la recherche par le sens)</translation>
        </message>
        <message>
            <source>Page text and page &amp;images (captions of pictures and scans too)</source>
            <translation>Texte et &amp;images des pages (légendes des illustrations et des numérisations également)</translation>
        </message>
        <message>
            <source>&amp;Use This Setting</source>
            <translation>&amp;Utiliser ce réglage</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ProviderSession</name>
        <message>
            <source>The model service is turned off in Settings.</source>
            <translation>Le service de modèles est désactivé dans les paramètres.</translation>
        </message>
        <message>
            <source>No late-interaction server is set up in Settings.</source>
            <translation>Aucun serveur d'interaction tardive n'est configuré dans les paramètres.</translation>
        </message>
        <message>
            <source>Looking up the late-interaction server's key…</source>
            <translation>Récupération de la clé du serveur d'interaction tardive…</translation>
        </message>
        <message>
            <source>Looking up the API key…</source>
            <translation>Récupération de la clé d'API…</translation>
        </message>
        <message>
            <source>No Gemini API key: enter one in Settings or set GEMINI_API_KEY (or GOOGLE_API_KEY).</source>
            <translation>Aucune clé d'API Gemini : saisissez-en une dans les paramètres ou définissez GEMINI_API_KEY (ou GOOGLE_API_KEY).</translation>
        </message>
        <message>
            <source>No OpenAI API key: enter one in Settings or set OPENAI_API_KEY.</source>
            <translation>Aucune clé d'API OpenAI : saisissez-en une dans les paramètres ou définissez OPENAI_API_KEY.</translation>
        </message>
    </context>
    <context>
        <name>PageLens::SearchPanel</name>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>Trier par</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>Search pages: words, "phrase", -word, a OR b, word*</source>
            <translation>Rechercher des pages : mots, "expression", -mot, a OR b, mot*</translation>
        </message>
        <message>
            <source>Results come as you type; Enter also asks the model service. Escape clears the search.</source>
            <translation>Les résultats s'affichent pendant la saisie ; la touche Enter interroge aussi le service de modèles. Escape efface la recherche.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Type words to find; press Enter to include the model service</source>
            <translation>Saisissez les mots à trouver ; appuyez sur Enter pour inclure le service de modèles</translation>
        </message>
        <message>
            <source>All folders</source>
            <translation>Tous les dossiers</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>Numérisation</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Toutes les dates</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Past 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>Past 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>Past year</source>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <source>Relevance</source>
            <translation>Pertinence</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>État de la recherche</translation>
        </message>
        <message>
            <source>Type words to search.</source>
            <translation>Saisissez des mots à rechercher.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>One row per document; Left and Right move through its pages, Enter opens one</source>
            <translation>Une ligne par document ; les touches Left et Right parcourent ses pages, Enter en ouvre une</translation>
        </message>
        <message>
            <source>Searching for “%1”…</source>
            <translation>Recherche de « %1 »…</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 dans %2</translation>
        </message>
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
        <message>
            <source>No pages match “%1”.</source>
            <translation>Aucune page ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>No page has all the words of “%1”; %2 with most of them.</source>
            <translation>Aucune page ne contient tous les mots de « %1 » ; %2 en contiennent la plupart.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the pages with only some of the words.</source>
            <translation>
                <numerusform>Dont %n page ne contenant que certains des mots.</numerusform>
                <numerusform>Dont %n pages ne contenant que certains des mots.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) in %1 match “%2”.</source>
            <translation>
                <numerusform>%n page dans %1 correspond à « %2 ».</numerusform>
                <numerusform>%n pages dans %1 correspondent à « %2 ».</numerusform>
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
                <numerusform>%1, %n page correspondante : %2</numerusform>
                <numerusform>%1, %n pages correspondantes : %2</numerusform>
            </translation>
        </message>
        <message>
            <source>(results of the previous query)</source>
            <translation>(résultats de la requête précédente)</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n page(s) · has only: %2</source>
            <translation>
                <numerusform>%1 · %n page · contient seulement : %2</numerusform>
                <numerusform>%1 · %n pages · contient seulement : %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n page(s)</source>
            <translation>
                <numerusform>%1 · %n page</numerusform>
                <numerusform>%1 · %n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageLens::SettingsDialog</name>
        <message>
            <source>&amp;Use the model service when indexing and searching</source>
            <translation>&amp;Utiliser le service de modèles lors de l'indexation et de la recherche</translation>
        </message>
        <message>
            <source>&amp;Store Key</source>
            <translation>&amp;Enregistrer la clé</translation>
        </message>
        <message>
            <source>Remo&amp;ve Key</source>
            <translation>Supp&amp;rimer la clé</translation>
        </message>
        <message>
            <source>Se&amp;nd the API key to this server</source>
            <translation>Envo&amp;yer la clé d'API à ce serveur</translation>
        </message>
        <message>
            <source>Ask &amp;Again Before Sending</source>
            <translation>Re&amp;demander avant d'envoyer</translation>
        </message>
        <message>
            <source>S&amp;tore</source>
            <translation>Enregis&amp;trer</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Send the key to this server</source>
            <translation>Envoyer la clé à ce serveur</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Caption and embed pages with the model service after indexing (you are asked before anything is sent), and search with every signal.</source>
            <translation>Légender et vectoriser les pages avec le service de modèles après l'indexation (la question vous est posée avant tout envoi), et rechercher avec tous les signaux.</translation>
        </message>
        <message>
            <source>Model service</source>
            <translation>Service de modèles</translation>
        </message>
        <message>
            <source>Google Gemini</source>
            <translation>Google Gemini</translation>
        </message>
        <message>
            <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)</source>
            <translation>Compatible OpenAI (OpenAI, Ollama, llama.cpp, vLLM)</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>Generation model</source>
            <translation>Modèle de génération</translation>
        </message>
        <message>
            <source>Embedding model</source>
            <translation>Modèle de plongement</translation>
        </message>
        <message>
            <source>Embedding dimension</source>
            <translation>Dimension du plongement</translation>
        </message>
        <message>
            <source>Vectors of a library must all have the same size; changing it means embedding the library again.</source>
            <translation>Les vecteurs d'une bibliothèque doivent tous avoir la même taille ; la modifier implique de vectoriser à nouveau la bibliothèque.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clé d'API</translation>
        </message>
        <message>
            <source>Paste a new key to store it</source>
            <translation>Collez une nouvelle clé pour l'enregistrer</translation>
        </message>
        <message>
            <source>API key status</source>
            <translation>État de la clé d'API</translation>
        </message>
        <message>
            <source>Delete this service's key from the OS keychain</source>
            <translation>Supprimer la clé de ce service du trousseau de clés du système</translation>
        </message>
        <message>
            <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server that asks for one, e.g. llama.cpp started with --api-key.</source>
            <translation>Normalement, la clé n'est envoyée qu'aux serveurs https sur Internet. Cochez cette case pour un serveur local ou en http simple qui en demande une, par ex. llama.cpp démarré avec --api-key.</translation>
        </message>
        <message>
            <source>What this library may send</source>
            <translation>Ce que cette bibliothèque peut envoyer</translation>
        </message>
        <message>
            <source>Never send anything</source>
            <translation>Ne jamais rien envoyer</translation>
        </message>
        <message>
            <source>Page text only (for embeddings)</source>
            <translation>Texte des pages uniquement (pour les plongements)</translation>
        </message>
        <message>
            <source>Page text and page images (for captions)</source>
            <translation>Texte et images des pages (pour les légendes)</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>Pas encore choisi</translation>
        </message>
        <message>
            <source>Forget that you agreed to send this library's pages: the preview is shown and your answer asked for again next time.</source>
            <translation>Oublier votre accord pour l'envoi des pages de cette bibliothèque : l'aperçu sera affiché et votre réponse demandée à nouveau la prochaine fois.</translation>
        </message>
        <message>
            <source>Caption requests per minute</source>
            <translation>Requêtes de légende par minute</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Aucune limite</translation>
        </message>
        <message>
            <source>Gemini's free tier allows about 10 per minute; local servers need no limit.</source>
            <translation>L'offre gratuite de Gemini autorise environ 10 requêtes par minute ; les serveurs locaux n'ont besoin d'aucune limite.</translation>
        </message>
        <message>
            <source>Requests in flight</source>
            <translation>Requêtes simultanées</translation>
        </message>
        <message>
            <source>Text recognition languages</source>
            <translation>Langues de reconnaissance de texte</translation>
        </message>
        <message>
            <source>Language of PageLens</source>
            <translation>Langue de PageLens</translation>
        </message>
        <message>
            <source>Model Service</source>
            <translation>Service de modèles</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Fournisseur :</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;Adresse du serveur :</translation>
        </message>
        <message>
            <source>Leave empty for the service's own address. For a local server use its OpenAI-compatible address, e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8080/v1 (llama.cpp server); local servers need no key and get none.</source>
            <translation>Laissez vide pour utiliser l'adresse propre du service. Pour un serveur local, indiquez son adresse compatible OpenAI, par ex. http://localhost:11434/v1 (Ollama) ou http://localhost:8080/v1 (serveur llama.cpp) ; les serveurs locaux n'ont pas besoin de clé et n'en reçoivent aucune.</translation>
        </message>
        <message>
            <source>&amp;Generation model:</source>
            <translation>Modèle de &amp;génération :</translation>
        </message>
        <message>
            <source>&amp;Embedding model:</source>
            <translation>Modèle de &amp;plongement :</translation>
        </message>
        <message>
            <source>Embedding &amp;dimension:</source>
            <translation>D&amp;imension du plongement :</translation>
        </message>
        <message>
            <source>API Key</source>
            <translation>Clé d'API</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Clé :</translation>
        </message>
        <message>
            <source>Keys are stored in the OS keychain, never in PageLens's settings or library files, and are not shown again once stored. GOOGLE_API_KEY, GEMINI_API_KEY or OPENAI_API_KEY in the environment take precedence.</source>
            <translation>Les clés sont enregistrées dans le trousseau de clés du système, jamais dans les paramètres ni dans les fichiers de bibliothèque de PageLens, et ne sont plus affichées une fois enregistrées. GOOGLE_API_KEY, GEMINI_API_KEY ou OPENAI_API_KEY dans l'environnement sont prioritaires.</translation>
        </message>
        <message>
            <source>Privacy of This Library</source>
            <translation>Confidentialité de cette bibliothèque</translation>
        </message>
        <message>
            <source>&amp;May send:</source>
            <translation>Peut e&amp;nvoyer :</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>Limites</translation>
        </message>
        <message>
            <source>Caption &amp;requests per minute:</source>
            <translation>Re&amp;quêtes de légende par minute :</translation>
        </message>
        <message>
            <source>Requests &amp;in flight:</source>
            <translation>Requêtes &amp;simultanées :</translation>
        </message>
        <message>
            <source>Text Recognition</source>
            <translation>Reconnaissance de texte</translation>
        </message>
        <message>
            <source>OCR &amp;languages:</source>
            <translation>Langues d'&amp;OCR :</translation>
        </message>
        <message>
            <source>Pages without a text layer are read in the checked languages; each extra language makes reading slower. Applies to pages indexed from now on: pages already indexed are not read again. More languages come from packages such as tesseract-ocr-deu (German) or tesseract-ocr-fra (French); their files are in %1.</source>
            <translation>Les pages sans couche de texte sont lues dans les langues cochées ; chaque langue supplémentaire ralentit la lecture. S'applique aux pages indexées à partir de maintenant : les pages déjà indexées ne sont pas relues. D'autres langues sont fournies par des paquets comme tesseract-ocr-deu (allemand) ou tesseract-ocr-fra (français) ; leurs fichiers se trouvent dans %1.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Applies the next time PageLens starts. The command line follows the LANG and LC_ALL environment variables.</source>
            <translation>S'applique au prochain démarrage de PageLens. La ligne de commande suit les variables d'environnement LANG et LC_ALL.</translation>
        </message>
        <message>
            <source>Late-interaction server address</source>
            <translation>Adresse du serveur d'interaction tardive</translation>
        </message>
        <message>
            <source>Late-interaction model</source>
            <translation>Modèle d'interaction tardive</translation>
        </message>
        <message>
            <source>Late-interaction server API</source>
            <translation>API du serveur d'interaction tardive</translation>
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
            <translation>Clé d'API du serveur d'interaction tardive</translation>
        </message>
        <message>
            <source>Only if the server was started with --api-key</source>
            <translation>Uniquement si le serveur a été démarré avec --api-key</translation>
        </message>
        <message>
            <source>The key normally goes only to https servers on the internet. Check this for a local or plain-http server started with --api-key.</source>
            <translation>Normalement, la clé n'est envoyée qu'aux serveurs https sur Internet. Cochez cette case pour un serveur local ou en http simple démarré avec --api-key.</translation>
        </message>
        <message>
            <source>Late Interaction (Page Images)</source>
            <translation>Interaction tardive (images des pages)</translation>
        </message>
        <message>
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;veur :</translation>
        </message>
        <message>
            <source>M&amp;odel:</source>
            <translation>&amp;Modèle :</translation>
        </message>
        <message>
            <source>AP&amp;I:</source>
            <translation>AP&amp;I :</translation>
        </message>
        <message>
            <source>Ke&amp;y:</source>
            <translation>Cl&amp;é :</translation>
        </message>
        <message>
            <source>A ColPali-family server embeds page images for the "late" search signal and the heatmaps, e.g. infinity_emb v2 --model-id vidore/colpali-v1.2-merged, or vllm serve MODEL --runner pooling. Pages are sent only where this library may send page images. PAGELENS_LATE_API_KEY in the environment takes precedence over the keychain.</source>
            <translation>Un serveur de la famille ColPali vectorise les images des pages pour le signal de recherche "late" et les cartes de chaleur, par ex. infinity_emb v2 --model-id vidore/colpali-v1.2-merged, ou vllm serve MODEL --runner pooling. Les pages ne sont envoyées que si cette bibliothèque est autorisée à envoyer des images de page. PAGELENS_LATE_API_KEY dans l'environnement est prioritaire sur le trousseau de clés.</translation>
        </message>
        <message>
            <source>Reading the library's setting…</source>
            <translation>Lecture du réglage de la bibliothèque…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>language name, Tesseract code</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No Tesseract language is installed, so pages without a text layer cannot be read.</source>
            <translation>Aucune langue Tesseract n'est installée ; les pages sans couche de texte ne peuvent donc pas être lues.</translation>
        </message>
        <message>
            <source>Check at least one language.</source>
            <translation>Cochez au moins une langue.</translation>
        </message>
        <message>
            <source>Open a library to choose what it may send.</source>
            <translation>Ouvrez une bibliothèque pour choisir ce qu'elle peut envoyer.</translation>
        </message>
        <message>
            <source>Applies to the library in %1. You are shown what would be sent, and asked once for each kind of data, before anything leaves this computer.</source>
            <translation>S'applique à la bibliothèque située dans %1. Ce qui serait envoyé vous est montré, et la question vous est posée une fois pour chaque type de données, avant que quoi que ce soit ne quitte cet ordinateur.</translation>
        </message>
        <message>
            <source>Not chosen yet for the library in %1: you are asked the first time something would leave this computer.</source>
            <translation>Pas encore choisi pour la bibliothèque située dans %1 : la question vous sera posée la première fois que quelque chose devrait quitter cet ordinateur.</translation>
        </message>
        <message>
            <source>You are asked before this library sends anything.</source>
            <translation>La question vous est posée avant que cette bibliothèque n'envoie quoi que ce soit.</translation>
        </message>
        <message>
            <source>You agreed that this library may send %1 without asking again.</source>
            <translation>Vous avez accepté que cette bibliothèque envoie %1 sans vous redemander.</translation>
        </message>
        <message>
            <source>Checking the keychain…</source>
            <translation>Vérification du trousseau de clés…</translation>
        </message>
        <message>
            <source>Using the key from the environment variable %1.</source>
            <translation>Utilisation de la clé de la variable d'environnement %1.</translation>
        </message>
        <message>
            <source>A key is stored in the OS keychain.</source>
            <translation>Une clé est enregistrée dans le trousseau de clés du système.</translation>
        </message>
        <message>
            <source>No key is stored.</source>
            <translation>Aucune clé n'est enregistrée.</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1 Install or unlock a keychain (GNOME Keyring or KWallet, reached through the Secret Service), or start PageLens with %2 set in the environment.</source>
            <translation>Impossible de lire le trousseau de clés : %1 Installez ou déverrouillez un trousseau de clés (GNOME Keyring ou KWallet, accessible via le Secret Service), ou démarrez PageLens avec %2 défini dans l'environnement.</translation>
        </message>
        <message>
            <source>Storing the key in the OS keychain…</source>
            <translation>Enregistrement de la clé dans le trousseau de clés du système…</translation>
        </message>
        <message>
            <source>The key could not be stored: %1 Install or unlock a keychain (GNOME Keyring or KWallet), or start PageLens with %2 set in the environment instead.</source>
            <translation>Impossible d'enregistrer la clé : %1 Installez ou déverrouillez un trousseau de clés (GNOME Keyring ou KWallet), ou démarrez plutôt PageLens avec %2 défini dans l'environnement.</translation>
        </message>
        <message>
            <source>The key was stored in the OS keychain.</source>
            <translation>La clé a été enregistrée dans le trousseau de clés du système.</translation>
        </message>
        <message>
            <source>Removing the key from the OS keychain…</source>
            <translation>Suppression de la clé du trousseau de clés du système…</translation>
        </message>
        <message>
            <source>The key could not be removed: %1</source>
            <translation>Impossible de supprimer la clé : %1</translation>
        </message>
        <message>
            <source>No key (most local servers need none).</source>
            <translation>Aucune clé (la plupart des serveurs locaux n'en ont pas besoin).</translation>
        </message>
        <message>
            <source>The keychain cannot be read: %1</source>
            <translation>Impossible de lire le trousseau de clés : %1</translation>
        </message>
        <message>
            <source>The key could not be stored: %1 Set PAGELENS_LATE_API_KEY in the environment instead.</source>
            <translation>Impossible d'enregistrer la clé : %1 Définissez plutôt PAGELENS_LATE_API_KEY dans l'environnement.</translation>
        </message>
        <message>
            <source>Detect objects while indexing</source>
            <translation>Détecter les objets pendant l’indexation</translation>
        </message>
        <message>
            <source>Sends each page image for object detection; needs page images allowed.</source>
            <translation>Envoie chaque image de page pour la détection d’objets ; les images des pages doivent être autorisées.</translation>
        </message>
        <message>
            <source>Detection prompt</source>
            <translation>Consigne de détection</translation>
        </message>
        <message>
            <source>Detection pro&amp;mpt:</source>
            <translation>Consigne de dét&amp;ection :</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ThumbnailStrip</name>
        <message>
            <source>Page thumbnails</source>
            <translation>Miniatures des pages</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <source>Page %1 has detected objects</source>
            <translation>La page %1 contient des objets détectés</translation>
        </message>
        <message>
            <source>Page %1, has detected objects</source>
            <translation>Page %1, contient des objets détectés</translation>
        </message>
    </context>
    <context>
        <name>PageLens::ViewerPanel</name>
        <message>
            <source>&amp;Previous Page</source>
            <translation>Page &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Next Page</source>
            <translation>Page &amp;suivante</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom a&amp;vant</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;arrière</translation>
        </message>
        <message>
            <source>Fit &amp;Width</source>
            <translation>Ajuster à la &amp;largeur</translation>
        </message>
        <message>
            <source>Fit &amp;Page</source>
            <translation>A&amp;juster à la page</translation>
        </message>
        <message>
            <source>&amp;Find in Document…</source>
            <translation>&amp;Rechercher dans le document…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Rechercher le suiva&amp;nt</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Rechercher le &amp;précédent</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Select &amp;All on Page</source>
            <translation>Tout &amp;sélectionner sur la page</translation>
        </message>
        <message>
            <source>Copy the words selected on the page (drag over the words to select them)</source>
            <translation>Copier les mots sélectionnés sur la page (faites glisser le pointeur sur les mots pour les sélectionner)</translation>
        </message>
        <message>
            <source>Rotate &amp;Left</source>
            <translation>Faire pivoter à &amp;gauche</translation>
        </message>
        <message>
            <source>Rotate &amp;Right</source>
            <translation>Faire pivoter à &amp;droite</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Numéro de page</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>Niveau de zoom</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Viewer tools</source>
            <translation>Outils de la visionneuse</translation>
        </message>
        <message>
            <source>search match</source>
            <translation>correspondance de recherche</translation>
        </message>
        <message>
            <source>matched: %1</source>
            <translation>correspondances : %1</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>sur %1</translation>
        </message>
        <message>
            <source>&amp;Continuous</source>
            <translation>&amp;Continu</translation>
        </message>
        <message>
            <source>Show all pages in one scroll</source>
            <translation>Afficher toutes les pages dans un seul défilement</translation>
        </message>
    </context>
    <context>
        <name>ProviderOptions</name>
        <message>
            <source>Model service: gemini (default) or openai.</source>
            <translation>Service de modèles : gemini (par défaut) ou openai.</translation>
        </message>
        <message>
            <source>Service address (default: the service's own, or PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL).</source>
            <translation>Adresse du service (par défaut : celle du service, ou PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL).</translation>
        </message>
        <message>
            <source>Generation model (gemini: gemini-2.5-flash).</source>
            <translation>Modèle de génération (gemini : gemini-2.5-flash).</translation>
        </message>
        <message>
            <source>Embedding model (gemini: gemini-embedding-001).</source>
            <translation>Modèle de plongement (gemini : gemini-embedding-001).</translation>
        </message>
        <message>
            <source>Send the API key to an http:// or local/private server too (by default it goes only to public https servers).</source>
            <translation>Envoyer aussi la clé d'API à un serveur http:// ou local/privé (par défaut, elle n'est envoyée qu'aux serveurs https publics).</translation>
        </message>
        <message>
            <source>Resize images to at most this width before sending, 16 to 8192 (default 600).</source>
            <translation>Redimensionner les images à cette largeur maximale avant l'envoi, de 16 à 8192 (par défaut 600).</translation>
        </message>
        <message>
            <source>Image format to send: webp (default), jpeg or png.</source>
            <translation>Format d'image à envoyer : webp (par défaut), jpeg ou png.</translation>
        </message>
        <message>
            <source>Late-interaction server (infinity), e.g. http://localhost:7997 (default: PAGELENS_LATE_URL).</source>
            <translation>Serveur d'interaction tardive (infinity), par ex. http://localhost:7997 (par défaut : PAGELENS_LATE_URL).</translation>
        </message>
        <message>
            <source>Its ColPali-family model, e.g. vidore/colpali-v1.2-merged (default: PAGELENS_LATE_MODEL).</source>
            <translation>Son modèle de la famille ColPali, par ex. vidore/colpali-v1.2-merged (par défaut : PAGELENS_LATE_MODEL).</translation>
        </message>
        <message>
            <source>How the server sends vectors: base64 (default) or float.</source>
            <translation>Façon dont le serveur envoie les vecteurs : base64 (par défaut) ou float.</translation>
        </message>
        <message>
            <source>The server's API: infinity (/embeddings, default) or vllm (/pooling, task token_embed) (default: PAGELENS_LATE_DIALECT).</source>
            <translation>L'API du serveur : infinity (/embeddings, par défaut) ou vllm (/pooling, tâche token_embed) (par défaut : PAGELENS_LATE_DIALECT).</translation>
        </message>
        <message>
            <source>A late-interaction server needs both --late-url and --late-model.</source>
            <translation>Un serveur d'interaction tardive nécessite à la fois --late-url et --late-model.</translation>
        </message>
        <message>
            <source>--late-url takes an http:// or https:// address.</source>
            <translation>--late-url accepte une adresse http:// ou https://.</translation>
        </message>
        <message>
            <source>--late-encoding takes base64 or float.</source>
            <translation>--late-encoding accepte base64 ou float.</translation>
        </message>
        <message>
            <source>--late-dialect takes infinity or vllm.</source>
            <translation>--late-dialect accepte infinity ou vllm.</translation>
        </message>
        <message>
            <source>Unknown provider "%1": use gemini or openai.</source>
            <translation>Fournisseur inconnu « %1 » : utilisez gemini ou openai.</translation>
        </message>
        <message>
            <source>No Gemini API key: set GOOGLE_API_KEY or GEMINI_API_KEY, or store a key in the keychain.</source>
            <translation>Aucune clé d'API Gemini : définissez GOOGLE_API_KEY ou GEMINI_API_KEY, ou enregistrez une clé dans le trousseau de clés.</translation>
        </message>
        <message>
            <source>No OpenAI API key: set OPENAI_API_KEY or store a key in the keychain.</source>
            <translation>Aucune clé d'API OpenAI : définissez OPENAI_API_KEY ou enregistrez une clé dans le trousseau de clés.</translation>
        </message>
        <message>
            <source>"%1" is not a page number.</source>
            <translation>« %1 » n'est pas un numéro de page.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>Impossible de lire %1.</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>pixels</translation>
        </message>
        <message>
            <source>%1 has only %2 pages.</source>
            <translation>%1 n'a que %2 pages.</translation>
        </message>
    </context>
    <context>
        <name>ServiceFailure</name>
        <message>
            <source>The model service refused the API key. Check that the key is valid and allowed to use this API.</source>
            <translation>Le service de modèles a refusé la clé d'API. Vérifiez que la clé est valide et autorisée à utiliser cette API.</translation>
        </message>
        <message>
            <source>The model service does not know this model. Check the model name (--model or --embed-model).</source>
            <translation>Le service de modèles ne connaît pas ce modèle. Vérifiez le nom du modèle (--model ou --embed-model).</translation>
        </message>
        <message>
            <source>The model service stopped the answer before it was complete. Try again.</source>
            <translation>Le service de modèles a interrompu la réponse avant la fin. Réessayez.</translation>
        </message>
        <message>
            <source>The model service is overloaded or unavailable right now. Try again in a few minutes.</source>
            <translation>Le service de modèles est surchargé ou indisponible pour le moment. Réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached.</source>
            <translation>La limite de débit du service de modèles a été atteinte.</translation>
        </message>
        <message>
            <source>The model service rejected the request: %1</source>
            <translation>Le service de modèles a rejeté la requête : %1</translation>
        </message>
        <message>
            <source>The API key is not valid. Set a valid key in GOOGLE_API_KEY or GEMINI_API_KEY, or store one in the keychain.</source>
            <translation>La clé d'API n'est pas valide. Définissez une clé valide dans GOOGLE_API_KEY ou GEMINI_API_KEY, ou enregistrez-en une dans le trousseau de clés.</translation>
        </message>
        <message>
            <source>The Gemini API is not enabled for this key's project. Enable it in the Google Cloud console.</source>
            <translation>L'API Gemini n'est pas activée pour le projet de cette clé. Activez-la dans la console Google Cloud.</translation>
        </message>
        <message>
            <source>The daily quota of the model service is used up. Try again tomorrow or use another key.</source>
            <translation>Le quota quotidien du service de modèles est épuisé. Réessayez demain ou utilisez une autre clé.</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached. Try again in %1 seconds.</source>
            <translation>La limite de débit du service de modèles a été atteinte. Réessayez dans %1 secondes.</translation>
        </message>
        <message>
            <source>The account of this API key has no quota left. Check the plan and billing of the service.</source>
            <translation>Le compte de cette clé d'API n'a plus de quota. Vérifiez l'offre et la facturation du service.</translation>
        </message>
        <message>
            <source>The model service's rate limit was reached. Try again in a minute.</source>
            <translation>La limite de débit du service de modèles a été atteinte. Réessayez dans une minute.</translation>
        </message>
        <message>
            <source>The model service stopped answering and the request timed out. Check the network and try again.</source>
            <translation>Le service de modèles a cessé de répondre et la requête a expiré. Vérifiez le réseau et réessayez.</translation>
        </message>
        <message>
            <source>The model service cannot be reached. Check the network connection and the service address.</source>
            <translation>Impossible de joindre le service de modèles. Vérifiez la connexion réseau et l'adresse du service.</translation>
        </message>
    </context>
    <context>
        <name>UiLanguage</name>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
    </context>
</TS>
