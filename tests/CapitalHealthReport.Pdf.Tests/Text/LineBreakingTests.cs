using CapitalHealthReport.Pdf.Text;
using CsCheck;

namespace CapitalHealthReport.Pdf.Tests.TextEngine;

/// <summary>Where lines break: Latin spaces and hyphens, long words, CJK with kinsoku, mixed scripts, hard breaks.</summary>
public sealed class LineBreakingTests : IDisposable
{
    private const string NoStart = "，。、；：！？）》」』】〉”’…";
    private const string NoEnd = "（《「『【〈“‘";

    private readonly FontSet _fonts = TextKit.Fonts();

    public void Dispose() => _fonts.Dispose();

    [Fact]
    public void Breaks_Latin_text_at_spaces()
    {
        var block = Shape("alpha beta gamma");

        var lines = block.BreakLines(Width("alpha beta") + 1f);

        Assert.Equal(["alpha beta", "gamma"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Trailing_spaces_do_not_count_toward_the_line_width()
    {
        var lines = Shape("alpha    beta").BreakLines(Width("alpha") + 0.5f);

        Assert.Equal(["alpha", "beta"], lines.Select(l => l.Text));
        Assert.Equal(Width("alpha"), lines[0].Width, 0.01f);
    }

    [Fact]
    public void Breaks_after_a_hyphen_inside_a_word()
    {
        var lines = Shape("state-owned enterprises").BreakLines(Width("state-own"));

        Assert.Equal("state-", lines[0].Text);
        Assert.Equal("owned", lines[1].Text);
    }

    [Fact]
    public void Does_not_break_between_a_minus_sign_and_its_number()
    {
        var block = Shape("from -50 to 50");

        Assert.True(block.MinContentWidth >= Width("-50") - 0.01f);
        Assert.DoesNotContain(block.BreakLines(Width("-5")).Select(l => l.Text), t => t == "-");
    }

    [Fact]
    public void Breaks_a_word_longer_than_the_line_between_graphemes()
    {
        const string word = "Internationalisation";
        var maxWidth = Width("Intern");

        var lines = Shape(word).BreakLines(maxWidth);

        Assert.True(lines.Count >= 3);
        Assert.All(lines, l => Assert.True(l.Width <= maxWidth + 0.01f));
        Assert.Equal(word, string.Concat(lines.Select(l => l.Text)));
    }

    [Fact]
    public void A_grapheme_wider_than_the_line_gets_a_line_of_its_own()
    {
        var lines = Shape("WMW").BreakLines(1f);

        Assert.Equal(["W", "M", "W"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Combining_marks_stay_with_their_base_letter()
    {
        var lines = Shape("e\u0301e\u0301e\u0301").BreakLines(1f);

        Assert.Equal(["e\u0301", "e\u0301", "e\u0301"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Breaks_between_ideographs()
    {
        var lines = Shape("资本涌向少数热门赛道").BreakLines(Width("资本涌") + 0.5f);

        Assert.Equal(["资本涌", "向少数", "热门赛", "道"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        // "资本涌" fits but "，" does not: the comma takes the ideograph before it to the next line.
        var lines = Shape("资本涌，向少数").BreakLines(Width("资本涌") + 0.5f);

        Assert.Equal("资本", lines[0].Text);
        Assert.StartsWith("涌，", lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_punctuation_never_ends_a_line()
    {
        var lines = Shape("资本「涌向」少数").BreakLines(Width("资本「") + 0.5f);

        Assert.Equal("资本", lines[0].Text);
        Assert.StartsWith("「涌", lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixed_Chinese_and_English_break_between_scripts_but_not_inside_words()
    {
        var lines = Shape("中文English混排").BreakLines(Width("English混") + 0.5f);

        Assert.Equal(["中文", "English混", "排"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Mixed_Chinese_and_English_share_one_line_when_it_fits()
    {
        var lines = Shape(TextKit.Mixed).BreakLines(10_000f);

        var line = Assert.Single(lines);
        Assert.Equal(TextKit.Mixed, line.Text);
        Assert.True(line.EndsParagraph);
    }

    [Fact]
    public void Hard_line_breaks_end_lines_and_are_not_justified()
    {
        var lines = Shape("first\nsecond\r\n\nfourth").BreakLines(10_000f);

        Assert.Equal(["first", "second", string.Empty, "fourth"], lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.True(l.EndsParagraph));
    }

    [Fact]
    public void Empty_text_gives_one_empty_line_with_the_style_height()
    {
        var block = _fonts.Shape([new TextRun(string.Empty, TextStyle.Default with { Size = 20f })]);

        var line = Assert.Single(block.BreakLines(100f));

        Assert.Equal(string.Empty, line.Text);
        Assert.Equal(0f, line.Width);
        Assert.Equal(20f * 1.35f, line.Height, 0.001f);
    }

    [Fact]
    public void Content_widths_are_the_longest_word_and_the_unbroken_line()
    {
        var block = Shape("a concentration of capital");

        Assert.Equal(Width("concentration"), block.MinContentWidth, 0.01f);
        Assert.Equal(Width("a concentration of capital"), block.MaxContentWidth, 0.01f);
    }

    [Fact]
    public void Line_height_follows_the_largest_size_on_the_line()
    {
        TextRun[] runs = [new("small ", TextStyle.Default), new("LARGE", TextStyle.Default with { Size = 24f, LineHeight = 1.2f })];

        var line = Assert.Single(_fonts.Shape(runs).BreakLines(1000f));

        Assert.Equal(24f * 1.2f, line.Height, 0.001f);
        Assert.True(line.Ascent > 20f && line.Descent > 0f);
    }

    [Fact]
    public void Lines_never_exceed_the_width_keep_kinsoku_and_every_character_in_any_mix_of_scripts()
    {
        string[] samples = ["资本", "涌向", "，", "。", "（", "）", "“", "”", "state-owned", "AI", " ", "  ", "capital", "2024", "-5", "《", "》", "Internationalisation", "é"];
        var pieces = Gen.Int[0, samples.Length - 1].Select(i => samples[i]);
        var gen = Gen.Select(pieces.Array[1, 30], Gen.Float[20f, 300f]);

        gen.Sample(
            (parts, width) =>
            {
                var text = string.Concat(parts);
                var block = Shape(text);
                var lines = block.BreakLines(width);

                // Kinsoku holds whenever no piece has to be broken by force.
                var kinsoku = block.MinContentWidth <= width;
                foreach (var (line, index) in lines.Select((l, i) => (l, i)))
                {
                    var graphemes = System.Globalization.StringInfo.ParseCombiningCharacters(line.Text).Length;
                    Assert.True(line.Width <= width + 0.01f || graphemes <= 2, $"line '{line.Text}' is {line.Width} wide in {width}");
                    if (kinsoku && index > 0 && line.Text.Length > 0)
                    {
                        Assert.DoesNotContain(line.Text[0], NoStart);
                    }

                    if (kinsoku && index < lines.Count - 1 && line.Text.Length > 0)
                    {
                        Assert.DoesNotContain(line.Text[^1], NoEnd);
                    }
                }

                Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(lines.Select(l => l.Text)).Replace(" ", string.Empty, StringComparison.Ordinal));
            },
            iter: 300,
            threads: 1);
    }

    private TextBlock Shape(string text) => _fonts.Shape(TextKit.Runs(text));

    private float Width(string text) => Shape(text).MaxContentWidth;
}
