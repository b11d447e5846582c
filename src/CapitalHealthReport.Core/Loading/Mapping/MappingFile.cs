using System.Globalization;
using CapitalHealthReport.Model;
using CapitalHealthReport.Text;
using CapitalHealthReport.Yaml;

namespace CapitalHealthReport.Loading;

/// <summary>A position in a mapping file, for messages about a value that turns out wrong only when the deals are read.</summary>
public readonly record struct MappingPosition(int Line, int Column);

/// <summary>
/// A mapping file: how a foreign export maps onto the canonical deal fields — format, encoding, delimiter, date
/// formats, number format, default currency, column names, missing-value and undisclosed markers, fill-down
/// fields, duplicate handling and extra value aliases.
/// </summary>
public sealed record DealMapping
{
    /// <summary>The canonical field names a <c>columns:</c> entry may map.</summary>
    public static IReadOnlyList<string> CanonicalFields { get; } =
        ["id", "date", "company", "company_id", "sector", "subsector", "stage", "amount", "currency", "region", "country", "investors"];

    /// <summary>
    /// The headers a load without a mapping file matches to <paramref name="field"/> (one of <see cref="CanonicalFields"/>),
    /// in preference order; compared without case, width, spaces, '_', '-', '.' or apostrophes.
    /// </summary>
    public static IReadOnlyList<string> HeaderAliases(string field) =>
        Loading.CanonicalFields.FromName(field) is { } known
            ? Loading.CanonicalFields.HeaderAliases(known)
            : throw new ArgumentException($"'{field}' is not a canonical field ({string.Join(", ", CanonicalFields)}).", nameof(field));

    private static readonly string[] TopLevelKeys =
    [
        "format", "encoding", "delimiter", "date_format", "currency", "columns", "stages", "sectors", "regions",
        "decimal_separator", "thousands_separator", "na_values", "undisclosed", "fill_down", "dedupe",
    ];

    /// <summary>The formats a mapping may name.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["csv", "tsv", "xlsx", "jsonl", "parquet"];

    /// <summary>Mapping file name (no folder), for messages; empty for an in-memory mapping.</summary>
    public string File { get; init; } = "";

    /// <summary><c>csv</c>, <c>tsv</c>, <c>xlsx</c>, <c>jsonl</c> or <c>parquet</c>; null chooses by the deals file's extension.</summary>
    public string? Format { get; init; }

    /// <summary>A .NET/IANA encoding name, <c>auto</c>, or null (UTF-8, refusing files that are clearly not UTF-8).</summary>
    public string? Encoding { get; init; }

    public char? Delimiter { get; init; }

    /// <summary>Exact date formats tried first (.NET custom format strings such as <c>dd/MM/yyyy</c>).</summary>
    public IReadOnlyList<string> DateFormats { get; init; } = [];

    /// <summary>ISO 4217 currency of amounts when there is no currency column or unit; null means CNY.</summary>
    public string? Currency { get; init; }

    /// <summary>Canonical field → source column (or JSON key); for a field read from several columns, the first.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Canonical field → every source column it is read from, in order (<c>stage: [funding_round_type,
    /// funding_round_code]</c>); the non-empty values are joined by a space. Holds the single-column fields too.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SourceColumns { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The amount column's decimal separator; <see cref="Loading.DecimalSeparator.Auto"/> decides it from the column.</summary>
    public DecimalSeparator DecimalSeparator { get; init; }

    /// <summary>The amount column's thousands separator; <see cref="Loading.ThousandsSeparator.Auto"/> accepts any but the decimal one.</summary>
    public ThousandsSeparator ThousandsSeparator { get; init; }

    /// <summary>Cell texts that mean "no value" in every field, added to <see cref="MissingValues.DefaultNaValues"/>.</summary>
    public IReadOnlyList<string> NaValues { get; init; } = [];

    /// <summary>Amount texts that mean "not disclosed", added to the built-in markers.</summary>
    public IReadOnlyList<string> Undisclosed { get; init; } = [];

    /// <summary>Canonical fields whose empty cells take the previous row's value (grouped exports).</summary>
    public IReadOnlyList<string> FillDown { get; init; } = [];

    /// <summary>Whether exact duplicate rows are dropped (and counted).</summary>
    public DedupeMode Dedupe { get; init; }

    public IReadOnlyDictionary<string, Stage> Stages { get; init; } = new Dictionary<string, Stage>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Sectors { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Regions { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Where each key was written (<c>encoding</c>, <c>columns.date</c>, …), for later messages.</summary>
    public IReadOnlyDictionary<string, MappingPosition> Positions { get; init; } = new Dictionary<string, MappingPosition>(StringComparer.Ordinal);

    /// <summary>
    /// Reads and validates a mapping file; every mistake is reported at once, each with file:line:column (one as an
    /// <see cref="InputException"/>, several as an <see cref="InputProblemsException"/>).
    /// </summary>
    public static DealMapping Load(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new InputException("The mapping file was not found.", path, hint: SettingText.Of($"Check the {Settings.Mapping} path."));
        }

        return Parse(IO.BoundedFile.ReadAllText(path, Limits.ResourceLimits.Default.MappingPolicy), Path.GetFileName(path));
    }

    /// <summary>Parses mapping YAML text; <paramref name="file"/> names it in messages.</summary>
    public static DealMapping Parse(string yaml, string file)
    {
        var root = YamlTree.Parse(yaml, file);
        if (root is null)
        {
            return new DealMapping { File = file };
        }

        var map = YamlTree.ExpectMapping(root, file, "A mapping file");
        var positions = new Dictionary<string, MappingPosition>(StringComparer.Ordinal);
        string? format = null, encoding = null, currency = null;
        char? delimiter = null;
        IReadOnlyList<string> dateFormats = [];
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        var sourceColumns = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var decimalSeparator = DecimalSeparator.Auto;
        var thousandsSeparator = ThousandsSeparator.Auto;
        IReadOnlyList<string> naValues = [], undisclosed = [], fillDown = [];
        var dedupe = DedupeMode.None;
        var stages = new Dictionary<string, Stage>(StringComparer.Ordinal);
        var sectors = new Dictionary<string, string>(StringComparer.Ordinal);
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);

        var problems = new InputProblems();
        foreach (var (key, value) in map.Entries)
        {
            positions[key.Value] = new MappingPosition(value.Line, value.Column);
            problems.Try(() => ReadKey(key, value));
        }

        void ReadKey(YScalar key, YNode value)
        {
            switch (key.Value)
            {
                case "format":
                    format = YamlTree.ExpectString(value, file, "format").Trim().ToLowerInvariant();
                    if (!Formats.Contains(format, StringComparer.Ordinal))
                    {
                        throw new InputException($"'format: {format}' is not a format.", file, value.Line, value.Column, "Use csv, tsv, xlsx, jsonl or parquet.");
                    }

                    break;
                case "encoding":
                    encoding = YamlTree.ExpectString(value, file, "encoding").Trim();
                    if (!string.Equals(encoding, "auto", StringComparison.OrdinalIgnoreCase))
                    {
                        _ = TextDecoding.ResolveEncoding(encoding, file, value.Line, value.Column);
                    }

                    break;
                case "delimiter":
                    {
                        var text = YamlTree.ExpectString(value, file, "delimiter");
                        delimiter = text switch
                        {
                            "\t" or "\\t" or "tab" => '\t',
                            _ when text.Length == 1 && text[0] is not ('"' or '\r' or '\n') => text[0],
                            _ => throw new InputException($"'delimiter: {text}' must be one character (',', ';', '|', or \"\\t\" for tab).", file, value.Line, value.Column),
                        };
                        break;
                    }

                case "date_format":
                    dateFormats = YamlTree.ExpectStrings(value, file, "date_format");
                    foreach (var f in dateFormats)
                    {
                        try
                        {
                            _ = new DateOnly(2024, 3, 5).ToString(f, CultureInfo.InvariantCulture);
                        }
                        catch (FormatException)
                        {
                            throw new InputException($"'date_format: {f}' is not a date format.", file, value.Line, value.Column, "Use .NET custom formats such as yyyy-MM-dd or dd/MM/yyyy.");
                        }
                    }

                    break;
                case "currency":
                    currency = YamlTree.ExpectString(value, file, "currency").Trim().ToUpperInvariant();
                    if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
                    {
                        throw new InputException($"'currency: {currency}' is not an ISO 4217 code.", file, value.Line, value.Column, "Use a three-letter code such as CNY or USD.");
                    }

                    break;
                case "columns":
                    foreach (var (field, sources, at) in MappingKeys.Columns(value, file, problems))
                    {
                        columns[field] = sources[0];
                        sourceColumns[field] = sources;
                        positions["columns." + field] = at;
                    }

                    break;
                case "decimal_separator":
                    decimalSeparator = MappingKeys.Decimal(value, file);
                    break;
                case "thousands_separator":
                    thousandsSeparator = MappingKeys.Thousands(value, file);
                    break;
                case "na_values":
                    naValues = MappingKeys.Texts(value, file, "na_values");
                    break;
                case "undisclosed":
                    undisclosed = MappingKeys.Texts(value, file, "undisclosed");
                    break;
                case "fill_down":
                    fillDown = MappingKeys.Fields(value, file, "fill_down");
                    break;
                case "dedupe":
                    dedupe = MappingKeys.Dedupe(value, file);
                    break;
                case "stages":
                    foreach (var (raw, target) in YamlTree.ExpectStringMap(value, file, "stages"))
                    {
                        problems.Try(() => stages[raw.Value] = Model.Stages.TryParseCanonical(target.Value)
                            ?? throw new InputException($"'stages.{raw.Value}: {target.Value}' is not a canonical stage.", file, target.Line, target.Column, $"Use one of {string.Join(", ", Model.Stages.All.Select(Model.Stages.Name))}."));
                    }

                    break;
                case "sectors":
                    foreach (var (raw, target) in YamlTree.ExpectStringMap(value, file, "sectors"))
                    {
                        sectors[raw.Value] = target.Value.Trim();
                    }

                    break;
                case "regions":
                    foreach (var (raw, target) in YamlTree.ExpectStringMap(value, file, "regions"))
                    {
                        regions[raw.Value] = target.Value.Trim();
                    }

                    break;
                default:
                    throw new InputException($"has the unknown key '{key.Value}'.", file, key.Line, key.Column, (Spelling.Suggestion(key.Value, TopLevelKeys) + $" Known keys: {string.Join(", ", TopLevelKeys)}.").TrimStart());
            }
        }

        if ((decimalSeparator, thousandsSeparator) is (DecimalSeparator.Dot, ThousandsSeparator.Dot) or (DecimalSeparator.Comma, ThousandsSeparator.Comma))
        {
            var at = positions["thousands_separator"];
            var character = decimalSeparator == DecimalSeparator.Dot ? "." : ",";
            problems.Add(new InputException(
                $"'thousands_separator: \"{character}\"' is the decimal separator too; a number could not say where its decimals begin.",
                file,
                at.Line,
                at.Column,
                $"Use a different thousands separator (\"{(character == "." ? "," : ".")}\", \" \", \"'\" or none), or leave it to auto."));
        }

        problems.ThrowIfAny(file, "docs/data.md for the mapping format");

        return new DealMapping
        {
            File = file,
            Format = format,
            Encoding = encoding,
            Delimiter = delimiter,
            DateFormats = dateFormats,
            Currency = currency,
            Columns = columns,
            SourceColumns = sourceColumns,
            DecimalSeparator = decimalSeparator,
            ThousandsSeparator = thousandsSeparator,
            NaValues = naValues,
            Undisclosed = undisclosed,
            FillDown = fillDown,
            Dedupe = dedupe,
            Stages = stages,
            Sectors = sectors,
            Regions = regions,
            Positions = positions,
        };
    }
}
