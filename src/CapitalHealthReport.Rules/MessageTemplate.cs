using System.Globalization;
using System.Text;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules.Expressions;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Rules;

/// <summary>
/// A finding's message template: text with <c>{{ path | filter }}</c> placeholders and
/// <c>{{ if path op operand }}…{{ else }}…{{ end }}</c> branches (a comparison with a number or another path; one with an
/// undefined value does not hold), a small and safe subset of Scriban. Paths: <c>metrics.x</c>, <c>prev.x</c>, <c>yoy.x</c> (snake_case metric names; keyed metrics as
/// <c>metrics.region_count_share.Beijing</c>, <c>.max</c>, <c>.max_key</c>), <c>params.x</c>, <c>scope</c>,
/// <c>period</c>, <c>slice</c>, <c>data_issues</c>, and for a rule with a threshold <c>value</c> (what the threshold reads)
/// and <c>threshold</c> (the level the value meets). Filters: <c>pct</c> (12.3%), <c>pp</c> (+5.2 pp), <c>num</c> (1,234.5),
/// <c>money</c> (1.2 bn CNY), <c>usd</c> (an amount given in US dollars, as <c>params.mega_round_usd</c>: 100 M USD), <c>int</c> (1,235), <c>deals</c> (1 deal, 1,235 deals; 1,235起). Output is culture-invariant; an undefined value prints <c>n/a</c>. A Chinese
/// message renders money in 亿/万, points as 个百分点, an undefined value as 无数据, the period as the report's prose words it (<c>2025年第一季度</c>) and the scope as
/// <c>2025年第一季度（行业：人工智能）</c>.
/// Sectors, regions, stages and investor types print by their names in the message's language (<c>EnterpriseSoftware</c> is
/// "Enterprise software" and "企业服务"); a label of the data that no reference table names prints quoted, as the data writes
/// it, and the message ends by saying so (<see cref="MessageNames"/>).
/// </summary>
public sealed class MessageTemplate
{
    private static readonly HashSet<string> Filters = new(StringComparer.Ordinal) { "pct", "pp", "num", "money", "usd", "int", "deals" };
    private static readonly string[] Comparisons = ["==", "!=", "<", "<=", ">", ">="];

    private readonly IReadOnlyList<Part> _parts;

    private MessageTemplate(string text, IReadOnlyList<Part> parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    /// <summary>The names the template's placeholders and conditions read (<c>metrics.strategic_sectors_amount</c>, <c>scope</c>), in the order they appear.</summary>
    public IEnumerable<string> Names => Paths(_parts);

    /// <summary>True when the template uses <c>value</c> or <c>threshold</c>, which only a rule with a threshold can fill.</summary>
    public bool UsesThreshold => Paths(_parts).Any(static p => p is "value" or "threshold");

    /// <summary>Parses a template; problems (unknown names, filters, unclosed braces or branches) are returned with their character offset.</summary>
    public static MessageTemplate Parse(string text, out IReadOnlyList<(int Offset, string Problem)> problems)
    {
        var found = new List<(int, string)>();
        var root = new List<Part>();
        // The branches being read: the innermost last, each with its condition, where it opened and its two part lists.
        var open = new Stack<Branch>();
        var parts = root;
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (start < 0)
            {
                parts.Add(new Part(text[position..], null, null));
                break;
            }

            if (start > position)
            {
                parts.Add(new Part(text[position..start], null, null));
            }

            var close = text.IndexOf("}}", start + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                found.Add((start, "'{{' is not closed with '}}'"));
                break;
            }

            var inner = text[(start + 2)..close];
            var statement = inner.Trim();
            position = close + 2;
            if (statement.StartsWith("if ", StringComparison.Ordinal))
            {
                var condition = ParseCondition(statement[3..].Trim(), start, found);
                var branch = new Branch(condition, start, [], []);
                open.Push(branch);
                parts = branch.Then;
                continue;
            }

            if (statement is "else" or "end")
            {
                if (open.Count == 0)
                {
                    found.Add((start, $"'{{{{ {statement} }}}}' has no '{{{{ if … }}}}' before it"));
                    continue;
                }

                if (statement == "else")
                {
                    if (open.Peek().InElse)
                    {
                        found.Add((start, "'{{ if … }}' has a second '{{ else }}'"));
                    }

                    open.Peek().InElse = true;
                    parts = open.Peek().Else;
                    continue;
                }

                var done = open.Pop();
                parts = open.Count == 0 ? root : open.Peek().InElse ? open.Peek().Else : open.Peek().Then;
                parts.Add(new Part(null, null, null) { If = done.Condition, Then = done.Then, Else = done.Else });
                continue;
            }

            var pieces = inner.Split('|', StringSplitOptions.TrimEntries);
            var path = pieces[0];
            string? filter = null;
            if (pieces.Length > 2)
            {
                found.Add((start, $"'{{{{{inner}}}}}' has more than one filter; use one of {string.Join(", ", Filters.Order(StringComparer.Ordinal))}"));
            }
            else if (pieces.Length == 2)
            {
                filter = pieces[1];
                if (!Filters.Contains(filter))
                {
                    found.Add((start, $"unknown filter '{filter}'; {Spelling.BeforeList(filter, Filters.Order(StringComparer.Ordinal))}use one of {string.Join(", ", Filters.Order(StringComparer.Ordinal))}"));
                }
            }

            if (CheckPath(path) is { } problem)
            {
                found.Add((start, problem));
            }

            parts.Add(new Part(null, path, filter));
        }

        foreach (var branch in open)
        {
            found.Add((branch.Offset, "'{{ if … }}' is not closed with '{{ end }}'"));
        }

        problems = found;
        return new MessageTemplate(text, root);
    }

    /// <summary>Renders the message for one scope in English.</summary>
    public string Render(MessageValues values) => Render(values, RuleLanguages.English);

    /// <summary>Renders the message for one scope, formatting numbers and the scope for <paramref name="language"/>.</summary>
    public string Render(MessageValues values, string language)
    {
        ArgumentNullException.ThrowIfNull(values);
        var zh = RuleLanguages.IsChinese(language);
        var names = new MessageNames(values, zh);
        var builder = new StringBuilder();
        Append(builder, _parts, values, names, zh);
        return names.WithNote(builder.ToString());
    }

    private static void Append(StringBuilder builder, IReadOnlyList<Part> parts, MessageValues values, MessageNames names, bool zh)
    {
        foreach (var part in parts)
        {
            if (part.Literal is not null)
            {
                builder.Append(part.Literal);
            }
            else if (part.If is { } condition)
            {
                Append(builder, Holds(condition, values, names) ? part.Then! : part.Else!, values, names, zh);
            }
            else
            {
                var value = Resolve(part.Path!, values, names);
                var text = Format(value, part.Filter, values.Params.ReportingCurrency, zh);
                // A name that opens an English sentence opens with a capital: "Other sectors had 3 deals", not "other sectors had".
                if (!zh && builder.Length == 0 && value is string && text.Length > 0 && char.IsLower(text[0]))
                {
                    text = char.ToUpperInvariant(text[0]) + text[1..];
                }

                builder.Append(text);
            }
        }
    }

    /// <summary>Every path the parts (and their branches' conditions and parts) read.</summary>
    private static IEnumerable<string> Paths(IReadOnlyList<Part> parts)
    {
        foreach (var part in parts)
        {
            if (part.Path is { } path)
            {
                yield return path;
            }

            if (part.If is { } condition)
            {
                yield return condition.Left;
                if (condition.RightPath is { } right)
                {
                    yield return right;
                }

                foreach (var inner in Paths(part.Then!).Concat(Paths(part.Else!)))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>
    /// Reads a branch's condition, <c>path op operand</c>: a comparison (<c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>,
    /// <c>&gt;</c>, <c>&gt;=</c>) of a value with a number or another value (<c>metrics.disclosed_share == 0</c>).
    /// </summary>
    private static Condition ParseCondition(string text, int offset, List<(int, string)> found)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 3 || !Comparisons.Contains(words[1]))
        {
            found.Add((offset, $"'{{{{ if {text} }}}}' must compare a value with a number or another value: 'if metrics.disclosed_share == 0', with one of {string.Join(" ", Comparisons)}"));
            return new Condition(words.Length > 0 ? words[0] : "", "==", 0, null);
        }

        if (CheckPath(words[0]) is { } problem)
        {
            found.Add((offset, problem));
        }

        if (double.TryParse(words[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new Condition(words[0], words[1], number, null);
        }

        if (CheckPath(words[2]) is { } right)
        {
            found.Add((offset, right));
        }

        return new Condition(words[0], words[1], 0, words[2]);
    }

    /// <summary>Whether a branch's condition holds; a comparison with an undefined value or one that is not a number does not.</summary>
    private static bool Holds(Condition condition, MessageValues values, MessageNames names)
    {
        if (Number(Resolve(condition.Left, values, names)) is not { } left)
        {
            return false;
        }

        var right = condition.RightPath is { } path ? Number(Resolve(path, values, names)) : condition.Number;
        if (right is not { } r)
        {
            return false;
        }

        return condition.Operator switch
        {
            "==" => left == r,
            "!=" => left != r,
            "<" => left < r,
            "<=" => left <= r,
            ">" => left > r,
            _ => left >= r,
        };
    }

    private static double? Number(object? value) => value switch
    {
        double d when !double.IsNaN(d) => d,
        int i => i,
        decimal m => (double)m,
        _ => null,
    };

    /// <summary>The first words of a path: the value sets and the scope's names.</summary>
    private static readonly string[] Roots = ["metrics", "prev", "yoy", "params", "scope", "period", "slice", "data_issues", "value", "threshold"];

    private static string? CheckPath(string path)
    {
        var segments = path.Split('.');
        switch (segments[0])
        {
            case "scope" or "period" or "slice" or "data_issues" or "value" or "threshold" when segments.Length == 1:
                return null;
            case "params" when segments.Length == 2:
                return RuleParameters.All.Contains(segments[1]) ? null : $"unknown parameter 'params.{segments[1]}'; {Spelling.BeforeList(path, RuleParameters.All.Select(static p => "params." + p))}known: {string.Join(", ", RuleParameters.All)}";
            case "metrics" or "prev" or "yoy" when segments.Length is 2 or 3:
                if (MetricCatalog.Find(segments[1]) is not { } accessor || accessor.JsonName != segments[1])
                {
                    var metrics = MetricCatalog.All.Select(a => a.JsonName).Order(StringComparer.Ordinal).ToList();
                    return $"unknown metric '{segments[1]}' in '{path}'; {Spelling.BeforeList(segments[1], metrics)}messages use the snake_case names: {string.Join(", ", metrics)}";
                }

                if (segments.Length == 3 && !accessor.IsKeyed)
                {
                    return $"'{segments[1]}' is not a keyed metric, so '{path}' has no key";
                }

                return accessor.IsKeyed && segments.Length == 2 ? $"'{segments[1]}' is keyed: name a key ('{path}.Beijing') or max, max_key, min, min_key" : null;
            default:
                // A misspelt first word (metric.hhi, scopes) is suggested with the rest of the path as written.
                var corrected = Roots.Select(root => root + path[segments[0].Length..]);
                return $"unknown name '{path}'; {Spelling.BeforeList(path, corrected)}use metrics.x, prev.x, yoy.x, params.x, scope, period, slice, data_issues, value or threshold";
        }
    }

    private static object? Resolve(string path, MessageValues values, MessageNames names)
    {
        var segments = path.Split('.');
        switch (segments[0])
        {
            case "scope":
                return names.Scope();
            case "value":
                return values.ThresholdValue;
            case "threshold":
                return values.ThresholdLevel;
            case "period":
                return names.Period();
            case "slice":
                return names.Slice();
            case "data_issues":
                return (double)values.DataIssueCount;
            case "params":
                return segments[1] switch
                {
                    "reporting_currency" => values.Params.ReportingCurrency,
                    "hot_sector" => names.Sector(values.Params.HotSector),
                    "strategic_sectors" => names.Sectors(values.Params.StrategicSectors),
                    var number => RuleParameters.Number(number, values.Params.Parameters),
                };
        }

        var view = segments[0] switch
        {
            "prev" => values.Prev,
            "yoy" => values.Yoy,
            _ => values.Metrics,
        };
        if (view.Set is null || MetricCatalog.Find(segments[1]) is not { } accessor)
        {
            return null;
        }

        var raw = accessor.GetValue(view.Set);
        if (segments.Length == 3 && raw is IReadOnlyDictionary<string, double> map)
        {
            var keyed = typeof(MetricsView).GetProperty(accessor.PropertyName)?.GetValue(view) as KeyedMetric;
            return segments[2] switch
            {
                "max" => keyed?.Max,
                "min" => keyed?.Min,
                "max_key" => names.Key(accessor, keyed?.MaxKey),
                "min_key" => names.Key(accessor, keyed?.MinKey),
                _ => map.TryGetValue(segments[2], out var v) ? v : keyed?[segments[2]],
            };
        }

        // The top region is a region of the data: named as readers know it, like a region key.
        return accessor.JsonName == "top_region" && raw is string region ? names.Region(region) : raw;
    }

    internal static string Format(object? value, string? filter, string currency) => Format(value, filter, currency, zh: false);

    private static string Format(object? value, string? filter, string currency, bool zh)
    {
        double? number = value switch
        {
            double d => d,
            int i => i,
            decimal m => (double)m,
            _ => null,
        };
        if (value is null || (number is { } n && (double.IsNaN(n) || double.IsInfinity(n))))
        {
            return zh ? "无数据" : "n/a";
        }

        if (number is null)
        {
            return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }

        var x = number.Value;
        return filter switch
        {
            "pct" => (x * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
            "pp" => (x * 100 >= 0 ? "+" : "") + (x * 100).ToString("0.0", CultureInfo.InvariantCulture) + (zh ? "个百分点" : " pp"),
            "int" => Math.Round(x, MidpointRounding.AwayFromZero).ToString("#,##0", CultureInfo.InvariantCulture),
            "deals" => Math.Round(x, MidpointRounding.AwayFromZero) is var count && zh
                ? count.ToString("#,##0", CultureInfo.InvariantCulture) + "起"
                : count.ToString("#,##0", CultureInfo.InvariantCulture) + (count == 1 ? " deal" : " deals"),
            "money" => Reference.MoneyText.Format(x, currency, zh),
            // A parameter given in dollars (mega_round_usd) as the user wrote it: 100 M USD, 1亿美元, 150 M USD.
            "usd" => Reference.MoneyText.AsSet(x, "USD", zh),
            _ => x.ToString("#,##0.##", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A piece of text, a value to print (<see cref="Path"/>, <see cref="Filter"/>), or a branch (<see cref="If"/>).</summary>
    private sealed record Part(string? Literal, string? Path, string? Filter)
    {
        public Condition? If { get; init; }

        public IReadOnlyList<Part>? Then { get; init; }

        public IReadOnlyList<Part>? Else { get; init; }
    }

    /// <summary>A branch's comparison: <see cref="Left"/> with <see cref="RightPath"/> when it names a value, else with <see cref="Number"/>.</summary>
    private sealed record Condition(string Left, string Operator, double Number, string? RightPath);

    /// <summary>A branch while it is read.</summary>
    private sealed class Branch(Condition condition, int offset, List<Part> then, List<Part> @else)
    {
        public Condition Condition { get; } = condition;

        public int Offset { get; } = offset;

        public List<Part> Then { get; } = then;

        public List<Part> Else { get; } = @else;

        public bool InElse { get; set; }
    }
}

/// <summary>The values a message is rendered from.</summary>
/// <param name="Metrics">The scope's metrics.</param>
/// <param name="Prev">The previous period's metrics.</param>
/// <param name="Yoy">The year-earlier metrics.</param>
/// <param name="Params">The analysis parameters.</param>
/// <param name="ScopeLabel">The scope in English: <c>2025Q1</c> or <c>2025Q1, sector AI</c>.</param>
/// <param name="PeriodLabel">The period as users write it: <c>2025Q1</c> (a Chinese message words it <c>2025年第一季度</c>).</param>
/// <param name="SliceText">The slice value (<c>AI</c>); empty when unsliced.</param>
/// <param name="DataIssueCount">Data issues the loader reported.</param>
/// <param name="SliceDimension">The slice's dimension (<c>sector</c>), for the Chinese scope label; null when unsliced.</param>
/// <param name="ThresholdValue">The value the rule's threshold reads in this scope (<c>{{ value }}</c>).</param>
/// <param name="ThresholdLevel">The threshold level that value meets (<c>{{ threshold }}</c>).</param>
/// <param name="Names">
/// The names readers know sectors and regions by (the run's reference tables; the bundled ones when null): <c>slice</c>,
/// <c>scope</c>, <c>params.hot_sector</c>, <c>params.strategic_sectors</c>, <c>metrics.top_region</c> and the <c>max_key</c>
/// or <c>min_key</c> of a sector, region, stage or investor-type metric print them, and a label no table holds as the data
/// writes it (<see cref="MessageNames"/>).
/// </param>
public sealed record MessageValues(
    MetricsView Metrics,
    MetricsView Prev,
    MetricsView Yoy,
    ParamsView Params,
    string ScopeLabel,
    string PeriodLabel,
    string SliceText,
    int DataIssueCount = 0,
    string? SliceDimension = null,
    double? ThresholdValue = null,
    double? ThresholdLevel = null,
    ReaderNames? Names = null);
