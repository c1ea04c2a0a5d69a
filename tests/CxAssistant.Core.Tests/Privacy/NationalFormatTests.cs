using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

/// <summary>
/// The national phone and address shapes and the running-text names issue 12 found missing, each found whole.
/// </summary>
public sealed class NationalFormatTests
{
    [Theory]
    [InlineData("0033 1 42 68 53 00")]
    [InlineData("+33 1 42 68 53 00")]
    [InlineData("01 42 68 53 00")]
    [InlineData("06.12.34.56.78")]
    [InlineData("+49 30 901820")]
    [InlineData("0049 30 12345678")]
    [InlineData("030 901820")]
    [InlineData("0171 1234567")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("020 7946 0958")]
    [InlineData("07700 900123")]
    [InlineData("(555) 123-4567")]
    [InlineData("555-123-4567")]
    [InlineData("+1 555 123 4567")]
    [InlineData("+91 98765 43210")]
    [InlineData("+61 2 9876 5432")]
    [InlineData("+81 3-1234-5678")]
    [InlineData("+234 803 123 4567")]
    public void Redact_NationalPhoneFormat_IsFoundWhole(string phone) =>
        Assert.Equal([phone], Pii.Found($"Please ring {phone} after five", PiiType.Phone));

    [Theory]
    [InlineData("Hauptstraße 5, 10115 Berlin")]
    [InlineData("Berliner Straße 12a, 60311 Frankfurt am Main")]
    [InlineData("Keizersgracht 123, 1015 CJ Amsterdam")]
    [InlineData("12 rue de la Paix, 75002 Paris")]
    [InlineData("8 bis avenue Victor Hugo, 69002 Lyon")]
    [InlineData("Calle Mayor 12, 28013 Madrid")]
    [InlineData("Via Roma 10, 00184 Roma")]
    [InlineData("Flat 2, 10 High Street, London SW1A 1AA")]
    [InlineData("1234 Elm St, Springfield, IL 62704")]
    [InlineData("PO Box 1234, Springfield")]
    public void Redact_StreetAddress_IsFoundWhole(string address) =>
        Assert.Equal([address], Pii.Found($"Ship it to {address} please.", PiiType.Address));

    [Theory]
    [InlineData("Hi Kim. The checkout failed twice", "Kim")]
    [InlineData("The manager, Mr Patel, fixed it", "Patel")]
    [InlineData("Mrs. Okafor at the desk was kind", "Okafor")]
    [InlineData("I bought a gift for Maria and it broke", "Maria")]
    [InlineData("Sarah at the counter was lovely", "Sarah")]
    [InlineData("Thanks to Priya the refund came fast", "Priya")]
    [InlineData("our waiter Tom forgot the order", "Tom")]
    [InlineData("a lady called Ingrid answered", "Ingrid")]
    [InlineData("and Olu at the Bristol store sorted it", "Olu")]
    [InlineData("Kim said the parcel was lost", "Kim")]
    [InlineData("Thanks Sarah!", "Sarah")]
    public void Redact_NameInRunningText_IsFound(string text, string name) =>
        Assert.Equal([name], Pii.Found(text, PiiType.Name));

    [Theory]
    [InlineData("Checkout at the store took ages")]
    [InlineData("Ordered a gift for Christmas and it came late")]
    [InlineData("Delivery in May was slow, but June was better")]
    [InlineData("I went with Amazon instead")]
    [InlineData("The Paris store was closed")]
    [InlineData("Support was useless and Returns took a month")]
    [InlineData("Grace period for payment was too short")]
    public void Redact_OrdinaryCapitalisedWords_AreNotNames(string text) => Assert.Empty(Pii.Found(text, PiiType.Name));
}
