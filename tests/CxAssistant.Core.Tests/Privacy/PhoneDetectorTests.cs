using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

public sealed class PhoneDetectorTests
{
    [Theory]
    [InlineData("+44 20 7946 0958")]
    [InlineData("(555) 123-4567")]
    [InlineData("555.123.4567")]
    [InlineData("+1-202-555-0143")]
    [InlineData("07700 900123")]
    [InlineData("+49 30 901820")]
    [InlineData("+33 1 42 68 53 00")]
    [InlineData("1-800-555-0199")]
    [InlineData("+1 (415) 555-0132")]
    [InlineData("+14155550132")]
    [InlineData("020 7946 0958")]
    public void Redact_InternationalFormats_AreFound(string phone) =>
        Assert.Equal(
            [phone],
            Pii.Found($"Please ring {phone}, thanks.", PiiType.Phone)
                .Concat(Pii.Found($"Number: {phone}.", PiiType.Phone))
                .Distinct()
        );

    [Fact]
    public void Redact_BareDigitsAfterPhoneWord_IsFound() =>
        Assert.Equal(["5551234567"], Pii.Found("call me on 5551234567 after six", PiiType.Phone));

    [Fact]
    public void Redact_TrailingNumberAfterPhone_IsNotSwallowed() =>
        Assert.Equal(["020 7946 0958"], Pii.Found("I rang 020 7946 0958 3 times", PiiType.Phone));

    [Theory]
    [InlineData("Support department: +44 20 7946 0958", "+44 20 7946 0958")]
    [InlineData("Shipping issue, 07700 900123 is my mobile", "07700 900123")]
    [InlineData("Stayed at the hotel, 555.123.4567 was their line", "555.123.4567")]
    public void Redact_VetoWordInsideAnotherWord_DoesNotVeto(string text, string phone) =>
        Assert.Equal([phone], Pii.Found(text, PiiType.Phone));

    [Theory]
    [InlineData("Order #4412-2231 arrived damaged")]
    [InlineData("order number 100-4829-3371 never came")]
    [InlineData("Tracking 7489 2234 1123 shows returned")]
    [InlineData("Paid $1,299.00 for it")]
    [InlineData("Delivery on 2024-03-05 then 05.03.2024")]
    [InlineData("Opens at 10:30, closes 14:45:10")]
    [InlineData("v2.3.1 broke it, version 10.4.2")]
    [InlineData("ISBN 978-0-306-40615-7")]
    [InlineData("call me at the store")]
    [InlineData("Room 1204, flight BA 2490, 3 x 500ml")]
    [InlineData("Reference 2024 0305 1130 attached")]
    public void Redact_DigitsThatAreNotPhones_AreIgnored(string text) => Assert.Empty(Pii.Found(text, PiiType.Phone));
}
