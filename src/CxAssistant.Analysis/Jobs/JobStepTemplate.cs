using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs;

/// <summary>A functional job on a theme's job map; it is emitted only when evidence matches one of its triggers.</summary>
internal sealed record JobStepTemplate(JobMapStep Step, JobPhrase Phrase, IReadOnlyList<string> Triggers);
