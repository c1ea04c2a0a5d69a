using CxAssistant.Analysis.Languages;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Tests.Languages;

public sealed class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = LanguageIdentifier.Default;

    [Theory]
    [InlineData("Die Lieferung kam zwei Wochen zu spät und niemand vom Kundendienst hat sich gemeldet.", "de")]
    [InlineData("El pedido llegó tarde y nadie contestó mis correos. Terrible.", "es")]
    [InlineData("La livraison est arrivée avec deux semaines de retard et personne ne m'a répondu.", "fr")]
    public void Identify_ReviewInAnotherLanguage_IsThatLanguageAndNotReadOffline(string text, string code)
    {
        var language = Identifier.Identify(text);

        Assert.True(Identifier.IsAvailable);
        Assert.Equal(code, language.Code);
        Assert.Equal(RecordLanguage.DetectorMethod, language.Method);
        Assert.InRange(language.Confidence!.Value, LanguageIdentifier.MinConfidence, 1);
        Assert.False(language.IsReadOffline);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("Terrible!")]
    [InlineData("great staff")]
    [InlineData("Sehr gut")]
    public void Identify_TooFewLetters_IsUnknownAndStillRead(string text)
    {
        var language = Identifier.Identify(text);

        Assert.Equal(RecordLanguage.TooShort, language);
        Assert.True(language.IsReadOffline);
    }

    [Fact]
    public void Identify_PlainEnglishReview_TakesTheFastPathWithoutTheDetector()
    {
        var language = Identifier.Identify(
            "The parcel was left at the wrong door and nobody answered my emails for a week."
        );

        Assert.Equal(new RecordLanguage("en", RecordLanguage.EnglishWordsMethod), language);
    }

    [Theory]
    [InlineData("@user omg checkout crashed AGAIN smh #fail")]
    [InlineData("The café was lovely and the crème brûlée was superb")]
    [InlineData("Liked: location Disliked: noisy room, tiny bathroom")]
    [InlineData("Finest tacos in town no question")]
    public void Identify_EnglishWithAccentsSlangOrLabels_IsReadOffline(string text)
    {
        var language = Identifier.Identify(text);

        Assert.True(language.IsReadOffline, $"{text} -> {language}");
    }

    [Fact]
    public void Identify_SpanishWithEnglishWords_IsNotEnglish()
    {
        // "the" and "and" are English, but too few of the words: the detector decides.
        var language = Identifier.Identify(
            "Compré the pack and la caja llegó rota, el servicio al cliente no ayudó nada"
        );

        Assert.Equal("es", language.Code);
    }
}
