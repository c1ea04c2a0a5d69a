using System.Text;

namespace CxAssistant.Ingestion.Tests;

public sealed class TextDecoderTests
{
    [Fact]
    public void Decode_Utf16BigEndianWithoutBom_Detected()
    {
        var decoded = TextDecoder.Decode(Encoding.BigEndianUnicode.GetBytes("comment\nça va\n"));

        Assert.Equal("comment\nça va\n", decoded.Text);
        Assert.Equal("utf-16be", decoded.EncodingName);
    }

    [Fact]
    public void Decode_Windows1252Quotes_MappedToCurlyQuotes()
    {
        var decoded = TextDecoder.Decode([0x93, (byte)'h', (byte)'i', 0x94, (byte)' ', 0x80]);

        Assert.Equal("\u201Chi\u201D €", decoded.Text);
        Assert.Equal("windows-1252", decoded.EncodingName);
    }

    [Fact]
    public void Decode_Utf8WithBom_KeepsOwnBytesWithoutBom()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);

        Assert.Equal("hi", decoded.Text);
        Assert.Equal("hi"u8.ToArray(), decoded.Utf8().ToArray());
    }

    [Fact]
    public void Decode_WhitespaceOnly_IsEmptyFile()
    {
        var ex = Assert.Throws<InputFileException>(() => TextDecoder.Decode("  \n\n"u8.ToArray()));

        Assert.Equal("empty file", ex.Message);
    }

    [Fact]
    public void Decode_ManyControlCharacters_IsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0x01 : 'a')).ToArray();

        Assert.Throws<InputFileException>(() => TextDecoder.Decode(bytes));
    }

    [Theory]
    [InlineData("\u00A0\n\u00A0")]
    [InlineData(" \u3000\t")]
    public void Decode_Utf8OnlyUnicodeWhitespace_IsEmptyFile(string text)
    {
        var ex = Assert.Throws<InputFileException>(() => TextDecoder.Decode(Encoding.UTF8.GetBytes(text)));

        Assert.Equal("empty file", ex.Message);
    }

    [Fact]
    public void Decode_Utf8C1ControlCharacters_AreBinaryOnlyWithinTheFirst64KCharacters()
    {
        // U+0090 is two bytes that are not control bytes: only the character check sees it.
        var junk = new string('\u0090', 400);
        var ex = Assert.Throws<InputFileException>(() => TextDecoder.Decode(Encoding.UTF8.GetBytes(junk + "abc")));
        Assert.Equal("binary or undecodable file", ex.Message);

        // 3-byte characters fill the 65,536-character sample; the control characters come after it.
        var clean = new string('€', 64 * 1024) + new string('\u0090', 64 * 1024);
        Assert.Equal(clean, TextDecoder.Decode(Encoding.UTF8.GetBytes(clean)).Text);
    }
}
