using System.Runtime.ExceptionServices;

namespace CxAssistant.Analysis.Pipeline;

/// <summary>
/// Runs a pure computation that has no cancellation checks of its own (scoring, the CX-method drafters) so that the
/// caller stops waiting the moment it is cancelled. The computation is abandoned, not interrupted: it holds no file,
/// lock or connection and writes nothing, so it simply finishes on a pool thread and its result is dropped. This keeps
/// Ctrl-C, web Cancel and shutdown within moments at every stage without threading tokens through pure code.
/// </summary>
internal static class Abandonable
{
    public static T Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var task = Task.Run(work, CancellationToken.None);
        try
        {
            task.Wait(cancellationToken);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return task.Result;
    }
}
