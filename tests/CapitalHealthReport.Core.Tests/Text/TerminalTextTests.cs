using CapitalHealthReport.Text;

namespace CapitalHealthReport.Core.Tests.Text;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b[31mred\u001b[0m", "\\x1b[31mred\\x1b[0m")]
    [InlineData("nul\0byte", "nul\\x00byte")]
    [InlineData("bell\u0007", "bell\\x07")]
    [InlineData("del\u007f c1\u0085", "del\\x7f c1\\x85")]
    [InlineData("right\u202eleft", "right\\u202eleft")]
    [InlineData("two\nlines", "two\\x0alines")]
    [InlineData("tab\tstays, 北京 too", "tab\tstays, 北京 too")]
    public void Control_characters_are_shown_in_C_notation(string text, string expected)
    {
        Assert.Equal(expected, TerminalText.Escape(text));
    }

    [Fact]
    public void Line_breaks_can_be_kept_for_multi_line_output()
    {
        Assert.Equal("a\nb\\x1b", TerminalText.Escape("a\nb\u001b", keepLineBreaks: true));
    }

    [Fact]
    public void The_terminal_writer_escapes_and_shortens_each_line()
    {
        var inner = new StringWriter();
        var writer = new TerminalWriter(inner);

        writer.WriteLine($"error: '{new string('v', 5000)}\u001b' is wrong");

        var text = inner.ToString();
        Assert.True(text.Length < 400, text);
        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("…' is wrong", text, StringComparison.Ordinal);
    }
}
