using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Tests.Metrics;

public sealed class LifetimeValueTests
{
    private static Dictionary<string, string> Order(string value) => new() { ["order_value"] = value };

    // Orders: A day 0 100, A day 73 50, B day 0 60 (twice: one order), anonymous day 146 30.
    // 4 orders, 3 customers, AOV = 240/4 = 60, orders/customer = 4/3; span = 146 days = 0.399726 years.
    private static Sample Fixture() =>
        new Sample()
            .Add([], customer: "A", day: 0, metadata: Order("100"))
            .Add([], customer: "A", day: 73, metadata: Order("$50.00"))
            .Add([], customer: "B", day: 0, metadata: Order("60"))
            .Add([], customer: "B", day: 0, metadata: Order("60"))
            .Add([], day: 146, metadata: Order("30"))
            .Add([], customer: "C", day: 10);

    [Fact]
    public void Compute_ObservedPeriod_IsOrdersPerCustomerTimesProfit()
    {
        // F = (4/3)/0.399726 = 3.335616 per year; T = 0.399726; P = 60 × 0.3 = 18 → CLV = 4/3 × 18 = 24.
        var clv = LifetimeValue.Compute(Fixture().Records);

        Assert.NotNull(clv);
        Assert.Equal("order_value", clv.Column);
        Assert.Equal((4, 3), (clv.Orders, clv.Customers));
        Assert.Equal(60, clv.AverageOrderValue);
        Assert.Equal(1.333, clv.OrdersPerCustomer);
        Assert.Equal(3.336, clv.PurchaseFrequency);
        Assert.Equal(0.4, clv.PeriodYears);
        Assert.True(clv.PeriodIsObserved);
        Assert.Equal(18, clv.ProfitPerOrder);
        Assert.Equal(24, clv.Clv);
    }

    [Fact]
    public void Compute_TwoYearHorizon_ExtrapolatesFrequency()
    {
        // CLV = F × T × P = (4/3)·(365.25/146) × 2 × 18 = 48 × 2.5017123 = 120.0822.
        var clv = LifetimeValue.Compute(Fixture().Records, new EngagementOptions { HorizonYears = 2 });

        Assert.Equal(120.08, clv!.Clv);
        Assert.Equal(2, clv.PeriodYears);
        Assert.False(clv.PeriodIsObserved);
    }

    [Fact]
    public void Compute_ConfiguredMarginAndColumn_Used()
    {
        var s = new Sample()
            .Add([], customer: "A", day: 0, metadata: new() { ["spend_eur"] = "200" })
            .Add([], customer: "A", day: 1, metadata: new() { ["spend_eur"] = "100" });

        // Not detected (unknown name), but configured: 2 orders, 1 customer, AOV 150, margin 50% → 2 × 75 = 150.
        Assert.Null(LifetimeValue.Compute(s.Records));
        var clv = LifetimeValue.Compute(
            s.Records,
            new EngagementOptions { OrderValueColumn = "spend_eur", Margin = 0.5 }
        );
        Assert.Equal(150, clv!.Clv);
    }

    [Fact]
    public void Compute_NoOrderData_Null()
    {
        var s = new Sample().Add(["delivery"], customer: "A", day: 0, metadata: new() { ["plan"] = "pro" });
        Assert.Null(LifetimeValue.Compute(s.Records));
    }

    [Theory]
    [InlineData("Order Value", true)]
    [InlineData("basket", true)]
    [InlineData("order_id", false)]
    public void DetectColumn_KnownNames(string column, bool detected)
    {
        var s = new Sample().Add([], customer: "A", metadata: new() { [column] = "12.5" });
        Assert.Equal(detected ? column : null, LifetimeValue.DetectColumn(s.Records));
    }

    [Theory]
    [InlineData("$1,200.50", 1200.5)]
    [InlineData("€ 24.99", 24.99)]
    [InlineData("n/a", null)]
    public void ParseMoney_CurrencyAndSeparators(string text, double? expected) =>
        Assert.Equal(expected, LifetimeValue.ParseMoney(text));
}
