namespace CxAssistant.Ingestion;

/// <summary>
/// Header names that suggest a role, in English plus common German, French, Spanish, Dutch and Italian
/// words. Exact names score 3, names containing a phrase score 2; value checks in
/// <see cref="ColumnDetector"/> then confirm or reject the guess.
/// </summary>
internal static class ColumnNameHints
{
    private static readonly Dictionary<string, (string[] Exact, string[] Contains)> Hints = new()
    {
        [ColumnRoles.Text] = (
            [
                "comment",
                "comments",
                "feedback",
                "review",
                "reviews",
                "review text",
                "review body",
                "text",
                "body",
                "message",
                "verbatim",
                "content",
                "tweet",
                "tweet text",
                "description",
                "response",
                "answer",
                "notes",
                "note",
                "remarks",
                "transcript",
                "reason",
                "reason for score",
                "why",
                "details",
                "post",
                "free text",
                "open text",
                "open ended",
                "kommentar",
                "anmerkung",
                "nachricht",
                "commentaire",
                "avis",
                "texte",
                "comentario",
                "comentarios",
                "texto",
                "mensaje",
                "opmerking",
                "opmerkingen",
                "commento",
                "testo",
            ],
            [
                "comment",
                "feedback",
                "review text",
                "what could",
                "what can we",
                "what did you",
                "why did you",
                "reason for",
                "tell us",
                "anything else",
                "improve",
                "verbatim",
                "message",
                "kommentar",
                "commentaire",
                "comentario",
            ]
        ),
        [ColumnRoles.Id] = (
            [
                "id",
                "uuid",
                "guid",
                "key",
                "response id",
                "review id",
                "ticket id",
                "tweet id",
                "record id",
                "row id",
                "submission id",
                "comment id",
                "feedback id",
                "conversation id",
                "case id",
                "message id",
                "post id",
                "interaction id",
                "call id",
                "chat id",
                "survey response id",
                "respondent id",
            ],
            []
        ),
        [ColumnRoles.Time] = (
            [
                "date",
                "datetime",
                "date time",
                "time",
                "timestamp",
                "created",
                "created at",
                "created on",
                "creation date",
                "submitted",
                "submitted at",
                "submission date",
                "date submitted",
                "response date",
                "review date",
                "tweet created",
                "posted",
                "posted at",
                "published",
                "published at",
                "review time",
                "unix review time",
                "unix time",
                "recorded date",
                "end date",
                "start date",
                "completed",
                "completed at",
                "date created",
                "datum",
                "fecha",
                "zeitstempel",
                "horodatage",
            ],
            ["date", "timestamp", "created", "submitted", "datum", "fecha"]
        ),
        [ColumnRoles.Customer] = (
            [
                "customer",
                "customer id",
                "customer name",
                "customer number",
                "customer email",
                "client",
                "client id",
                "user",
                "user id",
                "username",
                "user name",
                "account",
                "account id",
                "account name",
                "email",
                "e mail",
                "email address",
                "member id",
                "author",
                "author name",
                "reviewer",
                "reviewer name",
                "screen name",
                "user screen name",
                "handle",
                "contact",
                "contact id",
                "kunde",
                "kunden id",
                "kundennummer",
                "cliente",
                "klant",
            ],
            [
                "customer",
                "client",
                "account id",
                "user id",
                "email",
                "kunde",
                "author",
                "reviewer",
                "user name",
                "username",
                "screen name",
            ]
        ),
        [ColumnRoles.Nps] = (
            [
                "nps",
                "nps score",
                "nps rating",
                "ltr",
                "likelihood to recommend",
                "recommend",
                "recommendation",
                "likely to recommend",
                "net promoter score",
                "promoter score",
                "weiterempfehlung",
            ],
            ["recommend", "nps", "empfehl", "recomend", "recommand", "raccomand", "aanbevel"]
        ),
        [ColumnRoles.Csat] = (
            [
                "csat",
                "csat score",
                "satisfaction",
                "satisfaction score",
                "customer satisfaction",
                "overall satisfaction",
                "zufriedenheit",
            ],
            ["satisf", "zufrieden", "csat", "tevreden"]
        ),
        [ColumnRoles.Ces] = (
            ["ces", "ces score", "effort", "customer effort", "customer effort score", "ease"],
            ["effort", "how easy", "ease of", "aufwand"]
        ),
        [ColumnRoles.Rating] = (
            [
                "rating",
                "ratings",
                "stars",
                "star",
                "star rating",
                "score",
                "review rating",
                "review score",
                "overall rating",
                "overall",
                "rating value",
                "rate",
                "grade",
                "bewertung",
                "sterne",
                "etoiles",
                "valoracion",
                "puntuacion",
                "beoordeling",
            ],
            ["rating", "stars", "star rating"]
        ),
        [ColumnRoles.Channel] = (
            [
                "channel",
                "source",
                "platform",
                "medium",
                "source channel",
                "feedback channel",
                "origin",
                "via",
                "kanal",
                "canal",
            ],
            ["channel", "platform"]
        ),
    };

    // Names that can only mean what the customer wrote. They outrank generic text names, so in a support
    // export with "instruction" (the customer's request) and "response" (the agent's reply) the request wins.
    private static readonly string[] CustomerVoice =
    [
        "instruction",
        "utterance",
        "query",
        "customer query",
        "request",
        "customer request",
        "inquiry",
        "enquiry",
        "customer message",
        "customer comment",
        "customer feedback",
        "complaint",
        "tweet",
        "tweet text",
        "review",
        "review text",
        "review body",
        "comment",
        "comments",
        "feedback",
        "verbatim",
    ];

    private static readonly string[] CustomerIds =
    [
        "customer id",
        "customer number",
        "client id",
        "user id",
        "account id",
        "member id",
        "contact id",
        "reviewer id",
        "author id",
        "kunden id",
        "kundennummer",
    ];

    /// <summary>
    /// 4 for a name that can only be customer text, 3 for an exact name, 2 for a contained phrase, 0 otherwise.
    /// </summary>
    public static int Score(string role, string normalizedName)
    {
        if (role == ColumnRoles.Text && Array.IndexOf(CustomerVoice, normalizedName) >= 0)
        {
            return 4;
        }
        // A customer id outranks display names (author, handle, reviewer) that change between channels.
        if (role == ColumnRoles.Customer && Array.IndexOf(CustomerIds, normalizedName) >= 0)
        {
            return 4;
        }
        var (exact, contains) = Hints[role];
        if (Array.IndexOf(exact, normalizedName) >= 0)
        {
            return 3;
        }
        foreach (var phrase in contains)
        {
            if (normalizedName.Contains(phrase, StringComparison.Ordinal))
            {
                return 2;
            }
        }
        // A bare "name" is the customer in social exports but may be a product elsewhere: the weakest hint.
        if (role == ColumnRoles.Customer && normalizedName == "name")
        {
            return 1;
        }
        // "<something> id" names an identifier unless it is the customer's.
        if (
            role == ColumnRoles.Id
            && normalizedName.EndsWith(" id", StringComparison.Ordinal)
            && Score(ColumnRoles.Customer, normalizedName) == 0
        )
        {
            return 1;
        }
        return 0;
    }

    /// <summary>Names of counts and amounts whose small integers must not be mistaken for ratings or NPS.</summary>
    public static bool IsQuantity(string normalizedName) =>
        normalizedName
            .Split(' ')
            .Any(w =>
                w
                    is "count"
                        or "qty"
                        or "quantity"
                        or "number"
                        or "num"
                        or "no"
                        or "age"
                        or "items"
                        or "year"
                        or "month"
                        or "day"
                        or "hour"
                        or "price"
                        or "amount"
                        or "total"
                        or "tenure"
                        or "orders"
                        or "seats"
                        or "size"
                        or "id"
                        or "zip"
                        or "version"
                        or "page"
                        or "position"
                        or "rank"
                        or "index"
            );
}
