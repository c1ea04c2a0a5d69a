using CxAssistant.Ingestion;
using CxAssistant.Web.Uploads;

namespace CxAssistant.Web.Tests.Uploads;

public sealed class ColumnMappingTests
{
    private static readonly StagedFile Reviews = new(
        "reviews.csv",
        100,
        new ColumnPreview(
            "csv",
            ["id", "review", "stars", "title"],
            new Dictionary<string, string>
            {
                ["text"] = "review",
                ["rating"] = "stars",
                ["id"] = "id",
            },
            [],
            3,
            null
        )
    );

    private static Func<string, string?> Form(params (string Role, string Column)[] choices) =>
        field => choices.FirstOrDefault(c => ColumnMapping.Field(0, c.Role) == field).Column;

    [Fact]
    public void Read_ChoicesEqualToDetection_GiveNoOverrides()
    {
        var (options, errors) = ColumnMapping.Read(
            [Reviews],
            Form(("text", "review"), ("rating", "stars"), ("id", "id"))
        );
        Assert.Empty(errors);
        Assert.Equal(IngestOptions.Default, options["reviews.csv"]);
    }

    [Fact]
    public void Read_ChangedRole_BecomesAnOverride()
    {
        var (options, errors) = ColumnMapping.Read([Reviews], Form(("text", "title"), ("csat", "stars")));
        Assert.Empty(errors);
        Assert.Equal("title", options["reviews.csv"].TextColumn);
        Assert.Equal("stars", options["reviews.csv"].CsatColumn);
        Assert.Null(options["reviews.csv"].RatingColumn);
    }

    [Fact]
    public void Read_OneColumnTwoRoles_IsAnError()
    {
        var (_, errors) = ColumnMapping.Read([Reviews], Form(("rating", "stars"), ("csat", "stars")));
        var error = Assert.Single(errors);
        Assert.Contains("“stars” is chosen for", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ColumnNotInFile_IsAnError()
    {
        var (_, errors) = ColumnMapping.Read([Reviews], Form(("text", "comment")));
        Assert.Equal("reviews.csv: there is no column “comment”.", Assert.Single(errors));
    }
}
