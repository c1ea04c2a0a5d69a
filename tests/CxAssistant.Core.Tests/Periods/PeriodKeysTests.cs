using CxAssistant.Core.Periods;

namespace CxAssistant.Core.Tests.Periods;

public sealed class PeriodKeysTests
{
    [Theory]
    [InlineData(2026, 10, 5, PeriodGrain.Month, "2026-10")]
    [InlineData(2026, 10, 5, PeriodGrain.Quarter, "2026-Q4")]
    [InlineData(2026, 3, 31, PeriodGrain.Quarter, "2026-Q1")]
    [InlineData(2026, 4, 1, PeriodGrain.Quarter, "2026-Q2")]
    [InlineData(2026, 10, 5, PeriodGrain.Week, "2026-W41")]
    // ISO weeks: 1 January 2027 is a Friday, so it belongs to the last week of 2026 (2026 has 53 weeks).
    [InlineData(2027, 1, 1, PeriodGrain.Week, "2026-W53")]
    // 29 December 2025 is the Monday of ISO week 1 of 2026.
    [InlineData(2025, 12, 29, PeriodGrain.Week, "2026-W01")]
    public void Of_Date_IsoLabel(int year, int month, int day, PeriodGrain grain, string expected) =>
        Assert.Equal(expected, PeriodKeys.Of(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero), grain));

    [Fact]
    public void Of_LateEveningWithOffset_KeepsTheCustomersOwnDate()
    {
        // 23:30 on 31 October in New York is already 1 November in UTC.
        var t = new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.FromHours(-5));

        Assert.Equal("2026-10", PeriodKeys.Of(t, PeriodGrain.Month));
    }

    [Fact]
    public void Of_NoTimestamp_Null() => Assert.Null(PeriodKeys.Of(null, PeriodGrain.Month));

    [Theory]
    [InlineData("Month", PeriodGrain.Month)]
    [InlineData(" week ", PeriodGrain.Week)]
    [InlineData("quarterly", PeriodGrain.Quarter)]
    [InlineData("none", null)]
    [InlineData("fortnight", null)]
    public void Parse_Text_Grain(string text, PeriodGrain? expected) => Assert.Equal(expected, PeriodKeys.Parse(text));
}
