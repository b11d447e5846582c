using System.Globalization;
using CapitalHealthReport.Model;
using CapitalHealthReport.Text;
using CapitalHealthReport.Yaml;

namespace CapitalHealthReport.Rules;

/// <summary>
/// How the published report presents itself (<c>report:</c> in <c>capitalhealth.yaml</c>): organisation, title and
/// subtitle (each optionally per language, <c>title_zh-CN</c>), a logo, the absolute base of rule help links, an
/// optional extra regional window and the optional technical appendix. Every key is checked when the
/// configuration loads.
/// </summary>
public sealed record ReportConfig
{
    /// <summary>The largest logo file accepted (bytes).</summary>
    public const long MaxLogoBytes = 2 * 1024 * 1024;

    private static readonly string[] TextKeys = ["organisation", "title", "subtitle"];
    private static readonly string[] Languages = ["en", "zh-CN"];
    private static readonly string[] OtherKeys = ["logo", "help_base_url", "regional_window", "technical_appendix"];

    /// <summary>Organisation, title and subtitle by key and language (<c>title</c> for every language, <c>title_zh-CN</c> for one).</summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The logo file (PNG or JPEG), absolute; null when none.</summary>
    public string? Logo { get; init; }

    /// <summary>The absolute base URL of rule help pages (ends with <c>/</c>); null when help links are left out.</summary>
    public Uri? HelpBaseUrl { get; init; }

    /// <summary>An extra window the report describes besides the period, named where it is used; null by default.</summary>
    public Period? RegionalWindow { get; init; }

    /// <summary>True to add the technical appendix (the rules' conditions as the packs write them).</summary>
    public bool TechnicalAppendix { get; init; }

    public static ReportConfig Default { get; } = new();

    /// <summary>The configured text for <paramref name="key"/> (<c>organisation</c>, <c>title</c>, <c>subtitle</c>) in a language tag, else null.</summary>
    public string? Text(string key, string language) =>
        Texts.GetValueOrDefault(key + "_" + language) ?? Texts.GetValueOrDefault(key);

    /// <summary>The help page of a rule: <c>help_base_url</c> + <c>ID.md</c>… as the base says; null without a base.</summary>
    public string? HelpUrl(string ruleId) => HelpBaseUrl is null ? null : new Uri(HelpBaseUrl, ruleId + ".md").AbsoluteUri;

    /// <summary>Reads the <c>report:</c> mapping; relative logo paths resolve against <paramref name="baseFolder"/>.</summary>
    public static ReportConfig Read(YNode node, string file, string baseFolder)
    {
        if (node is YScalar { IsNull: true })
        {
            return Default;
        }

        var map = node as YMapping ?? throw new InputException($"'report' must be a mapping (key: value lines), not {node.Kind}.", file, node.Line, node.Column);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var config = Default;
        var problems = new InputProblems();
        foreach (var (key, value) in map.Entries)
        {
            var name = key.Value;
            if (IsTextKey(name))
            {
                problems.Try(() => texts[name] = Text(value, file, name));
                continue;
            }

            config = problems.Try(() => name switch
            {
                "logo" => config with { Logo = ReadLogo(value, file, baseFolder) },
                "help_base_url" => config with { HelpBaseUrl = ReadUrl(value, file) },
                "regional_window" => config with { RegionalWindow = ReadWindow(value, file) },
                "technical_appendix" => config with { TechnicalAppendix = ReadBool(value, file, name) },
                _ => throw new InputException(
                    $"unknown key '{name}' under 'report'; {Spelling.BeforeList(name, TextKeys.Concat(OtherKeys))}known keys: {string.Join(", ", TextKeys.Concat(OtherKeys))} (organisation, title and subtitle may end in _en or _zh-CN).",
                    file,
                    key.Line,
                    key.Column),
            }, config);
        }

        problems.ThrowIfAny(file, "docs/rules.md for the configuration format");
        return config with { Texts = texts };
    }

    private static bool IsTextKey(string name) =>
        TextKeys.Contains(name, StringComparer.Ordinal)
        || TextKeys.Any(k => Languages.Any(l => string.Equals(name, k + "_" + l, StringComparison.Ordinal)));

    private static string ReadLogo(YNode value, string file, string baseFolder)
    {
        var path = Path.GetFullPath(Path.Combine(baseFolder, Text(value, file, "logo")));
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".png" or ".jpg" or ".jpeg"))
        {
            throw new InputException($"the logo '{path}' is not a PNG or JPEG file.", file, value.Line, value.Column, "Give a .png or .jpg file.");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException($"the logo '{path}' does not exist.", file, value.Line, value.Column, "Paths are relative to the configuration file.");
        }

        if (info.Length > MaxLogoBytes)
        {
            throw new InputException(
                string.Create(CultureInfo.InvariantCulture, $"the logo '{path}' is {info.Length / 1024.0 / 1024.0:0.#} MB; a logo may be at most 2 MB."),
                file,
                value.Line,
                value.Column);
        }

        return path;
    }

    private static Uri ReadUrl(YNode value, string file)
    {
        var text = Text(value, file, "help_base_url");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new InputException($"help_base_url '{text}' is not an absolute http(s) URL.", file, value.Line, value.Column, "Write e.g. https://example.org/capital-health/rules/.");
        }

        return text.EndsWith('/') ? uri : new Uri(text + "/");
    }

    private static Period ReadWindow(YNode value, string file)
    {
        var text = Text(value, file, "regional_window");
        return Period.TryParse(text, out var period)
            ? period
            : throw new InputException($"regional_window '{text}' is not a period.", file, value.Line, value.Column, "Write a quarter (2024Q3), a half (2024H1), a year (2024) or a date range (2024-01-01..2024-08-31).");
    }

    private static bool ReadBool(YNode value, string file, string key) => Text(value, file, key) switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        var other => throw new InputException($"'{key}' must be true or false, not '{other}'.", file, value.Line, value.Column),
    };

    private static string Text(YNode node, string file, string key) =>
        node is YScalar { IsNull: false } scalar && !string.IsNullOrWhiteSpace(scalar.Value)
            ? scalar.Value.Trim()
            : throw new InputException($"'{key}' under 'report' needs a text value.", file, node.Line, node.Column);
}
