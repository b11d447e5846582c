using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class CrunchbaseTests
{
    [Fact]
    public void Loads_the_2013_rounds_export_through_its_mapping_without_losing_a_row()
    {
        var deals = RepositoryPaths.RequireSharedDataset("crunchbase-2013/crunchbase-rounds.csv");
        var mapping = Path.Combine(RepositoryPaths.Root, "data", "mappings", "crunchbase-2013.yaml");

        var result = DealLoader.Load(new LoadOptions { DealsPath = deals, MappingPath = mapping }, TempDeals.Reference);

        // Every row is read and loaded; the 14 dated before 1990 (1960-01-01 placeholders among them) are reported and
        // belong to no period: the figures below the first block are those of the 31,665 deals in scope.
        var s = result.Statistics;
        Assert.Equal(31_679, s.RowsRead);
        Assert.Equal(31_679, s.RowsLoaded);
        Assert.Equal(0, s.RowsRejected);
        Assert.Equal(14, s.WarningsByReason["implausible date (in no period)"].Count);
        Assert.Equal(14, result.Profile.ImplausibleDates.Count);
        Assert.All(result.Profile.ImplausibleDates, d => Assert.True(d.Date.Year < 1990));
        Assert.True(s.LinesWithInvalidBytes > 0);
        Assert.All(result.Issues, i => Assert.Contains(i.Code, new[] { DataIssueCodes.InvalidBytes, DataIssueCodes.DateImplausible }));
        Assert.All(result.Deals.Deals, d => Assert.Equal("USD", d.Currency));
        Assert.Equal(new DateOnly(2013, 10, 1), result.LastPlausibleDate);

        var scoped = result.Deals.InScope(result.LastPlausibleDate!.Value);
        Assert.Equal(31_665, scoped.Count);
        Assert.Equal(2_570, scoped.Deals.Count(d => d.Amount is null));
        Assert.Equal(29_095, scoped.Deals.Count(d => d.Amount is not null));
        Assert.Equal("USD", result.Profile.SingleCurrency);
        Assert.Equal(0, result.Profile.CurrencyAssumedDeals);
        Assert.Equal("US", result.Profile.Country);
        Assert.Equal(63, result.Profile.Duplicates.ExactRows);
        Assert.Equal(61, result.Profile.Duplicates.Exact.Count);
        Assert.Equal(16, result.Profile.Duplicates.ProbableRows);
        Assert.NotNull(TempDeals.Reference.Baseline.ForCountry(result.Profile.Country!));
        Assert.All(result.Deals.Deals.Where(d => d.Region is not null), d => Assert.True(TempDeals.Reference.Baseline.ForCountry("US")!.Shares.ContainsKey(d.Region!) || TempDeals.Reference.Regions.Find(d.Region!) is null, d.Region));
        Assert.Equal(12_639, scoped.Deals.Count(d => d.Region == "California"));
        Assert.Equal(6_521, scoped.Deals.Count(d => d.Stage == Stage.A));
        Assert.Equal(7_936, scoped.Deals.Count(d => d.Stage == Stage.Unknown));
        Assert.Empty(s.UnmappedStages);
        Assert.Equal("/company/waywire", result.Deals.Deals.Single(d => d.Company == "#waywire").CompanyKey);
    }
}
