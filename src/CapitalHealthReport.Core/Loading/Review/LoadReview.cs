using System.Globalization;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// What is decided once every row is read: the amount column's number format (values that read both ways are read
/// again in it), the implausible dates (their deals stay loaded, flagged <see cref="DealTable.DateImplausible"/> and
/// reported, and no period takes them in), the currency of deals written with <c>¥</c> alone (yen in a Japanese
/// export, else yuan) and of deals that name none, and the <see cref="DataProfile"/>:
/// encoding, currencies, country, duplicates, new categories and <c>fill_down</c> suggestions.
/// </summary>
internal static class LoadReview
{
    /// <summary>Reviews the loaded <paramref name="table"/> of a file; the warnings go to <paramref name="issues"/>.</summary>
    public static DataProfile Run(DealTable table, DealRowMapper mapper, DealCollector collector, IssueLog issues, IReadOnlyList<string> columns, DealMapping mapping, LoadOptions options, ReferenceData reference, string encodingReason)
    {
        var numberFormat = mapper.DecideNumbers(table, mapper.AmountColumn(columns));
        var (dates, lastPlausible) = FlagImplausible(table, options.AsOf, issues, mapper.DateColumn(columns));
        var (datedByPeriod, coveredThrough) = DatedByPeriod(table, options.AsOf);
        var dropped = collector.ExactDuplicates;
        var profile = new DataProfile(() => Duplicates.Find(table, dropped))
        {
            EncodingReason = encodingReason,
            NumberFormat = numberFormat,
            AmountUnit = mapper.AmountUnit,
            MilThousands = mapper.Mil,
            DateOrder = mapper.DateOrder,
            StateCodes = mapper.StateCodes,
            NaValues = mapping.NaValues.Count == 0 ? MissingValues.Default.Values : new MissingValues(mapping.NaValues).Values,
            ImplausibleDates = dates,
            LastPlausibleDate = lastPlausible,
            DatedByPeriod = datedByPeriod,
            CoveredThrough = coveredThrough,
            NewCategories = NewCategories(mapping, reference),
            FillDownSuggestions = mapper.Fill.Suggestions(mapper.RowsRead),
            FilledDown = mapper.Fill.Filled(),
            CellFormatCurrencies = mapper.CellFormats,
            CellFormatUnits = mapper.CellUnits,
        };
        DataDefaults.DescribeCountry(table, reference, profile);
        profile.YenSigns = DataDefaults.ReadYenSigns(table, profile.Country, mapping.Currency, reference.Regions);
        profile.AssumedCurrencyBasis = DataDefaults.ReadUnnamedInTheOthersCurrency(table) is not null ? CurrencyAssumption.OtherDeals
            : DataDefaults.ReadUnnamedInTheCountrysCurrency(table, profile.Country, reference.Fx) is not null ? CurrencyAssumption.Country
            : CurrencyAssumption.Default;
        DataDefaults.DescribeCurrencies(table, profile);
        return profile;
    }

    /// <summary>Reviews deals given in memory: implausible dates, currencies and country (nothing was parsed, so no number format or encoding).</summary>
    public static DataProfile Run(DealTable table, DateOnly? asOf, ReferenceData reference)
    {
        var (dates, lastPlausible) = FlagImplausible(table, asOf, null, null);
        var profile = new DataProfile(() => Duplicates.Find(table, []))
        {
            ImplausibleDates = dates,
            LastPlausibleDate = lastPlausible,
        };
        DataDefaults.DescribeCountry(table, reference, profile);
        DataDefaults.DescribeCurrencies(table, profile);
        return profile;
    }

    /// <summary>Flags the rows whose dates are implausible and warns about each (<see cref="DataIssueCodes.DateImplausible"/>).</summary>
    private static (List<ImplausibleDate> Dates, DateOnly? LastPlausible) FlagImplausible(DealTable table, DateOnly? asOf, IssueLog? issues, string? dateColumn)
    {
        var (rows, lastPlausible) = ImplausibleDates.Find(table.Day.AsSpan(0, table.Count), asOf);
        var dates = new List<ImplausibleDate>(rows.Count);
        foreach (var (row, reason) in rows)
        {
            var date = table.Date(row);
            table.Flags[row] |= DealTable.DateImplausible;
            dates.Add(new ImplausibleDate(table.Line[row], date, reason));
            issues?.Warn(DataIssueCodes.DateImplausible, table.Line[row], dateColumn, string.Create(CultureInfo.InvariantCulture, $"the date {date:yyyy-MM-dd} {reason}; the deal is loaded but left out of every period."));
        }

        return (dates, lastPlausible);
    }

    /// <summary>
    /// The plausible deals dated by their month or quarter alone, and the last day those dates cover (clamped to
    /// <paramref name="asOf"/>); null when there are none.
    /// </summary>
    private static ((int Months, int Quarters) Counts, DateOnly? Through) DatedByPeriod(DealTable table, DateOnly? asOf)
    {
        var flags = table.Flags.AsSpan(0, table.Count);
        if (flags.IndexOfAnyInRange(DealTable.MonthAlone, byte.MaxValue) < 0)
        {
            return ((0, 0), null);
        }

        int months = 0, quarters = 0;
        DateOnly? through = null;
        for (var row = 0; row < flags.Length; row++)
        {
            if ((flags[row] & (DealTable.MonthAlone | DealTable.QuarterAlone)) == 0 || (flags[row] & DealTable.DateImplausible) != 0)
            {
                continue;
            }

            months += (flags[row] & DealTable.MonthAlone) != 0 ? 1 : 0;
            quarters += (flags[row] & DealTable.QuarterAlone) != 0 ? 1 : 0;
            var last = table.Through(row);
            through = through is { } latest && latest >= last ? latest : last;
        }

        return ((months, quarters), through is { } day && asOf is { } publication && day > publication ? publication : through);
    }

    private static List<NewCategory> NewCategories(DealMapping mapping, ReferenceData reference)
    {
        var result = new List<NewCategory>();
        foreach (var (source, target) in mapping.Sectors.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (reference.Sectors.Map(target) is null && reference.Sectors.Find(target) is null)
            {
                result.Add(new NewCategory("sector", source, target));
            }
        }

        foreach (var (source, target) in mapping.Regions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (reference.Regions.Map(target) is null && reference.Regions.Find(target) is null)
            {
                result.Add(new NewCategory("region", source, target));
            }
        }

        return result;
    }
}
