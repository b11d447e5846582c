using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Pdf.Tests.TextEngine;

/// <summary>
/// Chinese text around numbers, ranges and Latin words: at every line width, no line breaks inside a bracketed range,
/// a number, a date, a Latin word, a stage name or an amount with its currency sign; between ideographs it still breaks.
/// </summary>
public sealed class CjkBreakRulesTests : IDisposable
{
    private readonly FontSet _fonts = TextKit.Fonts();

    public void Dispose() => _fonts.Dispose();

    [Theory]
    [InlineData("人工智能的融资额占比（0–1）在本季度持续上升，集中度显著提高。", "（0–1）")]
    [InlineData("头部企业的占比（0-1）和基尼系数（0–1）均有上升。", "（0-1）")]
    [InlineData("2023–2024年间融资事件共计351起，金额约200亿元。", "2023–2024")]
    [InlineData("报告期为2025/03/31截止的季度，数据来自IT桔子。", "2025/03/31")]
    [InlineData("其中Series B及以后轮次占比达到63.5%，远高于其他领域。", "63.5%")]
    [InlineData("Pre-A轮融资事件减少了三成，天使轮也有所下降。", "Pre-A")]
    [InlineData("单笔最大融资为￥1,200,000,000，由多家机构联合投资。", "￥1,200,000,000")]
    [InlineData("人工智能芯片企业Cambricon在本季度获得了大额融资。", "Cambricon")]
    [InlineData("区间为3~5年的基金占比上升，期限结构出现变化。", "3~5")]
    public void No_line_breaks_inside_a_protected_span_at_any_width(string text, string span)
    {
        var block = _fonts.Shape(TextKit.Runs(text));
        var start = text.IndexOf(span, StringComparison.Ordinal);
        var end = start + span.Length;
        var spanWidth = _fonts.Shape(TextKit.Runs(span)).MaxContentWidth;

        // Below the widest unbreakable piece (the span with the punctuation kinsoku binds to it) a line must break somewhere.
        for (var width = Math.Max(spanWidth, block.MinContentWidth) + 0.5f; width < block.MaxContentWidth; width += 1f)
        {
            foreach (var boundary in Boundaries(text, block.BreakLines(width)))
            {
                Assert.False(boundary > start && boundary < end, $"At {width} pt a line breaks inside '{span}' of '{text}'.");
            }
        }
    }

    [Fact]
    public void Lines_still_break_between_ideographs_next_to_a_protected_span()
    {
        const string text = "人工智能的融资额占比（0–1）在本季度持续上升，集中度显著提高。";
        var block = _fonts.Shape(TextKit.Runs(text));

        var lines = block.BreakLines(block.MaxContentWidth / 2f);

        Assert.InRange(lines.Count, 2, 3);
        Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
        Assert.Contains(lines, l => l.Text.Contains("（0–1）", StringComparison.Ordinal));
    }

    [Fact]
    public void Justified_Chinese_lines_fill_the_width_and_keep_kinsoku()
    {
        const string text = "资本涌向少数热门赛道的后期企业，挤占了种子期、其他战略性产业（能源、农业食品、水务、健康）和其他地区的资金。一人工生产的数据显示：“早期投资”占比持续下降！";
        var block = _fonts.Shape(TextKit.Runs(text));
        var width = block.MaxContentWidth / 3.3f;

        var lines = block.BreakLines(width);

        Assert.True(lines.Count >= 4);
        Assert.All(lines, line => Assert.DoesNotMatch("^[，。、；：！？）》」』】〉”’…]", line.Text));
        Assert.All(lines, line => Assert.DoesNotMatch("[（《「『【〈“‘]$", line.Text));
        Assert.All(lines.Take(lines.Count - 1), line => Assert.InRange(line.Width, width * 0.85f, width + 0.01f));
        Assert.True(lines[^1].EndsParagraph);
    }

    [Theory]
    [InlineData("state-owned", "state-")]
    [InlineData("AI芯片", "AI")]
    public void Ordinary_break_opportunities_remain(string text, string firstLine)
    {
        var block = _fonts.Shape(TextKit.Runs(text));

        var lines = block.BreakLines(_fonts.Shape(TextKit.Runs(firstLine)).MaxContentWidth + 0.5f);

        Assert.Equal(firstLine, lines[0].Text);
    }

    /// <summary>UTF-16 offsets in <paramref name="text"/> where one line ends and the next begins.</summary>
    private static IEnumerable<int> Boundaries(string text, IReadOnlyList<TextLine> lines)
    {
        var position = 0;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            position = text.IndexOf(lines[i].Text, position, StringComparison.Ordinal) + lines[i].Text.Length;
            yield return position;
        }
    }
}
