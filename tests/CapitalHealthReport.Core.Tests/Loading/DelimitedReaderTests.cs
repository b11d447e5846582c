using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class DelimitedReaderTests
{
    private static List<(int Line, string[] Fields)> ReadAll(string text, char delimiter = ',')
    {
        var reader = new DelimitedReader(new StringReader(text), delimiter, "t.csv");
        var rows = new List<(int, string[])>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.Field(i).ToString();
            }

            rows.Add((reader.Line, fields));
        }

        return rows;
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
        var rows = ReadAll("a,,c,\n");

        Assert.Equal(["a", "", "c", ""], rows[0].Fields);
    }

    [Theory]
    [InlineData("a,b,c\n1,2,3", ',')]
    [InlineData("a;b;c\n1;2;3", ';')]
    [InlineData("a\tb\tc\n1\t2\t3", '\t')]
    [InlineData("a|b|c\n1|2|3", '|')]
    [InlineData("\"x;y\",b,c\n1,2,3", ',')]
    public void Detects_the_delimiter_from_the_header(string text, char expected) => Assert.Equal(expected, DelimitedReader.DetectDelimiter(text));

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
}
