namespace CxAssistant.Chat.Evals;

/// <summary>
/// One owner-style question from <c>evals/chat/questions.yaml</c> and what a good answer must contain: the intent, text
/// (touchpoint names), figures named symbolically and resolved from the core (<c>priority:delivery</c>), citations, or
/// an explicit "cannot answer".
/// </summary>
public sealed class ChatEvalCase
{
    /// <summary>Stable id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The question as an owner would type it.</summary>
    public string Question { get; set; } = "";

    /// <summary>Expected intent (kebab-case), optional.</summary>
    public string? Intent { get; set; }

    /// <summary>Text the answer must contain.</summary>
    public List<string> MustContain { get; set; } = [];

    /// <summary>Figures the answer must state exactly as the core computes them (see <see cref="CoreFigures"/>).</summary>
    public List<string> Figures { get; set; } = [];

    /// <summary>The answer must carry citations that resolve to records.</summary>
    public bool MustCite { get; set; }

    /// <summary>The answer must say that offline mode cannot answer.</summary>
    public bool CannotAnswer { get; set; }
}
