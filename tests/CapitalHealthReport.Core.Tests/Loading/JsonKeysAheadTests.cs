using System.Text;
using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// JSON exports often leave out a key whose value is null, so the first object need not hold every key of the file:
/// the keys of the first objects decide the fields together, and a region key seen only later is reported.
/// </summary>
public sealed class JsonKeysAheadTests : IDisposable
{
    private readonly TempDeals _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_region_key_missing_from_the_first_objects_is_still_the_region_not_the_country()
    {
        var path = _temp.Write("deals.jsonl",
            "{\"date\":\"2025-01-15\",\"company\":\"A\",\"amount\":5000000,\"currency\":\"USD\",\"country\":\"United States\"}\n" +
            "{\"date\":\"2025-02-15\",\"company\":\"B\",\"amount\":1000000,\"currency\":\"USD\",\"country\":\"United States\",\"region\":\"CA\"}\n" +
            "{\"date\":\"2025-02-16\",\"company\":\"C\",\"amount\":2000000,\"currency\":\"USD\",\"country\":\"United States\",\"region\":\"NY\"}\n");

        var result = _temp.Load(path);

        Assert.Null(result.Statistics.RegionFromCountryColumn);
        Assert.Equal([null, "California", "New York"], result.Deals.Deals.OrderBy(d => d.Company, StringComparer.Ordinal).Select(d => d.Region));
        Assert.DoesNotContain(result.Issues, i => i.Code == DataIssueCodes.LateRegionKey);
    }

    [Fact]
    public void A_json_array_whose_first_element_leaves_out_the_region_reads_the_region_too()
    {
        var path = _temp.Write("deals.json",
            "[\n  {\"date\": \"2025-01-15\", \"company\": \"A\", \"country\": \"US\"},\n" +
            "  {\"date\": \"2025-02-15\", \"company\": \"B\", \"country\": \"US\", \"region\": \"TX\"}\n]\n");

        var result = _temp.Load(path);

        Assert.Null(result.Statistics.RegionFromCountryColumn);
        Assert.Equal("Texas", result.Deals.Deals.Single(d => d.Company == "B").Region);
    }

    [Fact]
    public void A_first_object_without_a_company_is_one_rejected_row_not_a_file_without_companies()
    {
        var path = _temp.Write("deals.jsonl",
            "{\"date\":\"2025-01-15\",\"sector\":\"AI\"}\n" +
            "{\"date\":\"2025-02-15\",\"company\":\"B\",\"sector\":\"AI\"}\n");

        var result = _temp.Load(path);

        Assert.Equal(2, result.Statistics.RowsRead);
        Assert.Equal("B", Assert.Single(result.Deals.Deals).Company);
        var rejected = Assert.Single(result.Issues, i => i.Severity == DataIssueSeverity.Warning && i.Code.StartsWith("CHD0", StringComparison.Ordinal));
        Assert.Equal(DataIssueCodes.CompanyMissing, rejected.Code);
        Assert.Equal(1, rejected.Line);
    }

    [Fact]
    public void A_file_whose_first_objects_name_no_company_says_how_many_objects_were_looked_at()
    {
        var path = _temp.Write("deals.jsonl", "{\"date\":\"2025-01-15\",\"name\":\"A\"}\n{\"date\":\"2025-01-16\",\"name\":\"B\"}\n");

        var error = Assert.Throws<InputException>(() => _temp.Load(path));

        Assert.Contains("has no 'company' key in any of its first 2 objects", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void A_region_key_first_seen_after_the_objects_read_ahead_is_reported_where_it_appears_and_read_once_mapped()
    {
        var lines = new StringBuilder();
        var total = MappedRows.Capacity + 200;
        for (var i = 0; i < total; i++)
        {
            var region = i >= MappedRows.Capacity + 100 ? ",\"region\":\"CA\"" : "";
            lines.Append("{\"date\":\"2025-01-").Append(((i % 28) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture))
                .Append("\",\"company\":\"C").Append(i).Append("\",\"country\":\"United States\"").Append(region).Append("}\n");
            if (i == 10)
            {
                lines.Append('\n');
            }
        }

        // The blank line after the 11th object moves every later object down a line.
        var firstWithRegion = MappedRows.Capacity + 100 + 2;
        var path = _temp.Write("late.jsonl", lines.ToString());

        var result = _temp.Load(path);

        var late = Assert.Single(result.Issues, i => i.Code == DataIssueCodes.LateRegionKey);
        Assert.Equal(firstWithRegion, late.Line);
        Assert.Contains("key 'region' first appears on this line, after the first 4,096 objects", late.Message, StringComparison.Ordinal);
        Assert.Contains("columns: { region: \"region\" }", late.Message, StringComparison.Ordinal);
        Assert.Equal("country", result.Statistics.RegionFromCountryColumn);
        Assert.All(result.Deals.Deals, d => Assert.Equal("United States", d.Region));

        var mapping = _temp.Write("late.yaml", "columns:\n  region: region\n");
        var mapped = _temp.Load(path, mapping);
        Assert.DoesNotContain(mapped.Issues, i => i.Code == DataIssueCodes.LateRegionKey);
        Assert.Equal(100, mapped.Deals.Deals.Count(d => d.Region == "California"));
        Assert.Equal(total - 100, mapped.Deals.Deals.Count(d => d.Region is null));
    }
}
