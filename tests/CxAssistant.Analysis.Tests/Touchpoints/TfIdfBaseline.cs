using CxAssistant.Analysis.Text;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

/// <summary>
/// The baseline the matcher must beat: cosine similarity between TF-IDF vectors of the text and of each
/// touchpoint's name + description (IDF over the catalog's touchpoints), raw lower-cased words, no knowledge.
/// </summary>
internal sealed class TfIdfBaseline
{
    private readonly TouchpointCatalog _catalog;
    private readonly Dictionary<string, double> _idf;
    private readonly List<Dictionary<string, double>> _vectors;

    public TfIdfBaseline(TouchpointCatalog catalog)
    {
        _catalog = catalog;
        var docs = catalog.Touchpoints.Select(t => Words(t.Name + " " + t.Description)).ToList();
        _idf = docs.SelectMany(d => d.Distinct())
            .GroupBy(w => w)
            .ToDictionary(g => g.Key, g => Math.Log((1.0 + docs.Count) / (1 + g.Count())) + 1);
        _vectors = [.. docs.Select(Vector)];
    }

    public string? Predict(string text)
    {
        var v = Vector(Words(text));
        string? best = null;
        var bestScore = 0.0;
        for (var i = 0; i < _vectors.Count; i++)
        {
            var dot = v.Sum(p => p.Value * _vectors[i].GetValueOrDefault(p.Key));
            if (dot > bestScore)
            {
                (best, bestScore) = (_catalog.Touchpoints[i].Id, dot);
            }
        }
        return best;
    }

    private Dictionary<string, double> Vector(List<string> words)
    {
        var v = words.Where(_idf.ContainsKey).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count() * _idf[g.Key]);
        var norm = Math.Sqrt(v.Values.Sum(x => x * x));
        return norm == 0 ? v : v.ToDictionary(p => p.Key, p => p.Value / norm);
    }

    private static List<string> Words(string text) =>
        [
            .. WordTokenizer
                .Tokenize(text)
                .Where(t => t.Kind == TokenKind.Word && t.Value.Length > 2)
                .Select(t => t.Value),
        ];
}
