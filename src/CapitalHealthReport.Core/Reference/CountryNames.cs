namespace CapitalHealthReport.Reference;

/// <summary>
/// Country values as exports write them (ISO 3166 alpha-2 and alpha-3 codes, English and Chinese names, common short
/// forms such as <c>USA</c>, <c>U.S.</c>, <c>UK</c>, <c>PRC</c>) mapped onto ISO 3166 alpha-2 codes, matched on
/// <see cref="AliasKey"/>, with each country's currency (ISO 4217). Covers the countries whose deals exports this tool
/// meets; others stay as written.
/// </summary>
public static class CountryNames
{
    private static readonly (string Code, string Currency, string[] Names)[] Table =
    [
        ("CN", "CNY", ["CHN", "China", "中国", "中国大陆", "中华人民共和国", "PRC", "People's Republic of China", "Mainland China"]),
        ("US", "USD", ["USA", "United States", "United States of America", "美国", "U.S.", "U.S.A.", "America"]),
        ("IN", "INR", ["IND", "India", "印度", "Bharat", "Republic of India"]),
        ("HK", "HKD", ["HKG", "Hong Kong", "Hong Kong SAR", "香港", "中国香港"]),
        ("MO", "MOP", ["MAC", "Macau", "Macao", "澳门", "中国澳门"]),
        ("TW", "TWD", ["TWN", "Taiwan", "台湾", "中国台湾", "臺灣"]),
        ("GB", "GBP", ["GBR", "United Kingdom", "UK", "Great Britain", "Britain", "英国", "England", "Vereinigtes Königreich", "Großbritannien", "Royaume-Uni", "Reino Unido", "Regno Unito"]),
        ("DE", "EUR", ["DEU", "Germany", "Deutschland", "德国", "Allemagne", "Alemania", "Germania", "ドイツ", "독일"]),
        ("FR", "EUR", ["FRA", "France", "法国", "Frankreich", "Francia", "フランス"]),
        ("JP", "JPY", ["JPN", "Japan", "日本", "Japon", "Japón", "Giappone", "일본"]),
        ("KR", "KRW", ["KOR", "South Korea", "Korea", "Republic of Korea", "韩国", "韓国", "대한민국", "한국", "Südkorea", "Corée du Sud"]),
        ("SG", "SGD", ["SGP", "Singapore", "新加坡"]),
        ("IL", "ILS", ["ISR", "Israel", "以色列"]),
        ("CA", "CAD", ["CAN", "Canada", "加拿大"]),
        ("AU", "AUD", ["AUS", "Australia", "澳大利亚"]),
        ("NL", "EUR", ["NLD", "Netherlands", "The Netherlands", "荷兰", "Nederland", "Niederlande", "Pays-Bas", "Holland"]),
        ("SE", "SEK", ["SWE", "Sweden", "瑞典", "Sverige", "Schweden", "Suède"]),
        ("CH", "CHF", ["CHE", "Switzerland", "瑞士", "Schweiz", "Suisse", "Svizzera", "Confoederatio Helvetica"]),
        ("ES", "EUR", ["ESP", "Spain", "España", "西班牙", "Spanien", "Espagne", "Spagna"]),
        ("IT", "EUR", ["ITA", "Italy", "Italia", "意大利", "Italien", "Italie"]),
        ("IE", "EUR", ["IRL", "Ireland", "爱尔兰", "Irland", "Irlande", "Éire"]),
        ("BR", "BRL", ["BRA", "Brazil", "Brasil", "巴西"]),
        ("ID", "IDR", ["IDN", "Indonesia", "印度尼西亚", "印尼"]),
        ("VN", "VND", ["VNM", "Vietnam", "Viet Nam", "越南"]),
        ("AE", "AED", ["ARE", "United Arab Emirates", "UAE", "阿联酋"]),
        ("FI", "EUR", ["FIN", "Finland", "芬兰", "Suomi", "Finnland", "Finlande"]),
        ("DK", "DKK", ["DNK", "Denmark", "丹麦", "Danmark", "Dänemark", "Danemark"]),
        ("NO", "NOK", ["NOR", "Norway", "挪威", "Norge", "Norwegen", "Norvège"]),
        ("RU", "RUB", ["RUS", "Russia", "Russian Federation", "俄罗斯"]),
        ("MX", "MXN", ["MEX", "Mexico", "墨西哥"]),
        ("AT", "EUR", ["AUT", "Austria", "奥地利", "Österreich", "Autriche"]),
        ("BE", "EUR", ["BEL", "Belgium", "比利时", "België", "Belgique", "Belgien"]),
        ("PT", "EUR", ["PRT", "Portugal", "葡萄牙"]),
        ("LU", "EUR", ["LUX", "Luxembourg", "卢森堡", "Luxemburg"]),
        ("PL", "PLN", ["POL", "Poland", "波兰", "Polska", "Polen", "Pologne"]),
        ("CZ", "CZK", ["CZE", "Czechia", "Czech Republic", "捷克", "Česko", "Tschechien"]),
        ("EE", "EUR", ["EST", "Estonia", "爱沙尼亚", "Eesti", "Estland"]),
        ("GR", "EUR", ["GRC", "Greece", "希腊", "Hellas", "Griechenland", "Grèce"]),
        ("TR", "TRY", ["TUR", "Türkiye", "Turkey", "Turkiye", "土耳其", "Türkei", "Turquie"]),
        ("NZ", "NZD", ["NZL", "New Zealand", "新西兰"]),
        ("MY", "MYR", ["MYS", "Malaysia", "马来西亚"]),
        ("TH", "THB", ["THA", "Thailand", "泰国"]),
        ("PH", "PHP", ["PHL", "Philippines", "菲律宾"]),
        ("PK", "PKR", ["PAK", "Pakistan", "巴基斯坦"]),
        ("BD", "BDT", ["BGD", "Bangladesh", "孟加拉国"]),
        ("SA", "SAR", ["SAU", "Saudi Arabia", "沙特阿拉伯", "KSA", "Kingdom of Saudi Arabia"]),
        ("EG", "EGP", ["EGY", "Egypt", "埃及"]),
        ("NG", "NGN", ["NGA", "Nigeria", "尼日利亚"]),
        ("KE", "KES", ["KEN", "Kenya", "肯尼亚"]),
        ("ZA", "ZAR", ["ZAF", "South Africa", "南非"]),
        ("CL", "CLP", ["CHL", "Chile", "智利"]),
        // AR and CO are also Arkansas's and Colorado's postal codes: a region column reads them as the states unless its other
        // values are countries (DealRowMapper.DecideRegionCodes); a country column reads them as the countries.
        ("AR", "ARS", ["ARG", "Argentina", "阿根廷", "República Argentina"]),
        ("CO", "COP", ["COL", "Colombia", "哥伦比亚", "哥倫比亞"]),
    ];

    // Latin America: names as Portuguese and Spanish exports write them (México, Perú, Estados Unidos), and the countries
    // of the region the table above does not hold, which stay without a currency of the table's.
    private static readonly (string Code, string[] Names)[] LatinAmericanNames =
    [
        ("MX", ["México", "Méjico", "Estados Unidos Mexicanos"]),
        ("BR", ["República Federativa do Brasil"]),
        ("US", ["Estados Unidos", "EE. UU.", "EEUU", "EUA", "Estados Unidos da América"]),
        ("CO", ["República de Colombia"]),
        ("CL", ["República de Chile"]),
        ("PE", ["PER", "Peru", "Perú", "秘鲁"]),
        ("UY", ["URY", "Uruguay", "乌拉圭"]),
        ("EC", ["ECU", "Ecuador", "厄瓜多尔"]),
        ("PA", ["PAN", "Panama", "Panamá", "巴拿马"]),
        ("CR", ["CRI", "Costa Rica", "哥斯达黎加"]),
        ("GT", ["GTM", "Guatemala", "危地马拉"]),
        ("DO", ["DOM", "Dominican Republic", "República Dominicana", "多米尼加"]),
        ("PY", ["PRY", "Paraguay", "巴拉圭"]),
        ("BO", ["BOL", "Bolivia", "玻利维亚"]),
        ("VE", ["VEN", "Venezuela", "委内瑞拉"]),
        ("ES", ["Espanha"]),
        ("DE", ["Alemanha"]),
        ("GB", ["Reino Unido"]),
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
        foreach (var (known, _, names) in Table)
        {
            if (string.Equals(known, code, StringComparison.OrdinalIgnoreCase))
            {
                return names[1];
            }
        }

        return null;
    }

    /// <summary>The Chinese name of a country by its ISO 3166 alpha-2 code (<c>US</c> → <c>美国</c>), or null when the table does not know it.</summary>
    public static string? ChineseName(string code)
    {
        foreach (var (known, _, names) in Table)
        {
            if (string.Equals(known, code, StringComparison.OrdinalIgnoreCase))
            {
                return Array.Find(names, static n => n.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0);
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="currency"/> is the ISO 4217 code of some country's currency the table knows (<c>COP</c>, <c>EUR</c>).</summary>
    public static bool IsCurrency(string currency) => Array.Exists(Table, t => string.Equals(t.Currency, currency, StringComparison.OrdinalIgnoreCase));

    /// <summary>The ISO 4217 code of the currency of a country by its ISO 3166 alpha-2 code (<c>DE</c> → <c>EUR</c>), or null when the table does not know it.</summary>
    public static string? Currency(string code)
    {
        foreach (var (known, currency, _) in Table)
        {
            if (string.Equals(known, code, StringComparison.OrdinalIgnoreCase))
            {
                return currency;
            }
        }

        return null;
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, _, names) in Table)
        {
            map[AliasKey.Of(code)] = code;
            foreach (var name in names)
            {
                map.TryAdd(AliasKey.Of(name), code);
            }
        }

        foreach (var (code, names) in LatinAmericanNames)
        {
            foreach (var name in names)
            {
                map.TryAdd(AliasKey.Of(name), code);
            }
        }

        return map;
    }
}
