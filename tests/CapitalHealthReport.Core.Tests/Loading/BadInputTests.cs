using System.Text;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>Every "bad input" of the loader: a clear message naming the file (and line where there is one), no stack trace, nothing lost silently.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDeals _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Reports_a_missing_file()
    {
        var ex = Assert.Throws<InputException>(() => _temp.Load(Path.Combine(_temp.Folder, "absent.csv")));

        Assert.Contains("not found", ex.Message, StringComparison.Ordinal);
        Assert.Contains("absent.csv", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\n  \n")]
    [InlineData("\uFEFF")]
    public void Reports_an_empty_file(string text)
    {
        var ex = Assert.Throws<InputException>(() => _temp.LoadCsv(text));

        Assert.Contains("is empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_header_without_rows()
    {
        var ex = Assert.Throws<InputException>(() => _temp.LoadCsv("date,company,amount\r\n"));

        Assert.Contains("header but no data rows", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Names_a_missing_required_column_and_lists_the_columns_found()
    {
        var ex = Assert.Throws<InputException>(() => _temp.LoadCsv("when,company,amount\n2024-01-01,A,1\n"));

        Assert.Contains("no 'date' column", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Columns found: when, company, amount", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Write a mapping file with 'columns: { date: <your column> }' (see docs/data.md), and pass it with LoadOptions.MappingPath.", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("to guess a mapping from the file, or write one with 'columns: { date: <your column> }' (see docs/data.md), and pass it with --mapping.", ex.MessageIn(Wording.CommandLine), StringComparison.Ordinal);
    }

    [Fact]
    public void Points_at_the_mapping_line_of_a_column_the_file_lacks()
    {
        var ex = Assert.Throws<InputException>(() => _temp.LoadCsv("when,company\n2024-01-01,A\n", mapping: "columns:\n  date: funded_at\n"));

        Assert.Equal("mapping.yaml", ex.File);
        Assert.Equal(2, ex.Line);
        Assert.Equal(9, ex.Column);
        Assert.Contains("'funded_at'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Columns found: when, company", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_ten_megabyte_field()
    {
        var text = "date,company,amount\n2024-01-01,\"" + new string('x', 10 * 1024 * 1024) + "\",1\n";

        var ex = Assert.Throws<InputException>(() => _temp.LoadCsv(text));

        Assert.Contains("longer than 1 MB", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Refuses_binary_garbage()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = _temp.WriteBytes("garbage.csv", bytes);

        var ex = Assert.Throws<InputException>(() => _temp.Load(path));

        Assert.Contains("not a text file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_xlsx_that_is_not_a_zip()
    {
        var path = _temp.Write("deals.xlsx", "date,company,amount\n2024-01-01,A,1\n");

        var ex = Assert.Throws<InputException>(() => _temp.Load(path));

        Assert.Contains("not an XLSX workbook", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a ZIP archive", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_corrupt_zip_named_xlsx()
    {
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04 }.Concat(Encoding.ASCII.GetBytes(new string('z', 200))).ToArray();
        var path = _temp.WriteBytes("broken.xlsx", bytes);

        var ex = Assert.Throws<InputException>(() => _temp.Load(path));

        Assert.Contains("broken.xlsx", ex.Message, StringComparison.Ordinal);
        Assert.Contains("XLSX", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_xlsx_given_as_csv()
    {
        var path = Path.Combine(_temp.Folder, "deals.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(path, new[] { new Dictionary<string, object> { ["date"] = "2024-01-01", ["company"] = "A" } });
        var renamed = Path.Combine(_temp.Folder, "deals.csv");
        File.Move(path, renamed);

        var ex = Assert.Throws<InputException>(() => _temp.Load(renamed));

        Assert.Contains("ZIP archive", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_old_binary_xls()
    {
        var path = _temp.WriteBytes("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3]);

        var ex = Assert.Throws<InputException>(() => _temp.Load(path));

        Assert.Contains(".xlsx", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_folder_given_as_deals_file()
    {
        var ex = Assert.Throws<InputException>(() => _temp.Load(_temp.Folder));

        Assert.Contains("is a folder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_pipe_that_sends_nothing_instead_of_waiting_forever()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fifo = Path.Combine(_temp.Folder, "deals.csv");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var before = CapitalHealthReport.Loading.DealFileBytes.StallTimeout;
        CapitalHealthReport.Loading.DealFileBytes.StallTimeout = TimeSpan.FromSeconds(2);
        try
        {
            var ex = Assert.Throws<InputException>(() => _temp.Load(fifo));

            Assert.Contains("sent no data for 2 s", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            CapitalHealthReport.Loading.DealFileBytes.StallTimeout = before;

            // Open and close the pipe's writing end, so that the reader still waiting on it ends.
            File.WriteAllText(fifo, "");
        }
    }
}
