using System.Text;

namespace CapitalHealthReport.Reporting.Tests.Library;

/// <summary>An analysis of an export whose dates show their order of day and month says so, in English and in Chinese.</summary>
public sealed class DateOrderNoteTests
{
    [Fact]
    public void The_analysis_notes_the_order_the_dates_were_read_in_both_languages()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Date,Company,Amount\n02/03/2025,Alfa,$2m\n02/23/2025,Beta,$5m\n"));

        var analysis = Analysis.Run(new AnalysisOptions { Deals = DealSource.FromStream(stream, "us.csv") });

        var note = Assert.Single(analysis.Notes, n => n.Code == "date-order-from-values");
        Assert.Equal(new DateOnly(2025, 2, 3), analysis.Load.Deals.Deals.Single(d => d.Company == "Alfa").Date);
        Assert.Equal("note: the dates of us.csv are read month/day/year: '02/23/2025' (line 3) can be read only that way, and no date can be read only day/month/year; set date_format: MM/dd/yyyy in a mapping file to say so.", note.ToString());
        Assert.Equal("us.csv的日期按月/日/年读取：“02/23/2025”（第3行）只能如此理解，且没有日期只能按日/月/年理解；可在映射文件中设置 date_format: MM/dd/yyyy 明确指定。", note.Chinese);
    }
}
