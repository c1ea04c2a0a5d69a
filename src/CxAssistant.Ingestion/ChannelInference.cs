using CxAssistant.Core.Evidence;

namespace CxAssistant.Ingestion;

/// <summary>
/// Channels from cell values and file names: <see cref="ChannelNames"/> first, then the platform names
/// exports use ("Trustpilot", "App Store", "WhatsApp"), then words inside longer names ("nps_survey_q3").
/// </summary>
internal static class ChannelInference
{
    private static readonly Dictionary<string, Channel> Platforms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trustpilot"] = Channel.Review,
        ["google"] = Channel.Review,
        ["google reviews"] = Channel.Review,
        ["yelp"] = Channel.Review,
        ["app store"] = Channel.Review,
        ["appstore"] = Channel.Review,
        ["play store"] = Channel.Review,
        ["google play"] = Channel.Review,
        ["g2"] = Channel.Review,
        ["capterra"] = Channel.Review,
        ["tripadvisor"] = Channel.Review,
        ["amazon"] = Channel.Review,
        ["whatsapp"] = Channel.Chat,
        ["messenger"] = Channel.Chat,
        ["web chat"] = Channel.Chat,
        ["webchat"] = Channel.Chat,
        ["intercom"] = Channel.Chat,
        ["linkedin"] = Channel.Social,
        ["reddit"] = Channel.Social,
        ["youtube"] = Channel.Social,
        ["threads"] = Channel.Social,
        ["bluesky"] = Channel.Social,
        ["telephone"] = Channel.SupportCall,
        ["voice"] = Channel.SupportCall,
        ["call center"] = Channel.SupportCall,
        ["ivr"] = Channel.SupportCall,
        ["typeform"] = Channel.Survey,
        ["qualtrics"] = Channel.Survey,
        ["surveymonkey"] = Channel.Survey,
        ["questionnaire"] = Channel.Survey,
    };

    // Order matters: "support_chat" is chat, "review_survey" a survey.
    private static readonly (string Word, Channel Channel)[] Words =
    [
        ("analytics", Channel.Analytics),
        ("survey", Channel.Survey),
        ("nps", Channel.Survey),
        ("csat", Channel.Survey),
        ("review", Channel.Review),
        ("chat", Channel.Chat),
        ("tweet", Channel.Social),
        ("twitter", Channel.Social),
        ("social", Channel.Social),
        ("email", Channel.Email),
        ("e-mail", Channel.Email),
        ("ticket", Channel.Email),
        ("call", Channel.SupportCall),
        ("phone", Channel.SupportCall),
        ("transcript", Channel.SupportCall),
        ("sales", Channel.SalesNote),
        ("crm", Channel.SalesNote),
    ];

    /// <summary>A channel from a cell or front-matter value, or null.</summary>
    public static Channel? FromValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (ChannelNames.TryParse(value) is { } known)
        {
            return known;
        }
        var trimmed = value.Trim();
        if (Platforms.TryGetValue(trimmed, out var platform))
        {
            return platform;
        }
        return FromWords(trimmed.ToLowerInvariant());
    }

    /// <summary>A channel suggested by a file name ("reviews_2024.csv", "support-chat-17.txt"), or null.</summary>
    public static Channel? FromFileName(string fileName) =>
        FromWords(Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant());

    private static Channel? FromWords(string lower)
    {
        foreach (var (word, channel) in Words)
        {
            if (lower.Contains(word, StringComparison.Ordinal))
            {
                return channel;
            }
        }
        return null;
    }
}
