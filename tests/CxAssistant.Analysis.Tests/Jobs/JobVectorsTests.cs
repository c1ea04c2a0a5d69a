using CxAssistant.Analysis.Jobs;
using CxAssistant.Analysis.Jobs.Mining;
using CxAssistant.Analysis.Semantics;

namespace CxAssistant.Analysis.Tests.Jobs;

/// <summary>The vectors job phrases are grouped by: a shared verb adds similarity, a light verb adds none.</summary>
public sealed class JobVectorsTests
{
    // Every phrase's meaning is the same fixed angle apart (cosine 0.5), so only the verb dimension can differ.
    private sealed class HalfwayEncoder : ITextEncoder
    {
        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
            [.. texts.Select((_, i) => i % 2 == 0 ? new[] { 1f, 0f } : new[] { 0.5f, (float)Math.Sqrt(0.75) })];
    }

    private static float Similarity(string verb, JobLanguage language)
    {
        var phrases = new[] { new JobPhrase(verb, "a window seat", ""), new JobPhrase(verb, "some sleep", "") }
            .Select(p => new PhraseGroup([new JobCandidate(new JobClause(0, JobClauseKind.Goal, 0, 1, ""), p)], 1))
            .ToList();
        var v = JobVectors.Of(phrases, new HalfwayEncoder(), 0.4, language.LightVerbs, CancellationToken.None);
        return v[0].Zip(v[1], (x, y) => x * y).Sum();
    }

    [Fact]
    public void Of_SharedVerb_AddsSimilarityUnlessTheVerbIsLight()
    {
        var language = JobLanguage.Default;

        Assert.Contains("get", language.LightVerbs);
        Assert.Equal(0.5, Similarity("get", language), 3); // "get a window seat" vs "get some sleep": meaning alone
        Assert.Equal((0.5 + 0.16) / 1.16, Similarity("book", language), 3); // one verb, one kind of job
    }
}
