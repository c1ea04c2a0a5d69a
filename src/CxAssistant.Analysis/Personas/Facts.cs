using System.Globalization;

namespace CxAssistant.Analysis.Personas;

/// <summary>Computed figures phrased the same way on every card.</summary>
internal static class Facts
{
    public static string Customers(int count, int total) =>
        $"{count} of {total} customers ({Percent(total == 0 ? 0 : (double)count / total)})";

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Signed(double value) =>
        (
            value > 0 ? "+"
            : value < 0 ? "−"
            : ""
        ) + Math.Abs(value).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Vs(double segmentShare, double overallShare) =>
        $"{Percent(segmentShare)} of this segment vs {Percent(overallShare)} of all customers";
}
