using System.Text;
using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>The head of an export decoded for <c>init</c> as the loader's <c>encoding: auto</c> would read the file.</summary>
public sealed class TextHeadTests
{
    private const string Japanese = "日付,会社,金額\n2024-03-05,株式会社東京エレクトロン,35億円\n2024-03-06,ソニーグループ株式会社,5000万円\n";
    private const string Chinese = "日期,公司,金额\n2024-03-05,北京智谱华章科技有限公司,3.5亿\n2024-03-06,上海稀宇科技有限公司,5000万\n";
    private const string Traditional = "日期,公司,金額\n2024-03-05,台灣積體電路製造股份有限公司,3.5億\n2024-03-06,鴻海精密工業股份有限公司,5000萬\n";

    static TextHeadTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Theory]
    [InlineData("shift_jis", Japanese)]
    [InlineData("gb18030", Chinese)]
    [InlineData("big5", Traditional)]
    public void Names_the_encoding_as_a_mapping_names_it_and_decodes_the_text(string encoding, string text)
    {
        var head = TextHead.Decode(Encoding.GetEncoding(encoding).GetBytes(text), cutOff: false);

        Assert.Equal((encoding, text, 0), (head.Encoding, head.Text, head.LinesWithInvalidBytes));
    }

    [Fact]
    public void Drops_the_last_line_of_a_head_cut_inside_a_character_instead_of_counting_it_invalid()
    {
        var bytes = Encoding.UTF8.GetBytes("date,company\n2024-01-05,甲科技\n2024-01-06,乙科技\n");
        var cut = bytes[..^3];

        var head = TextHead.Decode(cut, cutOff: true);

        Assert.Equal(("utf-8", "date,company\n2024-01-05,甲科技", 0), (head.Encoding, head.Text, head.LinesWithInvalidBytes));
    }

    [Fact]
    public void Reads_UTF_16_by_its_byte_order_mark_in_either_byte_order()
    {
        const string text = "date\tcompany\n2024-01-05\t甲科技\n";
        var little = TextHead.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], cutOff: false);
        var big = TextHead.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)], cutOff: false);

        Assert.Equal(("utf-16", text), (little.Encoding, little.Text));
        Assert.Equal(("utf-16be", text), (big.Encoding, big.Text));
    }

    [Fact]
    public void Counts_the_lines_of_a_UTF_8_head_that_hold_stray_bytes()
    {
        // Mostly Chinese UTF-8 with one byte of another encoding: still UTF-8, the line counted.
        var bytes = Encoding.UTF8.GetBytes(Chinese + "2024-03-07,X");
        byte[] withStray = [.. bytes, 0xE9, .. "\n"u8];

        var head = TextHead.Decode(withStray, cutOff: false);

        Assert.Equal(("utf-8", 1), (head.Encoding, head.LinesWithInvalidBytes));
    }
}
