using System.Text.Json;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Model.Claims;

/// <summary>A claim that its data does not bear out, and why.</summary>
public sealed record ClaimViolation(Claim Claim, string Problem)
{
    public override string ToString() => $"{Claim.Kind} {Claim.Metric}{(Claim.Key is null ? "" : "[" + Claim.Key + "]")} {Claim.ScopeLabel}: {Problem} — \"{Claim.Text}\"";
}

/// <summary>
/// Holds a report's claims to the data they rest on: every cited rule has a matching finding (active, accepted or,
/// for an indicator within range, absent though the rule judged the scope); every direction word matches the sign
/// and size of its change; every number matches the metrics JSON of its scope and appears in the sentence as the
/// report's language formats it; nothing but its size and thinness is said of a scope below <c>min_deals</c>; and no
/// sentence holds "n/a".
/// </summary>
public static class ClaimChecker
{
    /// <summary>The violations of a report model's claims; empty when every claim holds.</summary>
    public static IReadOnlyList<ClaimViolation> Check(ReportModel model)
    {
        var evidence = model.Evidence ?? throw new InvalidOperationException("The report model carries no evidence to check its claims against.");
        var language = ReportLanguages.Parse(model.Report.Language);
        return Check(model.Claims, evidence, language);
    }

    internal static IReadOnlyList<ClaimViolation> Check(IReadOnlyList<Claim> claims, ClaimEvidence evidence, ReportLanguage language)
    {
        var json = new MetricsLookup(evidence.Engine, claims.Select(static c => c.Scope).Concat(claims.SelectMany(static c => c.Scopes.Select(static s => s.Scope))));
        var format = new NarrativeFormatter(language, evidence.Engine.Parameters.ReportingCurrency);
        var violations = new List<ClaimViolation>();
        foreach (var claim in claims)
        {
            var check = new ClaimCheck(claim, evidence, json, format, language);
            violations.AddRange(check.Run().Select(problem => new ClaimViolation(claim, problem)));
        }

        // A period the rules can judge has 3–6 headlines; a thin one may have fewer (there is less to say).
        var headlines = claims.Count(static c => c.IsHeadline);
        var fewest = claims.Any(static c => c.Kind == ClaimKind.Thin && c.Section == ClaimSections.Market) ? 1 : HeadlineSelector.Fewest;
        if (claims.Count > 0 && headlines is var count && (count < fewest || count > HeadlineSelector.Most))
        {
            violations.Add(new ClaimViolation(claims[0], $"the summary has {count} headlines; it needs {fewest} to {HeadlineSelector.Most}"));
        }

        return violations;
    }

    /// <summary>The metrics JSON (as <c>metrics --format json</c> writes it) of the scopes the claims cite, read back.</summary>
    internal sealed class MetricsLookup
    {
        private readonly Dictionary<string, JsonElement> _scopes = new(StringComparer.Ordinal);

        public MetricsLookup(MetricsEngine engine, IEnumerable<Scope> scopes)
        {
            var distinct = scopes.Distinct().ToList();
            using var stream = new MemoryStream();
            MetricsJson.Write(stream, new MetricsDocument(engine.Parameters.ReportingCurrency, distinct.Count > 0 ? distinct[0].Period.Label : "", null, engine.Filters, distinct.Select(engine.ComputeWithComparisons).ToList()));
            using var document = JsonDocument.Parse(stream.ToArray());
            var index = 0;
            foreach (var scope in document.RootElement.GetProperty("scopes").EnumerateArray())
            {
                _scopes[Key(distinct[index++])] = scope.Clone();
            }
        }

        /// <summary>The scope's <c>metrics</c>, <c>prev</c> or <c>yoy</c> object; null when JSON has null there.</summary>
        public JsonElement? Part(Scope scope, string part) =>
            _scopes.TryGetValue(Key(scope), out var element) && element.GetProperty(part) is { ValueKind: JsonValueKind.Object } found ? found : null;

        private static string Key(Scope scope) => scope.Label;
    }
}
