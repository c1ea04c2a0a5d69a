using CxAssistant.Analysis.Languages;

namespace CxAssistant.Analysis.Tests.Languages;

public sealed class BatchModelsTests
{
    // Texts that reach the detector: other languages, English without the fast path's words, mixed, other scripts.
    private static readonly string[] Texts =
    [
        "Die Lieferung kam zwei Wochen zu spät und niemand vom Kundendienst hat sich gemeldet.",
        "El pedido llegó tarde y nadie contestó mis correos. Terrible.",
        "La livraison est arrivée avec deux semaines de retard et personne ne m'a répondu.",
        "Compré the pack and la caja llegó rota, el servicio al cliente no ayudó nada",
        "Best Reuben sandwich ever! Pastrami piled high, rye bread fresh",
        "Zamówienie przyszło uszkodzone, obsługa klienta nie odpowiada od tygodnia",
        "Sipariş çok geç geldi ve müşteri hizmetleri hiç yardımcı olmadı",
        "Доставка задержалась на две недели, служба поддержки не отвечает",
        "Het pakket kwam beschadigd aan en de klantenservice reageert niet",
        "Ótimo atendimento, mas a entrega demorou demais para chegar aqui",
        "Servizio clienti pessimo, il pacco è arrivato rotto dopo due settimane",
        "配送が遅れて、サポートからの返事もありませんでした。残念です。",
        "Superb croissants, friendly barista, cosy corner by the window",
    ];

    [Fact]
    public void IsAvailable_LinguasModelCachesAreFound()
    {
        // False after a Lingua upgrade that renames its internals: batches would then load whole models again.
        Assert.True(BatchModels.IsAvailable);
    }

    [Fact]
    public void IdentifyAll_WithModelsCutToTheBatch_GivesWhatWholeModelsGiveOneByOne()
    {
        var identifier = LanguageIdentifier.Default;
        identifier.UnloadModels();

        var batch = identifier.IdentifyAll(Texts);
        var single = Texts.Select(identifier.Identify).ToArray();

        Assert.Equal(single, batch);
        Assert.Contains(batch, l => l.Method == Core.Evidence.RecordLanguage.DetectorMethod && l.Code != "en");
    }

    [Fact]
    public void IdentifyAll_AfterABatch_ATextOutsideItIsReadWithWholeModels()
    {
        var identifier = LanguageIdentifier.Default;
        identifier.UnloadModels();
        identifier.IdentifyAll(["Zamówienie przyszło uszkodzone, obsługa klienta nie odpowiada"]);

        // Cut-down models left behind would know none of this text's n-grams and read it as nothing.
        var language = identifier.Identify("Die Lieferung kam zwei Wochen zu spät und niemand hat geantwortet.");

        Assert.Equal("de", language.Code);
    }

    [Fact]
    public void Ngrams_AreEveryRunOfOneToFiveLettersOfTheCleanedText()
    {
        var ngrams = BatchModels.Ngrams(["Hello, 42 don't!"]);

        // Lingua's clean-up drops punctuation and digits: "dont" is one word; no n-gram spans two words.
        string[] expected =
        [
            .. "helodnt".Select(c => c.ToString()),
            .. new[] { "he", "el", "ll", "lo", "do", "on", "nt" },
            .. new[] { "hel", "ell", "llo", "don", "ont", "hell", "ello", "dont", "hello" },
        ];
        Assert.Equal(expected.ToHashSet(), ngrams);
    }
}
