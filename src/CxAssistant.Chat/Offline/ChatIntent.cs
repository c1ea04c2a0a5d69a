namespace CxAssistant.Chat.Offline;

/// <summary>What an owner's question is about, as the offline router reads it.</summary>
public enum ChatIntent
{
    /// <summary>Not something offline mode can answer.</summary>
    Unknown,

    /// <summary>What the assistant can do.</summary>
    Help,

    /// <summary>What annoys customers most.</summary>
    Annoyances,

    /// <summary>What customers love.</summary>
    Loves,

    /// <summary>What to fix first.</summary>
    FixFirst,

    /// <summary>Why NPS dropped.</summary>
    NpsDrop,

    /// <summary>NPS/CSAT/CES, by segment or period.</summary>
    Metrics,

    /// <summary>What-if on NPS for a touchpoint.</summary>
    WhatIf,

    /// <summary>Persona cards.</summary>
    Personas,

    /// <summary>Jobs to be done and opportunity scores.</summary>
    Jobs,

    /// <summary>Improvement hypotheses.</summary>
    Hypotheses,

    /// <summary>One touchpoint's scores and what people say about it.</summary>
    Touchpoint,

    /// <summary>What people say about a topic (evidence search).</summary>
    Search,

    /// <summary>One customer's records, scores or return, by id or name.</summary>
    Customer,

    /// <summary>Why customers leave, who is at risk, who switches.</summary>
    Churn,

    /// <summary>Two periods compared (this month vs last, since an event).</summary>
    Periods,

    /// <summary>How many customers mention or complain about a topic.</summary>
    Count,
}
