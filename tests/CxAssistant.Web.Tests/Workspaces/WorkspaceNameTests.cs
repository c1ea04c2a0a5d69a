using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Tests.Workspaces;

public sealed class WorkspaceNameTests
{
    [Theory]
    [InlineData("spring-survey")]
    [InlineData("a")]
    [InlineData("2026")]
    public void IsValid_SimpleNames_AreAccepted(string name) => Assert.True(WorkspaceName.IsValid(name));

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("-leading")]
    [InlineData("Upper")]
    [InlineData("with space")]
    [InlineData("x.y")]
    [InlineData("evil\n")]
    [InlineData("\nevil")]
    [InlineData(null)]
    public void IsValid_PathLikeOrOddNames_AreRefused(string? name) => Assert.False(WorkspaceName.IsValid(name));

    [Fact]
    public void IsValid_41Characters_IsRefused()
    {
        Assert.True(WorkspaceName.IsValid(new string('a', 40)));
        Assert.False(WorkspaceName.IsValid(new string('a', 41)));
    }
}
