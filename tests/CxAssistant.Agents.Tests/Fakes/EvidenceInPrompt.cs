using System.Net;
using System.Text.RegularExpressions;

namespace CxAssistant.Agents.Tests.Fakes;

/// <summary>Reads the evidence items back out of a rendered prompt, as a model would see them.</summary>
internal static partial class EvidenceInPrompt
{
    public static IReadOnlyList<(string Id, string Text)> Read(string userMessage) =>
        [
            .. Item()
                .Matches(userMessage)
                .Select(m => (m.Groups["id"].Value, WebUtility.HtmlDecode(m.Groups["text"].Value))),
        ];

    [GeneratedRegex("<evidence id=\"(?<id>[^\"]+)\">(?<text>.*?)</evidence>", RegexOptions.Singleline)]
    private static partial Regex Item();
}
