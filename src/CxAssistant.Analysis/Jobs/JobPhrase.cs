namespace CxAssistant.Analysis.Jobs;

/// <summary>The three parts of a job statement before it becomes a <see cref="Core.Jobs.JobStatement"/>.</summary>
internal sealed record JobPhrase(string Verb, string Object, string Clarifier);
