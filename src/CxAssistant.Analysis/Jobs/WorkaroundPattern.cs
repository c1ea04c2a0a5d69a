using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Jobs;

/// <summary>A compensating behaviour customers describe, its plain summary, and the themes it usually belongs to.</summary>
internal sealed record WorkaroundPattern(Regex Pattern, string Summary, IReadOnlyList<string> Themes);
