namespace CxAssistant.Analysis.Jobs;

/// <summary>What a matched phrase says about the customer's job.</summary>
internal enum JobSignalKind
{
    /// <summary>What they were trying to do: "I just wanted to…", "trying to…", "so I could…".</summary>
    Goal,
    /// <summary>The situation around the job: "for my daughter's birthday", "before my train", "by Friday".</summary>
    Circumstance,
    /// <summary>A compensating behaviour: "ended up calling", "had to buy one locally".</summary>
    Workaround,
    Push,
    Pull,
    Anxiety,
    Habit,
}
