using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules;
using CapitalHealthReport.Text;

namespace CapitalHealthReport;

/// <summary>
/// Checks the configuration's <c>hot_sector</c> and <c>strategic_sectors</c> against the sector taxonomy and the data: a
/// sector neither knows is a typo (<c>Enrgy</c>) that would silently measure nothing, so it is refused at the line of
/// the configuration that names it, the way a <c>--where</c> value no deal has is.
/// </summary>
internal static class SectorParameterCheck
{
    /// <summary>How many known sectors an error lists.</summary>
    private const int SectorsShown = 30;

    /// <summary>Throws an <see cref="InputException"/> at the configuration's line for a sector the taxonomy and the data lack.</summary>
    public static void EnsureKnown(AnalysisConfig config, SectorTaxonomy taxonomy, CanonicalTerms terms, DealSet deals)
    {
        List<string>? known = null;
        foreach (var written in config.ParameterValues)
        {
            if (written.Name is not ("hot_sector" or "strategic_sectors") || written.Text.Length == 0)
            {
                continue;
            }

            var canonical = terms.Value(SliceDimensions.Sector, written.Text);
            if (taxonomy.All.Any(s => string.Equals(s.Name, canonical, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // The deals are read only for a name the taxonomy lacks: a sector of the data's own, or a typo.
            known ??= Known(taxonomy, deals);
            if (known.Contains(canonical, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var effect = written.Name == "hot_sector"
                ? "so the hot-sector metrics and the rules that read them would measure nothing"
                : "so strategic_sectors_amount would leave it out";
            var shown = string.Join(", ", known.Take(SectorsShown)) + (known.Count > SectorsShown ? $", … ({known.Count} in all)" : "");
            throw new InputException(
                $"{written.Name} '{written.Text}' is neither a sector of the taxonomy nor one in the data, {effect}.{Spelling.Suggestion(written.Text, known)}",
                config.SourcePath ?? AnalysisConfig.DefaultFileName,
                written.Line,
                written.Column,
                hint: $"Known sectors: {shown} (Chinese names and aliases of data/reference/sectors.yaml are read too).");
        }
    }

    /// <summary>The taxonomy's sectors, then any other sector the deals have (unmapped labels, a mapping's new sectors).</summary>
    private static List<string> Known(SectorTaxonomy taxonomy, DealSet deals)
    {
        var names = taxonomy.All.Select(static s => s.Name).ToList();
        var seen = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        foreach (var sector in deals.Deals.Select(static d => d.Sector).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (seen.Add(sector))
            {
                names.Add(sector);
            }
        }

        return names;
    }
}
