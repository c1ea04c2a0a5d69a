using CxAssistant.Ingestion;

namespace CxAssistant.Web.Uploads;

/// <summary>
/// Turns the mapping form (one select per file and role) into <see cref="IngestOptions"/> overrides. Only choices that
/// differ from detection become overrides; a column that is not in the file, or one column given two roles, is an
/// error.
/// </summary>
public static class ColumnMapping
{
    public static string Field(int file, string role) => $"map.{file}.{role}";

    public static (Dictionary<string, IngestOptions> Options, List<string> Errors) Read(
        IReadOnlyList<StagedFile> detected,
        Func<string, string?> form
    )
    {
        var options = new Dictionary<string, IngestOptions>(StringComparer.Ordinal);
        var errors = new List<string>();
        for (var i = 0; i < detected.Count; i++)
        {
            var file = detected[i];
            if (file.Preview.Columns.Count == 0)
            {
                continue;
            }
            var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var role in ColumnRoles.All)
            {
                var value = form(Field(i, role));
                if (string.IsNullOrEmpty(value))
                {
                    continue;
                }
                if (!file.Preview.Columns.Contains(value, StringComparer.Ordinal))
                {
                    errors.Add($"{file.Name}: there is no column “{value}”.");
                }
                else
                {
                    chosen[role] = value;
                }
            }
            foreach (var repeat in chosen.GroupBy(c => c.Value).Where(g => g.Count() > 1))
            {
                errors.Add(
                    $"{file.Name}: column “{repeat.Key}” is chosen for "
                        + $"{string.Join(" and ", repeat.Select(r => r.Key))}; give each column "
                        + $"one role."
                );
            }
            var o = IngestOptions.Default;
            foreach (var (role, column) in chosen)
            {
                if (file.Preview.Roles.TryGetValue(role, out var auto) && auto == column)
                {
                    continue;
                }
                o = With(o, role, column);
            }
            options[file.Name] = o;
        }
        return (options, errors);
    }

    private static IngestOptions With(IngestOptions o, string role, string column) =>
        role switch
        {
            ColumnRoles.Text => o with { TextColumn = column },
            ColumnRoles.Id => o with { IdColumn = column },
            ColumnRoles.Time => o with { TimeColumn = column },
            ColumnRoles.Customer => o with { CustomerColumn = column },
            ColumnRoles.Rating => o with { RatingColumn = column },
            ColumnRoles.Nps => o with { NpsColumn = column },
            ColumnRoles.Csat => o with { CsatColumn = column },
            ColumnRoles.Ces => o with { CesColumn = column },
            ColumnRoles.Channel => o with { ChannelColumn = column },
            _ => o,
        };
}
