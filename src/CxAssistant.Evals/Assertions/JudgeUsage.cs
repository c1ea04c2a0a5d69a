using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Tokens a case's model-graded assertions spent on the judge (reported usage; replayed answers report the usage they
/// were recorded with), so a run's tokens and cost include grading, not only the stage under test. Thread-safe.
/// </summary>
public sealed class JudgeUsage
{
    private long _input;
    private long _output;
    private int _calls;

    /// <summary>Judge requests.</summary>
    public int Calls => _calls;

    /// <summary>Input tokens.</summary>
    public long InputTokens => Interlocked.Read(ref _input);

    /// <summary>Output tokens.</summary>
    public long OutputTokens => Interlocked.Read(ref _output);

    /// <summary>Adds one judge response's usage.</summary>
    public void Add(UsageDetails? usage)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _input, usage?.InputTokenCount ?? 0);
        Interlocked.Add(ref _output, usage?.OutputTokenCount ?? 0);
    }
}
