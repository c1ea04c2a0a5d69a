using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Tests.Metrics;

public sealed class FieldNamesTests
{
    [Theory]
    [InlineData("customerId")]
    [InlineData("Order ID")]
    [InlineData("email")]
    [InlineData("ticket_id")]
    [InlineData(" Comments ")]
    [InlineData("timestamp")]
    public void IsIdentityOrProse_IdsContactsMomentsAndProse_True(string field) =>
        Assert.True(FieldNames.IsIdentityOrProse(field));

    [Theory]
    [InlineData("plan")]
    [InlineData("paid")]
    [InlineData("region")]
    [InlineData("channel")]
    public void IsIdentityOrProse_DescriptiveFields_False(string field) =>
        Assert.False(FieldNames.IsIdentityOrProse(field));
}
