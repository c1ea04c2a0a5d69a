using CxAssistant.Analysis.Personas;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Personas;

namespace CxAssistant.TestKit;

/// <summary>Both shipped samples analysed and drafted once per test class (the pipeline takes a few seconds).</summary>
public sealed class PersonaSamples
{
    private readonly Dictionary<string, (AnalysisResult Analysis, IReadOnlyList<PersonaCard> Cards)> _byName = [];
    private readonly Lock _gate = new();

    /// <summary>The shipped sample names as xunit member data.</summary>
    public static IEnumerable<object[]> Names => SampleRuns.Names.Select(n => new object[] { n });

    public (AnalysisResult Analysis, IReadOnlyList<PersonaCard> Cards) Get(string name)
    {
        lock (_gate)
        {
            if (_byName.TryGetValue(name, out var cached))
            {
                return cached;
            }
            var analysis = SampleRuns.Analysis(name);
            return _byName[name] = (analysis, PersonaDrafter.Draft(analysis, new PersonaOptions()));
        }
    }
}
