using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Text;

/// <summary>
/// Runs a pattern that carries a match timeout (a guard against pathological backtracking) over customer text: a text
/// the pattern cannot scan in time counts as no match, so one enormous record costs a missing cue, never the run.
/// </summary>
internal static class RegexScan
{
    public static Match Match(Regex pattern, string text)
    {
        try
        {
            return pattern.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    public static bool IsMatch(Regex pattern, string text) => Match(pattern, text).Success;
}
