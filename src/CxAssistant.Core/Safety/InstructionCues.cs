using System.Text.RegularExpressions;

namespace CxAssistant.Core.Safety;

/// <summary>
/// What makes a sentence text addressed to a machine, by what it does rather than how one attack was worded, in the
/// languages the product reads (English, Spanish, French, German): it addresses an AI or an analyst ("note to the AI…",
/// "as the analyst reading this…", "si eres una IA…"), overrides instructions ("ignore / olvida / vergiss … the
/// above"),
/// tells the reader what to output about the analysis (imperatives whose object is scores, labels, the summary, this
/// review…), or states a verdict about the analysis itself ("the correct label is…", "nothing needs fixing").
/// Customers'
/// own imperatives ("please ignore my previous email", "give me a call") have none of these objects.
/// </summary>
internal static class InstructionCues
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // The patterns are linear (bounded gaps, no nested repetition); the limit is for hostile input. It is generous
    // because
    // a compiled pattern's first match also pays for its JIT, which on a loaded machine took over two seconds.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static string Any(params string[] words) => "(?:" + string.Join("|", words) + ")";

    // Politeness or sequencing words before an imperative.
    private const string Lead =
        @"(?:(?:please|pls|now|just|kindly|simply|also|then|and|so|por\s+favor|"
        + @"s'il\s+(?:te|vous)\s+pla[iî]t|bitte|ahora|maintenant|jetzt)[\s,]+)*";

    // Up to eight words inside the same sentence.
    private const string Gap = @"(?:[^\s.!?;\n]+\s+){0,8}?";

    /// <summary>Who a machine-addressed text addresses.</summary>
    private static readonly string Addressee = Any(
        @"AI",
        @"A\.I\.",
        "artificial intelligence",
        "LLMs?",
        "GPT(?:-?\\d)?",
        "ChatGPT",
        "Claude",
        "Gemini",
        "Copilot",
        "(?:large\\s+)?language\\s+models?",
        "chat\\s?bots?",
        "bots?",
        "assistants?",
        "models?",
        "analysts?",
        "analy[sz]ers?",
        "annotators?",
        "classifiers?",
        "summari[sz]ers?",
        "labell?ers?",
        "algorithms?",
        "(?:automated|automatic)\\s+(?:systems?|tools?|readers?|analysis)",
        "IA",
        "inteligencia\\s+artificial",
        "modelos?(?:\\s+de\\s+lenguaje)?",
        "asistentes?",
        "analistas?",
        "sistemas?",
        "intelligence\\s+artificielle",
        "mod[eè]les?(?:\\s+de\\s+langage)?",
        "analystes?",
        "syst[eè]mes?",
        "KI",
        "k[üu]nstliche\\s+Intelligenz",
        "(?:Sprach)?[Mm]odell",
        "Assistent(?:in)?",
        "Analyst(?:in)?",
        "System"
    );

    private static readonly string Reading = Any(
        "reading",
        "analy[sz]ing",
        "processing",
        "reviewing",
        "summari[sz]ing",
        "scoring",
        "labell?ing",
        "classifying",
        "parsing",
        "looking\\s+at",
        "going\\s+through",
        "lee",
        "analiza",
        "procesa",
        "resume",
        "lit",
        "analyse",
        "traite",
        "r[ée]sume",
        "liest",
        "analysiert",
        "verarbeitet",
        "auswertet",
        "zusammenfasst"
    );

    /// <summary>Text that speaks to an AI or an analyst.</summary>
    private static readonly string Addressing = Any(
        @"\b(?:note|message|memo|reminder|instructions?|hint|attention|attn|p\.?\s?s\.?|psa)\s+(?:to|for)\s+"
            + $@"(?:the\s+|any\s+|all\s+|an?\s+|you,?\s+)?{Addressee}\b",
        $@"\b(?:dear|hey|hi|hello|attention|attn|ok|okay|yo)\s*,?\s+(?:the\s+)?{Addressee}\b",
        $@"\bif\s+you\s*(?:are|'re|’re)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?{Addressee}\b",
        $@"\b(?:as|to)\s+(?:the|an|any|a)\s+(?:\w+\s+)?{Addressee}\s+(?:(?:who|that)\s+(?:is|are)\s+)?{Reading}\b",
        $@"\b(?:whoever|whatever|anyone|anybody|any\s+{Addressee})\s+"
            + $@"(?:(?:who|that)\s+)?(?:is\s+)?{Reading}\s+(?:this|these|the)\b",
        $@"\b{Addressee}\s+(?:(?:who|that)\s+(?:is|are)\s+)?{Reading}\s+"
            + @"(?:this|these|the\s+(?:feedback|reviews|data|comments))\b",
        @"\byou\s+are\s+(?:now\s+)?(?:an?|the)\s+(?:\w+\s+)?(?:assistant|model|AI|analyst|bot|system)\b",
        @"\b(?:from\s+now\s+on|henceforth|going\s+forward)\s*,?\s+(?:you|your)\b",
        // the machine's side of a conversation: "Understood, I will report that…"
        @"\b(?:understood|acknowledged|as\s+instructed)[.,!]?\s+I\s*(?:will|'ll|"
            + @"’ll|shall)\s+(?:now\s+)?(?:report|rate|score|classify|label|say|write|"
            + @"conclude|output|summari[sz]e|comply|ignore|answer|respond|mark)\b",
        @"\bI\s*(?:will|'ll|’ll|shall)\s+(?:now\s+)?(?:report|rate|score|"
            + @"classify|label|conclude|output|summari[sz]e|comply|ignore)\s+(?:that|"
            + @"it|this|every|all|the\s+(?:data|feedback|reviews|touchpoints?))\b",
        @"\byour\s+(?:new\s+)?(?:task|job|instructions|role|goal|programming|"
            + @"guidelines|rules|system\s+prompt)\s+(?:is|are|:|must|should)",
        // Spanish, French, German
        $@"\bnota\s+(?:para|a)\s+(?:la\s+|el\s+|los\s+|cualquier\s+)?{Addressee}\b",
        $@"\bsi\s+(?:eres|es\s+usted)\s+(?:una?\s+)?{Addressee}\b",
        @"\bcomo\s+(?:el\s+|la\s+)?(?:analista|IA|modelo|asistente)\s+(?:que|quien)\s+(?:lee|analiza|procesa|resume)\b",
        @"\bquien(?:es)?\s+(?:lea|analice|procese|resuma)n?\s+esto\b",
        $@"\b(?:note|message)\s+(?:pour|à)\s+(?:l['’]\s?|la\s+|le\s+|tout\s+)?{Addressee}\b",
        $@"\b[àa]\s+l['’]attention\s+(?:de\s+l['’]|du\s+|de\s+la\s+)?{Addressee}\b",
        $@"\bsi\s+(?:tu\s+es|vous\s+[êe]tes)\s+(?:une?\s+)?{Addressee}\b",
        @"\ben\s+tant\s+qu['’]\s?(?:analyste|IA|assistant|mod[eè]le)\b",
        $@"\b{Addressee}\s+qui\s+{Reading}\b",
        $@"\b(?:Hinweis|Notiz|Nachricht|Anweisung)\s+(?:an|f[üu]r)\s+(?:die\s+|den\s+|das\s+|jede\s+)?{Addressee}\b",
        $@"\bwenn\s+(?:du|Sie)\s+(?:eine?\s+)?{Addressee}\s+(?:bist|sind)\b",
        @"\bals\s+(?:Analyst(?:in)?|KI|Modell|Assistent(?:in)?)\s*,?\s+(?:der|"
            + @"die)\s+(?:dies|das|diesen?\s+\w+)\s+(?:liest|analysiert)\b",
        @"\bwer\s+(?:auch\s+immer\s+)?(?:dies|das)\s+(?:liest|analysiert|auswertet)\b"
    );

    private static readonly string OverrideVerb = Any(
        "ignore",
        "disregard",
        "forget",
        "override",
        "bypass",
        "discard",
        "ignora",
        "ignore",
        "ignorad",
        "ignoren",
        "olvida",
        "olvide",
        "olvidad",
        "olv[ií]date\\s+de",
        "olv[ií]dese\\s+de",
        "descarta",
        "omite",
        "ignorez",
        "oublie",
        "oubliez",
        "ne\\s+(?:tiens|tenez)\\s+pas\\s+compte",
        "faites\\s+abstraction",
        "fais\\s+abstraction",
        "ignoriere",
        "ignorier",
        "ignorieren\\s+Sie",
        "ignoriert",
        "vergiss",
        "vergessen\\s+Sie",
        "vergesst",
        "missachte",
        "missachten\\s+Sie"
    );

    private static readonly string OverrideTarget = Any(
        "instructions?",
        "prompts?",
        "rules",
        "guidelines",
        "directions",
        "directives",
        "commands",
        "context",
        "programming",
        "training",
        "the\\s+above",
        "everything\\s+(?:above|before|else|you\\s+(?:were|have\\s+been)\\s+told)",
        "all\\s+of\\s+the\\s+above",
        "the\\s+data",
        "the\\s+(?:other\\s+)?reviews",
        "what\\s+(?:you\\s+were\\s+told|came\\s+before)",
        "instrucciones",
        "indicaciones",
        "reglas",
        "lo\\s+anterior",
        "los\\s+datos",
        "el\\s+contexto",
        "las\\s+[óo]rdenes",
        "consignes",
        "r[èe]gles",
        "ce\\s+qui\\s+pr[ée]c[èe]de",
        "les\\s+donn[ée]es",
        "le\\s+contexte",
        "Anweisungen",
        "Anweisung",
        "Instruktionen",
        "Regeln",
        "Vorgaben",
        "das\\s+Obige",
        "die\\s+Daten",
        "alles\\s+(?:vorher|bisher|davor|Obige)"
    );

    private static readonly string Override = $@"\b{OverrideVerb}\s+{Gap}{OverrideTarget}\b";

    private static readonly string OutputVerb = Any(
        "say",
        "state",
        "tell\\s+(?:the\\s+\\w+|them|everyone|the\\s+user)",
        "write",
        "print",
        "output",
        "return",
        "respond",
        "reply",
        "answer",
        "report",
        "summari[sz]e",
        "conclude",
        "classify",
        "categori[sz]e",
        "label",
        "tag",
        "mark",
        "flag",
        "rate",
        "score",
        "grade",
        "rank",
        "set",
        "assign",
        "treat",
        "consider",
        "count",
        "record",
        "log",
        "list",
        "include",
        "exclude",
        "omit",
        "leave",
        "put",
        "move",
        "place",
        "describe",
        "present",
        "generate",
        "ensure",
        "change",
        "update",
        "modify",
        "pretend",
        "act\\s+as",
        "behave",
        "roleplay",
        "assume",
        "emphasi[sz]e",
        "highlight",
        "deprioriti[sz]e",
        "prioriti[sz]e",
        "(?:do\\s+not|don['’]t|never)\\s+(?:mention|report|include|flag|count|list|say|write|mark|rate|score|classify)",
        "di",
        "diga",
        "decid",
        "escribe",
        "escriba",
        "responde",
        "responda",
        "contesta",
        "informa",
        "reporta",
        "resume",
        "resuma",
        "concluye",
        "clasifica",
        "clasifique",
        "etiqueta",
        "marca",
        "marque",
        "califica",
        "califique",
        "punt[úu]a",
        "valora",
        "asigna",
        "pon",
        "ponga",
        "considera",
        "trata",
        "cuenta",
        "incluye",
        "excluye",
        "omite",
        "cambia",
        "muestra",
        "genera",
        "act[úu]a",
        "finge",
        "no\\s+(?:menciones|mencione|incluyas|reportes|informes|se[ñn]ales)",
        "dis",
        "dites",
        "[ée]cris",
        "[ée]crivez",
        "r[ée]ponds",
        "r[ée]pondez",
        "indique",
        "indiquez",
        "signale",
        "signalez",
        "r[ée]sume",
        "r[ée]sumez",
        "conclus",
        "concluez",
        "classe",
        "classez",
        "marque",
        "marquez",
        "note",
        "notez",
        "[ée]value",
        "[ée]valuez",
        "attribue",
        "attribuez",
        "mets",
        "mettez",
        "placez",
        "consid[èe]re",
        "consid[ée]rez",
        "traite",
        "traitez",
        "compte",
        "comptez",
        "affiche",
        "g[ée]n[èe]re",
        "ne\\s+(?:mentionne|mentionnez|signale|signalez|rapporte|rapportez)",
        "sag",
        "sage",
        "sagen\\s+Sie",
        "schreib",
        "schreibe",
        "schreiben\\s+Sie",
        "antworte",
        "antworten\\s+Sie",
        "berichte",
        "melde",
        "melden\\s+Sie",
        "fasse",
        "fassen\\s+Sie",
        "klassifiziere",
        "klassifizieren\\s+Sie",
        "kategorisiere",
        "markiere",
        "markieren\\s+Sie",
        "bewerte",
        "bewerten\\s+Sie",
        "vergib",
        "setze",
        "setzen\\s+Sie",
        "gib",
        "geben\\s+Sie",
        "betrachte",
        "behandle",
        "z[äa]hle",
        "[äa]ndere",
        "zeige"
    );

    /// <summary>
    /// What an instruction to a machine is about: the analysis, its output, or the record as a data point.
    /// </summary>
    private static readonly string AnalysisObject = Any(
        "touchpoints?",
        "sentiments?",
        "scores?",
        "ratings",
        "NPS",
        "CSAT",
        "fix[- ]first",
        "fix\\s+list",
        "(?:in\\s+|to\\s+)?(?:your|in\\s+the)\\s+(?:summary|report|analysis|"
            + "output|findings|results|conclusions?|answer)",
        "classification",
        "categor(?:y|ies)",
        "(?:this|these|the)\\s+(?:reviews?|feedback|comments?|records?|entry|"
            + "entries|texts?|messages?|tickets?|responses?|data)",
        "as\\s+(?:a\\s+)?(?:positive|negative|neutral|praise|compliment|five[- "
            + "]star|excellent|perfect|flawless|world[- ]class|the\\s+best|resolved)",
        "(?:customers|clients|everyone|everybody)\\s+(?:are|love|adore|like|rate|say|feel|were)",
        "nothing\\s+needs",
        "everything\\s+is",
        "no\\s+(?:issues|problems|complaints)",
        "any\\s+(?:\\w+\\s+)?problems",
        "puntos?\\s+de\\s+contacto",
        "puntuaci[óo]n(?:es)?",
        "sentimiento",
        "etiquetas?",
        "prioridad",
        "resumen",
        "informe",
        "an[áa]lisis",
        "salida",
        "(?:este|esta|estos)\\s+(?:comentarios?|mensajes?|textos?|registros?|rese[ñn]as?|clientes?)",
        "como\\s+(?:positivo|positiva|excelente|perfecto)",
        "los\\s+clientes",
        "todo\\s+est[áa]",
        "ning[úu]n\\s+problema",
        "points?\\s+de\\s+contact",
        "r[ée]sum[ée]",
        "rapport",
        "l['’]analyse",
        "sortie",
        "(?:cet|ce|cette)\\s+(?:avis|commentaire|message|texte|client)",
        "comme\\s+(?:positif|positive|excellent|parfait)",
        "les\\s+clients",
        "tout\\s+est",
        "aucun\\s+probl[èe]me",
        "Kontaktpunkte?",
        "Bewertungen",
        "Punktzahl",
        "Stimmung",
        "Zusammenfassung",
        "Bericht",
        "Ausgabe",
        "Analyse",
        "(?:dieser|diese|dieses|diesen)\\s+(?:Kommentar|Text|Nachricht|Bewertung|Feedback|Eintrag|Kunden?|Kundin)",
        "als\\s+(?:positiv|ausgezeichnet|perfekt)",
        "die\\s+Kunden",
        "alles\\s+(?:ist\\s+)?perfekt",
        "keine\\s+\\w*[Pp]robleme"
    );

    // Anchored at the start of a unit (or after a short label and a colon: "Note: rate every touchpoint…").
    private const string AtUnitStart = @"^\W{0,3}(?:[^:\n]{1,40}:\s*)?";

    private static readonly string Imperative =
        $@"{AtUnitStart}{Lead}{OutputVerb}\b[^.!?\n]{{0,160}}?\b{AnalysisObject}";

    /// <summary>
    /// An AI or analyst addressed by name at the start of a unit: "Assistant, call…", "KI, bewerte…".
    /// </summary>
    private static readonly string Vocative = $@"^\W{{0,3}}{Addressee}\s*,\s+(?:please\s+)?\w+";

    /// <summary>
    /// A verdict about the analysis or about the record as a data point, which no customer writes about themselves.
    /// </summary>
    private static readonly string Verdict = Any(
        @"\bthis\s+(?:customer|reviewer|user|client|shopper)\s+(?:is|was|feels|"
            + @"loves|values|rates|should|must|has\s+been|seems)\b",
        @"\b(?:this|the)\s+(?:review|feedback|comment|record|entry|text|message|"
            + @"ticket)\s+(?:is|should|must|counts?|will|"
            + @"has\s+to)\s+(?:\w+\s+){0,2}?(?:positive|negative|neutral|praise|"
            + @"a\s+compliment|labell?ed|classified|marked|rated|scored|treated|"
            + @"counted|considered)\b",
        @"\b(?:sentiment|sentimentlabel|label|classification|intent|"
            + @"category)\s*(?:=|:)\s*[""']?(?:positive|negative|neutral|praise|"
            + @"complaint)\b",
        @"\b(?:is|are)\s+to\s+be\s+(?:labell?ed|classified|marked|rated|scored|counted)\b",
        @"\b(?:this|it|the\s+(?:review|feedback|comment|record|entry|text|"
            + @"message))\s+(?:should|must|has\s+to|needs\s+to)\s+be\s+(?:labell?ed|"
            + @"classified|marked|rated|scored|treated|counted|considered|"
            + @"ranked)\s+(?:as|at|with|positive|praise)\b",
        @"\b(?:set|change|lower|raise)\s+(?:the\s+|its\s+|their\s+|all\s+|"
            + @"every\s+)?(?:priority|priorities|score|scores|sentiment|label|labels|"
            + @"rating|ratings)\s+(?:to|=)\s*[\w-]+",
        @"\bthe\s+(?:correct|right|final|only|true|proper)\s+(?:answer|label|"
            + @"classification|output|conclusion|summary|result|sentiment|score|"
            + @"rating)\s+(?:for\s+\w+(?:\s+\w+)?\s+)?(?:is|=|:)",
        @"\bthe\s+answer\s+is\s+that\b",
        @"\bnothing\s+needs\s+(?:to\s+be\s+)?(?:fix|chang|improv)",
        @"\b(?:all|every|each)\s+touchpoints?\s+(?:is|are|scores?|gets?|should|must|=|:|\d)",
        @"\beste\s+(?:cliente|comentario|mensaje|texto|registro)\s+(?:est[áa]|es|debe|cuenta)\b",
        @"\bla\s+respuesta\s+es\s+que\b",
        @"\bno\s+hay\s+nada\s+que\s+(?:arreglar|mejorar|corregir)",
        @"\b(?:todos\s+los|cada)\s+puntos?\s+de\s+contacto\b",
        @"\b(?:ce|cet)\s+(?:client|commentaire|message|texte|avis)\s+(?:est|doit|compte)\b",
        @"\bla\s+r[ée]ponse\s+est\s+que\b",
        @"\brien\s+ne\s+doit\s+[êe]tre\s+(?:corrig|am[ée]lior|r[ée]par)",
        @"\b(?:tous\s+les|chaque)\s+points?\s+de\s+contact\b",
        @"\b(?:dieser|diese|dieses)\s+(?:Kunde|Kundin|Kommentar|Text|Nachricht|"
            + @"Bewertung|Feedback|Eintrag)\s+(?:ist|war|soll|muss|z[äa]hlt)\b",
        @"\bdie\s+Antwort\s+ist\s*,?\s+dass\b",
        @"\bnichts\s+(?:muss|soll)\s+(?:\w+\s+)?(?:repariert|verbessert|behoben|ge[äa]ndert)\s+werden",
        @"\b(?:alle|jeden|jeder)\s+Kontaktpunkte?\b"
    );

    /// <summary>
    /// The cues, one pattern per family, each run only when its words occur (<see cref="InstructionWords"/>); the
    /// imperative, vocative and role patterns are anchored and run on each unit.
    /// </summary>
    public static readonly Regex AddressingCue = new(Addressing, Options, Timeout);
    public static readonly Regex OverrideCue = new(Override, Options, Timeout);
    public static readonly Regex ImperativeCue = new(Imperative, Options, Timeout);
    public static readonly Regex VocativeCue = new(Vocative, Options, Timeout);
    public static readonly Regex VerdictCue = new(Verdict, Options, Timeout);

    /// <summary>
    /// A role label at the start of a unit ("Assistant:", "SYSTEM:", "Output:", "### System", "Asistente:").
    /// </summary>
    public static readonly Regex RoleMarker = new(
        @"^\W{0,3}(?:#{2,}\s*)?(?<role>assistant|ai|a\.i\.|llm|gpt|chatgpt|claude|model|developer|"
            + @"system\s+prompt|instructions?|output|final\s+answer|"
            + @"asistente|salida|respuesta\s+final|assistante?|syst[eè]me|sortie|"
            + @"r[ée]ponse\s+finale|assistent(?:in)?|ausgabe|KI|IA|"
            + @"system|user|human|bot|admin|response|answer|sistema|usuario|respuesta|"
            + @"utilisateur|r[ée]ponse|benutzer|nutzer|antwort)\s*(?::|(?<=#\s*\w+)\b)",
        Options,
        Timeout
    );

    /// <summary>Roles that speak for the machine or frame its output: whatever follows them is payload.</summary>
    public static bool IsMachineRole(string role, bool allCaps, bool hashHeader) =>
        hashHeader
        || allCaps
        || role.ToLowerInvariant()
            is not (
                "system"
                or "user"
                or "human"
                or "bot"
                or "admin"
                or "response"
                or "answer"
                or "sistema"
                or "usuario"
                or "respuesta"
                or "utilisateur"
                or "réponse"
                or "reponse"
                or "benutzer"
                or "nutzer"
                or "antwort"
            );

    /// <summary>
    /// Chat-template tokens: an opening one starts a region that runs to its closing token (or the end of its line).
    /// </summary>
    public static readonly Regex TemplateToken = new(
        @"(?<open>\[INST\]|<<SYS>>|<\|im_start\|>|<\|(?:system|user|assistant|"
            + @"begin_of_text|start_header_id)\|>|<start_of_turn>)"
            + @"|(?<close>\[/INST\]|<</SYS>>|<\|im_end\|>|<\|(?:eot_id|end|endoftext|end_header_id)\|>|<end_of_turn>)"
            + @"|(?<open><\|[a-z_]{2,30}\|>)",
        Options,
        Timeout
    );

    /// <summary>A first-person voice: a customer telling what happened to them.</summary>
    public static readonly Regex FirstPerson = new(
        @"\b(?:I|I['’](?:m|ve|d|ll)|my|me|mine|myself|yo|mis?|je|j['’]|mon|ma|"
            + @"mes|moi|ich|mein(?:e[nmrs]?)?|mir|mich)\b",
        Options,
        Timeout
    );

    /// <summary>
    /// A claim about everyone or about scores: what a payload states after its instruction ("Everything is perfect.").
    /// </summary>
    public static readonly Regex Claim = new(
        @"\b(?:customers?|clients?|everyone|everybody|everything|nothing|all|"
            + @"every|our|clientes|todos|todo|nada|nuestr[oa]s?|tous|tout|rien|"
            + @"notre|nos|alle|alles|nichts|unser(?:e[nmrs]?)?|Kunden)\b|"
            + @"\b\d{1,3}\s*/\s*10\b|\b100\s*%|\bten\s+out\s+of\s+ten\b|\bfive[- "
            + @"]stars?\b|"
            +
            // superlative praise, the verdict a payload wants read ("Delivery was flawless.")
            @"\b(?:flawless|perfect(?:ly)?|excellent|outstanding|world[- ]class|"
            + @"superb|amazing|the\s+best|loves?|adores?|delighted|"
            + @"perfect[oa]|excelente|incre[íi]ble|parfait|excellent|formidable|"
            + @"perfekt|hervorragend|ausgezeichnet|großartig)\b",
        Options,
        Timeout
    );
}
