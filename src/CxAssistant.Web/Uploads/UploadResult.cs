namespace CxAssistant.Web.Uploads;

/// <summary>
/// What an upload kept (under <see cref="UploadId"/>, null when nothing was kept) and what it refused, with reasons.
/// </summary>
public sealed record UploadResult(string? UploadId, IReadOnlyList<string> Accepted, IReadOnlyList<string> Rejected);
