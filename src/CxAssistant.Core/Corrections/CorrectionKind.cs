namespace CxAssistant.Core.Corrections;

/// <summary>What a team member corrected (docs/corrections.md).</summary>
public enum CorrectionKind
{
    /// <summary>A record's touchpoints, replaced by the listed ones (primary first).</summary>
    Touchpoints,

    /// <summary>A record's sentiment label.</summary>
    Sentiment,

    /// <summary>A record's intent.</summary>
    Intent,

    /// <summary>
    /// A record that is not customer feedback (spam, a test row, another business): left out of the analysis.
    /// </summary>
    Irrelevant,

    /// <summary>A touchpoint or discovered theme shown under another name.</summary>
    RenameTheme,

    /// <summary>A touchpoint or discovered theme whose mentions count for another one.</summary>
    MergeTheme,

    /// <summary>
    /// A touchpoint or discovered theme split in two: its mentions in records that use the team's words move to a new
    /// (or existing) theme.
    /// </summary>
    SplitTheme,
}
