using System.Net;

namespace CxAssistant.Web.Charts;

/// <summary>Helpers for server-built SVG: every label and attribute value goes through <see cref="Text"/>.</summary>
internal static class Svg
{
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? "");

    public static string Short(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
