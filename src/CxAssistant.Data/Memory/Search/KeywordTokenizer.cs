using Microsoft.Data.Sqlite;

namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// The keyword index's own tokenisation (SQLite FTS5, <see cref="Spec"/>) applied to arbitrary text: term counts per
/// text and the number of tokens, exactly as FTS5 stores them for <c>bm25()</c>. A store that keeps its keyword index
/// elsewhere (Qdrant's sparse vectors) builds it from these terms, so both indexes match the same words ("refunds" and
/// "refunded" meet "refund" in both). Terms are read back through an <c>fts5vocab</c> instance table of a contentless
/// in-memory FTS5 table. One instance serves one caller at a time.
/// </summary>
public sealed class KeywordTokenizer : IDisposable
{
    /// <summary>
    /// The FTS5 tokenizer of <c>search.db</c>: Porter stemming over Unicode 6.1 word rules, case folded.
    /// </summary>
    public const string Spec = "porter unicode61";

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public KeywordTokenizer()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = $"""
            CREATE VIRTUAL TABLE temp.texts USING fts5(text, content='', tokenize='{Spec}');
            CREATE VIRTUAL TABLE temp.terms USING fts5vocab(temp, texts, instance);
            """;
        create.ExecuteNonQuery();
    }

    /// <summary>One text's terms with their counts, and its length in tokens (FTS5's document length).</summary>
    public sealed record Terms(IReadOnlyDictionary<string, int> Counts, int Length);

    /// <summary>Terms of each text, in input order (empty for a text without words).</summary>
    public IReadOnlyList<Terms> Tokenize(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = new Dictionary<string, int>[texts.Count];
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            using (var insert = _connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO texts(rowid, text) VALUES ($id, $text)";
                var id = insert.Parameters.Add("$id", SqliteType.Integer);
                var text = insert.Parameters.Add("$text", SqliteType.Text);
                for (var i = 0; i < texts.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    id.Value = i;
                    text.Value = texts[i] ?? "";
                    insert.ExecuteNonQuery();
                }
            }
            using (var read = _connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = "SELECT doc, term, COUNT(*) FROM terms GROUP BY doc, term";
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    var doc = reader.GetInt32(0);
                    (counts[doc] ??= new Dictionary<string, int>(StringComparer.Ordinal))[reader.GetString(1)] =
                        reader.GetInt32(2);
                }
            }
            // Rolled back, so the table is empty for the next call without a delete pass.
            transaction.Rollback();
        }
        return
        [
            .. counts.Select(c =>
                c is null ? new Terms(new Dictionary<string, int>(), 0) : new Terms(c, c.Values.Sum())
            ),
        ];
    }

    /// <summary>
    /// The terms of a free-text query as the keyword index matches them: each distinct word (as
    /// <see cref="KeywordIndex.ToMatchExpression"/> quotes it) tokenised, counted once per word.
    /// </summary>
    public IReadOnlyDictionary<string, int> QueryTerms(
        IEnumerable<string> words,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(words);
        var distinct = words.Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var terms in Tokenize(distinct, cancellationToken))
        {
            foreach (var term in terms.Counts.Keys)
            {
                result[term] = result.GetValueOrDefault(term) + 1;
            }
        }
        return result;
    }

    /// <summary>The words of a query, split as the keyword index splits them before quoting.</summary>
    public static IReadOnlyList<string> Words(string query) => KeywordIndex.QueryWords(query);

    public void Dispose() => _connection.Dispose();
}
