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

        var s = result.Statistics;
        Assert.Equal(31_679, s.RowsRead);
        Assert.Equal(31_679, s.RowsLoaded);
        Assert.Equal(0, s.RowsRejected);
        Assert.Equal(2_579, s.Undisclosed);
        Assert.Equal(29_100, result.Deals.Deals.Count(d => d.Amount is not null));
        Assert.True(s.LinesWithInvalidBytes > 0);
        Assert.All(result.Issues, i => Assert.Equal(DataIssueCodes.InvalidBytes, i.Code));
        Assert.All(result.Deals.Deals, d => Assert.Equal("USD", d.Currency));
        Assert.Equal(12_644, result.Deals.Deals.Count(d => d.Region == "California"));
        Assert.Equal(6_523, result.Deals.Deals.Count(d => d.Stage == Stage.A));
        Assert.Equal(7_941 + 0, result.Deals.Deals.Count(d => d.Stage == Stage.Unknown));
        Assert.Empty(s.UnmappedStages);
        Assert.Equal("/company/waywire", result.Deals.Deals.Single(d => d.Company == "#waywire").CompanyKey);
    }
}
