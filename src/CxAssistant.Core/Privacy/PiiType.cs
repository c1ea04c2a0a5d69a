namespace CxAssistant.Core.Privacy;

/// <summary>Kinds of personal data the redactor recognises. The order is the overlap priority: earlier wins.</summary>
public enum PiiType
{
    /// <summary>
    /// International bank account number (mod-97 checked). First: a BBAN may hold a card-shaped digit run.
    /// </summary>
    Iban,

    /// <summary>Payment card number (Luhn and issuer-prefix checked).</summary>
    Card,
    Email,

    /// <summary>IPv4 or IPv6 address.</summary>
    Ip,
    Phone,

    /// <summary>Street address or postal code.</summary>
    Address,

    /// <summary>Person name, only in high-precision contexts ("my name is …", "Dear …", signatures).</summary>
    Name,
}
