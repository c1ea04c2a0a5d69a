using System.Buffers;
using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// A cheap test that a case-insensitive pattern cannot match a text: the words any match must contain, read from the
/// pattern itself ("trying\s+to\s+{clause}" needs "trying"; "(?:wanted|needed)\s+to" needs "wanted" or "needed"), looked
/// for with one vectorised search each. <see cref="MayMatch(string)"/> is false only when no match is possible, so skipping the
/// pattern then changes nothing; a pattern this reader does not understand always may match. Most customer records
/// hold none of most patterns' words, and a search for words is many times cheaper than running the pattern.
/// </summary>
internal sealed class LiteralPrefilter
{
    // Sets of alternatives and products of adjacent literals are kept up to this size.
    private const int MaxSet = 64;

    // Words shorter than this are in nearly every text: a requirement made only of them is not worth a search.
    private const int MinUseful = 3;

    // The one character a case-insensitive .NET pattern equates with an ASCII letter that an ordinal case-insensitive
    // search does not (the Kelvin sign, 'k'): a text holding it is always given to the pattern.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create("\u212A");

    private readonly Node _root;

    private LiteralPrefilter(Node root) => _root = root;

    /// <summary>A prefilter that lets every text through.</summary>
    public static LiteralPrefilter None { get; } = new(Node.True);

    /// <summary>Whether the filter can rule out any text at all.</summary>
    public bool Filters => _root is not TrueNode;

    /// <summary>The requirement, for tests and diagnostics: words in a set are alternatives.</summary>
    public override string ToString() => _root.ToString() ?? "";

    public static LiteralPrefilter For(Regex pattern) => For(pattern.ToString(), pattern.Options);

    public static LiteralPrefilter For(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            return None;
        }
        try
        {
            var parser = new Parser(pattern);
            var info = parser.Alternation();
            if (!parser.AtEnd)
            {
                return None;
            }
            return new LiteralPrefilter(Simplify(Need(info)));
        }
        catch (NotSupportedException)
        {
            return None;
        }
    }

    /// <summary>False only when the pattern cannot match <paramref name="text"/>.</summary>
    public bool MayMatch(string text) => _root is TrueNode || IsUnsafe(text) || _root.Holds(text.AsSpan());

    /// <summary>Whether the requirement holds, given which words of its <see cref="LiteralPrefilterSet"/> a text holds.</summary>
    internal bool MayMatch(ReadOnlySpan<ulong> found) => _root.Holds(found);

    /// <summary>Numbers every word the filter looks for, with <paramref name="number"/> (word → its number in a set).</summary>
    internal void Number(Func<string, int> number)
    {
        void Visit(Node node)
        {
            switch (node)
            {
                case LitNode lit:
                    lit.Ids = [.. lit.Words.Select(number).Distinct()];
                    break;
                case AndNode and:
                    and.Parts.ForEach(Visit);
                    break;
                case OrNode or:
                    or.Parts.ForEach(Visit);
                    break;
            }
        }
        Visit(_root);
    }

    /// <summary>The text holds a character the words' search cannot vouch for: every pattern may match.</summary>
    internal static bool IsUnsafe(ReadOnlySpan<char> text) => text.ContainsAny(Unsafe);

    private sealed record Info(HashSet<string>? Exact, Node Req);

    private static Info Zero() => new(new HashSet<string>(StringComparer.Ordinal) { "" }, Node.True);

    private static Info Unknown() => new(null, Node.True);

    // What a match of the item must contain: its requirements, and one of its exact strings when it has them.
    private static Node Need(Info info) =>
        info.Exact is { Count: > 0 } exact && !exact.Contains("")
            ? Node.And([info.Req, new LitNode([.. exact])])
            : info.Req;

    private static Info Concat(List<Info> items)
    {
        var reqs = new List<Node>();
        var run = new HashSet<string>(StringComparer.Ordinal) { "" };
        var whole = true;
        void Flush()
        {
            if (!run.Contains(""))
            {
                reqs.Add(new LitNode([.. run]));
            }
            run = new HashSet<string>(StringComparer.Ordinal) { "" };
        }
        foreach (var item in items)
        {
            reqs.Add(item.Req);
            if (item.Exact is { } exact && run.Count * exact.Count <= MaxSet)
            {
                run = [.. run.SelectMany(a => exact.Select(b => a + b))];
                continue;
            }
            whole = false;
            Flush();
            if (item.Exact is { } next)
            {
                run = [.. next];
            }
        }
        if (whole)
        {
            return new Info(run, Node.And(reqs));
        }
        Flush();
        return new Info(null, Node.And(reqs));
    }

    private static Info Alternate(List<Info> branches)
    {
        if (branches.Count == 1)
        {
            return branches[0];
        }
        HashSet<string>? exact = new(StringComparer.Ordinal);
        foreach (var b in branches)
        {
            if (b.Exact is null || exact is null)
            {
                exact = null;
                continue;
            }
            exact.UnionWith(b.Exact);
            if (exact.Count > MaxSet)
            {
                exact = null;
            }
        }
        // With every branch exact the union says it all; else one of the branches' requirements must hold.
        return exact is not null ? new Info(exact, Node.True) : new Info(null, Node.Or([.. branches.Select(Need)]));
    }

    private static Info Repeat(Info item, int min, int max)
    {
        if (min == 0)
        {
            return max == 1 && item.Exact is { } exact
                ? new Info(new HashSet<string>(exact, StringComparer.Ordinal) { "" }, Node.True)
                : Unknown();
        }
        return min == 1 && max == 1 ? item : new Info(null, Need(item));
    }

    // Keeps what is worth a search: an alternative set is minimal (a word containing another of the set adds nothing)
    // and of useful length; a conjunction keeps its useful parts, rarest-looking (longest shortest word) first.
    private static Node Simplify(Node node)
    {
        switch (node)
        {
            case LitNode lit:
                var words = lit
                    .Words.Distinct(StringComparer.OrdinalIgnoreCase)
                    .OrderBy(w => w.Length)
                    .ThenBy(w => w, StringComparer.Ordinal)
                    .ToList();
                var minimal = new List<string>();
                foreach (var w in words)
                {
                    if (!minimal.Any(m => w.Contains(m, StringComparison.OrdinalIgnoreCase)))
                    {
                        minimal.Add(w);
                    }
                }
                return minimal.Count == 0 || minimal[0].Length < MinUseful ? Node.True : new LitNode(minimal);
            case AndNode and:
                var parts = and.Parts.Select(Simplify).Where(p => p is not TrueNode).OrderByDescending(Rank).ToList();
                return Node.And(parts);
            case OrNode or:
                var branches = or.Parts.Select(Simplify).ToList();
                if (branches.Any(b => b is TrueNode))
                {
                    return Node.True;
                }
                // Alternative words are one search.
                var lits = branches.OfType<LitNode>().ToList();
                if (lits.Count > 1)
                {
                    var merged = Simplify(new LitNode([.. lits.SelectMany(l => l.Words)]));
                    branches = [.. branches.Where(b => b is not LitNode), merged];
                }
                return Node.Or(branches);
            default:
                return node;
        }
    }

    private static int Rank(Node node) =>
        node switch
        {
            LitNode lit => lit.Words.Min(w => w.Length),
            AndNode and => and.Parts.Max(Rank),
            OrNode or => or.Parts.Min(Rank),
            _ => 0,
        };

    private abstract class Node
    {
        public static readonly Node True = new TrueNode();

        public abstract bool Holds(ReadOnlySpan<char> text);

        /// <summary>Whether the requirement holds, given which words of the filter's set a text holds.</summary>
        public abstract bool Holds(ReadOnlySpan<ulong> found);

        public static Node And(List<Node> parts)
        {
            var kept = parts.SelectMany(p => p is AndNode a ? a.Parts : [p]).Where(p => p is not TrueNode).ToList();
            return kept.Count switch
            {
                0 => True,
                1 => kept[0],
                _ => new AndNode(kept),
            };
        }

        public static Node Or(List<Node> parts) =>
            parts.Any(p => p is TrueNode) ? True
            : parts.Count == 1 ? parts[0]
            : new OrNode([.. parts.SelectMany(p => p is OrNode o ? o.Parts : [p])]);
    }

    private sealed class TrueNode : Node
    {
        public override bool Holds(ReadOnlySpan<char> text) => true;

        public override bool Holds(ReadOnlySpan<ulong> found) => true;

        public override string ToString() => "*";
    }

    private sealed class LitNode(List<string> words) : Node
    {
        private SearchValues<string>? _values;

        public List<string> Words { get; } = words;

        /// <summary>The words' numbers in the <see cref="LiteralPrefilterSet"/> the filter belongs to.</summary>
        public int[] Ids { get; set; } = [];

        public override bool Holds(ReadOnlySpan<char> text) =>
            text.IndexOfAny(_values ??= SearchValues.Create([.. Words], StringComparison.OrdinalIgnoreCase)) >= 0;

        public override bool Holds(ReadOnlySpan<ulong> found)
        {
            foreach (var id in Ids)
            {
                if ((found[id >> 6] & (1UL << (id & 63))) != 0)
                {
                    return true;
                }
            }
            return false;
        }

        public override string ToString() => "{" + string.Join('|', Words) + "}";
    }

    private sealed class AndNode(List<Node> parts) : Node
    {
        public List<Node> Parts { get; } = parts;

        public override bool Holds(ReadOnlySpan<char> text)
        {
            foreach (var p in Parts)
            {
                if (!p.Holds(text))
                {
                    return false;
                }
            }
            return true;
        }

        public override bool Holds(ReadOnlySpan<ulong> found)
        {
            foreach (var p in Parts)
            {
                if (!p.Holds(found))
                {
                    return false;
                }
            }
            return true;
        }

        public override string ToString() =>
            string.Join(" & ", Parts.Select(p => p is OrNode ? $"({p})" : p.ToString()));
    }

    private sealed class OrNode(List<Node> parts) : Node
    {
        public List<Node> Parts { get; } = parts;

        public override bool Holds(ReadOnlySpan<char> text)
        {
            foreach (var p in Parts)
            {
                if (p.Holds(text))
                {
                    return true;
                }
            }
            return false;
        }

        public override bool Holds(ReadOnlySpan<ulong> found)
        {
            foreach (var p in Parts)
            {
                if (p.Holds(found))
                {
                    return true;
                }
            }
            return false;
        }

        public override string ToString() =>
            string.Join(" | ", Parts.Select(p => p is AndNode ? $"({p})" : p.ToString()));
    }

    /// <summary>
    /// Reads the part of .NET pattern syntax the job and context patterns use; anything else throws
    /// <see cref="NotSupportedException"/> and the pattern gets no prefilter.
    /// </summary>
    private sealed class Parser(string pattern)
    {
        private int _at;

        public bool AtEnd => _at == pattern.Length;

        private char Peek => pattern[_at];

        public Info Alternation()
        {
            var branches = new List<Info> { Sequence() };
            while (_at < pattern.Length && Peek == '|')
            {
                _at++;
                branches.Add(Sequence());
            }
            return Alternate(branches);
        }

        private Info Sequence()
        {
            var items = new List<Info>();
            while (_at < pattern.Length && Peek is not ('|' or ')'))
            {
                var atom = Atom();
                items.Add(Quantified(atom));
            }
            return Concat(items);
        }

        private Info Quantified(Info atom)
        {
            if (_at >= pattern.Length)
            {
                return atom;
            }
            int min,
                max;
            switch (Peek)
            {
                case '*':
                    (min, max) = (0, int.MaxValue);
                    _at++;
                    break;
                case '+':
                    (min, max) = (1, int.MaxValue);
                    _at++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    _at++;
                    break;
                case '{' when Braces() is { } range:
                    (min, max) = range;
                    break;
                default:
                    return atom;
            }
            if (_at < pattern.Length && Peek == '?')
            {
                _at++; // lazy: the same strings
            }
            if (_at < pattern.Length && Peek is '*' or '+' or '?')
            {
                throw new NotSupportedException();
            }
            return Repeat(atom, min, max);
        }

        // "{n}", "{n,}", "{n,m}"; anything else leaves the brace a literal.
        private (int, int)? Braces()
        {
            var end = pattern.IndexOf('}', _at);
            if (end < 0)
            {
                return null;
            }
            var body = pattern[(_at + 1)..end];
            var comma = body.IndexOf(',');
            var lowText = comma < 0 ? body : body[..comma];
            var highText = comma < 0 ? body : body[(comma + 1)..];
            if (!int.TryParse(lowText, out var low) || low < 0)
            {
                return null;
            }
            int high;
            if (comma >= 0 && highText.Length == 0)
            {
                high = int.MaxValue;
            }
            else if (!int.TryParse(highText, out high) || high < low)
            {
                return null;
            }
            if (body.Any(c => c is not (>= '0' and <= '9' or ',')))
            {
                return null;
            }
            _at = end + 1;
            return (low, high);
        }

        private Info Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '.':
                    return Unknown();
                case '^' or '$':
                    return Zero();
                case '*' or '+' or '?':
                    throw new NotSupportedException();
                default:
                    return Literal(c);
            }
        }

        private static Info Literal(char c) =>
            new(new HashSet<string>(StringComparer.Ordinal) { char.ToLowerInvariant(c).ToString() }, Node.True);

        private Info Group()
        {
            var kind = "capture";
            if (_at < pattern.Length && Peek == '?')
            {
                _at++;
                if (_at >= pattern.Length)
                {
                    throw new NotSupportedException();
                }
                var c = pattern[_at];
                if (c == ':')
                {
                    _at++;
                    kind = "group";
                }
                else if (c == '=' || c == '!')
                {
                    _at++;
                    kind = c == '=' ? "ahead" : "not";
                }
                else if (c == '<' && _at + 1 < pattern.Length && pattern[_at + 1] is '=' or '!')
                {
                    kind = pattern[_at + 1] == '=' ? "ahead" : "not";
                    _at += 2;
                }
                else if (c is '<' or '\'')
                {
                    var close = c == '<' ? '>' : '\'';
                    var end = pattern.IndexOf(close, _at + 1);
                    if (end < 0 || !pattern[(_at + 1)..end].All(ch => char.IsLetterOrDigit(ch) || ch == '_'))
                    {
                        throw new NotSupportedException(); // balancing groups and the like
                    }
                    _at = end + 1;
                }
                else
                {
                    // Inline options for the group: "(?-i:…)". Case never narrows a case-insensitive search for words;
                    // a whitespace-ignoring group would change how the rest reads.
                    var colon = pattern.IndexOf(':', _at);
                    if (colon < 0 || !pattern[_at..colon].All(ch => ch is 'i' or 'm' or 'n' or 's' or '-'))
                    {
                        throw new NotSupportedException();
                    }
                    _at = colon + 1;
                }
            }
            var inner = Alternation();
            if (_at >= pattern.Length || Peek != ')')
            {
                throw new NotSupportedException();
            }
            _at++;
            return kind switch
            {
                // A lookaround takes no width, but what a positive one looks at is in the text.
                "ahead" => new Info(Zero().Exact, Need(inner)),
                "not" => Zero(),
                _ => inner,
            };
        }

        private Info Escape()
        {
            if (_at >= pattern.Length)
            {
                throw new NotSupportedException();
            }
            var c = pattern[_at++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Zero();
                case 's' or 'S' or 'w' or 'W' or 'd' or 'D':
                    return Unknown();
                case 'p' or 'P':
                    var end = pattern.IndexOf('}', _at);
                    if (end < 0)
                    {
                        throw new NotSupportedException();
                    }
                    _at = end + 1;
                    return Unknown();
                case 'n':
                    return Literal('\n');
                case 't':
                    return Literal('\t');
                case 'r':
                    return Literal('\r');
                case 'f':
                    return Literal('\f');
                case 'v':
                    return Literal('\v');
                case 'e':
                    return Literal('\u001B');
                case 'x' or 'u' or 'c' or 'k':
                    throw new NotSupportedException();
                case >= '0' and <= '9':
                    throw new NotSupportedException(); // back-references and octal
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        throw new NotSupportedException();
                    }
                    return Literal(c);
            }
        }

        // A class of a few characters is a set of one-character strings ("['’]"); a wider one could be anything.
        private Info Class()
        {
            var negated = _at < pattern.Length && Peek == '^';
            if (negated)
            {
                _at++;
            }
            var chars = new HashSet<string>(StringComparer.Ordinal);
            var wide = negated;
            var first = true;
            while (true)
            {
                if (_at >= pattern.Length)
                {
                    throw new NotSupportedException();
                }
                var c = pattern[_at++];
                if (c == ']' && !first)
                {
                    break;
                }
                first = false;
                if (c == '[')
                {
                    throw new NotSupportedException(); // subtraction or a nested class
                }
                if (c == '\\')
                {
                    if (_at >= pattern.Length)
                    {
                        throw new NotSupportedException();
                    }
                    var e = pattern[_at++];
                    switch (e)
                    {
                        case 's' or 'S' or 'w' or 'W' or 'd' or 'D':
                            wide = true;
                            continue;
                        case 'p' or 'P':
                            var end = pattern.IndexOf('}', _at);
                            if (end < 0)
                            {
                                throw new NotSupportedException();
                            }
                            _at = end + 1;
                            wide = true;
                            continue;
                        case 'n':
                            c = '\n';
                            break;
                        case 't':
                            c = '\t';
                            break;
                        case 'r':
                            c = '\r';
                            break;
                        case 'f':
                            c = '\f';
                            break;
                        case 'v':
                            c = '\v';
                            break;
                        case 'b':
                            c = '\b';
                            break;
                        default:
                            if (char.IsLetterOrDigit(e))
                            {
                                throw new NotSupportedException();
                            }
                            c = e;
                            break;
                    }
                }
                if (_at + 1 < pattern.Length && Peek == '-' && pattern[_at + 1] != ']')
                {
                    // A range: only its width matters here.
                    _at++;
                    var high = pattern[_at++];
                    if (high is '\\' or '[')
                    {
                        throw new NotSupportedException();
                    }
                    if (high < c)
                    {
                        throw new NotSupportedException();
                    }
                    for (var r = c; r <= high && chars.Count <= 4; r++)
                    {
                        chars.Add(char.ToLowerInvariant(r).ToString());
                    }
                    if (high - c > 4)
                    {
                        wide = true;
                    }
                    continue;
                }
                chars.Add(char.ToLowerInvariant(c).ToString());
            }
            return wide || chars.Count > 4 ? Unknown() : new Info(chars, Node.True);
        }
    }
}
