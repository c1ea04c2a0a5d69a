namespace CxAssistant.Web.Hosting;

/// <summary>The app refuses to start; the message tells the user what to change.</summary>
public sealed class StartupException(string message) : Exception(message);
