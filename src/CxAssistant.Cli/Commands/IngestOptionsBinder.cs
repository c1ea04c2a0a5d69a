using System.CommandLine;
using CxAssistant.Engine.Ingestion;

namespace CxAssistant.Cli.Commands;

/// <summary>The column-mapping options shared by every command that reads customer files.</summary>
internal sealed class IngestOptionsBinder
{
    private readonly Option<string?> _text = new("--text-column") { Description = "Column holding the customer's words (auto-detected)." };
    private readonly Option<string?> _id = new("--id-column") { Description = "Column holding the record id (auto-detected; else the row number)." };
    private readonly Option<string?> _time = new("--time-column") { Description = "Column holding the date/time (auto-detected)." };
    private readonly Option<string?> _customer = new("--customer-column") { Description = "Column holding the customer id (auto-detected)." };
    private readonly Option<string?> _rating = new("--rating-column") { Description = "Column holding a 1–5 star rating (auto-detected)." };
    private readonly Option<string?> _nps = new("--nps-column") { Description = "Column holding the 0–10 recommend answer (auto-detected)." };
    private readonly Option<string?> _csat = new("--csat-column") { Description = "Column holding a 1–5 satisfaction answer (auto-detected)." };
    private readonly Option<string?> _ces = new("--ces-column") { Description = "Column holding a 1–7 effort answer (auto-detected)." };
    private readonly Option<string?> _channel = new("--channel")
    {
        Description = "A channel for every record (survey, review, support-call, chat, email, social, sales-note, analytics) or the name of the channel column.",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new[] { _text, _id, _time, _customer, _rating, _nps, _csat, _ces, _channel })
            command.Options.Add(option);
    }

    public IngestOptions Bind(ParseResult result) => new()
    {
        TextColumn = result.GetValue(_text),
        IdColumn = result.GetValue(_id),
        TimeColumn = result.GetValue(_time),
        CustomerColumn = result.GetValue(_customer),
        RatingColumn = result.GetValue(_rating),
        NpsColumn = result.GetValue(_nps),
        CsatColumn = result.GetValue(_csat),
        CesColumn = result.GetValue(_ces),
        Channel = result.GetValue(_channel),
    };
}
