using CxAssistant.Agents.Drafting;

namespace CxAssistant.Agents.Drafters;

/// <summary>One job, pain or gain as the model words it, with its quotes.</summary>
public sealed record ModelItem(string? Text, IReadOnlyList<ModelQuote>? Quotes);

/// <summary>The persona-card answer: a name and reworded jobs, pains and gains (figures stay the core's).</summary>
public sealed record PersonaDraft(
    string? Name,
    IReadOnlyList<ModelItem>? Jobs,
    IReadOnlyList<ModelItem>? Pains,
    IReadOnlyList<ModelItem>? Gains
);
