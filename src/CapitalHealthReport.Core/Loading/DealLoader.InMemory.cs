using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

public static partial class DealLoader
{
    /// <summary>
    /// A load of deals already in canonical form (made by the caller, not read from a file): nothing is parsed or
    /// rejected, but the deals are reviewed like a file's (implausible dates flagged and left out of every period,
    /// currencies and country found), so an analysis takes the same defaults from them. <paramref name="name"/> names
    /// them in diagnostics; their hash is computed from the deals, field by field.
    /// </summary>
    public static LoadResult FromDeals(IEnumerable<Deal> deals, string name, LoadOptions options, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(reference);
        var checkedDeals = Checked(deals, name);
        var set = new DealSet(checkedDeals);
        options.Limits.CheckRows(set.Count, name, set.Count);
        var profile = LoadReview.Run(set.Table, options.AsOf, reference);
        var issues = new List<DataIssue>();
        foreach (var date in profile.ImplausibleDates)
        {
            issues.Add(new DataIssue(DataIssueCodes.DateImplausible, DataIssueSeverity.Warning, name, date.Line, "date", string.Create(CultureInfo.InvariantCulture, $"the date {date.Date:yyyy-MM-dd} {date.Reason}; the deal is loaded but left out of every period.")));
        }

        var statistics = new LoadStatistics
        {
            RowsRead = set.Count,
            RowsLoaded = set.Count,
            Undisclosed = set.Deals.Count(static d => d.Amount is null),
            Estimated = set.Deals.Count(static d => d.AmountEstimated),
            FirstDate = set.FirstDate,
            LastDate = set.LastDate,
            Format = "memory",
            Encoding = "",
        };
        return new LoadResult(set, issues, statistics, name, new Lazy<string>(() => Fingerprint(set)), options.Strict) { Profile = profile };
    }

    /// <summary>
    /// The deals, each with what the model requires: a null deal, or a null where the model's annotations allow none
    /// (id, company, company key, currency, investors) is the caller's mistake, named by the deal's position and id
    /// rather than found later as a <see cref="NullReferenceException"/>; no deals at all is an input error, as a
    /// file with no rows is.
    /// </summary>
    private static List<Deal> Checked(IEnumerable<Deal> deals, string name)
    {
        var list = new List<Deal>(deals is ICollection<Deal> collection ? collection.Count : 0);
        foreach (var deal in deals)
        {
            var at = list.Count;
            if (deal is null)
            {
                throw new ArgumentException($"The deal at position {at} is null.", nameof(deals));
            }

            var missing = deal.Id is null ? nameof(Deal.Id)
                : deal.Company is null ? nameof(Deal.Company)
                : deal.CompanyKey is null ? nameof(Deal.CompanyKey)
                : deal.Currency is null ? nameof(Deal.Currency)
                : deal.Investors is null ? nameof(Deal.Investors)
                : deal.Investors.Any(static i => i is null) ? "an investor name in " + nameof(Deal.Investors)
                : null;
            if (missing is not null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The deal at position {at} ('{deal.Id ?? "no id"}') has a null {missing}; give a value (an empty list for no investors)."), nameof(deals));
            }

            list.Add(deal);
        }

        return list.Count > 0
            ? list
            : throw new InputException("holds no deals. Give at least one deal.", name);
    }

    // The hash a report's provenance shows: of the deals in canonical order, field by field.
    private static string Fingerprint(DealSet set)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var d in set.Deals)
        {
            var line = string.Join('\u001f', d.Id, d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Company, d.CompanyKey, d.Sector, d.Subsector,
                d.Stage.ToString(), d.Amount?.ToString(CultureInfo.InvariantCulture), d.Currency, d.Region, d.Country, string.Join('\u001e', d.Investors)) + "\n";
            hash.AppendData(Encoding.UTF8.GetBytes(line));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
