using System.Globalization;
using System.Linq.Expressions;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Rules.Expressions;
using CapitalHealthReport.Text;
using CapitalHealthReport.Yaml;

namespace CapitalHealthReport.Rules;

/// <summary>
/// Reads one rule of a pack in small steps: each key into its field (<see cref="ReadEntry"/>), then the threshold
/// (building <c>when</c>/<c>escalate</c> from it or checking them against it), then the required keys and the
/// escalations, and finally the descriptor. Every problem is collected with its location; a rule with a problem is
/// not built.
/// </summary>
internal sealed class RuleReader
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "id", "title", "severity", "scope", "when", "escalate", "threshold", "min_deals", "message", "description", "condition_text", "about", "tags",
    };

    /// <summary>The keys that may also be given per language, as <c>title_zh-CN</c>.</summary>
    private static readonly string[] TranslatedKeys = ["condition_text", "description", "message", "title"];

    private readonly YMapping _map;
    private readonly string _file;
    private readonly string? _category;
    private readonly List<ValidationProblem> _problems;
    private readonly SortedDictionary<DiagnosticSeverity, Condition> _escalate = [];
    private readonly Dictionary<DiagnosticSeverity, YScalar> _escalateKeys = [];
    private readonly List<MetricReference> _references = [];
    private readonly List<string> _tags = [];
    private readonly List<(string Key, MessageTemplate Template, YNode Node)> _templates = [];
    private string? _id;
    private string? _title;
    private string? _message;
    private string? _description;
    private string? _conditionText;
    private readonly SortedDictionary<string, RuleText> _translations = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _about = new(StringComparer.Ordinal);
    private string _scope = ScopeKinds.Period;
    private DiagnosticSeverity? _severity;
    private int? _minDeals;
    private Condition? _when;
    private (RuleThreshold Threshold, YNode Node)? _threshold;

    private RuleReader(YMapping map, string file, string? category, List<ValidationProblem> problems)
    {
        _map = map;
        _file = file;
        _category = category;
        _problems = problems;
    }

    /// <summary>The rule, or null (with its problems added to <paramref name="problems"/>).</summary>
    public static CompiledRule? Read(YNode node, string file, string? category, List<ValidationProblem> problems)
    {
        if (node is not YMapping map)
        {
            problems.Add(new ValidationProblem(file, node.Line, node.Column, "each rule is a mapping (id, title, severity, scope, when or threshold, message, description)."));
            return null;
        }

        return new RuleReader(map, file, category, problems).Read();
    }

    private CompiledRule? Read()
    {
        var before = _problems.Count;
        foreach (var (key, value) in _map.Entries)
        {
            ReadEntry(key, value);
        }

        var severity = _severity ?? _threshold?.Threshold.Levels[0].Severity ?? DiagnosticSeverity.Warning;
        if (_threshold is { } threshold)
        {
            ApplyThreshold(threshold.Threshold, threshold.Node, severity);
        }

        CheckRequired();
        CheckEscalations(severity);
        CheckThresholdPlaceholders();
        if (_problems.Count > before || _id is null || _title is null || _when is null || _message is null || _description is null || _category is null)
        {
            return null;
        }

        var descriptor = new RuleDescriptor(_id, _title, _category, severity, _scope, _when.Text,
            new SortedDictionary<string, string>(_escalate.ToDictionary(e => Severities.Name(e.Key), e => e.Value.Text), StringComparer.Ordinal), _minDeals, _message, _description.Trim(), _tags,
            $"docs/rules/{_id}.md", _file)
        {
            Threshold = _threshold?.Threshold,
            ConditionText = _conditionText?.Trim(),
            About = _about,
            Translations = _translations,
        };
        var messages = _translations.Where(t => t.Value.Message is not null)
            .ToDictionary(t => t.Key, t => MessageTemplate.Parse(t.Value.Message!, out _), StringComparer.Ordinal);
        var conditions = new Dictionary<string, ConditionPosition>(StringComparer.Ordinal) { ["when"] = new(_when.Node.Line, _when.Node.Column) };
        foreach (var (level, condition) in _escalate)
        {
            conditions["escalate." + Severities.Name(level)] = new(condition.Node.Line, condition.Node.Column);
        }

        return new CompiledRule(descriptor, MessageTemplate.Parse(_message, out _), _references.Distinct().ToList(), _map.Line, _map.Column)
        {
            Translations = messages,
            Conditions = conditions,
        };
    }

    private void ReadEntry(YScalar key, YNode value)
    {
        switch (key.Value)
        {
            case "id":
                ReadId(value);
                break;
            case "title":
                _title = Scalar(value, "title");
                break;
            case "severity":
                ReadSeverity(value);
                break;
            case "scope":
                ReadScope(value);
                break;
            case "when":
                _when = Expression(value, "when");
                break;
            case "escalate":
                ReadEscalate(value);
                break;
            case "threshold":
                _threshold = ThresholdReader.Read(value, _file, _problems);
                break;
            case "min_deals":
                ReadMinDeals(value);
                break;
            case "message":
                _message = Message(value, "message");
                break;
            case "condition_text":
                _conditionText = Scalar(value, "condition_text");
                break;
            case "description":
                _description = Scalar(value, "description");
                break;
            case "tags":
                ReadTags(value);
                break;
            case "about":
                ReadAbout(value);
                break;
            case var other when TranslatedKeys.Any(k => other.Length > k.Length + 1 && other.StartsWith(k + "_", StringComparison.Ordinal)):
                ReadTranslation(key, value);
                break;
            default:
                _problems.Add(RuleCatalog.UnknownKey(_file, key, Keys));
                break;
        }
    }

    /// <summary>Reads <c>title_zh-CN</c> and the like: the key's text in another language than English.</summary>
    private void ReadTranslation(YScalar key, YNode value)
    {
        var name = TranslatedKeys.Where(k => key.Value.StartsWith(k + "_", StringComparison.Ordinal)).MaxBy(k => k.Length)!;
        var language = key.Value[(name.Length + 1)..];
        if (!RuleLanguages.Translated.Contains(language, StringComparer.Ordinal))
        {
            Problem(key, $"unknown language '{language}' in '{key.Value}'; {Spelling.BeforeList(key.Value, RuleLanguages.Translated.Select(l => $"{name}_{l}"))}a pack's plain keys are English, and it may add {string.Join(", ", RuleLanguages.Translated.Select(l => $"'{name}_{l}'"))}.");
            return;
        }

        var text = name == "message" ? Message(value, key.Value) : Scalar(value, key.Value);
        if (text is null)
        {
            return;
        }

        text = language == RuleLanguages.Chinese ? ChineseLines.Join(text) : text;

        var current = _translations.GetValueOrDefault(language) ?? new RuleText(null, null, null, null);
        _translations[language] = name switch
        {
            "title" => current with { Title = text },
            "message" => current with { Message = text },
            "description" => current with { Description = text.Trim() },
            _ => current with { Condition = text.Trim() },
        };
    }

    private void ReadId(YNode value)
    {
        _id = Scalar(value, "id");
        if (_id is null)
        {
            return;
        }

        if (!RuleCategories.IsWellFormedId(_id))
        {
            Problem(value, $"rule id '{_id}' must be CH followed by four digits (e.g. CH1001).");
        }
        else if (_category is not null && _id[2] != RuleCategories.DigitOf(_category))
        {
            Problem(value, $"rule id {_id} does not match category {_category}: its ids start with CH{RuleCategories.DigitOf(_category)}.");
        }
    }

    private void ReadSeverity(YNode value)
    {
        var text = Scalar(value, "severity");
        if (text is null)
        {
            return;
        }

        var parsed = Severities.TryParse(text);
        if (parsed is null or DiagnosticSeverity.None)
        {
            Problem(value, $"bad severity '{text}'; {Spelling.BeforeList(text, Severities.RuleLevels)}a rule's default severity is error, warning or info.");
        }
        else
        {
            _severity = parsed.Value;
        }
    }

    private void ReadScope(YNode value)
    {
        var text = Scalar(value, "scope");
        if (text is null)
        {
            return;
        }

        if (ScopeKinds.All.Contains(text, StringComparer.Ordinal))
        {
            _scope = text;
        }
        else
        {
            Problem(value, $"unknown scope '{text}'; {Spelling.BeforeList(text, ScopeKinds.All)}use one of {string.Join(", ", ScopeKinds.All)}.");
        }
    }

    private void ReadEscalate(YNode value)
    {
        if (value is not YMapping escalations)
        {
            Problem(value, "'escalate' maps a severity to a stricter condition, e.g. 'error: Metrics.Hhi > 2500'.");
            return;
        }

        foreach (var (level, condition) in escalations.Entries)
        {
            var parsed = Severities.TryParse(level.Value);
            if (parsed is null or DiagnosticSeverity.None)
            {
                Problem(level, $"bad severity '{level.Value}' in 'escalate'; {Spelling.BeforeList(level.Value, Severities.RuleLevels)}use error, warning or info.");
                continue;
            }

            _escalateKeys[parsed.Value] = level;
            if (Expression(condition, "escalate." + level.Value) is { } expression)
            {
                _escalate[parsed.Value] = expression;
            }
        }
    }

    private void ReadMinDeals(YNode value)
    {
        var text = Scalar(value, "min_deals");
        if (text is null)
        {
            return;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var min))
        {
            _minDeals = min;
        }
        else
        {
            Problem(value, $"min_deals '{text}' must be a whole number of deals (0 or more).");
        }
    }

    private string? Message(YNode value, string key)
    {
        var text = Scalar(value, key);
        if (text is null)
        {
            return null;
        }

        var template = MessageTemplate.Parse(text, out var templateProblems);
        _templates.Add((key, template, value));
        foreach (var (offset, problem) in templateProblems)
        {
            Problem(value, $"{key}, at character {(offset + 1).ToString(CultureInfo.InvariantCulture)}: {problem}.");
        }

        return text;
    }

    /// <summary>Reads <c>about: { region: top_region }</c>: slice dimensions and the metrics that name their values.</summary>
    private void ReadAbout(YNode value)
    {
        if (value is not YMapping about)
        {
            Problem(value, "'about' maps a slice dimension to the metric that names its value, e.g. '{ region: top_region }'.");
            return;
        }

        foreach (var (dimension, metric) in about.Entries)
        {
            if (!SliceDimensions.All.Contains(dimension.Value, StringComparer.Ordinal))
            {
                Problem(dimension, $"unknown dimension '{dimension.Value}' in 'about'; {Spelling.BeforeList(dimension.Value, SliceDimensions.All)}use one of {string.Join(", ", SliceDimensions.All)}.");
                continue;
            }

            if (Scalar(metric, "about." + dimension.Value) is not { } path)
            {
                continue;
            }

            if (RuleSubjects.Check(path.Trim()) is { } problem)
            {
                Problem(metric, $"'about.{dimension.Value}': {problem}.");
                continue;
            }

            _about[dimension.Value] = path.Trim();
        }
    }

    private void ReadTags(YNode value)
    {
        if (value is not YSequence tagList)
        {
            Problem(value, "'tags' must be a list, e.g. [seed, policy].");
            return;
        }

        foreach (var tag in tagList.Items)
        {
            if (Scalar(tag, "tags") is { } text)
            {
                _tags.Add(text);
            }
        }
    }

    /// <summary>
    /// Builds <c>when</c> from the level of the default severity and each escalation from the stricter levels, or, for
    /// conditions written by hand, checks that each tests its level; an escalation without a level is an error.
    /// </summary>
    private void ApplyThreshold(RuleThreshold threshold, YNode node, DiagnosticSeverity severity)
    {
        if (ThresholdReader.CheckOrder(threshold) is { } disorder)
        {
            Problem(node, $"rule {_id}: {disorder}.");
            return;
        }

        if (threshold.LevelFor(severity) is null)
        {
            Problem(node, $"rule {_id}: the threshold has no {Severities.Name(severity)} level, the rule's default severity; add one or change 'severity'.");
            return;
        }

        foreach (var level in threshold.Levels.Where(l => l.Severity > severity))
        {
            Problem(node, $"rule {_id}: the threshold's {Severities.Name(level.Severity)} level is less severe than the rule's default severity {Severities.Name(severity)}.");
        }

        _when = Agree(threshold, threshold.LevelFor(severity)!, _when, "when");
        foreach (var level in threshold.Levels.Where(l => l.Severity < severity))
        {
            if (Agree(threshold, level, _escalate.GetValueOrDefault(level.Severity), "escalate." + Severities.Name(level.Severity)) is { } condition)
            {
                _escalate[level.Severity] = condition;
            }
        }

        foreach (var level in _escalate.Keys.Where(k => threshold.LevelFor(k) is null))
        {
            Problem(_escalateKeys.GetValueOrDefault(level) ?? node,
                $"rule {_id}: 'escalate.{Severities.Name(level)}' has no level in the threshold; add '{Severities.Name(level)}: …' to 'threshold.{ThresholdReader.Name(threshold.Comparison)}' or remove the escalation.");
        }
    }

    /// <summary>The condition of a level: <paramref name="written"/> when it tests the level, else a located problem; built from the level when absent.</summary>
    private Condition? Agree(RuleThreshold threshold, ThresholdLevel level, Condition? written, string key)
    {
        var text = ThresholdExpression.Condition(threshold, level);
        var (problem, references, built) = RuleExpressions.Parse(text);
        if (problem is not null || built is null)
        {
            Problem(_threshold!.Value.Node, $"rule {_id}: the threshold gives the condition '{text}', which is not usable: {problem}.");
            return null;
        }

        if (written is null)
        {
            _references.AddRange(references);
            return new Condition(text, built, _threshold!.Value.Node);
        }

        if (!ThresholdExpression.IsTestedBy(built, written.Parsed))
        {
            Problem(written.Node,
                $"rule {_id}: '{key}' does not test the threshold's {Severities.Name(level.Severity)} level ({text}); make '{text}' one of its '&&' terms, or remove '{key}' to build it from the threshold.");
            return null;
        }

        return written;
    }

    private void CheckRequired()
    {
        foreach (var (required, present) in new[] { ("id", _id), ("title", _title), ("message", _message), ("description", _description) })
        {
            if (present is null && !_map.Entries.Any(e => e.Key.Value == required))
            {
                Problem(_map, $"rule {_id ?? "(no id)"} has no '{required}:'.");
            }
        }

        if (_when is null && !_map.Entries.Any(e => e.Key.Value is "when" or "threshold"))
        {
            Problem(_map, $"rule {_id ?? "(no id)"} has no 'when:' (or a 'threshold:' to build it from).");
        }
    }

    private void CheckEscalations(DiagnosticSeverity severity)
    {
        foreach (var level in _escalate.Keys.Where(l => l >= severity))
        {
            Problem(_escalateKeys.GetValueOrDefault(level) ?? (YNode)_map, $"rule {_id}: 'escalate' to {Severities.Name(level)} is not stricter than its default severity {Severities.Name(severity)}.");
        }
    }

    private void CheckThresholdPlaceholders()
    {
        if (_map.Entries.Any(e => e.Key.Value == "threshold"))
        {
            return;
        }

        foreach (var (key, _, node) in _templates.Where(t => t.Template.UsesThreshold))
        {
            Problem(node, $"'{key}' uses {{{{ value }}}} or {{{{ threshold }}}}, which only a rule with a 'threshold:' can fill; name the metric instead ({{{{ metrics.x | pct }}}}).");
        }
    }

    private Condition? Expression(YNode value, string key)
    {
        var text = Scalar(value, key);
        if (text is null)
        {
            return null;
        }

        var (problem, found, parsed) = RuleExpressions.Parse(text);
        if (problem is not null || parsed is null)
        {
            Problem(value, $"'{key}': {problem}.");
            return null;
        }

        _references.AddRange(found);
        return new Condition(text.Trim(), parsed, value);
    }

    private string? Scalar(YNode value, string key)
    {
        if (value is YScalar scalar && !scalar.IsNull && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value;
        }

        Problem(value, $"'{key}' must be a single non-empty value, not {(value is YScalar ? "empty" : value.Kind)}.");
        return null;
    }

    private void Problem(YNode node, string reason) => _problems.Add(new ValidationProblem(_file, node.Line, node.Column, reason));

    /// <summary>A condition's text, its parsed tree and where it is written (the threshold's node when built from it).</summary>
    private sealed record Condition(string Text, Expression Parsed, YNode Node);
}
