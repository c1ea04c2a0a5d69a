namespace CxAssistant.Engine.Tests.Memory.Qdrant;

/// <summary>A request did not match Qdrant's documented REST API; the contract server records it and answers 400.</summary>
public sealed class ContractViolationException : Exception
{
    public ContractViolationException()
    {
    }

    public ContractViolationException(string message) : base(message)
    {
    }

    public ContractViolationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
