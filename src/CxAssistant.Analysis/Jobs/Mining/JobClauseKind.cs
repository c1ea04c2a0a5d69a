namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>What a phrase in a customer's words says about their job (the sections of job-language.yaml).</summary>
internal enum JobClauseKind
{
    /// <summary>What they were trying to do: "I wanted to…", "so that we could…".</summary>
    Goal,

    /// <summary>A goal that was blocked: "couldn't…", "hard to…" (also a barrier).</summary>
    Struggle,

    /// <summary>The situation around the job: "for our anniversary", "on a business trip".</summary>
    Circumstance,

    /// <summary>Who the customer says they are: "as a student".</summary>
    Performer,

    /// <summary>A compensating behaviour: "ended up calling", "had to walk".</summary>
    Workaround,
    Push,
    Pull,
    Anxiety,
    Habit,
}
