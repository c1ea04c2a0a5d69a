namespace CxAssistant.Evals.Runs;

/// <summary>
/// A run that cannot start as asked (a provider that is not configured, replay without a model id…); the message says
/// what to do.
/// </summary>
public sealed class EvalConfigurationException(string message) : Exception(message);
