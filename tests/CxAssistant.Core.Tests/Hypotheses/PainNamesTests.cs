using CxAssistant.Core.Annotations;

namespace CxAssistant.Core.Tests.Hypotheses;

public sealed class PainNamesTests
{
    [Fact]
    public void Of_EveryPainKind_HasPlainWordsDistinctFromTheOthers()
    {
        string[] kinds =
        [
            PainKind.LongWait,
            PainKind.NoUpdate,
            PainKind.Confusing,
            PainKind.BrokenPromise,
            PainKind.RudeStaff,
            PainKind.HiddenFee,
            PainKind.Defect,
            PainKind.Unreachable,
            PainKind.RepeatContact,
            PainKind.Price,
            PainKind.Availability,
        ];
        var names = kinds.Select(PainNames.Of).ToList();

        Assert.Equal(kinds.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.DoesNotContain('-', n));
    }

    [Fact]
    public void About_Unreachable_ReadsAfterAboutAndNamesTheSamePainAsTheLists()
    {
        Assert.Equal("hard to reach", PainNames.Of(PainKind.Unreachable));
        Assert.Equal("being hard to reach", PainNames.About(PainKind.Unreachable));
        Assert.Equal(PainNames.Of(PainKind.HiddenFee), PainNames.About(PainKind.HiddenFee));
    }
}
