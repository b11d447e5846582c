using System.Globalization;
using System.Text;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// Files of several batches are mapped and collected on two threads: the steps that need the whole file or rows in
/// order (the amount column's number format, fill_down, joined fields, dedupe) give the same deals as on a small file.
/// </summary>
public sealed class LoaderStepsAcrossBatchesTests
{
    private const int Rows = (MappedRows.Capacity * 2) + 500;

    [Fact]
    public void Reads_every_grouped_amount_again_when_a_value_deep_in_the_file_shows_a_decimal_comma()
    {
        using var temp = new TempDeals();
        var text = new StringBuilder("date,company,amount\n");
        for (var i = 0; i < Rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"2023-01-{(i % 28) + 1:00},C{i},707.630\n");
        }

        text.Append("2023-02-01,Last,\"1.234,5\"\n");

        var result = temp.LoadCsv(text.ToString());

        Assert.Equal(Rows + 1, result.Statistics.RowsLoaded);
        Assert.Equal(Rows, result.Deals.Deals.Count(d => d.Amount == 707_630m));
        Assert.Equal(1_234.5m, result.Deals.Deals.Single(d => d.Company == "Last").Amount);
        Assert.Equal("decimal ',', thousands '.'", result.Profile.NumberFormat!.Format);
        Assert.False(result.Profile.NumberFormat.Assumed);
    }

    [Fact]
    public void Keeps_the_decimal_point_reading_when_a_value_shows_a_decimal_point_after_the_first_batch()
    {
        using var temp = new TempDeals();
        var text = new StringBuilder("date,company,amount\n");
        for (var i = 0; i < Rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"2023-01-{(i % 28) + 1:00},C{i},\"1,500\"\n");
        }

        text.Append("2023-02-01,Last,2.25\n");

        var result = temp.LoadCsv(text.ToString());

        Assert.Equal(Rows, result.Deals.Deals.Count(d => d.Amount == 1_500m));
        Assert.Equal(2.25m, result.Deals.Deals.Single(d => d.Company == "Last").Amount);
        Assert.Equal("decimal '.', thousands ','", result.Profile.NumberFormat!.Format);
    }

    [Fact]
    public void Fills_the_company_down_across_batches_in_file_order()
    {
        using var temp = new TempDeals();
        var text = new StringBuilder("date,company,amount\n");
        for (var i = 0; i < Rows; i++)
        {
            var company = i % 3 == 0 ? $"Group {i / 3}" : "";
            text.Append(CultureInfo.InvariantCulture, $"2023-01-{(i % 28) + 1:00},{company},{i + 1}\n");
        }

        var result = temp.LoadCsv(text.ToString(), mapping: "fill_down: [company]\n");

        Assert.Equal(Rows, result.Statistics.RowsLoaded);
        var byAmount = result.Deals.Deals.ToDictionary(d => d.Amount!.Value);
        for (var i = 0; i < Rows; i++)
        {
            Assert.Equal($"Group {i / 3}", byAmount[i + 1].Company);
        }

        Assert.Equal(Rows - ((Rows + 2) / 3), result.Profile.FilledDown["company"]);
    }

    [Fact]
    public void Suggests_fill_down_when_a_grouped_file_is_read_without_it()
    {
        using var temp = new TempDeals();
        var text = new StringBuilder("date,company,amount\n");
        for (var i = 0; i < Rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"2023-01-{(i % 28) + 1:00},{(i % 2 == 0 ? $"Group {i}" : "")},{i + 1}\n");
        }

        var result = temp.LoadCsv(text.ToString(), allowEmpty: true);

        Assert.Equal(Rows / 2, result.Statistics.RejectedByReason["company missing"].Count);
        var suggestion = Assert.Single(result.Profile.FillDownSuggestions);
        Assert.Equal("company", suggestion.Field);
        Assert.Equal(Rows / 2, suggestion.Rows);
    }

    [Fact]
    public void Drops_exact_duplicates_across_batches_and_names_the_line_they_repeat()
    {
        using var temp = new TempDeals();
        var text = new StringBuilder("date,company,amount\n");
        for (var i = 0; i < Rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"2023-01-{(i % 28) + 1:00},C{i},{i + 1}\n");
        }

        text.Append("2023-01-01,C0,1\n");

        var result = temp.LoadCsv(text.ToString(), mapping: "dedupe: exact\n");

        Assert.Equal(Rows, result.Statistics.RowsLoaded);
        Assert.Equal(1, result.Statistics.RejectedByReason["exact duplicate (dedupe: exact)"].Count);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(Rows + 2, issue.Line);
        Assert.Contains("repeats line 2 exactly", issue.Message, StringComparison.Ordinal);
        var group = Assert.Single(result.Profile.Duplicates.Exact);
        Assert.Equal([2, Rows + 2], group.Lines);
        Assert.Equal(1, result.Profile.Duplicates.ExactDropped);
    }

    [Fact]
    public void Joins_two_json_lines_keys_into_one_stage_even_when_the_second_key_appears_late()
    {
        using var temp = new TempDeals();
        var text = new StringBuilder();
        for (var i = 0; i < Rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""{"funded_at":"2012-01-{{(i % 28) + 1:00}}","company":"C{{i}}","round_type":"venture"}""").Append('\n');
        }

        text.Append("""{"funded_at":"2012-02-01","company":"Late","round_type":"venture","round_code":"b"}""").Append('\n');
        var deals = temp.Write("rounds.jsonl", text.ToString());
        var mapping = temp.Write("mapping.yaml", "columns:\n  date: funded_at\n  stage: [round_type, round_code]\nstages:\n  venture: Unknown\n");

        var result = temp.Load(deals, mapping);

        Assert.Equal(Rows + 1, result.Statistics.RowsLoaded);
        Assert.Equal(Stage.B, result.Deals.Deals.Single(d => d.Company == "Late").Stage);
        Assert.Equal(Rows, result.Deals.Deals.Count(d => d.Stage == Stage.Unknown));
        Assert.Empty(result.Statistics.UnmappedStages);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(Rows)]
    public void Reads_mil_as_a_thousand_in_a_json_amount_key_named_in_Portuguese_wherever_the_key_first_appears(int objectsBefore)
    {
        using var temp = new TempDeals();
        var text = new StringBuilder();
        for (var i = 0; i < objectsBefore; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""{"data":"2024-01-{{(i % 28) + 1:00}}","empresa":"C{{i}}"}""").Append('\n');
        }

        text.Append("""{"data":"2024-02-01","empresa":"Late","valor":"800 mil"}""").Append('\n');

        var result = temp.Load(temp.Write("rodadas.jsonl", text.ToString()));

        Assert.Equal(objectsBefore + 1, result.Statistics.RowsLoaded);
        Assert.Equal(800_000m, result.Deals.Deals.Single(d => d.Company == "Late").Amount);
        Assert.Equal(1, result.Profile.MilThousands.ByColumnName);
    }

    [Fact]
    public void Reads_missing_value_markers_as_empty_in_every_field()
    {
        using var temp = new TempDeals();
        var result = temp.LoadCsv("date,company,sector,region,stage,amount\n2020-01-05,A,nan,N/A,-,nan\n2020-01-06,B,Fintech,—,NA,#N/A\n2020-01-07,-,AI,Beijing,A,5\n", allowEmpty: true);

        Assert.Equal(2, result.Statistics.RowsLoaded);
        Assert.Equal(1, result.Statistics.RejectedByReason["company missing"].Count);
        var a = result.Deals.Deals.Single(d => d.Company == "A");
        Assert.Null(a.Sector);
        Assert.Null(a.Region);
        Assert.Equal(Stage.Unknown, a.Stage);
        Assert.Null(a.Amount);
        Assert.Empty(result.Statistics.UnmappedSectors);
        Assert.Empty(result.Statistics.UnmappedRegions);
        Assert.Empty(result.Statistics.UnmappedStages);
    }
}
