namespace CxAssistant.Core.Evidence;

/// <summary>Stable kebab-case names for channels (used in files, CLI flags and reports).</summary>
public static class ChannelNames
{
    private static readonly Dictionary<string, Channel> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["other"] = Channel.Other,
        ["survey"] = Channel.Survey,
        ["nps"] = Channel.Survey,
        ["csat"] = Channel.Survey,
        ["review"] = Channel.Review,
        ["reviews"] = Channel.Review,
        ["support-call"] = Channel.SupportCall,
        ["call"] = Channel.SupportCall,
        ["phone"] = Channel.SupportCall,
        ["support"] = Channel.SupportCall,
        ["transcript"] = Channel.SupportCall,
        ["chat"] = Channel.Chat,
        ["live-chat"] = Channel.Chat,
        ["email"] = Channel.Email,
        ["e-mail"] = Channel.Email,
        ["social"] = Channel.Social,
        ["twitter"] = Channel.Social,
        ["x"] = Channel.Social,
        ["facebook"] = Channel.Social,
        ["instagram"] = Channel.Social,
        ["tiktok"] = Channel.Social,
        ["sales-note"] = Channel.SalesNote,
        ["sales"] = Channel.SalesNote,
        ["crm"] = Channel.SalesNote,
        ["analytics"] = Channel.Analytics,
        ["web-analytics"] = Channel.Analytics,
    };

    public static string ToName(this Channel channel) =>
        channel switch
        {
            Channel.SupportCall => "support-call",
            Channel.SalesNote => "sales-note",
            _ => channel.ToString().ToLowerInvariant(),
        };

    /// <summary>Parses a channel name or common alias ("phone", "twitter"…); null when unknown.</summary>
    public static Channel? TryParse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var key = value.Trim().Replace('_', '-').Replace(' ', '-');
        return ByName.TryGetValue(key, out var channel) ? channel : null;
    }
}
