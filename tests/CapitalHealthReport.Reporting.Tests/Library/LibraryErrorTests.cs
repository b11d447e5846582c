using CapitalHealthReport.Limits;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Reporting.Tests.Library;

/// <summary>
/// Errors a .NET caller meets name the option properties it sets (<c>AnalysisOptions.Where</c>,
/// <c>ResourceLimits.MaxRows</c>), not command-line flags; the command line's wording of the same error names the flags.
/// </summary>
public sealed class LibraryErrorTests
{
    private static readonly Period Quarter = Period.Parse("2025Q1");

    [Fact]
    public void A_filter_value_no_deal_has_names_the_filter_as_AnalysisOptions_Where()
    {
        var error = Assert.Throws<InputException>(() => Analysis.Run(new AnalysisOptions { Period = Quarter, Where = [new Filter("sector", "Mining")] }).Period);

        Assert.StartsWith("the filter sector=Mining (AnalysisOptions.Where) matches no deal; the sector values in the data are: ", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("--where sector=Mining matches no deal; the sector values in the data are: ", error.MessageIn(Wording.CommandLine), StringComparison.Ordinal);
        Assert.DoesNotContain("--", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_that_excludes_names_AnalysisOptions_Where_in_its_reason_and_hint()
    {
        var error = Assert.Throws<InputException>(() => new Filter("sector!", "AI"));

        Assert.Equal("the filter 'sector!=AI' (AnalysisOptions.Where): a filter keeps the deals whose field is the value given; it cannot exclude a value or compare with one.", error.Reason);
        Assert.Equal("Name the values to keep, one AnalysisOptions.Where each: the filter sector=Energy (AnalysisOptions.Where) the filter sector=Health (AnalysisOptions.Where) keeps the deals of either sector.", error.Hint);
        Assert.Equal(
            "--where 'sector!=AI': a filter keeps the deals whose field is the value given; it cannot exclude a value or compare with one. Name the values to keep, one --where each: --where sector=Energy --where sector=Health keeps the deals of either sector.",
            error.MessageIn(Wording.CommandLine));
    }

    [Fact]
    public void A_file_over_the_row_limit_names_ResourceLimits_MaxRows()
    {
        var options = new AnalysisOptions { Period = Quarter, Limits = ResourceLimits.Default with { MaxRows = 100 } };

        var error = Assert.Throws<LimitExceededException>(() => Analysis.Run(options).Period);

        Assert.Equal("holds more than 100 data rows (the row limit was reached at line 102).", error.Reason);
        Assert.Equal("Filter the export to the periods you report on, or raise the limit with ResourceLimits.MaxRows.", error.Hint);
        Assert.Equal((Settings.MaxRows, "--max-rows"), (error.Setting, error.Flag));
        Assert.EndsWith("or raise the limit with --max-rows.", error.MessageIn(Wording.CommandLine), StringComparison.Ordinal);
        Assert.DoesNotContain("--", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_that_is_not_positive_names_the_ResourceLimits_property()
    {
        var error = Assert.Throws<InputException>(() => (ResourceLimits.Default with { MaxColumns = 0 }).Validate());

        Assert.Equal("ResourceLimits.MaxColumns must be a positive number, not 0.", error.Message);
        Assert.Equal("--max-columns must be a positive number, not 0.", error.MessageIn(Wording.CommandLine));
    }

    [Fact]
    public void A_missing_deals_file_names_LoadOptions_DealsPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "capitalhealth-no-such-export", "deals.csv");

        var error = Assert.Throws<InputException>(() => Analysis.Run(new AnalysisOptions { Deals = DealSource.FromFile(path) }).Period);

        Assert.Equal($"{path}: The deals file was not found. Check the LoadOptions.DealsPath path.", error.Message);
        Assert.Equal($"{path}: The deals file was not found. Check the --deals path.", error.MessageIn(Wording.CommandLine));
    }

    [Fact]
    public void A_series_by_range_names_the_period_kinds_a_series_takes()
    {
        var analysis = Analysis.Run(new AnalysisOptions { Period = Quarter });

        var error = Assert.Throws<InputException>(() => analysis.Series(PeriodKind.Range, []));

        Assert.Equal("A series is by quarter, half or year. Use PeriodKind.Quarter, PeriodKind.Half or PeriodKind.Year.", error.Message);
        Assert.Equal("A series is by quarter, half or year. Use --series quarter, --series half or --series year.", error.MessageIn(Wording.CommandLine));
    }
}
