using System.Text;

namespace CxAssistant.Ingestion;

/// <summary>
/// Header names reduced to lower-case words, so "ReviewText", "review_text" and "Review Text" compare equal.
/// </summary>
internal static class ColumnName
{
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        char previous = ' ';
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                // camelCase and ID suffixes: "CustomerID" → "customer id", "responseId" → "response id".
                if (char.IsUpper(c) && char.IsLower(previous))
                {
                    sb.Append(' ');
                }
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
            previous = c;
        }
        return sb.ToString().Trim();
    }

    /// <summary>Index of the column the user named: exact, then ignoring case, then normalised; -1 if none.</summary>
    public static int Find(IReadOnlyList<string> columns, string name)
    {
        var trimmed = name.Trim();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == trimmed)
            {
                return i;
            }
        }
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        var normalized = Normalize(trimmed);
        for (var i = 0; i < columns.Count; i++)
        {
            if (Normalize(columns[i]) == normalized)
            {
                return i;
            }
        }
        return -1;
    }
}
