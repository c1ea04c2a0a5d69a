using System.Collections.Concurrent;

namespace CxAssistant.Core.Privacy;

/// <summary>
/// Numbered placeholders that stay the same for the same value within one run: the first e-mail address seen becomes
/// "[EMAIL-1]" wherever it appears, the second "[EMAIL-2]", so a reader (or a model) can still tell that two records
/// come from the same customer without seeing who it is. Values are compared after light normalisation (case for
/// e-mails, separators for numbers). Thread-safe; numbering follows the order values are first seen.
/// </summary>
public sealed class PlaceholderTable
{
    private readonly ConcurrentDictionary<(PiiType, string), string> _placeholders = new();
    private readonly int[] _next = new int[Enum.GetValues<PiiType>().Length];
    private readonly int[] _assigned = new int[Enum.GetValues<PiiType>().Length];
    private readonly Lock _lock = new();

    /// <summary>How many distinct values have a placeholder.</summary>
    public int Count => _placeholders.Count;

    /// <summary>
    /// The placeholder for <paramref name="value"/> of <paramref name="type"/>, numbering it when new.
    /// </summary>
    public string For(PiiType type, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = (type, Normalise(type, value));
        if (_placeholders.TryGetValue(key, out var known))
        {
            return known;
        }
        lock (_lock)
        {
            if (_placeholders.TryGetValue(key, out known))
            {
                return known;
            }
            var placeholder = Placeholders.Numbered(type, ++_next[(int)type]);
            _placeholders[key] = placeholder;
            _assigned[(int)type]++;
            return placeholder;
        }
    }

    /// <summary>
    /// Marks <paramref name="number"/> of <paramref name="type"/> as used elsewhere (a placeholder already in the
    /// text), so
    /// later values get higher numbers and a number never stands for two values.
    /// </summary>
    public void Reserve(PiiType type, int number)
    {
        lock (_lock)
        {
            _next[(int)type] = Math.Max(_next[(int)type], number);
        }
    }

    /// <summary>
    /// Reserves every numbered placeholder in <paramref name="text"/> (see <see cref="Reserve(PiiType, int)"/>).
    /// </summary>
    public void ReserveAll(string text)
    {
        foreach (var (type, number) in Placeholders.Numbers(text))
        {
            Reserve(type, number);
        }
    }

    /// <summary>How many distinct values of each type got a placeholder (for "12 values redacted" lines).</summary>
    public IReadOnlyDictionary<PiiType, int> Counts()
    {
        lock (_lock)
        {
            return Enum.GetValues<PiiType>()
                .Where(t => _assigned[(int)t] > 0)
                .ToDictionary(t => t, t => _assigned[(int)t]);
        }
    }

    // Same person, same placeholder: "Kim@Mail.com" = "kim@mail.com", "+44 7700 900123" = "+44-7700-900123".
    private static string Normalise(PiiType type, string value) =>
        type switch
        {
            PiiType.Email => value.Trim().ToLowerInvariant(),
            PiiType.Phone or PiiType.Card or PiiType.Iban => new string([
                .. value.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant),
            ]),
            PiiType.Ip => value.Trim().ToLowerInvariant(),
            _ => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
        };
}
