using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.RegularExpressions;
using CapitalHealthReport.Pdf.Fonts;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Rendering;
using CapitalHealthReport.Reporting.Rendering.Html;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>The HTML edition's own fonts (subset WOFF2 in the page) and its links.</summary>
public sealed partial class HtmlFontsTests
{
    private const string Chinese = """
        # 资本集中度

        **资本智能 AI**与臺灣積體在2025年第一季度的融资额，`code` 与 *italic*。

        ```chart deals
        ```
        """;

    [Fact]
    public void The_page_names_only_its_embedded_families_and_embeds_them_as_woff2()
    {
        var html = ReportRenderer.RenderHtml(Chinese, RenderingKit.Options("zh-CN", RenderingKit.BarChart() with { Title = "各季度融资事件数" }));

        var style = html[html.IndexOf("<style>", StringComparison.Ordinal)..html.IndexOf("</style>", StringComparison.Ordinal)];
        foreach (var system in new[] { "PingFang", "Microsoft YaHei", "Source Han", "Arial", "Helvetica", "Consolas" })
        {
            Assert.DoesNotContain(system, style, StringComparison.Ordinal);
        }

        var faces = FontFace().Matches(style).Select(static m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
        Assert.Contains(("Report Sans", "normal", "400"), faces);
        Assert.Contains(("Report Sans", "normal", "700"), faces);
        Assert.Contains(("Report Sans", "italic", "400"), faces);
        Assert.Contains(("Report Mono", "normal", "400"), faces);
        Assert.Contains(("Report Sans CJK", "normal", "400"), faces);
        Assert.Contains(("Report Sans CJK", "normal", "700"), faces);
        Assert.DoesNotContain(("Report Sans", "italic", "700"), faces);
        Assert.Contains("figure.chart svg text { font-family: \"Report Sans CJK\"", style, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_character_of_the_page_is_in_the_subset_of_the_face_that_draws_it()
    {
        var html = ReportRenderer.RenderHtml(Chinese, RenderingKit.Options("zh-CN", RenderingKit.BarChart() with { Title = "各季度融资事件数" }));
        var fonts = HtmlFonts.Embed(html);

        var cjkRegular = fonts.Single(static f => f is { Family: "Report Sans CJK", Weight: 400 });
        var cjkBold = fonts.Single(static f => f is { Family: "Report Sans CJK", Weight: 700 });
        foreach (var c in "资本集中度第一季度融资额与")
        {
            Assert.Contains(c, cjkRegular.CodePoints.Concat(cjkBold.CodePoints));
        }

        // The bold name is drawn with the bold face; the chart's title (SVG, weight 600) too.
        foreach (var c in "资本智能各季度融资事件数")
        {
            Assert.Contains(c, cjkBold.CodePoints);
        }

        // Latin text in the Latin face, code in the monospaced face, italic in the italic face.
        Assert.Contains('c', fonts.Single(static f => f is { Family: "Report Mono", Weight: 400 }).CodePoints);
        Assert.Contains('t', fonts.Single(static f => f is { Family: "Report Sans", Italic: true }).CodePoints);
        Assert.Contains('A', fonts.Single(static f => f is { Family: "Report Sans", Weight: 700 }).CodePoints);
        Assert.DoesNotContain('资', fonts.Single(static f => f is { Family: "Report Sans", Weight: 400, Italic: false }).CodePoints);
    }

    [Fact]
    public void Fonts_are_subsets_far_smaller_than_the_bundled_faces()
    {
        var html = ReportRenderer.RenderHtml(Chinese, RenderingKit.Options("zh-CN", RenderingKit.BarChart()));
        foreach (var font in HtmlFonts.Embed(html))
        {
            var whole = new FileInfo(Path.Combine(RenderingKit.FontsFolder, font.File)).Length;
            Assert.True(font.Woff2.Length * 10 < whole, $"{font.File}: {font.Woff2.Length} bytes embedded of {whole}");
            Assert.True(font.Woff2.Length < font.Font.Length, $"{font.File}: WOFF2 is not smaller than the font it packs");
        }
    }

    [Theory]
    [InlineData(BundledFonts.LatinRegular)]
    [InlineData(BundledFonts.CjkBold)]
    public void Woff2_holds_every_table_of_the_font_unchanged(string file)
    {
        var subset = HarfBuzzSubsetter.Subset(File.ReadAllBytes(Path.Combine(RenderingKit.FontsFolder, file)), 0, new FontSubsetRequest { CodePoints = "Report 报告 2025".Select(static c => (int)c).ToArray() });
        var woff2 = Woff2Writer.Write(subset.Bytes);

        Assert.Equal(0x774F4632u, BinaryPrimitives.ReadUInt32BigEndian(woff2));
        Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(subset.Bytes), BinaryPrimitives.ReadUInt32BigEndian(woff2.AsSpan(4)));
        Assert.Equal(woff2.Length, (int)BinaryPrimitives.ReadUInt32BigEndian(woff2.AsSpan(8)));
        Assert.Equal(0, woff2.Length % 4);

        var expected = Tables(subset.Bytes);
        var actual = Woff2Tables(woff2);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (tag, bytes) in expected)
        {
            Assert.Equal(bytes, actual[tag]);
        }

        var totalSfntSize = BinaryPrimitives.ReadUInt32BigEndian(woff2.AsSpan(16));
        Assert.Equal(12 + (16 * expected.Count) + expected.Values.Sum(static t => (t.Length + 3) & ~3), (int)totalSfntSize);
        Assert.Equal(woff2, Woff2Writer.Write(subset.Bytes));
    }

    [Fact]
    public void Links_to_files_and_to_missing_anchors_are_text_and_links_that_work_stay_links()
    {
        const string Markdown = """
            # All findings

            Help: [rule documentation](docs/rules/CH1001.md). See [All findings](#all-findings), [nowhere](#missing) and [the site](https://example.org/rules/CH1001).
            """;
        var html = ReportRenderer.RenderHtml(Markdown, RenderingKit.Options());

        Assert.DoesNotContain("href=\"docs/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#missing\"", html, StringComparison.Ordinal);
        Assert.Contains("Help: rule documentation.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#all-findings\">All findings</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/rules/CH1001\">the site</a>", html, StringComparison.Ordinal);
        Assert.Contains(", nowhere and", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Half_width_charts_are_marked_to_sit_side_by_side()
    {
        var left = RenderingKit.BarChart("left") with { Width = ChartWidth.Half };
        var right = RenderingKit.BarChart("right") with { Width = ChartWidth.Half };
        var html = ReportRenderer.RenderHtml("```chart left\n```\n\n```chart right\n```\n", RenderingKit.Options("en", left, right));
        Assert.Contains("<figure class=\"chart half\" id=\"chart-left\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"chart half\" id=\"chart-right\">", html, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"0 0 233 ", html, StringComparison.Ordinal);
    }

    private static Dictionary<uint, byte[]> Tables(byte[] sfnt)
    {
        var tables = new Dictionary<uint, byte[]>();
        int count = BinaryPrimitives.ReadUInt16BigEndian(sfnt.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = sfnt.AsSpan(12 + (16 * i));
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[BinaryPrimitives.ReadUInt32BigEndian(record)] = sfnt.AsSpan(offset, length).ToArray();
        }

        return tables;
    }

    // Reads the directory of a WOFF2 file with untransformed tables and splits its decompressed stream.
    private static Dictionary<uint, byte[]> Woff2Tables(byte[] woff2)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(woff2.AsSpan(12));
        var compressedLength = (int)BinaryPrimitives.ReadUInt32BigEndian(woff2.AsSpan(20));
        var position = 48;
        var directory = new List<(uint Tag, int Length)>();
        for (var i = 0; i < count; i++)
        {
            var flags = woff2[position++];
            Assert.Equal(0x3F, flags & 0x3F);
            var tag = BinaryPrimitives.ReadUInt32BigEndian(woff2.AsSpan(position));
            position += 4;
            Assert.Equal(tag is 0x676C7966 or 0x6C6F6361 ? 3 : 0, flags >> 6);
            uint length = 0;
            byte b;
            do
            {
                b = woff2[position++];
                length = (length << 7) | (uint)(b & 0x7F);
            }
            while ((b & 0x80) != 0);
            directory.Add((tag, (int)length));
        }

        using var input = new MemoryStream(woff2, position, compressedLength);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        brotli.CopyTo(output);
        var stream = output.ToArray();
        Assert.Equal(directory.Sum(static d => d.Length), stream.Length);
        var tables = new Dictionary<uint, byte[]>();
        var offset = 0;
        foreach (var (tag, length) in directory)
        {
            tables[tag] = stream.AsSpan(offset, length).ToArray();
            offset += length;
        }

        return tables;
    }

    [GeneratedRegex("@font-face \\{ font-family: \"([^\"]+)\"; font-style: ([a-z]+); font-weight: ([0-9]+); font-display: block; src: url\\(data:font/woff2;base64,[A-Za-z0-9+/=]+\\) format\\(\"woff2\"\\); \\}", RegexOptions.CultureInvariant)]
    private static partial Regex FontFace();
}
