namespace CxAssistant.Chat.Tools;

/// <summary>
/// How overall NPS would move if one touchpoint's linked NPS reached the median touchpoint's: the inputs, the change in
/// points and the projected NPS (all rounded to 1 decimal), and the method in words.
/// </summary>
public sealed record WhatIfResult(
    string TouchpointId,
    string Touchpoint,
    double? CurrentNps,
    int NpsAnswers,
    double? TouchpointNps,
    int TouchpointNpsAnswers,
    double? MedianTouchpointNps,
    int TouchpointsInMedian,
    double? NpsChange,
    double? ProjectedNps,
    double? NpsImpactIfDetractorsBecamePassives,
    string Method,
    IReadOnlyList<string> Notes
);
