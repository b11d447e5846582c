using System.Globalization;
using System.Text;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules;
using CsCheck;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// Property-based fuzzing of the input parsers with CsCheck: random CSV exports (quoting, delimiters, encodings,
/// line ends, amounts, dates), mapping files, configurations and rule packs. Every input must end in success or an
/// <see cref="InputException"/> within a time budget, and a loaded deals file must account for every data row.
/// </summary>
public sealed class FuzzingTests : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RuleBudget = TimeSpan.FromSeconds(5);
    private static readonly UTF8Encoding Utf8 = new(false);

    private static readonly string[] Dates =
    [
        "2024-01-02", "2024/3/5", "2024年3月5日", "45356", "0", "", "  ", "not a date", "0000-00-00", "2031-01-01", "2024-02-30",
        "1900-01-01", "9999-12-31", "10000-01-01", "-1", "2024-1-1T00:00:00Z", "03/05/2024", "２０２４-０１-０２",
    ];

    private static readonly string[] Amounts =
    [
        "100", "3.5亿", "5000万", "1.2亿美元", "数千万人民币", "近亿元", "1-2亿", "", "未披露", "undisclosed", "nan", "NaN", "abc", "-5", "-0",
        "1e308", "1e-308", "20,00,00,000", "1,234.5", "１２３", "0x10", "∞", "Infinity", "99999999999999999999999999999", "1.2.3", "$5M", "=1+2",
        "+", "-", "+-", "79228162514264337593543950335-79228162514264337593543950335亿", "数79228162514264337593543950335亿", "5000万\uFFFF",
    ];

    private static readonly string[] Texts =
    [
        "Alpha", "深度求索", "", "  ", "Quoted, Inc.", "Say \"hi\"", "Multi\nLine", "Carriage\rReturn", "=HYPERLINK(\"http://x\")", "+SUM(A1)",
        "-1+2", "@cmd", "\tTabbed", "# Heading", "<script>alert(1)</script>", "{{ 1 + 1 }}", "\uD800", "\u0001ctrl", "北京", "Beijing", "A轮",
        "series-a", "Pre-IPO", "AI", "Energy", "x;y;z", "IDG、红杉", "\u200B", "\uFEFFbom", "Non\uFFFFchar", "\uFFFE",
    ];

    private static readonly string[] Delimiters = [",", ";", "\t", "|"];
    private static readonly string[] Newlines = ["\n", "\r\n", "\r"];
    private static readonly string[] Header = ["id", "date", "company", "amount", "stage", "region"];

    private static int _loaded;
    private static int _refused;

    private readonly string _temp = Directory.CreateTempSubdirectory("chr-fuzz-").FullName;

    /// <summary>How each field is quoted: RFC 4180 where needed, always, never (may break the structure), or a stray quote.</summary>
    public enum Quoting
    {
        Minimal,
        Always,
        Never,
        Stray,
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Random_csv_exports_load_or_fail_cleanly_and_every_row_is_accounted_for()
    {
        var field = Gen.Frequency((6, Gen.OneOf(Texts)), (2, Gen.OneOf(Amounts)), (2, Gen.OneOf(Dates)), (1, Gen.String));
        var row = Gen.Select(Gen.OneOf("", "d1", "d2"), Gen.OneOf(Dates), field, Gen.OneOf(Amounts), field, field)
            .Select((id, date, company, amount, stage, region) => new[] { id, date, company, amount, stage, region });
        var export = Gen.Select(
            row.Array[1, 25],
            Gen.OneOf(Delimiters),
            Gen.OneOf(Newlines),
            Gen.Enum<Quoting>(),
            Gen.OneOf("utf-8", "utf-8-bom", "gb18030", "utf-16"),
            Gen.Bool);

        export.Sample((rows, delimiter, newline, quoting, encoding, withMapping) =>
        {
            var text = new StringBuilder(string.Join(delimiter, Header)).Append(newline);
            foreach (var r in rows)
            {
                text.Append(string.Join(delimiter, r.Select(f => Quote(f, delimiter[0], quoting)))).Append(newline);
            }

            var path = Path.Combine(_temp, Guid.NewGuid().ToString("N") + ".csv");
            File.WriteAllBytes(path, Encode(text.ToString(), encoding));
            string? mapping = null;
            if (withMapping || encoding == "gb18030")
            {
                mapping = Path.ChangeExtension(path, ".yaml");
                var delimiterYaml = delimiter == "\t" ? "\"\\t\"" : $"'{delimiter}'";
                File.WriteAllText(mapping, $"encoding: {(encoding == "gb18030" ? "gb18030" : "auto")}\ndelimiter: {delimiterYaml}\n");
            }

            LoadResult? result = null;
            var error = TimeBudget.Run(
                () => result = DealLoader.Load(new LoadOptions { DealsPath = path, MappingPath = mapping, AllowEmpty = true, AsOf = new DateOnly(2025, 6, 30) }, ReferenceData.Default),
                Budget,
                () => Describe(text.ToString(), encoding, quoting));
            if (error is not null)
            {
                Interlocked.Increment(ref _refused);
                return;
            }

            Interlocked.Increment(ref _loaded);
            var s = result!.Statistics;
            Assert.Equal(s.RowsRead, s.RowsLoaded + s.RowsRejected);
            Assert.Equal(s.RowsLoaded, result.Deals.Count);
            var rejectedLines = result.Issues.Where(i => i.Code.StartsWith("CHD0", StringComparison.Ordinal)).Select(i => i.Line).ToHashSet();
            Assert.Equal(s.RowsRejected, rejectedLines.Count);
            Assert.All(rejectedLines, line => Assert.True(line >= 2, "a rejected row names the header line"));
            if (quoting is Quoting.Minimal or Quoting.Always && !rows.Any(r => r.Any(f => f.Contains('\uFEFF', StringComparison.Ordinal))))
            {
                Assert.True(rows.Length == s.RowsRead, $"wrote {rows.Length} rows, read {s.RowsRead}: {Describe(text.ToString(), encoding, quoting)}");
            }
        }, iter: 300, threads: 2);

        Assert.True(_loaded > 50, $"only {_loaded} of the random exports loaded ({_refused} refused); the generator no longer reaches the row mapper");
    }

    [Fact]
    public void Random_mapping_files_parse_or_fail_with_a_located_message()
    {
        string[] lines =
        [
            "format: csv", "format: xlsx", "format: parquet", "encoding: auto", "encoding: gbk", "encoding: \"\"", "encoding: [utf-8]", "delimiter: ';'",
            "delimiter: \"\\t\"", "delimiter: ''", "delimiter: abc", "date_format: dd/MM/yyyy", "date_format: [yyyy-MM-dd, '%']", "date_format: '\\'",
            "date_format: yyyy-MM-ddTHH:mm:ss.fffffffffffff", "currency: USD", "currency: 1", "columns:", "  date: funded_at", "  company: company_name",
            "  amount: raised", "  company: other", "  valuation: x", "columns: {date: a, date: b}", "stages:", "  series-a: A", "  venture: NotAStage",
            "sectors: {}", "regions: []", "a: &x [1, 2]", "b: *x", "<<: *x", "\tdate: x", "? [complex]\n: key", "{", "[[[[[[", "'unterminated",
            "key: \"\\u0000\"", "!!binary AAAA", "%YAML 1.1", "---", "...", "x: !tag y", "- item", "columns: 5", "~: null", "\"\": empty",
        ];
        var doc = Gen.Frequency(
            (4, Gen.OneOf(lines).Array[1, 12].Select(l => string.Join('\n', l))),
            (1, Gen.String),
            (1, Gen.Select(Gen.OneOf(lines).Array[1, 6], Gen.Int[0, 200], Gen.Char).Select((l, at, c) => Mutate(string.Join('\n', l), at, c))));
        var deals = Path.Combine(_temp, "deals.csv");
        File.WriteAllText(deals, "funded_at,company_name,raised,date,company\n2024-01-02,Alpha,100,2024-01-02,Alpha\n");

        doc.Sample(text =>
        {
            DealMapping? mapping = null;
            var error = TimeBudget.Run(() => mapping = DealMapping.Parse(text, "mapping.yaml"), Budget, () => Show(text));
            if (error is not null)
            {
                Assert.Equal("mapping.yaml", error.File);
                return;
            }

            var path = Path.Combine(_temp, Guid.NewGuid().ToString("N") + ".yaml");
            File.WriteAllText(path, text);
            TimeBudget.Run(() => DealLoader.Load(new LoadOptions { DealsPath = deals, MappingPath = path, AllowEmpty = true }, ReferenceData.Default), Budget, () => Show(text));
        }, iter: 400, threads: 2);
    }

    [Fact]
    public void Random_configurations_parse_or_fail_with_a_located_message()
    {
        string[] lines =
        [
            "rules: [rules/]", "rules: 5", "rules: [../../../etc]", "parameters:", "  min_deals: 20", "  min_deals: -5", "  min_deals: lots", "  hot_sector: AI",
            "  strategic_sectors: [Energy, Water]", "  reporting_currency: XXX", "  mega_round_usd: 1e400", "  unknown_param: 1", "severity:", "  CH1001: error",
            "  CH9999: none", "  category:Concentration: warning", "  CH1: fatal", "  nonsense: info", "suppressions:", "  - id: CH1001",
            "    justification: ok", "    expires: 2024-12-31", "    expires: tomorrow", "    where: { region: Beijing }", "    where: [x]",
            "a: &x [1]", "b: *x", "\tseverity: {}", "{", "- item", "---", "x: !tag y", "\"\": empty",
        ];
        var doc = Gen.Frequency(
            (4, Gen.OneOf(lines).Array[1, 12].Select(l => string.Join('\n', l))),
            (1, Gen.String));
        doc.Sample(text =>
        {
            var error = TimeBudget.Run(() => AnalysisConfig.Parse(text, "capitalhealth.yaml", _temp), Budget, () => Show(text));
            if (error?.File is { } file)
            {
                Assert.Equal("capitalhealth.yaml", file);
            }
        }, iter: 400, threads: 2);
    }

    [Fact]
    public void Random_rule_packs_load_or_fail_and_loaded_ones_evaluate_without_crashing()
    {
        string[] terms =
        [
            "Metrics.Hhi", "Metrics.TopQuintileShare", "Prev.Hhi", "Yoy.DealCount", "Params.MinDeals", "Metrics.StageCountShare[\"A\"]",
            "Metrics.RegionValueShare[\"nowhere\"]", "Scope.Period", "0.5", "-1", "1e308", "0", "\"text\"", "null", "true",
            "System.IO.File.Exists(\"/etc/passwd\")", "Environment.ProcessorCount", "typeof(string).Name", "new object()",
            "Metrics.GetType()", "AppDomain.CurrentDomain", "System.Diagnostics.Process.GetCurrentProcess()", "Math.Sqrt(Metrics.Hhi)",
            "Metrics.Hhi / 0", "Metrics.NoSuchMetric", "(", ")", "Metrics.TopRegion == \"Beijing\"",
        ];
        string[] operators = [" > ", " < ", " == ", " && ", " || ", " + ", " * ", " / ", " ? ", " : ", " ", "."];
        var expression = Gen.Select(Gen.OneOf(terms).Array[1, 4], Gen.OneOf(operators).Array[3])
            .Select((t, o) => string.Concat(t.Select((term, i) => i == 0 ? term : o[i % o.Length] + term)));
        var rule = Gen.Select(
                Gen.OneOf("CH1901", "CH1902", "CH9001", "ch1", "", "CH12345", "XX1001"),
                Gen.OneOf("error", "warning", "info", "none", "fatal", ""),
                Gen.OneOf("period", "sector", "region", "stage", "investor_type", "galaxy"),
                expression,
                Gen.OneOf("\"{{ metrics.hhi | num }}\"", "\"{{ scope }}\"", "\"{{\"", "\"{{ metrics.nope }}\"", "\"{{ metrics.hhi | nope }}\"", "plain", "[a, b]"),
                Gen.OneOf("20", "-1", "abc", "1e9", "0"),
                Gen.Bool)
            .Select((id, severity, scope, when, message, minDeals, escalate) =>
                $"  - id: {id}\n    title: Fuzzed\n    severity: {severity}\n    scope: {scope}\n    when: '{when.Replace("'", "''", StringComparison.Ordinal)}'\n"
                + (escalate ? $"    escalate:\n      error: '{when.Replace("'", "''", StringComparison.Ordinal)} && true'\n" : "")
                + $"    min_deals: {minDeals}\n    message: {message}\n    description: Fuzzed rule.\n");
        var pack = Gen.Select(Gen.OneOf("Concentration", "StageSkew", "Nonsense"), rule.Array[1, 3])
            .Select((category, rules) => $"category: {category}\nrules:\n{string.Concat(rules)}");

        var sample = Sample.Value;
        pack.Sample(text =>
        {
            var path = Path.Combine(_temp, Guid.NewGuid().ToString("N") + ".yaml");
            File.WriteAllText(path, text);
            RuleCatalog? catalog = null;
            var error = TimeBudget.Run(() => catalog = RuleCatalog.Load([path]), RuleBudget, () => Show(text));
            if (error is not null)
            {
                return;
            }

            TimeBudget.Run(() => new Analyzer(catalog!, AnalysisConfig.Default).Run(sample.Engine, sample.Period, null, null, sample.Period.End), RuleBudget, () => Show(text));
        }, iter: 120, threads: 2);
    }

    private static readonly Lazy<(MetricsEngine Engine, Period Period)> Sample = new(() =>
    {
        var load = DealLoader.Load(new LoadOptions(), ReferenceData.Default);
        var engine = new MetricsEngine(load.Deals, ReferenceData.Default, MetricParameters.Default);
        return (engine, engine.DefaultPeriod(null));
    });

    private static string Quote(string field, char delimiter, Quoting quoting) => quoting switch
    {
        Quoting.Always => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        Quoting.Minimal when field.AsSpan().IndexOfAny(['"', '\r', '\n', delimiter]) >= 0 || field.StartsWith(' ') => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        Quoting.Stray when field.Length > 0 => field[..(field.Length / 2)] + "\"" + field[(field.Length / 2)..],
        _ => field,
    };

    private static byte[] Encode(string text, string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return encoding switch
        {
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Utf8.GetBytes(text)],
            "gb18030" => Encoding.GetEncoding("gb18030").GetBytes(text),
            "utf-16" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
            _ => Utf8.GetBytes(text),
        };
    }

    private static string Mutate(string text, int at, char c) =>
        text.Length == 0 ? c.ToString() : text.Remove(at % text.Length, 1).Insert(at % text.Length, c.ToString());

    private static string Describe(string text, string encoding, Quoting quoting) => $"{encoding}, {quoting}: {Show(text)}";

    private static string Show(string text) =>
        string.Concat(text.Take(2000).Select(c => c < ' ' || char.IsSurrogate(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString()));
}
