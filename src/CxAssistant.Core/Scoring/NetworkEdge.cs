namespace CxAssistant.Core.Scoring;

public enum EdgeKind
{
    /// <summary>Customers met <c>From</c> and later <c>To</c> (from customer timelines).</summary>
    Sequence,

    /// <summary>Mentioned together in the same evidence item.</summary>
    CoMention,
}

/// <summary>A connection between two touchpoints with how many customers (or items) show it.</summary>
public sealed record NetworkEdge(string From, string To, EdgeKind Kind, int Weight);
