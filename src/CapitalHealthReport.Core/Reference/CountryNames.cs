namespace CapitalHealthReport.Reference;

/// <summary>
/// Country values as exports write them (ISO 3166 alpha-2 and alpha-3 codes, English and Chinese names, common short
/// forms such as <c>USA</c>, <c>U.S.</c>, <c>UK</c>, <c>PRC</c>) mapped onto ISO 3166 alpha-2 codes, matched on
/// <see cref="AliasKey"/>. Covers the countries whose deals exports this tool meets; others stay as written.
/// </summary>
public static class CountryNames
{
    private static readonly (string Code, string[] Names)[] Table =
    [
        ("CN", ["CHN", "China", "中国", "中国大陆", "中华人民共和国", "PRC", "People's Republic of China", "Mainland China"]),
        ("US", ["USA", "United States", "United States of America", "美国", "U.S.", "U.S.A.", "America"]),
        ("IN", ["IND", "India", "印度", "Bharat", "Republic of India"]),
        ("HK", ["HKG", "Hong Kong", "Hong Kong SAR", "香港", "中国香港"]),
        ("MO", ["MAC", "Macau", "Macao", "澳门", "中国澳门"]),
        ("TW", ["TWN", "Taiwan", "台湾", "中国台湾", "臺灣"]),
        ("GB", ["GBR", "United Kingdom", "UK", "Great Britain", "Britain", "英国", "England"]),
        ("DE", ["DEU", "Germany", "Deutschland", "德国"]),
        ("FR", ["FRA", "France", "法国"]),
        ("JP", ["JPN", "Japan", "日本"]),
        ("KR", ["KOR", "South Korea", "Korea", "Republic of Korea", "韩国"]),
        ("SG", ["SGP", "Singapore", "新加坡"]),
        ("IL", ["ISR", "Israel", "以色列"]),
        ("CA", ["CAN", "Canada", "加拿大"]),
        ("AU", ["AUS", "Australia", "澳大利亚"]),
        ("NL", ["NLD", "Netherlands", "The Netherlands", "荷兰"]),
        ("SE", ["SWE", "Sweden", "瑞典"]),
        ("CH", ["CHE", "Switzerland", "瑞士"]),
        ("ES", ["ESP", "Spain", "España", "西班牙"]),
        ("IT", ["ITA", "Italy", "Italia", "意大利"]),
        ("IE", ["IRL", "Ireland", "爱尔兰"]),
        ("BR", ["BRA", "Brazil", "Brasil", "巴西"]),
        ("ID", ["IDN", "Indonesia", "印度尼西亚", "印尼"]),
        ("VN", ["VNM", "Vietnam", "Viet Nam", "越南"]),
        ("AE", ["ARE", "United Arab Emirates", "UAE", "阿联酋"]),
        ("FI", ["FIN", "Finland", "芬兰"]),
        ("DK", ["DNK", "Denmark", "丹麦"]),
        ("NO", ["NOR", "Norway", "挪威"]),
        ("RU", ["RUS", "Russia", "Russian Federation", "俄罗斯"]),
        ("MX", ["MEX", "Mexico", "墨西哥"]),
    ];

    private static readonly Dictionary<string, string> ByKey = Build();

    /// <summary>The ISO 3166 alpha-2 code for a country value, or null when it is not one this table knows.</summary>
    public static string? Code(ReadOnlySpan<char> value)
    {
        if (value.IsWhiteSpace())
        {
            return null;
        }

        return ByKey.GetValueOrDefault(AliasKey.Of(value));
    }

    /// <summary>The English name of a country by its ISO 3166 alpha-2 code (<c>US</c> → <c>United States</c>), or null when the table does not know it.</summary>
    public static string? EnglishName(string code)
    {
        foreach (var (known, names) in Table)
        {
            if (string.Equals(known, code, StringComparison.OrdinalIgnoreCase))
            {
                return names[1];
            }
        }

        return null;
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, names) in Table)
        {
            map[AliasKey.Of(code)] = code;
            foreach (var name in names)
            {
                map.TryAdd(AliasKey.Of(name), code);
            }
        }

        return map;
    }
}
