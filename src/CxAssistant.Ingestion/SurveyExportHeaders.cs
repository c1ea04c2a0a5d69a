namespace CxAssistant.Ingestion;

/// <summary>
/// Qualtrics CSV exports carry two extra header rows under the real one: the question texts, then
/// {"ImportId":…} descriptors. Left in, they would become two bogus responses and the short column
/// names ("Q1", "Q3") would hide what was asked. They are removed and the question texts kept as
/// descriptions, which column detection reads as name hints.
/// </summary>
internal static class SurveyExportHeaders
{
    public static void Strip(TabularData table)
    {
        if (table.Rows.Count < 2 || !IsImportIdRow(table.Rows[1]))
        {
            return;
        }
        var questions = table.Rows[0];
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (questions[c] is { } text && !string.Equals(text, table.Columns[c], StringComparison.OrdinalIgnoreCase))
            {
                table.Descriptions[c] = text;
            }
        }
        table.Rows.RemoveRange(0, 2);
    }

    private static bool IsImportIdRow(TabularRow row)
    {
        var cells = row.Values.OfType<string>().ToList();
        return cells.Count > 0 && cells.All(v => v.StartsWith("{\"ImportId\"", StringComparison.OrdinalIgnoreCase));
    }
}
