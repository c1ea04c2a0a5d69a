namespace CxAssistant.Agents.Drafting;

/// <summary>
/// One answer: the parsed value (null when the text was not JSON of the requested shape), the raw text, and an
/// error when the call itself failed (network, provider) — a typed failure, never an exception that ends the run.
/// </summary>
public sealed record ModelReply<T>(T? Value, string Text, string? Error) where T : class;
