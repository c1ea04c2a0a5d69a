using System.Runtime.ExceptionServices;

namespace CxAssistant.Core.Analysis;

/// <summary>
/// Runs independent computations in parallel and rethrows the first failure as itself, not wrapped in an
/// <see cref="AggregateException"/>, so callers see the same exception as when the steps ran one after another.
/// </summary>
internal static class SideBySide
{
    public static void Run(params Action[] steps)
    {
        try
        {
            Parallel.Invoke(steps);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }
    }
}
