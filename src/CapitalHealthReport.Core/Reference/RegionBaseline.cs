using System.Globalization;

namespace CapitalHealthReport.Reference;

/// <summary>
/// Each region's expected share of activity (GDP weights), the denominator of the location quotient, kept per country
/// (<c>data/reference/region-baseline.csv</c> for China, <c>region-baseline-us.csv</c> for the US states,
/// <c>region-baseline-in.csv</c> for the Indian states), each with the source its file names. Weights are normalised
/// to sum to 1 within a country; keys in ordinal order. <see cref="Shares"/> is the first country's (China's for the
/// bundled tables); <see cref="ForCountry"/> gives another's.
/// </summary>
public sealed class RegionBaseline
{
    private readonly SortedDictionary<string, RegionBaseline> _byCountry = new(StringComparer.Ordinal);

    /// <summary>A baseline of one country (or of unnamed regions when <paramref name="country"/> is null).</summary>
    public RegionBaseline(IReadOnlyDictionary<string, double> weights, string? country = null, string? source = null)
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
        Country = country;
        Source = source;
        if (country is not null)
        {
            _byCountry[country] = this;
        }
    }

    private RegionBaseline(IReadOnlyList<RegionBaseline> countries)
    {
        var first = countries[0];
        Shares = first.Shares;
        Country = first.Country;
        Source = first.Source;
        foreach (var baseline in countries)
        {
            if (baseline.Country is not null && !_byCountry.TryAdd(baseline.Country, baseline))
            {
                throw new ArgumentException($"Two baselines are given for {baseline.Country}.", nameof(countries));
            }
        }
    }

    /// <summary>The shares of <see cref="Country"/>'s regions.</summary>
    public IReadOnlyDictionary<string, double> Shares { get; }

    /// <summary>ISO 3166 alpha-2 code of the country <see cref="Shares"/> covers; null when not known.</summary>
    public string? Country { get; }

    /// <summary>Where the weights come from, as the baseline file names it; null when it names none.</summary>
    public string? Source { get; }

    /// <summary>The countries with a baseline, ordinal order.</summary>
    public IReadOnlyList<string> Countries => [.. _byCountry.Keys];

    /// <summary>
    /// The baseline of <paramref name="country"/> (an ISO code or a name <see cref="CountryNames"/> knows: <c>US</c>,
    /// <c>USA</c>, <c>India</c>, <c>中国</c>), or null when there is none.
    /// </summary>
    public RegionBaseline? ForCountry(string country)
    {
        var code = CountryNames.Code(country) ?? country.Trim().ToUpperInvariant();
        return _byCountry.GetValueOrDefault(code);
    }

    /// <summary>
    /// This baseline with <paramref name="country"/>'s shares as <see cref="Shares"/> (the others still found by
    /// <see cref="ForCountry"/>): this one when that country already leads, null when it has no baseline.
    /// </summary>
    public RegionBaseline? LedBy(string country)
    {
        if (ForCountry(country) is not { } chosen)
        {
            return null;
        }

        return chosen.Country == Country ? this : Combine([chosen, .. _byCountry.Values.Where(b => b.Country != chosen.Country)]);
    }

    /// <summary>One baseline holding several countries'; the first gives <see cref="Shares"/>.</summary>
    public static RegionBaseline Combine(IReadOnlyList<RegionBaseline> countries)
    {
        ArgumentOutOfRangeException.ThrowIfZero(countries.Count);
        return countries.Count == 1 ? countries[0] : new RegionBaseline(countries);
    }

    /// <summary>
    /// Reads one baseline file (<c>region,gdp_weight</c>; a <c># source: …</c> comment names the source); regions must
    /// be canonical names of one country.
    /// </summary>
    public static RegionBaseline Load(string path, RegionDirectory regions) => Parse(ReferenceFiles.ReadText(path), Path.GetFileName(path), regions);

    /// <summary>Reads a baseline table from its <paramref name="text"/>; errors name <paramref name="file"/>.</summary>
    public static RegionBaseline Parse(string text, string file, RegionDirectory regions)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        string? country = null;
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

            var region = regions.Find(fields[0])
                ?? throw new InputException($"has the region '{fields[0]}', which is not a canonical region of regions.yaml.", file, line, 1);
            if (country is not null && region.Country != country)
            {
                throw new InputException($"mixes countries: {fields[0]} is in {region.Country}, the rows before it in {country}.", file, line, 1, "Keep one country per baseline file.");
            }

            country = region.Country;
            if (!double.TryParse(fields[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight) || weight < 0)
            {
                throw new InputException($"has the weight '{fields[1]}', which is not a non-negative number.", file, line);
            }

            if (!weights.TryAdd(fields[0], weight))
            {
                throw new InputException($"lists {fields[0]} twice.", file, line, 1);
            }
        }

        return new RegionBaseline(weights, country, SourceOf(text));
    }

    /// <summary>The text after <c># source:</c> in the file's comments.</summary>
    private static string? SourceOf(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var comment = line.Trim();
            if (comment.StartsWith("# source:", StringComparison.OrdinalIgnoreCase))
            {
                return comment["# source:".Length..].Trim();
            }
        }

        return null;
    }
}
