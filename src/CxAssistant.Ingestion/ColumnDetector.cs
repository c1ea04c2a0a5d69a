using CxAssistant.Core.Evidence;

namespace CxAssistant.Ingestion;

/// <summary>
/// Gives columns their roles. User overrides first (a missing column is an error that lists the real
/// ones), then header-name hints confirmed by the values, then value shapes alone: text = the wordiest,
/// most varied string column; NPS = integers 0–10 with values above 5; rating = integers 1–5;
/// time = values that parse as dates. Every column left over becomes metadata.
/// </summary>
internal static class ColumnDetector
{
    private static readonly string[] Order =
    [
        ColumnRoles.Text,
        ColumnRoles.Nps,
        ColumnRoles.Csat,
        ColumnRoles.Ces,
        ColumnRoles.Rating,
        ColumnRoles.Id,
        ColumnRoles.Time,
        ColumnRoles.Customer,
        ColumnRoles.Channel,
    ];

    public static DetectedColumns Detect(TabularData table, IngestOptions options, string fileName)
    {
        var profiles = ColumnProfile.Build(table);
        var detected = new DetectedColumns();
        ApplyOverrides(table, options, fileName, detected);
        var used = new HashSet<int>(detected.Roles.Values);

        foreach (var role in Order)
        {
            if (detected.Roles.ContainsKey(role))
            {
                continue;
            }
            var best = profiles
                .Where(p => !used.Contains(p.Index))
                .Select(p => (Profile: p, Score: p.HintScore(role)))
                .Where(x => x.Score > 0 && Confirms(role, x.Profile, x.Score, table.Rows.Count))
                .OrderByDescending(x => x.Score)
                .ThenByDescending(x => role == ColumnRoles.Text ? x.Profile.AverageLength : 0)
                .Select(x => x.Profile)
                .FirstOrDefault();
            // A "score" column holding 0–10 answers is an NPS question, not a star rating.
            if (best is null && role == ColumnRoles.Nps)
            {
                best = profiles.FirstOrDefault(p =>
                    !used.Contains(p.Index)
                    && p.NormalizedName.Contains("score", StringComparison.Ordinal)
                    && LooksNps(p)
                );
            }
            best ??= ByShape(role, profiles, used, detected);
            if (best is null)
            {
                continue;
            }
            detected.Roles[role] = best.Index;
            used.Add(best.Index);
            if (role == ColumnRoles.Time)
            {
                detected.TimeByName = best.HintScore(role) > 0;
            }
        }

        if (detected[ColumnRoles.Time] is { } time)
        {
            detected.DayFirstDates = profiles[time].DayFirst;
        }
        if (detected[ColumnRoles.Text] is null)
        {
            throw new InputFileException(
                $"no text column found; columns are: {string.Join(", ", table.Columns)}; use --text-column"
            );
        }
        return detected;
    }

    private static void ApplyOverrides(
        TabularData table,
        IngestOptions options,
        string fileName,
        DetectedColumns detected
    )
    {
        (string Role, string? Name, string Flag)[] overrides =
        [
            (ColumnRoles.Text, options.TextColumn, "--text-column"),
            (ColumnRoles.Id, options.IdColumn, "--id-column"),
            (ColumnRoles.Time, options.TimeColumn, "--time-column"),
            (ColumnRoles.Customer, options.CustomerColumn, "--customer-column"),
            (ColumnRoles.Rating, options.RatingColumn, "--rating-column"),
            (ColumnRoles.Nps, options.NpsColumn, "--nps-column"),
            (ColumnRoles.Csat, options.CsatColumn, "--csat-column"),
            (ColumnRoles.Ces, options.CesColumn, "--ces-column"),
            (
                ColumnRoles.Channel,
                options.EffectiveChannelColumn,
                string.IsNullOrWhiteSpace(options.ChannelColumn) ? "--channel" : "--channel-column"
            ),
        ];
        foreach (var (role, name, flag) in overrides)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }
            var index = ColumnName.Find(table.Columns, name);
            if (index < 0)
            {
                var notChannel = flag == "--channel" ? " and is not a known channel name either" : "";
                throw new InputFileException(
                    $"column '{name}' given by {flag} does not exist in "
                        + $"{fileName}{notChannel}; columns are: "
                        + $"{string.Join(", ", table.Columns)}"
                );
            }
            detected.Roles[role] = index;
            if (role == ColumnRoles.Time)
            {
                detected.TimeByName = true;
            }
        }
    }

    /// <summary>
    /// Values must agree with a name hint: a "date" column of free text is not the time column. An exact
    /// name ("nps") needs only half its cells to be numbers, so a few bad answers are reported row by row
    /// instead of losing the whole column; a "rating" must stay within 0–5 (10-point ratings are not stars).
    /// </summary>
    private static bool Confirms(string role, ColumnProfile p, int hint, int rowCount)
    {
        var share = hint >= 3 ? 0.5 : 0.9;
        return p.NonEmpty > 0
            && role switch
            {
                ColumnRoles.Text => p.NumericShare < 0.5 && p.DateShare < 0.5,
                // An exact "nps"/"csat"/"ces" name is unambiguous: out-of-range answers are noted per row.
                ColumnRoles.Nps => hint >= 3 ? p.NumericShare >= share : p.AllIntegersWithin(0, 10, share),
                ColumnRoles.Csat => hint >= 3 ? p.NumericShare >= share : p.NumbersWithin(1, 5, share),
                ColumnRoles.Ces => hint >= 3 ? p.NumericShare >= share : p.NumbersWithin(1, 7, share),
                ColumnRoles.Rating => p.NumbersWithin(0, 5, share),
                ColumnRoles.Id => p.DistinctShare >= 0.999 && p.NonEmpty >= Math.Min(rowCount, 2000) * 0.95,
                ColumnRoles.Time => p.DateShare >= (hint >= 3 ? 0.5 : 0.8) || (p.NumericShare >= 0.9 && p.Min >= 1e9),
                _ => true,
            };
    }

    private static bool LooksNps(ColumnProfile p) => p.AllIntegersWithin(0, 10) && (p.Max > 5 || p.Min == 0);

    private static ColumnProfile? ByShape(
        string role,
        List<ColumnProfile> profiles,
        HashSet<int> used,
        DetectedColumns detected
    )
    {
        var free = profiles.Where(p => !used.Contains(p.Index) && p.NonEmpty > 0).ToList();
        return role switch
        {
            ColumnRoles.Text => free.Where(p =>
                    p.NumericShare < 0.5
                    && p.DateShare < 0.5
                    && (p.AverageWords >= 3 || p.AverageLength >= 25)
                    && !LooksLikeIdentifiers(p)
                )
                .MaxBy(p => p.AverageLength * p.DistinctShare),
            ColumnRoles.Nps => free.FirstOrDefault(p =>
                !ColumnNameHints.IsQuantity(p.NormalizedName) && LooksNps(p) && p.DistinctNumbers >= 3
            ),
            ColumnRoles.Rating when detected[ColumnRoles.Nps] is null && detected[ColumnRoles.Csat] is null =>
                free.FirstOrDefault(p =>
                    !ColumnNameHints.IsQuantity(p.NormalizedName) && p.AllIntegersWithin(1, 5) && p.DistinctNumbers >= 2
                ),
            ColumnRoles.Time => free.FirstOrDefault(p => p.DateShare >= 0.9),
            _ => null,
        };
    }

    /// <summary>URLs, e-mail addresses and codes are long and unique but are not what customers said.</summary>
    private static bool LooksLikeIdentifiers(ColumnProfile p) => p.AverageWords < 1.5 && p.AverageLength < 60;

    /// <summary>
    /// Default channel for a table: the file name's hint, else survey when it has survey scores, review with ratings.
    /// </summary>
    public static Channel DefaultChannel(DetectedColumns detected, string fileName) =>
        ChannelInference.FromFileName(fileName)
        ?? (
            detected[ColumnRoles.Nps] is not null
            || detected[ColumnRoles.Csat] is not null
            || detected[ColumnRoles.Ces] is not null
                ? Channel.Survey
            : detected[ColumnRoles.Rating] is not null ? Channel.Review
            : Channel.Other
        );
}
