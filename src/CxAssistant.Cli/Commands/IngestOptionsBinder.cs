using System.CommandLine;
using CxAssistant.Ingestion;

namespace CxAssistant.Cli.Commands;

/// <summary>The column-mapping options and input limits shared by every command that reads customer files.</summary>
internal sealed class IngestOptionsBinder
{
    private readonly Option<string?> _text = new("--text-column")
    {
        Description = "Column holding the customer's words (auto-detected).",
    };
    private readonly Option<string?> _id = new("--id-column")
    {
        Description = "Column holding the record id (auto-detected; else the row number).",
    };
    private readonly Option<string?> _time = new("--time-column")
    {
        Description = "Column holding the date/time (auto-detected).",
    };
    private readonly Option<string?> _customer = new("--customer-column")
    {
        Description = "Column holding the customer id (auto-detected).",
    };
    private readonly Option<string?> _rating = new("--rating-column")
    {
        Description = "Column holding a 1–5 star rating (auto-detected).",
    };
    private readonly Option<string?> _nps = new("--nps-column")
    {
        Description = "Column holding the 0–10 recommend answer (auto-detected).",
    };
    private readonly Option<string?> _csat = new("--csat-column")
    {
        Description = "Column holding a 1–5 satisfaction answer (auto-detected).",
    };
    private readonly Option<string?> _ces = new("--ces-column")
    {
        Description = "Column holding a 1–7 effort answer (auto-detected).",
    };
    private readonly Option<string?> _channel = new("--channel")
    {
        Description =
            "A channel for every record (survey, review, support-call, chat, "
            + "email, social, sales-note, analytics) or the name of the channel "
            + "column.",
    };

    // Input limits: what one file may cost before any analysis starts (see InputLimits and the README).
    private readonly Option<int> _maxFileMb = Limit(
        InputLimits.FileOption,
        "Skip files larger than this many MiB.",
        (int)(IngestOptions.DefaultMaxFileBytes / (1024 * 1024))
    );
    private readonly Option<int> _maxField = Limit(
        InputLimits.FieldOption,
        "Truncate a longer field (cell, JSON value, paragraph, turn), with a note.",
        InputLimits.DefaultMaxFieldChars
    );
    private readonly Option<int> _maxRecord = Limit(
        InputLimits.RecordOption,
        "Skip a longer record (all its fields together), with a note.",
        InputLimits.DefaultMaxRecordChars
    );
    private readonly Option<int> _maxFrontMatter = Limit(
        InputLimits.FrontMatterOption,
        "Ignore a larger Markdown front matter, with a note.",
        InputLimits.DefaultMaxFrontMatterBytes
    );
    private readonly Option<int> _maxYaml = Limit(
        InputLimits.YamlOption,
        "Refuse YAML whose aliases expand to more nodes (alias bombs).",
        Ingestion.Yaml.YamlLimits.DefaultMaxAliasNodes
    );
    private readonly Option<int> _maxJsonDepth = Limit(
        InputLimits.JsonDepthOption,
        "Refuse JSON nested deeper than this.",
        InputLimits.DefaultMaxJsonDepth
    );

    public void AddTo(Command command)
    {
        foreach (var option in new[] { _text, _id, _time, _customer, _rating, _nps, _csat, _ces, _channel })
        {
            command.Options.Add(option);
        }
        foreach (var option in new[] { _maxFileMb, _maxField, _maxRecord, _maxFrontMatter, _maxYaml, _maxJsonDepth })
        {
            command.Options.Add(option);
        }
    }

    private static Option<int> Limit(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError($"{name} must be a positive number (default {defaultValue}).");
            }
        });
        return option;
    }

    public IngestOptions Bind(ParseResult result) =>
        new()
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
            MaxFileBytes = result.GetValue(_maxFileMb) * 1024L * 1024,
            MaxFieldChars = result.GetValue(_maxField),
            MaxRecordChars = result.GetValue(_maxRecord),
            MaxFrontMatterBytes = result.GetValue(_maxFrontMatter),
            MaxYamlAliasNodes = result.GetValue(_maxYaml),
            MaxJsonDepth = result.GetValue(_maxJsonDepth),
        };
}
