using CxAssistant.Web.Uploads;

namespace CxAssistant.Web.Tests.Uploads;

public sealed class SafeFileNameTests
{
    [Theory]
    [InlineData("survey.csv", "survey.csv")]
    [InlineData("../../etc/passwd.csv", "passwd.csv")]
    [InlineData("C:\\fakepath\\Reviews 2026 (final).JSONL", "Reviews_2026__final.jsonl")]
    [InlineData("..csv", "upload.csv")]
    [InlineData("<script>.txt", "script.txt")]
    public void From_ClientName_KeepsOnlyASafeBaseName(string client, string expected) =>
        Assert.Equal(expected, SafeFileName.From(client));

    [Theory]
    [InlineData("payload.exe")]
    [InlineData("data.xlsx")]
    [InlineData("noextension")]
    [InlineData("")]
    public void From_UnsupportedType_IsNull(string client) => Assert.Null(SafeFileName.From(client));

    [Fact]
    public void From_LongName_IsCutTo80CharactersPlusExtension()
    {
        var name = SafeFileName.From(new string('a', 300) + ".csv")!;
        Assert.Equal(84, name.Length);
    }
}
