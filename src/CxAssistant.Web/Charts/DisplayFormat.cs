using System.Globalization;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Web.Charts;

/// <summary>Number formatting shared by pages and charts (invariant culture, plain words for empty values).</summary>
public static class DisplayFormat
{
    public static string Num(double value, string format = "0.#") =>
        value.ToString(format, CultureInfo.InvariantCulture);

    public static string Signed(double value, string format = "+0.##;-0.##;0") =>
        value.ToString(format, CultureInfo.InvariantCulture);

    public static string Nps(NpsResult? nps) => nps is null ? "–" : Signed(nps.Score, "+0;-0;0");

    public static string Csat(ShareResult? csat) => csat is null ? "–" : Num(csat.Percent, "0") + "%";

    public static string Mean(MeanResult? mean) => mean is null ? "–" : Num(mean.Mean, "0.0");

    /// <summary>"−0.62 (−0.75 … −0.48, n=31)".</summary>
    public static string Band(DimensionScore d) =>
        $"{Num(d.Value, "0.00")} ({Num(d.Low, "0.00")} … {Num(d.High, "0.00")}, n={d.EvidenceCount})";

    /// <summary>CSS class for an emotional impact or sentiment: neg, mid or pos.</summary>
    public static string Tone(double value) =>
        value <= -0.15 ? "neg"
        : value >= 0.15 ? "pos"
        : "mid";

    /// <summary>Fill colour for an emotional impact (red … grey … green), matching the report's map.</summary>
    public static string Colour(double value) =>
        value switch
        {
            <= -0.5 => "#c62828",
            <= -0.15 => "#ef8f00",
            < 0.15 => "#9aa1ad",
            < 0.5 => "#7cb342",
            _ => "#2e7d32",
        };
}
