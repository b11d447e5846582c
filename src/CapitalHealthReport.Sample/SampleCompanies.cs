namespace CapitalHealthReport.Sample;

/// <summary>A company of the sample: stable id, name, canonical sector, subsector (AI only) and region index.</summary>
internal sealed record SampleCompany(string Id, string Name, int Sector, string Subsector, int Region);

/// <summary>A well-known company the first sample copy names instead of a generated one.</summary>
internal sealed record KnownCompany(string Name, string Subsector, string Region, string Sector = "AI");

/// <summary>Company names: the six leading LLM companies, well-known AI companies, and generated names.</summary>
internal static class SampleCompanies
{
    /// <summary>The six leading LLM companies of figure 4 of the article, with their home regions.</summary>
    public static readonly KnownCompany[] LeadingLlm =
    [
        new("智谱AI", "LLM", "Beijing"),
        new("百川智能", "LLM", "Beijing"),
        new("月之暗面", "LLM", "Beijing"),
        new("MiniMax", "LLM", "Shanghai"),
        new("阶跃星辰", "LLM", "Shanghai"),
        new("零一万物", "LLM", "Beijing"),
    ];

    /// <summary>Well-known companies that the first sample copy names for the companies of its largest calibrated rounds.</summary>
    public static readonly KnownCompany[] KnownAi =
    [
        new("摩尔线程", "AI Chips", "Beijing"), new("生数科技", "AIGC", "Beijing"), new("面壁智能", "LLM", "Beijing"),
        new("银河通用", "Embodied AI", "Beijing"), new("深势科技", "AI Applications", "Beijing"), new("无问芯穹", "AI Chips", "Beijing"),
        new("星海图", "Embodied AI", "Beijing"), new("壁仞科技", "AI Chips", "Shanghai"), new("燧原科技", "AI Chips", "Shanghai"),
        new("智元机器人", "Embodied AI", "Shanghai"), new("傅利叶", "Embodied AI", "Shanghai"), new("沐曦", "AI Chips", "Shanghai"),
        new("逐际动力", "Embodied AI", "Guangdong"), new("乐聚机器人", "Embodied AI", "Guangdong"), new("元戎启行", "AI Applications", "Guangdong"),
        new("宇树科技", "Embodied AI", "Zhejiang"), new("云深处科技", "Embodied AI", "Zhejiang"), new("群核科技", "AI Applications", "Zhejiang"),
        new("长鑫科技", "", "Anhui", "Semiconductors"), new("长江存储", "", "Hubei", "Semiconductors"), new("粤芯半导体", "", "Guangdong", "Semiconductors"),
        new("积塔半导体", "", "Shanghai", "Semiconductors"), new("奕斯伟", "", "Beijing", "Semiconductors"), new("盛合晶微", "", "Jiangsu", "Semiconductors"),
        new("海辰储能", "", "Fujian", "Energy"), new("中创新航", "", "Jiangsu", "Energy"), new("蓝箭航天", "", "Zhejiang", "AdvancedManufacturing"),
        new("银河航天", "", "Beijing", "AdvancedManufacturing"), new("天兵科技", "", "Beijing", "AdvancedManufacturing"), new("星河动力", "", "Beijing", "AdvancedManufacturing"),
    ];

    private const string BrandChars = "灵犀极光云图数澜星海天工墨芯微聚变量原力之江启明知行未来万象锐思简易安若谷深蓝青禾晓风朗月清泉远山峰岚立方";

    private static readonly string[] EnglishBrands =
        ["Nova", "Astra", "Quanta", "Lumina", "Vector", "Helix", "Orbit", "Cobalt", "Zenith", "Nimbus", "Pivot", "Sonic", "Kairos", "Atlas", "Photon", "Vertex"];

    private static readonly string[] EnglishEndings = ["Tech", "AI", "Labs", "Robotics", "Data", "Bio"];

    /// <summary>
    /// A generated company name, distinct for every <paramref name="index"/>: a brand of two (later three)
    /// characters and one of the sector's name endings (the endings of different sectors differ); about one in
    /// twelve is an English name.
    /// </summary>
    public static string GeneratedName(int index, SampleSector sector)
    {
        if (index % 12 == 11)
        {
            var english = index / 12;
            var brand = EnglishBrands[english % EnglishBrands.Length];
            var ending = EnglishEndings[(english / EnglishBrands.Length) % EnglishEndings.Length];
            var round = english / (EnglishBrands.Length * EnglishEndings.Length);
            return round == 0 ? $"{brand} {ending}" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{brand} {ending} {round + 1}");
        }

        return Brand(BrandChars, index, sector.NameEndings);
    }

    /// <summary>
    /// Brand plus word for an index: consecutive indexes get different brands (two distinct characters, in a
    /// scrambled order), the word changes once every brand was used, and three-character brands follow.
    /// </summary>
    public static string Brand(string chars, int index, string[] words)
    {
        var n = chars.Length;
        var pairs = n * (n - 1);
        var block = index / (pairs * words.Length);
        var inBlock = index % (pairs * words.Length);
        var word = words[inBlock / pairs];
        var text = new System.Text.StringBuilder();
        if (block == 0)
        {
            var p = (int)((inBlock % pairs) * 7927L % pairs);
            var first = p % n;
            text.Append(chars[first]).Append(chars[(first + 1 + (p / n)) % n]);
        }
        else
        {
            var k = (long)(block - 1) * pairs * words.Length + inBlock;
            text.Append(chars[(int)(k % n)]).Append(chars[(int)((k / n) % n)]).Append(chars[(int)((k / n / n) % n)]);
            if (k >= (long)n * n * n)
            {
                text.Append(k / ((long)n * n * n));
            }
        }

        return text.Append(word).ToString();
    }
}
