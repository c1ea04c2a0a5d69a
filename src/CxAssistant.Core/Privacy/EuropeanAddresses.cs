using System.Text.RegularExpressions;

namespace CxAssistant.Core.Privacy;

/// <summary>
/// Street addresses in the common continental shapes: German and Dutch compounds with the number after the street
/// ("Hauptstraße 5, 10115 Berlin", "Keizersgracht 123, 1015 CJ Amsterdam"), French number-first streets
/// ("12 rue de la Paix, 75002 Paris") and Spanish, Italian and Portuguese type-first streets ("Calle Mayor 12, 28013
/// Madrid", "Via Roma 10"), each with an optional postcode and city.
/// </summary>
internal static partial class EuropeanAddresses
{
    public static void Find(string text, List<PiiMatch> matches)
    {
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return;
        }
        foreach (var m in Germanic().EnumerateMatches(text))
        {
            matches.Add(new PiiMatch(PiiType.Address, m.Index, m.Index + m.Length));
        }
        foreach (var m in French().EnumerateMatches(text))
        {
            matches.Add(new PiiMatch(PiiType.Address, m.Index, m.Index + m.Length));
        }
        foreach (var m in Southern().EnumerateMatches(text))
        {
            matches.Add(new PiiMatch(PiiType.Address, m.Index, m.Index + m.Length));
        }
    }

    private const string City = @"\p{Lu}[\p{L}'’-]+(?:[ ](?:am|an|im|de|sur|en|la|le)?[ ]?\p{Lu}[\p{L}'’-]+)?";

    // 10115 Berlin, 1015 CJ Amsterdam, 75002 Paris (CEDEX), 1010 Wien, 8001 Zürich.
    private const string PostcodeCity =
        @"(?:,?[ ]+(?:[A-Z]{1,2}-)?(?:\d{4}-\d{3}|\d{4,5}(?:[ ]?[A-Z]{2})?)[ ]+" + City + @"(?:[ ]Cedex|[ ]CEDEX)?)?";

    private const string GermanicSuffix =
        "straße|strasse|str\\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|"
        + "steig|pfad|markt|straat|laan|gracht|plein|kade|singel|dijk|vej|gade|"
        + "gatan|vägen|gata|veien";

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}-]*(?:"
            + GermanicSuffix
            + @")|\p{Lu}[\p{L}-]+[ ](?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|"
            + @"Ring|Damm|Ufer)|(?:Am|An[ ]der|Auf[ ]dem|Im|In[ ]der|Zum|Zur)[ "
            + @"]\p{Lu}[\p{L}-]+)[ ]+\d{1,4}[ ]?[a-zA-Z]?(?:[-/]\d{1,4})?"
            + PostcodeCity
            + @"(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Germanic();

    private const string FrenchParticle = @"(?:de|du|des|la|le|les|à|aux|sur|en|l['’]|d['’])";
    private const string FrenchName =
        @"(?:"
        + FrenchParticle
        + @"[ ]?)*\p{Lu}[\p{L}'’-]*(?:[ ](?:"
        + FrenchParticle
        + @"[ ]?)*\p{Lu}[\p{L}'’-]*){0,3}";

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])\d{1,4}(?:[ ]?(?:bis|ter))?,?[ ]+(?i:rue|avenue|av\.|"
            + @"boulevard|bd|place|quai|chemin|allée|impasse|route|cours|passage|"
            + @"square|rond-point|faubourg)[ ]+"
            + FrenchName
            + PostcodeCity
            + @"(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex French();

    private const string SouthernParticle = @"(?:de|del|la|las|los|el|di|della|delle|dei|da|do|dos|das|dels)";
    private const string SouthernName =
        @"(?:"
        + SouthernParticle
        + @"[ ])*\p{Lu}[\p{L}'’-]*(?:[ ](?:"
        + SouthernParticle
        + @"[ ])*\p{Lu}[\p{L}'’-]*){0,3}";

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:Calle|C/|Avenida|Avda\.|Plaza|Paseo|Carrer|Camino|"
            + @"Via|Viale|Piazza|Corso|Largo|Vicolo|Rua|Praça|Travessa|Avinguda)[ ]+"
            + SouthernName
            + @",?[ ]*(?:n[º°o]\.?[ ]*)?\d{1,4}[a-zA-Z]?"
            + PostcodeCity
            + @"(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Southern();
}
