using System.Globalization;
using System.Text.RegularExpressions;

namespace CxAssistant.Core.Validation;

/// <summary>
/// Finds every number a drafted text states and matches it to the figures the core computed. A number matches a
/// figure when it is that figure rounded to the precision written ("71" or "71.3" for 71.34; "64%" for 64 or 0.64).
/// The model never sets a number: any other number is a finding. Numbers spelled out in words are not detected.
/// </summary>
public static partial class ClaimCheck
{
    /// <summary>The check's name in findings.</summary>
    public const string Name = "claims";

    /// <summary>Findings for every number in <paramref name="text"/> that is none of <paramref name="figures"/>.</summary>
    public static IReadOnlyList<Finding> Check(string text, IEnumerable<double> figures, string where = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        var known = figures.Where(double.IsFinite).ToArray();
        var findings = new List<Finding>();
        foreach (var claim in Numbers(text))
            if (!known.Any(f => Matches(claim, f)))
                findings.Add(new Finding(Name, $"{where} states {claim.Written}, which is not one of the core's figures; use only the given figures, exactly as written"));
        return findings;
    }

    /// <summary>A number as written in a text, its value, its decimals and whether it was a percentage.</summary>
    public sealed record Claim(string Written, double Value, int Decimals, bool Percent);

    /// <summary>Every number in the text (thousands separators and a leading minus or sign are understood).</summary>
    public static IReadOnlyList<Claim> Numbers(string text)
    {
        var claims = new List<Claim>();
        foreach (Match m in NumberPattern().Matches(text))
        {
            var digits = m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal);
            if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            if (m.Groups["sign"].Value is "-" or "−") value = -value;
            var dot = digits.IndexOf('.', StringComparison.Ordinal);
            claims.Add(new Claim(m.Value.Trim(), value, dot < 0 ? 0 : digits.Length - dot - 1, m.Groups["pct"].Success));
        }
        return claims;
    }

    private static bool Matches(Claim claim, double figure)
    {
        var tolerance = 0.5 * Math.Pow(10, -claim.Decimals) + 1e-9;
        if (Math.Abs(claim.Value - figure) <= tolerance) return true;
        // "64%" may stand for the ratio 0.64. Signs must agree: "NPS 12" is not the core's −12.
        return claim.Percent && Math.Abs(claim.Value - figure * 100) <= tolerance;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?<sign>[-−+])?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<pct>\s?%)?(?![\p{N}])")]
    private static partial Regex NumberPattern();
}
