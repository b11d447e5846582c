using CapitalHealthReport.Model;
using CapitalHealthReport.Reporting.Narrative;
using CsCheck;

namespace CapitalHealthReport.Reporting.Tests.Narrative;

public sealed class NarrativeFormatterTests
{
    private static readonly NarrativeFormatter English = new(ReportLanguage.English, "CNY");
    private static readonly NarrativeFormatter Chinese = new(ReportLanguage.Chinese, "CNY");

    [Theory]
    [InlineData(0.123, "12.3%")]
    [InlineData(0.8049, "80.5%")]
    [InlineData(0.0, "0.0%")]
    [InlineData(1.0, "100.0%")]
    [InlineData(-0.00001, "0.0%")]
    [InlineData(0.0004, "<0.1%")]
    [InlineData(0.0005, "0.1%")]
    [InlineData(0.9996, ">99.9%")]
    [InlineData(0.9994, "99.9%")]
    public void Formats_shares_as_percentages_in_both_languages(double share, string expected)
    {
        Assert.Equal(expected, English.Pct(share));
        Assert.Equal(expected, Chinese.Pct(share));
    }

    [Fact]
    public void Prints_undefined_values_as_not_available_never_zero()
    {
        Assert.Equal("—", English.Pct(null));
        Assert.Equal("—", English.Money(double.NaN));
        Assert.Equal("—", Chinese.Int(null));
        Assert.Equal("—", Chinese.Pp(double.PositiveInfinity));
    }

    [Theory]
    [InlineData(0.052, "5.2 points", "5.2个百分点")]
    [InlineData(-0.052, "-5.2 points", "-5.2个百分点")]
    [InlineData(0.01, "1.0 points", "1.0个百分点")]
    public void Formats_percentage_points(double delta, string english, string chinese)
    {
        Assert.Equal(english, English.Pp(delta));
        Assert.Equal(chinese, Chinese.Pp(delta));
    }

    [Theory]
    [InlineData(1.2e9, "1.2 bn CNY", "12.0亿元")]
    [InlineData(350e6, "350 M CNY", "3.5亿元")]
    [InlineData(35e6, "35 M CNY", "3,500万元")]
    [InlineData(3.5e6, "3.5 M CNY", "350万元")]
    [InlineData(1.23e9, "1.2 bn CNY", "12.3亿元")]
    [InlineData(66.316e9, "66.3 bn CNY", "663.2亿元")]
    [InlineData(9_999, "9,999 CNY", "9,999元")]
    public void Formats_money_in_the_reporting_currency(double amount, string english, string chinese)
    {
        Assert.Equal(english, English.Money(amount));
        Assert.Equal(chinese, Chinese.Money(amount));
    }

    [Fact]
    public void Names_other_reporting_currencies()
    {
        Assert.Equal("2.5 bn USD", new NarrativeFormatter(ReportLanguage.English, "usd").Money(2.5e9));
        Assert.Equal("25.0亿美元", new NarrativeFormatter(ReportLanguage.Chinese, "USD").Money(2.5e9));
    }

    [Theory]
    [InlineData("TWD", "5,000万新台币")]
    [InlineData("KRW", "5,000万韩元")]
    [InlineData("SGD", "5,000万新加坡元")]
    [InlineData("CHF", "5,000万瑞士法郎")]
    [InlineData("SEK", "5,000万瑞典克朗")]
    [InlineData("NOK", "5,000万挪威克朗")]
    [InlineData("DKK", "5,000万丹麦克朗")]
    [InlineData("MXN", "5,000万墨西哥比索")]
    [InlineData("BRL", "5,000万巴西雷亚尔")]
    [InlineData("PLN", "5,000万 PLN")]
    [InlineData("COP", "5,000万哥伦比亚比索")]
    [InlineData("ARS", "5,000万阿根廷比索")]
    public void Names_in_Chinese_every_currency_the_exchange_rate_table_holds_and_writes_the_code_of_others(string currency, string expected)
    {
        // Every currency fx.csv converts can be a reporting currency; one without a Chinese name keeps its ISO code.
        Assert.Equal(expected, new NarrativeFormatter(ReportLanguage.Chinese, currency).Money(5e7));
        Assert.All(Reference.ReferenceData.Default.Fx.Currencies, static c => Assert.NotNull(Reference.CurrencyNames.ChineseUnit(c)));
    }

    [Fact]
    public void Formats_integers_and_numbers_with_thousands_separators()
    {
        Assert.Equal("1,234", English.Int(1234));
        Assert.Equal("1,235", English.Int(1234.5));
        Assert.Equal("1,234.6", English.Num(1234.56));
        Assert.Equal("1,800", Chinese.Num(1800, 0));
    }

    [Theory]
    [InlineData(0.60, 0.548, "share", "up 5.2 points from 2024Q4", "较2024Q4上升5.2个百分点")]
    [InlineData(0.30, 0.35, "share", "down 5.0 points from 2024Q4", "较2024Q4下降5.0个百分点")]
    [InlineData(0.3004, 0.30, "share", "unchanged from 2024Q4", "与2024Q4持平")]
    [InlineData(352.0, 400.0, "level", "down 12% from 2024Q4", "较2024Q4下降12%")]
    [InlineData(104.0, 100.0, "level", "up 4.0% from 2024Q4", "较2024Q4上升4.0%")]
    [InlineData(100.02, 100.0, "level", "unchanged from 2024Q4", "与2024Q4持平")]
    public void Words_changes_by_direction_and_size(double current, double previous, string kind, string english, string chinese)
    {
        Assert.Equal(english, English.Change(current, previous, "2024Q4", kind));
        Assert.Equal(chinese, Chinese.Change(current, previous, "2024Q4", kind));
    }

    [Fact]
    public void Says_when_there_is_nothing_to_compare_with()
    {
        Assert.Equal("no comparable figure for 2024Q1", English.Change(0.5, null, "2024Q1", "share"));
        Assert.Equal("2024Q1无可比数据", Chinese.Change(null, 3, "2024Q1"));
        Assert.Equal("up from zero in 2024Q1", English.Change(5, 0, "2024Q1"));
    }

    [Fact]
    public void Rejects_unknown_change_kinds()
    {
        Assert.Throws<ArgumentException>(() => English.Change(1, 2, "2024Q1", "ratio"));
    }

    [Theory]
    [InlineData("error", "Serious", "严重")]
    [InlineData("Warning", "Moderate", "中等")]
    [InlineData("info", "Informational", "提示")]
    public void Labels_severities(string severity, string english, string chinese)
    {
        Assert.Equal(english, English.SeverityLabel(severity));
        Assert.Equal(chinese, Chinese.SeverityLabel(severity));
    }

    [Theory]
    [InlineData("2025Q1", "Q1 2025", "2025年第一季度")]
    [InlineData("2024Q4", "Q4 2024", "2024年第四季度")]
    [InlineData("2025H1", "H1 2025", "2025年上半年")]
    [InlineData("2024H2", "H2 2024", "2024年下半年")]
    [InlineData("2024", "2024", "2024年")]
    [InlineData("2024-01-01..2024-08-31", "January–August 2024", "2024年1—8月")]
    [InlineData("2024-01-01..2024-08-27", "1 January 2024 – 27 August 2024", "2024年1月1日至2024年8月27日")]
    public void Labels_periods_for_prose(string period, string english, string chinese)
    {
        Assert.Equal(english, English.PeriodLabel(Period.Parse(period)));
        Assert.Equal(chinese, Chinese.PeriodLabel(period));
    }

    [Fact]
    public void Change_direction_matches_the_sign_of_the_difference()
    {
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1]).Sample((current, previous) =>
        {
            var text = English.Change(current, previous, "P", "share");
            var delta = current - previous;
            if (Math.Abs(delta) < NarrativeFormatter.UnchangedSharePoints)
            {
                return text.StartsWith("unchanged", StringComparison.Ordinal);
            }

            return text.StartsWith(delta > 0 ? "up " : "down ", StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1,234.6", English.Num(1234.56));
            Assert.Equal("12.3%", English.Pct(0.123));
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal("Informational", English.SeverityLabel("INFO"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(120.0, 100.0, false, "+20%", "+20%")]
    [InlineData(96.1, 100.0, false, "−3.9%", "−3.9%")]
    [InlineData(0.58, 0.562, true, "+1.8 pts", "+1.8个百分点")]
    [InlineData(0.58, 0.5801, true, "±0", "±0")]
    [InlineData(5.0, 0.0, false, "—", "—")]
    public void Signed_changes_for_tables_carry_the_sign_of_the_difference(double current, double previous, bool share, string english, string chinese)
    {
        Assert.Equal(english, English.SignedChange(current, previous, share));
        Assert.Equal(chinese, Chinese.SignedChange(current, previous, share));
        Assert.Equal("—", English.SignedChange(current, null, share));
    }

    [Theory]
    [InlineData(0.8000347, 0.8, "80.003%")]
    [InlineData(0.855, 0.8, "85.5%")]
    [InlineData(0.0676, 0.15, "6.8%")]
    public void Shares_beside_a_threshold_show_the_decimals_that_tell_them_apart(double share, double threshold, string expected)
    {
        Assert.Equal(expected, English.PctBeside(share, threshold));
    }
}
