namespace CxAssistant.Core.Privacy;

/// <summary>The checksums that make card and IBAN detection precise: a random digit run rarely passes them.</summary>
internal static class Checksums
{
    /// <summary>Luhn (mod 10) over a string of digits.</summary>
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2)
        {
            return false;
        }
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /// <summary>
    /// ISO 13616 check: move the first four characters to the end, letters become 10–35, the number mod 97 must be 1.
    /// </summary>
    public static bool IbanMod97(ReadOnlySpan<char> compact)
    {
        if (compact.Length < 5)
        {
            return false;
        }
        var remainder = 0;
        for (var i = 0; i < compact.Length; i++)
        {
            var c = compact[(i + 4) % compact.Length];
            if (c is >= '0' and <= '9')
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }
        return remainder == 1;
    }
}
