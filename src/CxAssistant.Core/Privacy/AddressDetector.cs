using System.Text.RegularExpressions;

namespace CxAssistant.Core.Privacy;

/// <summary>
/// Postal addresses in the few shapes that are reliable without a gazetteer: a house number, capitalised street
/// words and a street type ("12 Harbour Street", "221B Baker St", "350 5th Avenue, Apt 4"), optionally followed by
/// a city and a US state + ZIP or a UK postcode; a city + state + ZIP on its own; a UK postcode on its own.
/// </summary>
internal static partial class AddressDetector
{
    public static void Find(string text, List<PiiMatch> matches)
    {
        foreach (var m in Street().EnumerateMatches(text))
        {
            matches.Add(new PiiMatch(PiiType.Address, m.Index, m.Index + m.Length));
        }
        foreach (var m in CityStateZip().EnumerateMatches(text))
        {
            matches.Add(new PiiMatch(PiiType.Address, m.Index, m.Index + m.Length));
        }
        foreach (var m in UkPostcode().EnumerateMatches(text))
        {
            matches.Add(new PiiMatch(PiiType.Address, m.Index, m.Index + m.Length));
        }
        foreach (var m in PoBox().EnumerateMatches(text))
        {
            matches.Add(new PiiMatch(PiiType.Address, m.Index, m.Index + m.Length));
        }
        EuropeanAddresses.Find(text, matches);
    }

    private const string StreetType =
        "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|"
        + "Place|Pl|Way|Terrace|Close|Crescent|Parkway|Pkwy|Square|Sq|Highway|"
        + "Hwy|Row|Gardens|Grove|Mews|Walk|Circle|Cir|Trail|Strasse|Straße";

    private const string States =
        "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|"
        + "MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|"
        + "VA|WA|WV|WI|WY";

    private const string Postcode = @"(?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[ABD-HJLNP-UW-Z]{2})";

    private const string CityTail =
        @"(?:,?[ ]+[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})?,?[ ]+(?:(?:"
        + States
        + @")[ ]+\d{5}(?:-\d{4})?|"
        + Postcode
        + @")";

    [GeneratedRegex(
        @"(?<![\w#$.,-])(?:(?:Flat|Apartment|Apt|Unit|Suite|Room)\.?[ "
            + @"]*\d{1,4}[A-Za-z]?,?[ ]+)?\d{1,5}[A-Za-z]?,?[ ]+(?:(?:[A-Z][a-z']+|"
            + @"\d{1,3}(?:st|nd|rd|th))[ ]+){1,3}(?:"
            + StreetType
            + @")\b(?:(?<=\b(?:St|Rd|Ave|Ln|Dr|Blvd|Ct|Pl|Pkwy|Sq|Hwy|Cir))\.)?(?:,?[ "
            + @"]+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor)\.?[ ]*#?\w+)?(?:"
            + CityTail
            + @")?(?!\w)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Street();

    [GeneratedRegex(
        @"\b[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2},[ ]+(?:" + States + @")[ ]+\d{5}(?:-\d{4})?\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex CityStateZip();

    [GeneratedRegex(
        @"(?<![\w.])(?i:P\.?[ ]?O\.?[ ]?Box)[ ]+\d{1,6}(?:"
            + CityTail
            + @"|,?[ ]+[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})?(?!\w)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex PoBox();

    [GeneratedRegex(@"(?<![\w-])" + Postcode + @"(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex UkPostcode();
}
