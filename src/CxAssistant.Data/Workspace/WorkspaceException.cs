namespace CxAssistant.Data.Workspace;

/// <summary>
/// A workspace that cannot be used (newer schema, not a workspace database…), with a message for the user.
/// </summary>
public sealed class WorkspaceException(string message, Exception? inner = null) : Exception(message, inner);
