namespace CxAssistant.Architecture.Tests;

/// <summary>A reference the code never names but the project still needs, and why.</summary>
internal sealed record AllowedReference(string Project, string Reference, string Reason);

/// <summary>
/// The only references allowed to be absent from an assembly's metadata: each is needed at build or run time for a
/// reason written here. <see cref="ReferenceTests.AllowList_EveryEntry_IsStillDeclaredAndStillUnused"/> keeps the list
/// from rotting: an entry whose reference is gone or now used by code must be deleted.
/// </summary>
internal static class UnusedReferenceAllowList
{
    private const string TestAdapter =
        "xUnit's VSTest adapter: lets dotnet test find and run the tests (run time only)";

    // Declared before Entries: static fields initialise in text order.
    private static readonly AllowedReference[] Specific =
    [
        new(
            "CxAssistant.Agents",
            "Microsoft.ML.Tokenizers.Data.O200kBase",
            "run time only: the o200k_base vocabulary that "
                + "TiktokenTokenizer.CreateForEncoding loads by name (TokenCounter)"
        ),
        new(
            "CxAssistant.Agents",
            "Google.Protobuf",
            "version pin: one Google.Protobuf (3.31.1) for every app, above "
                + "Microsoft.ML.Tokenizers' 3.30.2 and Qdrant.Client's 3.31.0"
        ),
        new(
            "CxAssistant.Cli.Tests",
            "CxAssistant.Cli",
            "run time only: builds cx.dll into the test folder, and the tests run "
                + "that real binary as a process (CxProcess)"
        ),
        new(
            "CxAssistant.Web.Tests",
            "Microsoft.NET.Test.Sdk",
            "run time only: the VSTest host; GenerateProgramFile=false "
                + "(Tools/ToolMain.cs is the entry point) leaves no code using it"
        ),
    ];

    public static IReadOnlyList<AllowedReference> Entries { get; } = Build();

    public static string? ReasonFor(string project, string reference) =>
        Entries
            .FirstOrDefault(e =>
                e.Project == project && string.Equals(e.Reference, reference, StringComparison.OrdinalIgnoreCase)
            )
            ?.Reason;

    private static List<AllowedReference> Build()
    {
        var entries = new List<AllowedReference>();
        entries.AddRange(
            SolutionProjects
                .All.Where(p => p.PackageReferences.Contains("xunit.runner.visualstudio"))
                .Select(test => new AllowedReference(test.Name, "xunit.runner.visualstudio", TestAdapter))
        );
        entries.AddRange(Specific);
        return entries;
    }
}
