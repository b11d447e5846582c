namespace CapitalHealthReport;

/// <summary>
/// The settings errors name, each as the command line spells it and as a library caller sets it. The library names
/// are the option properties of the layer that reads the setting (<c>AnalysisOptions</c>, <c>LoadOptions</c>,
/// <c>ResourceLimits</c>, <c>ReportOptions</c>), written as strings because this layer sits below them.
/// </summary>
public static class Settings
{
    /// <summary>The period reported on.</summary>
    public static Setting Period { get; } = new("--period", "AnalysisOptions.Period");

    /// <summary>A filter applied before scoping; with a value (<c>sector=AI</c>) it reads "the filter sector=AI (AnalysisOptions.Where)".</summary>
    public static Setting Where { get; } = new("--where", "AnalysisOptions.Where", "the filter {0} (AnalysisOptions.Where)");

    /// <summary>The data cut-off.</summary>
    public static Setting Cutoff { get; } = new("--cutoff", "AnalysisOptions.Cutoff");

    /// <summary>The publication date.</summary>
    public static Setting AsOf { get; } = new("--as-of", "AnalysisOptions.AsOf");

    /// <summary>A series of periods.</summary>
    public static Setting Series { get; } = new("--series", "Analysis.Series");

    /// <summary>A series by <paramref name="kind"/> (<c>quarter</c>, <c>half</c>, <c>year</c>): <c>--series quarter</c>, <c>PeriodKind.Quarter</c>.</summary>
    public static Setting SeriesBy(string kind) => new(
        Series.CommandLine + " " + kind,
        string.IsNullOrEmpty(kind) ? "PeriodKind" : "PeriodKind." + char.ToUpperInvariant(kind[0]) + kind[1..]);

    /// <summary>The dimensions metrics are broken down by.</summary>
    public static Setting By { get; } = new("--by", "Analysis.Metrics");

    /// <summary>The deals file.</summary>
    public static Setting Deals { get; } = new("--deals", "LoadOptions.DealsPath");

    /// <summary>The mapping file of a foreign export.</summary>
    public static Setting Mapping { get; } = new("--mapping", "LoadOptions.MappingPath");

    /// <summary>The sheet of an XLSX workbook.</summary>
    public static Setting Sheet { get; } = new("--sheet", "LoadOptions.Sheet");

    /// <summary>The configuration file.</summary>
    public static Setting Config { get; } = new("--config", "the path given to AnalysisConfig.Load");

    /// <summary>The rule packs.</summary>
    public static Setting Rules { get; } = new("--rules", "AnalysisConfig.WithRulePaths");

    /// <summary>The largest deals file read.</summary>
    public static Setting MaxFileSize { get; } = new("--max-file-size", "ResourceLimits.MaxFileBytes");

    /// <summary>The most data rows read from one deals file.</summary>
    public static Setting MaxRows { get; } = new("--max-rows", "ResourceLimits.MaxRows");

    /// <summary>The longest field of a deals file.</summary>
    public static Setting MaxFieldLength { get; } = new("--max-field-length", "ResourceLimits.MaxFieldLength");

    /// <summary>The most fields in one record.</summary>
    public static Setting MaxColumns { get; } = new("--max-columns", "ResourceLimits.MaxColumns");

    /// <summary>The most rules of a run.</summary>
    public static Setting MaxRules { get; } = new("--max-rules", "ResourceLimits.MaxRules");

    /// <summary>The largest output.</summary>
    public static Setting MaxOutputSize { get; } = new("--max-output-size", "ResourceLimits.MaxOutputBytes");

    /// <summary>The longest a template may render.</summary>
    public static Setting TemplateTimeout { get; } = new("--template-timeout", "ResourceLimits.TemplateTime");

    /// <summary>The report template.</summary>
    public static Setting Template { get; } = new("--template", "ReportOptions.TemplatePath");

    /// <summary>The report's format.</summary>
    public static Setting Format { get; } = new("--format", "ReportOptions.Format");

    /// <summary>The report's language.</summary>
    public static Setting Language { get; } = new("--lang", "ReportOptions.Language");

    /// <summary>An HTML report, which a browser draws with its own fonts.</summary>
    public static Setting HtmlFormat { get; } = new("--format html", "ReportFormat.Html");

    /// <summary>A PDF written with a box for each character no bundled font draws.</summary>
    public static Setting AllowMissingGlyphs { get; } = new("--allow-missing-glyphs", "ReportOptions.AllowMissingGlyphs");

    /// <summary>The number of sample rows generated.</summary>
    public static Setting SampleRows { get; } = new("--rows", "SampleOptions.Rows");

    /// <summary>Where an output is written.</summary>
    public static Setting Output { get; } = new("--output", "ReportOptions.OutputPath");

    /// <summary>Where to read every rejected line and its reason: a command, or the loader's issues.</summary>
    public static Setting DataValidate { get; } = new(
        "Run 'capital-health data validate'",
        "Load with LoadOptions.AllowEmpty and read LoadResult.Issues");

    /// <summary>How to get a mapping for <paramref name="file"/>: the command that guesses one, or writing one.</summary>
    public static Setting Init(string file) => new(
        $"Run 'capital-health init --deals {file}' to guess a mapping from the file, or write one",
        "Write a mapping file");
}
