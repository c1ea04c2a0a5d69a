namespace CxAssistant.Data.Memory.Moves;

/// <summary>
/// What a move did: from and to (index locations), chunks in the index, chunks copied by this run, chunks an
/// interrupted
/// run had already copied, and whether the index was already where it was asked to go (nothing done).
/// </summary>
public sealed record MoveReport(string From, string To, long Chunks, long Copied, long Resumed, bool AlreadyThere);

/// <summary>Chunks copied so far out of the index's total.</summary>
public sealed record MoveProgress(long Done, long Total);
