using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// A trie of token sequences with a value per phrase. Pattern pieces: <c>#</c> = a number (digits or a number
/// word), <c>*</c> = any one word, <c>word~</c> = any word starting with "word"; other pieces are tokenised like
/// the text. Matching is greedy longest-first and non-overlapping, so "not bad" beats "bad". Built once,
/// read-only afterwards, hence thread-safe.
/// </summary>
internal sealed class PhraseLexicon<T>
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase; the first value given for a phrase wins (later duplicates are ignored).</summary>
    public bool Add(string pattern, T value)
    {
        var node = _root;
        var any = false;
        foreach (
            var piece in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        )
        {
            if (piece == "#")
            {
                node = node.Number ??= new Node();
                any = true;
                continue;
            }
            if (piece == "*")
            {
                node = node.Any ??= new Node();
                any = true;
                continue;
            }
            if (piece.Length > 1 && piece[^1] == '~')
            {
                node = node.PrefixChild(piece[..^1].ToLowerInvariant());
                any = true;
                continue;
            }
            foreach (var token in WordTokenizer.Tokenize(piece))
            {
                node = node.Child(TextAnalysis.NormaliseWord(token.Value));
                any = true;
            }
        }
        if (!any || node.HasValue)
        {
            return false;
        }
        node.HasValue = true;
        node.Value = value;
        Count++;
        return true;
    }

    /// <summary>Greedy left-to-right longest matches that do not overlap.</summary>
    public List<PhraseMatch<T>> Match(TextAnalysis text)
    {
        var matches = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < text.Count)
        {
            if (TryMatchAt(text, i, out var end, out var value))
            {
                matches.Add(new PhraseMatch<T>(i, end, value));
                i = end;
            }
            else
            {
                i++;
            }
        }
        return matches;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>.</summary>
    public bool TryMatchAt(TextAnalysis text, int start, out int end, out T value)
    {
        end = -1;
        value = default!;
        Walk(_root, text, start, ref end, ref value);
        return end > start;
    }

    private static void Walk(Node node, TextAnalysis text, int i, ref int bestEnd, ref T bestValue)
    {
        if (node.HasValue && i > bestEnd)
        {
            bestEnd = i;
            bestValue = node.Value;
        }
        if (i >= text.Count)
        {
            return;
        }
        var word = text.Words[i];
        if (node.Children is not null && node.Children.TryGetValue(word, out var next))
        {
            Walk(next, text, i + 1, ref bestEnd, ref bestValue);
        }
        if (node.Number is not null && text.IsNumberLike(i))
        {
            Walk(node.Number, text, i + 1, ref bestEnd, ref bestValue);
        }
        if (node.Any is not null && text.Kinds[i] == TokenKind.Word)
        {
            Walk(node.Any, text, i + 1, ref bestEnd, ref bestValue);
        }
        if (node.Prefixes is not null)
        {
            foreach (var (prefix, child) in node.Prefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    Walk(child, text, i + 1, ref bestEnd, ref bestValue);
                }
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Node? Number;
        public Node? Any;
        public List<(string Prefix, Node Node)>? Prefixes;
        public bool HasValue;
        public T Value = default!;

        public Node Child(string word)
        {
            Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!Children.TryGetValue(word, out var node))
            {
                Children[word] = node = new Node();
            }
            return node;
        }

        public Node PrefixChild(string prefix)
        {
            Prefixes ??= [];
            foreach (var (p, n) in Prefixes)
            {
                if (p == prefix)
                {
                    return n;
                }
            }
            var node = new Node();
            Prefixes.Add((prefix, node));
            return node;
        }
    }
}
