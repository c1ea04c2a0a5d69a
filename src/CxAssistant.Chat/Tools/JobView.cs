namespace CxAssistant.Chat.Tools;

/// <summary>A job statement with its altitude, the customers behind it and quotes.</summary>
public sealed record JobView(string Id, string Statement, string Altitude, int Customers, IReadOnlyList<int> Quotes);
