using System.Text;
using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class EncodingDetectorTests
{
    private const string Latin = "date,company,amount\n2019-03-01,BYJU’S,150000000\n2019-04-02,Café Société,2500000\n2019-05-03,Müller & Söhne GmbH,3000000\n2019-06-04,Crème Brûlée SARL,900000\n";
    private const string Chinese = "日期,公司,金额\n2024-03-05,北京智谱华章科技有限公司,3.5亿\n2024-03-06,上海稀宇科技有限公司,5000万\n2024-04-01,深圳市优必选科技股份有限公司,未披露\n";
    private const string Traditional = "日期,公司,金額\n2024-03-05,台灣積體電路製造股份有限公司,3.5億\n2024-03-06,鴻海精密工業股份有限公司,5000萬\n";
    private const string Japanese = "日付,会社,金額\n2024-03-05,株式会社東京エレクトロン,35億円\n2024-03-06,ソニーグループ株式会社,5000万円\n";
    private const string Korean = "날짜,회사명,업종,투자금액,지역\n2024-03-05,토스페이먼츠,핀테크,30억원,서울\n2024-03-06,리벨리온,반도체,50억원,경기도 성남시\n2024-03-07,야놀자,여행,100억원,서울 강남구\n";

    static EncodingDetectorTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Theory]
    [InlineData("windows-1252", Latin)]
    [InlineData("macintosh", Latin)]
    [InlineData("gb18030", Chinese)]
    [InlineData("big5", Traditional)]
    [InlineData("shift_jis", Japanese)]
    [InlineData("ks_c_5601-1987", Korean)]
    public void Picks_the_encoding_that_reads_the_whole_sample_best(string encoding, string text)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(text);

        var guess = EncodingDetector.Detect(bytes);

        Assert.Equal(encoding, guess.Encoding.WebName);
        Assert.Equal(text, guess.Encoding.GetString(bytes));
    }

    [Fact]
    public void Never_reads_a_Latin_word_as_Chinese()
    {
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes("company\nBYJU’S\n");

        var guess = EncodingDetector.Detect(bytes);

        Assert.Equal("BYJU’S", guess.Encoding.GetString(bytes).Split('\n')[1]);
        Assert.Contains("gb18030", guess.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Explains_auto_with_the_scores_of_every_candidate()
    {
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes(Latin);

        var decoded = TextDecoding.Choose(bytes, "auto", "deals.csv", "m.yaml", 1, 11);

        Assert.Equal("windows-1252", decoded.Encoding.WebName);
        Assert.StartsWith("auto: not UTF-8 (4 lines with invalid bytes, first at line 2)", decoded.Reason, StringComparison.Ordinal);
        Assert.Contains("shift_jis", decoded.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8", "valid UTF-8 throughout")]
    [InlineData("ascii", "only ASCII bytes")]
    public void Says_why_UTF8_was_kept(string kind, string reason)
    {
        var bytes = Encoding.UTF8.GetBytes(kind == "ascii" ? "date,company\n2024-01-01,Acme\n" : Chinese);

        Assert.Equal(reason, TextDecoding.Choose(bytes, "auto", "deals.csv", null, null, null).Reason);
    }

    [Fact]
    public void Reads_a_MacRoman_export_with_trade_marks_and_accents_as_MacRoman()
    {
        // As a Mac-made export writes company names: ™ is 0xAA there, ª in Windows-1252.
        var bytes = Encoding.GetEncoding("macintosh").GetBytes("date,company\n2008-01-01,Anchor™\n2008-01-02,Bogotá Labs\n2008-01-03,Furnésh\n2008-01-04,IntelliCell™ BioSciences\n");

        Assert.Equal("macintosh", EncodingDetector.Detect(bytes).Encoding.WebName);
    }

    [Fact]
    public void Reads_the_bundled_sample_written_in_GB18030_as_GB18030_not_as_Korean()
    {
        // Korean CP949 reads GB2312's bytes as valid Hangul and Hanja: a whole Chinese export must still score as GB18030.
        var text = File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Root, "data", "sample", "deals.csv"));
        var bytes = Encoding.GetEncoding("gb18030").GetBytes(text);

        Assert.Equal("gb18030", EncodingDetector.Detect(bytes).Encoding.WebName.ToLowerInvariant());
    }

    [Theory]
    [InlineData("cp949", 949)]
    [InlineData("euc-kr", 51949)]
    [InlineData("gbk", 54936)]
    [InlineData("sjis", 932)]
    [InlineData("cp950", 950)]
    public void Knows_the_names_spreadsheets_give_the_CJK_code_pages(string name, int codePage) =>
        Assert.Equal(codePage, TextDecoding.ResolveEncoding(name, "m.yaml", 1, 11).CodePage);

    [Fact]
    public void Reads_a_Korean_CP949_export_named_by_the_mapping()
    {
        using var temp = new TempDeals();
        var path = temp.WriteBytes("kr.csv", Encoding.GetEncoding(949).GetBytes(Korean));

        var result = temp.Load(path, temp.Write("m.yaml", "encoding: cp949\n"));

        Assert.Equal(["토스페이먼츠", "리벨리온", "야놀자"], result.Deals.Deals.OrderBy(static d => d.SourceLine).Select(static d => d.Company));
        Assert.All(result.Deals.Deals, static d => Assert.Equal("KRW", d.Currency));
    }

    [Fact]
    public void Names_a_byte_order_mark_and_a_mapping_as_reasons()
    {
        byte[] bom = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("date,company\n")];

        Assert.Equal("UTF-16 little-endian byte-order mark", TextDecoding.Choose(bom, null, "d.csv", null, null, null).Reason);
        Assert.Equal("set by the mapping (encoding: gb18030)", TextDecoding.Choose(Encoding.GetEncoding("gb18030").GetBytes(Chinese), "gb18030", "d.csv", "m.yaml", 1, 1).Reason);
    }

    [Fact]
    public void Suggests_the_detected_encoding_when_a_file_without_one_is_not_UTF8()
    {
        var rows = string.Concat(Enumerable.Repeat("2019-03-01,BYJU’S Café,150000000\n", 30));
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes("date,company,amount\n" + rows);

        var ex = Assert.Throws<InputException>(() => TextDecoding.Choose(bytes, null, "deals.csv", null, null, null));

        Assert.Contains("encoding: windows-1252", ex.Hint, StringComparison.Ordinal);
    }
}
