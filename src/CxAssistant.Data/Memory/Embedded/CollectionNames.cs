namespace CxAssistant.Data.Memory.Embedded;

/// <summary>Collection names become file names, so only a safe character set is allowed.</summary>
internal static class CollectionNames
{
    public static string Validate(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > 100 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException(
                $"Collection name '{name}' must be 1–100 ASCII letters, digits, '-' or '_'.",
                nameof(name)
            );
        }
        return name;
    }
}
