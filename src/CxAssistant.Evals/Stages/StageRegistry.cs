namespace CxAssistant.Evals.Stages;

/// <summary>
/// The stages a run can use, by name; offline implementations by default, replaceable (a degraded stage in tests, a
/// model stage after the merge).
/// </summary>
public sealed class StageRegistry
{
    private readonly Dictionary<string, IEvalStage> _stages = new(StringComparer.Ordinal);

    /// <summary>
    /// The offline stages: annotation, discovery, personas, jobs, hypotheses, analysis, and the model path with a
    /// scripted model.
    /// </summary>
    public static StageRegistry Offline() =>
        new StageRegistry()
            .With(new AnnotationStage())
            .With(new DiscoveryStage())
            .With(DraftStage.Personas())
            .With(DraftStage.Jobs())
            .With(DraftStage.Hypotheses())
            .With(DraftStage.Analysis())
            .With(new ModelAnalysisStage())
            .With(new Chat.ChatStage());

    /// <summary>Adds or replaces a stage.</summary>
    public StageRegistry With(IEvalStage stage)
    {
        _stages[stage.Name] = stage;
        return this;
    }

    /// <summary>Stage names.</summary>
    public IReadOnlySet<string> Names => new HashSet<string>(_stages.Keys, StringComparer.Ordinal);

    /// <summary>The offline stage, or null.</summary>
    public IEvalStage? Find(string name) => _stages.GetValueOrDefault(name);
}
