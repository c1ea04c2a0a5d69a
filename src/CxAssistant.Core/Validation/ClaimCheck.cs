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

    /// <summary>
    /// Findings for every number in <paramref name="text"/> that is none of <paramref name="figures"/>.
    /// </summary>
    public static IReadOnlyList<Finding> Check(string text, IEnumerable<double> figures, string where = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        var known = figures.Where(double.IsFinite).ToArray();
        var findings = new List<Finding>();
        foreach (var claim in Numbers(text))
        {
            if (!known.Any(f => Matches(claim, f)))
            {
                findings.Add(
                    new Finding(
                        Name,
                        $"{where} states {claim.Written}, which is not one of the core's "
                            + $"figures; use only the given figures, exactly as written"
                    )
                );
            }
        }
        return findings;
    }

    /// <summary>The marker <see cref="Mark"/> puts after an unsupported number.</summary>
    public const string Unverified = "[unverified]";

    /// <summary>
    /// For answers shown to a person (chat): every number in <paramref name="text"/> that no figure supports gets
    /// <see cref="Unverified"/> after it. Citation markers such as [3] are not numbers. A number written without a sign
    /// may stand for a negative figure ("NPS fell by 9.1 points" for a change of −9.1). Returns the marked text and the
    /// unsupported numbers.
    /// </summary>
    public static (string Text, IReadOnlyList<Claim> Unsupported) Mark(string text, IEnumerable<double> figures)
    {
        ArgumentNullException.ThrowIfNull(text);
        var known = figures.Where(double.IsFinite).ToArray();
        var unsupported = new List<Claim>();
        var marked = NumberPattern()
            .Replace(text, m =>
            {
                if (IsCitationMarker(text, m) || ToClaim(m) is not { } claim)
                {
                    return m.Value;
                }
                var unsigned = m.Groups["sign"].Value.Length == 0;
                if (known.Any(f => Matches(claim, f) || (unsigned && Matches(claim, -f))))
                {
                    return m.Value;
                }
                unsupported.Add(claim);
                return m.Value + " " + Unverified;
            });
        return (marked, unsupported);
    }

    private static bool IsCitationMarker(string text, Match m) =>
        m.Index > 0 && text[m.Index - 1] == '[' && m.Index + m.Length < text.Length && text[m.Index + m.Length] == ']';

    /// <summary>A number as written in a text, its value, its decimals and whether it was a percentage.</summary>
    public sealed record Claim(string Written, double Value, int Decimals, bool Percent);

    /// <summary>Every number in the text (thousands separators and a leading minus or sign are understood).</summary>
    public static IReadOnlyList<Claim> Numbers(string text)
    {
        var claims = new List<Claim>();
        foreach (Match m in NumberPattern().Matches(text))
        {
            if (ToClaim(m) is { } claim)
            {
                claims.Add(claim);
            }
        }
        return claims;
    }

    private static Claim? ToClaim(Match m)
    {
        var digits = m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal);
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        if (m.Groups["sign"].Value is "-" or "−")
        {
            value = -value;
        }
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        return new Claim(m.Value.Trim(), value, dot < 0 ? 0 : digits.Length - dot - 1, m.Groups["pct"].Success);
    }

    private static bool Matches(Claim claim, double figure)
    {
        var tolerance = 0.5 * Math.Pow(10, -claim.Decimals) + 1e-9;
        if (Math.Abs(claim.Value - figure) <= tolerance)
        {
            return true;
        }
        // "64%" may stand for the ratio 0.64. Signs must agree: "NPS 12" is not the core's −12.
        return claim.Percent && Math.Abs(claim.Value - figure * 100) <= tolerance;
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.])(?<sign>[-−+])?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<pct>\s?%)?(?![\p{N}])"
    )]
    private static partial Regex NumberPattern();
}
