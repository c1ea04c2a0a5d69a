using System.Collections.Concurrent;

namespace CxAssistant.Web.Security;

/// <summary>
/// Slows down guessing of the access key, per client address: the first <see cref="FreeAttempts"/> wrong keys cost
/// nothing, then each further one locks that client out for twice as long as the one before (1 s, 2 s, 4 s… up to
/// <see cref="MaxLockout"/>). A right key clears the record. Attempts during a lockout are refused without checking
/// the key, so a lockout cannot be used to probe it. Times come from <see cref="TimeProvider"/> (tests move the clock).
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int FreeAttempts = 5;
    public static readonly TimeSpan MaxLockout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Clients remembered at most; the oldest lockouts are forgotten first, so a flood cannot exhaust memory.
    /// </summary>
    private const int MaxClients = 10_000;

    private readonly ConcurrentDictionary<string, Record> _clients = new(StringComparer.Ordinal);

    private sealed record Record(int Failures, DateTimeOffset LockedUntil);

    /// <summary>
    /// How long <paramref name="client"/> must still wait before its next attempt (zero when it may try now).
    /// </summary>
    public TimeSpan RetryAfter(string client)
    {
        if (!_clients.TryGetValue(client, out var record))
        {
            return TimeSpan.Zero;
        }
        var wait = record.LockedUntil - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    public void Failed(string client)
    {
        if (_clients.Count >= MaxClients)
        {
            Forget();
        }
        _clients.AddOrUpdate(client, _ => Next(0), (_, r) => Next(r.Failures));
    }

    public void Succeeded(string client) => _clients.TryRemove(client, out _);

    private Record Next(int failures)
    {
        var count = failures + 1;
        var over = count - FreeAttempts;
        if (over <= 0)
        {
            return new Record(count, DateTimeOffset.MinValue);
        }
        var seconds = Math.Min(MaxLockout.TotalSeconds, Math.Pow(2, Math.Min(over - 1, 30)));
        return new Record(count, clock.GetUtcNow() + TimeSpan.FromSeconds(seconds));
    }

    private void Forget()
    {
        foreach (
            var key in _clients.OrderBy(p => p.Value.LockedUntil).Take(MaxClients / 10).Select(p => p.Key).ToList()
        )
        {
            _clients.TryRemove(key, out _);
        }
    }
}
