namespace CxAssistant.Evals.Assertions;

/// <summary>Every assertion type a suite may use, by name.</summary>
public static class EvaluatorCatalog
{
    private static readonly Dictionary<string, AssertionEvaluator> All = new AssertionEvaluator[]
    {
        new JsonSchemaEvaluator(),
        new AllowedLabelsEvaluator(),
        new LabelsEvaluator(),
        new GroundingEvaluator(),
        new ClaimsEvaluator(),
        new JtbdGrammarEvaluator(),
        new PersonaEvaluator(),
        new HypothesisEvaluator(),
        new SimilarityEvaluator(),
        new RubricEvaluator(),
        new UnaffectedEvaluator(),
        new NoPiiEvaluator(),
        new Chat.AnsweredEvaluator(),
        new Chat.FiguresEvaluator(),
        new Chat.CitationsEvaluator(),
        new Chat.CountEvaluator(),
    }
        .Concat(TextMatchEvaluator.Types.Select(t => new TextMatchEvaluator(t)))
        .Concat(BudgetEvaluator.Types.Select(t => new BudgetEvaluator(t)))
        .ToDictionary(e => e.Type, StringComparer.Ordinal);

    /// <summary>The assertion type names.</summary>
    public static IReadOnlySet<string> Types { get; } = new HashSet<string>(All.Keys, StringComparer.Ordinal);

    /// <summary>The evaluator for <paramref name="type"/>.</summary>
    public static AssertionEvaluator Get(string type) =>
        All.TryGetValue(type, out var e) ? e : throw new KeyNotFoundException($"unknown assertion type '{type}'");
}
