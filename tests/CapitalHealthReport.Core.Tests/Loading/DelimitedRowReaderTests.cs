using CapitalHealthReport.Limits;
using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class DelimitedRowReaderTests
{
    /// <summary>The header (as row 0) and every row, with its line, as the reader gives them.</summary>
    private static List<(int Line, string[] Fields)> ReadAll(string text, char delimiter = ',') => ReadAll(text, delimiter, new IssueLog("t.csv", strict: false));

    private static List<(int Line, string[] Fields)> ReadAll(string text, char delimiter, IssueLog issues)
    {
        using var reader = new DelimitedRowReader(new StringReader(text), delimiter, "csv", System.Text.Encoding.UTF8, issues, ResourceLimits.Default);
        var rows = new List<(int, string[])> { (reader.HeaderLine, [.. reader.Columns]) };
        while (reader.Read())
        {
            var fields = new List<string>();
            for (var i = 0; !reader[i].IsEmpty || i < reader.Columns.Count; i++)
            {
                fields.Add(reader[i].ToString());
            }

            rows.Add((reader.Line, [.. fields]));
        }

        return rows;
    }

    [Fact]
    public void Skips_rows_of_empty_cells_as_blank_rows()
    {
        // Spreadsheets export their empty rows as delimiters only; a row with one value is a row.
        var text = "a,b,c\n1,2,3\n,,\n , ,\u3000\n,x,\n\n4,5,6\n";
        using var reader = new DelimitedRowReader(new StringReader(text), ',', "csv", System.Text.Encoding.UTF8, new IssueLog("t.csv", strict: false), ResourceLimits.Default);
        var lines = new List<int>();
        while (reader.Read())
        {
            lines.Add(reader.Line);
        }

        Assert.Equal([2, 5, 7], lines);
        Assert.Equal(3, reader.BlankRows);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Reads_every_line_end_style(string newline)
    {
        var rows = ReadAll($"a,b{newline}1,2{newline}3,4{newline}");

        Assert.Equal([1, 2, 3], rows.Select(r => r.Line));
        Assert.Equal(["3", "4"], rows[2].Fields);
    }

    [Fact]
    public void Keeps_physical_line_numbers_across_quoted_newlines()
    {
        var rows = ReadAll("a,b\r\n\"multi\r\nline\nvalue\",x\r\n\"say \"\"hi\"\"\",y\r\n\r\nlast,z");

        Assert.Equal([1, 2, 5, 7], rows.Select(r => r.Line));
        Assert.Equal("multi\r\nline\nvalue", rows[1].Fields[0]);
        Assert.Equal("say \"hi\"", rows[2].Fields[0]);
        Assert.Equal(["last", "z"], rows[3].Fields);
    }

    [Fact]
    public void Keeps_empty_fields_including_a_trailing_one()
    {
        var rows = ReadAll("h1,h2,h3,h4\na,,c,\n");

        Assert.Equal(["a", "", "c", ""], rows[1].Fields);
    }

    [Theory]
    [InlineData("a,b,c\n1,2,3", ',')]
    [InlineData("a;b;c\n1;2;3", ';')]
    [InlineData("a\tb\tc\n1\t2\t3", '\t')]
    [InlineData("a|b|c\n1|2|3", '|')]
    [InlineData("\"x;y\",b,c\n1,2,3", ',')]
    public void Detects_the_delimiter_from_the_header(string text, char expected) => Assert.Equal(expected, DelimitedRowReader.DetectDelimiter(text));

    [Fact]
    public void Refuses_a_field_longer_than_one_megabyte()
    {
        var text = "a,b\n1," + new string('x', 10 * 1024 * 1024) + "\n";

        var ex = Assert.Throws<InputException>(() => ReadAll(text));

        Assert.Contains("longer than 1 MB", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Refuses_a_quote_that_is_never_closed()
    {
        var ex = Assert.Throws<InputException>(() => ReadAll("a,b\n1,\"open\n2,3\n"));

        Assert.Contains("never closed", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Refuses_a_nul_character_with_its_line_and_column()
    {
        var ex = Assert.Throws<InputException>(() => ReadAll("a,b\n1,2\n3,x\0y\n"));

        Assert.Contains("NUL", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ex.Line);
        Assert.Equal(4, ex.Column);
    }

    [Fact]
    public void Warns_about_missing_and_non_empty_extra_fields_only()
    {
        var issues = new IssueLog("t.csv", strict: false);

        ReadAll("a,b,c\n1,2\n1,2,3,\n1,2,3,4\n", ',', issues);

        Assert.Equal([(DataIssueCodes.MissingFields, 2), (DataIssueCodes.ExtraFields, 4)], issues.Sorted().Select(i => (i.Code, i.Line)));
    }
}
