namespace CxAssistant.Agents.Privacy;

/// <summary>
/// A request held back by the redaction gate because part of it could not be checked for personal data.
/// </summary>
public sealed class PiiGateException(string message) : Exception(message);
