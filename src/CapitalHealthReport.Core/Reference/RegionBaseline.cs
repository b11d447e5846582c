using System.Globalization;

namespace CapitalHealthReport.Reference;

/// <summary>
/// Each region's expected share of activity (<c>data/reference/region-baseline.csv</c>, GDP weights), the
/// denominator of the location quotient. Weights are normalised to sum to 1; keys in ordinal order.
/// </summary>
public sealed class RegionBaseline
{
    public RegionBaseline(IReadOnlyDictionary<string, double> weights)
    {
        var total = 0.0;
        foreach (var (region, weight) in weights)
        {
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentException($"The weight of {region} must be a non-negative number.", nameof(weights));
            }

            total += weight;
        }

        var shares = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (region, weight) in weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            shares[region] = total > 0 ? weight / total : 0;
        }

        Shares = shares;
    }

    public IReadOnlyDictionary<string, double> Shares { get; }

    /// <summary>Reads <c>region-baseline.csv</c> (<c>region,gdp_weight</c>); regions must be canonical names.</summary>
    public static RegionBaseline Load(string path, RegionDirectory regions) => Parse(ReferenceFiles.ReadText(path), Path.GetFileName(path), regions);

    /// <summary>Reads the table from its <paramref name="text"/>; errors name <paramref name="file"/>.</summary>
    public static RegionBaseline Parse(string text, string file, RegionDirectory regions)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var first = true;
        foreach (var (line, fields) in ReferenceFiles.ReadCsv(text))
        {
            if (first)
            {
                first = false;
                if (fields.Length != 2 || fields[0] != "region")
                {
                    throw new InputException("must start with the header 'region,<weight>' (for example region,gdp_weight).", file, line, 1);
                }

                continue;
            }

            if (fields.Length != 2)
            {
                throw new InputException($"has {fields.Length} fields; expected 2 (region,weight).", file, line, 1);
            }

            if (regions.Find(fields[0]) is null)
            {
                throw new InputException($"has the region '{fields[0]}', which is not a canonical region of regions.yaml.", file, line, 1);
            }

            if (!double.TryParse(fields[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight) || weight < 0)
            {
                throw new InputException($"has the weight '{fields[1]}', which is not a non-negative number.", file, line);
            }

            if (!weights.TryAdd(fields[0], weight))
            {
                throw new InputException($"lists {fields[0]} twice.", file, line, 1);
            }
        }

        return new RegionBaseline(weights);
    }
}
