using CxAssistant.Core.Analysis;
using CxAssistant.Core.Personas;
using CxAssistant.Analysis.Personas;

namespace CxAssistant.Engine.Tests.Personas;

/// <summary>Both shipped samples analysed and drafted once per test class (the pipeline takes a few seconds).</summary>
public sealed class SampleAnalyses
{
    private readonly Dictionary<string, (AnalysisResult Analysis, IReadOnlyList<PersonaCard> Cards)> _byName = [];
    private readonly Lock _gate = new();

    public static readonly TheoryData<string> Names = new() { "bloom-and-crumb", "trailhead-outfitters" };

    public (AnalysisResult Analysis, IReadOnlyList<PersonaCard> Cards) Get(string name)
    {
        lock (_gate)
        {
            if (_byName.TryGetValue(name, out var cached)) return cached;
            var analysis = SampleRuns.Analysis(name);
            return _byName[name] = (analysis, PersonaDrafter.Draft(analysis, new PersonaOptions()));
        }
    }

    private static readonly string Root = SampleRuns.Root;

}
