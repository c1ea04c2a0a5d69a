namespace CxAssistant.Core.Privacy;

/// <summary>Which entity types <see cref="PiiRedactor"/> detects. Everything is on by default.</summary>
public sealed record PiiOptions
{
    public static PiiOptions Default { get; } = new();

    public bool Email { get; init; } = true;
    public bool Phone { get; init; } = true;
    public bool Card { get; init; } = true;
    public bool Iban { get; init; } = true;
    public bool Ip { get; init; } = true;
    public bool Address { get; init; } = true;
    public bool Name { get; init; } = true;

    public bool IsEnabled(PiiType type) =>
        type switch
        {
            PiiType.Email => Email,
            PiiType.Phone => Phone,
            PiiType.Card => Card,
            PiiType.Iban => Iban,
            PiiType.Ip => Ip,
            PiiType.Address => Address,
            PiiType.Name => Name,
            _ => false,
        };
}
