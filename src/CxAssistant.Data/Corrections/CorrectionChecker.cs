using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Corrections;
using CxAssistant.Core.Touchpoints;
using CxAssistant.Data.Workspace;

namespace CxAssistant.Data.Corrections;

/// <summary>
/// Checks a requested correction against the workspace (the record exists, once) and, when an analysis is at hand,
/// its touchpoints and themes; returns it in the form the workspace keeps (evidence id, touchpoint ids, label words)
/// or the problem in words a person can act on. Without a catalog, touchpoint names are kept as written and the
/// next analysis reports any that match nothing.
/// </summary>
public sealed class CorrectionChecker(WorkspaceCorrections store, TouchpointCatalog? catalog)
{
    public async Task<(CorrectionRequest? Checked, string? Problem)> CheckAsync(
        CorrectionRequest request,
        CancellationToken cancellationToken = default
    )
    {
        var target = request.Target.Trim();
        var value = request.Value.Trim();
        if (target.Length == 0)
        {
            return (
                null,
                request.Kind is CorrectionKind.RenameTheme or CorrectionKind.MergeTheme or CorrectionKind.SplitTheme
                    ? "no theme named"
                    : "no record id given"
            );
        }
        switch (request.Kind)
        {
            case CorrectionKind.RenameTheme:
                if (value.Length == 0)
                {
                    return (null, "no new name given");
                }
                return Theme(target) is var (id, problem) && problem is null
                    ? (request with { Target = id!, Value = value }, null)
                    : (null, problem);
            case CorrectionKind.MergeTheme:
                var (from, fromProblem) = Theme(target);
                if (fromProblem is not null)
                {
                    return (null, fromProblem);
                }
                var (into, intoProblem) = Theme(value);
                if (intoProblem is not null)
                {
                    return (null, intoProblem);
                }
                return from == into
                    ? (null, $"'{target}' and '{value}' are the same theme")
                    : (request with { Target = from!, Value = into! }, null);
            case CorrectionKind.SplitTheme:
                return CheckSplit(request, target, value);
        }
        var ids = await store.FindRecordsAsync(target, 2, cancellationToken).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            return (null, $"unknown record id '{target}' (not in this workspace)");
        }
        if (ids.Count > 1)
        {
            return (
                null,
                $"record id '{target}' names several records (in different files); use "
                    + $"file:line as the report cites it, or the evidence id from "
                    + $"analysis.json"
            );
        }
        var normalised = request with { Target = ids[0] };
        switch (request.Kind)
        {
            case CorrectionKind.Irrelevant:
                return (normalised with { Value = "" }, null);
            case CorrectionKind.Sentiment:
                return CorrectionNames.TrySentiment(value, out var s)
                    ? (normalised with { Value = CorrectionNames.Of(s) }, null)
                    : (null, $"unknown sentiment '{value}' (use {string.Join(", ", CorrectionNames.Sentiments)})");
            case CorrectionKind.Intent:
                return CorrectionNames.TryIntent(value, out var intent)
                    ? (normalised with { Value = CorrectionNames.Of(intent) }, null)
                    : (null, $"unknown intent '{value}' (use {string.Join(", ", CorrectionNames.Intents)})");
            default:
                var names = value.Split(
                    Correction.ListSeparator,
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
                );
                if (names.Length == 0)
                {
                    return (null, "no touchpoint given");
                }
                var resolved = new List<string>();
                foreach (var name in names)
                {
                    var (id, problem) = Theme(name);
                    if (problem is not null)
                    {
                        return (null, problem);
                    }
                    resolved.Add(id!);
                }
                return (normalised with { Value = string.Join(Correction.ListSeparator, resolved.Distinct()) }, null);
        }
    }

    /// <summary>A split's value is the new theme's name, then the words that move a mention to it.</summary>
    private (CorrectionRequest? Checked, string? Problem) CheckSplit(
        CorrectionRequest request,
        string target,
        string value
    )
    {
        var (from, problem) = Theme(target);
        if (problem is not null)
        {
            return (null, problem);
        }
        var parts = value.Split(
            Correction.ListSeparator,
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
        );
        if (parts.Length == 0)
        {
            return (null, "no name given for the new theme");
        }
        var words = parts[1..].Where(w => w.Any(char.IsLetterOrDigit)).Distinct(StringComparer.OrdinalIgnoreCase);
        if (!words.Any())
        {
            return (null, $"no words given that move a mention of '{target}' to '{parts[0]}'");
        }
        if (catalog is not null && CorrectionStage.Find(catalog, parts[0]) is { } into && into.Id == from)
        {
            return (null, $"'{target}' cannot be split into itself");
        }
        return (
            request with
            {
                Target = from!,
                Value = string.Join(Correction.ListSeparator, [parts[0], .. words]),
            },
            null
        );
    }

    /// <summary>A touchpoint's id when the catalog is known, else the name as written.</summary>
    private (string? Id, string? Problem) Theme(string name)
    {
        if (catalog is null)
        {
            return (name.Trim(), null);
        }
        if (CorrectionStage.Find(catalog, name) is { } t)
        {
            return (t.Id, null);
        }
        var known = string.Join(", ", catalog.Touchpoints.Select(t => t.Name).Take(30));
        return (null, $"unknown touchpoint '{name.Trim()}' (the latest analysis has: {known})");
    }
}
