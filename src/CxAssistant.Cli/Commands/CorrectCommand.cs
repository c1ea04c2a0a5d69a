using System.CommandLine;
using CxAssistant.Core.Corrections;
using CxAssistant.Data.Corrections;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// `cx correct`: the team's corrections to records and themes, kept in the workspace and applied by every later
/// analysis before scoring (docs/corrections.md); also lists, undoes and exports them as a labelled set for cx eval.
/// </summary>
internal static class CorrectCommand
{
    public static Command Create()
    {
        var workspace = new Option<string>("--workspace", "-w")
        {
            Description = "Workspace folder.",
            DefaultValueFactory = _ => IngestCommand.DefaultWorkspace,
        };
        var record = new Option<string?>("--record")
        {
            Description = "The record to correct: its id (as the report shows it) or its evidence id.",
        };
        var touchpoint = new Option<string[]>("--touchpoint")
        {
            Description =
                "The record's touchpoints, primary first (repeat the option for "
                + "several); replaces what the annotator found.",
            AllowMultipleArgumentsPerToken = false,
        };
        var sentiment = new Option<string?>("--sentiment")
        {
            Description = $"The record's sentiment: {string.Join(", ", CorrectionNames.Sentiments)}.",
        };
        var intent = new Option<string?>("--intent")
        {
            Description = $"The record's intent: {string.Join(", ", CorrectionNames.Intents)}.",
        };
        var irrelevant = new Option<bool>("--irrelevant")
        {
            Description = "The record is not customer feedback: leave it out of every analysis.",
        };
        var confirm = new Option<bool>("--confirm")
        {
            Description =
                "The record was read right: keep its sentiment, intent and touchpoints from the latest "
                + "analysis as the team's labels.",
        };
        var rename = new Option<string?>("--rename-theme")
        {
            Description = "A touchpoint or discovered theme to rename (with --to).",
        };
        var to = new Option<string?>("--to")
        {
            Description = "The new name, with --rename-theme; the new (or existing) theme, with --split-theme.",
        };
        var split = new Option<string?>("--split-theme")
        {
            Description = "A touchpoint or discovered theme to split (with --to and --where).",
        };
        var where = new Option<string[]>("--where")
        {
            Description =
                "With --split-theme: a word whose records move to the --to theme (repeat for several; "
                + "\"refund\" also finds \"refunded\").",
            AllowMultipleArgumentsPerToken = false,
        };
        var merge = new Option<string?>("--merge-theme")
        {
            Description = "A touchpoint or discovered theme whose mentions count for another (with --into).",
        };
        var into = new Option<string?>("--into")
        {
            Description = "The touchpoint or theme merged into, with --merge-theme.",
        };
        var from = new Option<string?>("--from")
        {
            Description =
                "A CSV of corrections (columns kind,target,value; docs/corrections.md); all or none are stored.",
        };
        var list = new Option<bool>("--list") { Description = "List the corrections in force." };
        var undo = new Option<long?>("--undo") { Description = "Undo the correction with this number (see --list)." };
        var export = new Option<string?>("--export")
        {
            Description = "Write the corrected records as a labelled set (JSONL) and a suite for cx eval run.",
        };
        var catalog = new Option<string?>("--catalog")
        {
            Description = "With --export: the catalog (YAML or preset) touchpoints are judged with.",
        };
        var rawText = new Option<bool>("--raw-text")
        {
            Description = "With --export: keep personal data in the exported text (default: redacted).",
        };
        var by = new Option<string?>("--by")
        {
            Description = "Who made the correction (default: configuration CxAssistant:User, else the login name).",
        };
        var analysis = new Option<string?>("--analysis")
        {
            Description =
                "An output folder or analysis.json whose touchpoint names are checked "
                + "against (default: <workspace>/out when present).",
        };
        var command = new Command(
            "correct",
            "Correct a record's touchpoints, sentiment or intent, mark it irrelevant, rename, merge or split a theme; "
                + "kept in the workspace and applied by every later analysis."
        )
        {
            workspace,
            record,
            touchpoint,
            sentiment,
            intent,
            irrelevant,
            confirm,
            rename,
            to,
            split,
            where,
            merge,
            into,
            from,
            list,
            undo,
            export,
            catalog,
            rawText,
            by,
            analysis,
        };
        command.Validators.Add(r =>
        {
            var edits =
                (r.GetValue(touchpoint)?.Length ?? 0) > 0
                || r.GetValue(sentiment) is not null
                || r.GetValue(intent) is not null
                || r.GetValue(irrelevant)
                || r.GetValue(confirm);
            var actions = new[]
            {
                r.GetValue(record) is not null || edits,
                r.GetValue(rename) is not null,
                r.GetValue(merge) is not null,
                r.GetValue(split) is not null,
                r.GetValue(from) is not null,
                r.GetValue(list),
                r.GetValue(undo) is not null,
                r.GetValue(export) is not null,
            }.Count(a => a);
            if (actions != 1)
            {
                r.AddError(
                    "Give one of: --record with "
                        + "--touchpoint/--sentiment/--intent/--irrelevant/--confirm, --rename-theme, "
                        + "--merge-theme, --split-theme, "
                        + "--from, --list, --undo or --export."
                );
            }
            else if (r.GetValue(record) is not null != edits)
            {
                r.AddError(
                    edits
                        ? "Name the record to correct with --record <id>."
                        : "Say what to correct: --touchpoint, --sentiment, --intent, --irrelevant or --confirm."
                );
            }
            else if (
                r.GetValue(confirm)
                && (
                    (r.GetValue(touchpoint)?.Length ?? 0) > 0
                    || r.GetValue(sentiment) is not null
                    || r.GetValue(intent) is not null
                    || r.GetValue(irrelevant)
                )
            )
            {
                r.AddError("--confirm keeps the labels as read: give it with --record alone.");
            }
            if (r.GetValue(rename) is not null && r.GetValue(to) is null)
            {
                r.AddError("--rename-theme needs --to <new name>.");
            }
            if (r.GetValue(split) is not null && (r.GetValue(to) is null || (r.GetValue(where)?.Length ?? 0) == 0))
            {
                r.AddError("--split-theme needs --to <new theme> and at least one --where <word>.");
            }
            if (r.GetValue(merge) is not null && r.GetValue(into) is null)
            {
                r.AddError("--merge-theme needs --into <theme>.");
            }
        });
        command.SetAction(
            (result, cancellationToken) =>
            {
                var run = new CorrectRunner(
                    result.GetRequiredValue(workspace),
                    result.GetValue(by),
                    result.GetValue(analysis)
                );
                if (result.GetValue(list))
                {
                    return run.ListAsync(cancellationToken);
                }
                if (result.GetValue(undo) is { } id)
                {
                    return run.UndoAsync(id, cancellationToken);
                }
                if (result.GetValue(export) is { } file)
                {
                    return run.ExportAsync(file, result.GetValue(catalog), result.GetValue(rawText), cancellationToken);
                }
                if (result.GetValue(from) is { } csv)
                {
                    return run.FromFileAsync(csv, cancellationToken);
                }
                if (result.GetValue(confirm) && result.GetValue(record) is { } confirmed)
                {
                    return run.ConfirmAsync(confirmed, cancellationToken);
                }
                var requests = new List<CorrectionRequest>();
                if (result.GetValue(rename) is { } theme)
                {
                    requests.Add(new(CorrectionKind.RenameTheme, theme, result.GetValue(to) ?? ""));
                }
                if (result.GetValue(split) is { } splitTheme)
                {
                    string[] value = [result.GetValue(to) ?? "", .. result.GetValue(where) ?? []];
                    requests.Add(
                        new(CorrectionKind.SplitTheme, splitTheme, string.Join(Correction.ListSeparator, value))
                    );
                }
                if (result.GetValue(merge) is { } merged)
                {
                    requests.Add(new(CorrectionKind.MergeTheme, merged, result.GetValue(into) ?? ""));
                }
                if (result.GetValue(record) is { } target)
                {
                    if (result.GetValue(touchpoint) is { Length: > 0 } names)
                    {
                        requests.Add(
                            new(CorrectionKind.Touchpoints, target, string.Join(Correction.ListSeparator, names))
                        );
                    }
                    if (result.GetValue(sentiment) is { } s)
                    {
                        requests.Add(new(CorrectionKind.Sentiment, target, s));
                    }
                    if (result.GetValue(intent) is { } i)
                    {
                        requests.Add(new(CorrectionKind.Intent, target, i));
                    }
                    if (result.GetValue(irrelevant))
                    {
                        requests.Add(new(CorrectionKind.Irrelevant, target, ""));
                    }
                }
                return run.AddAsync([.. requests.Select(r => (0, r))], null, cancellationToken);
            }
        );
        return command;
    }
}
