namespace CapitalHealthReport.Reference;

/// <summary>How Chinese text names the currencies of amounts (<c>12.0亿元</c>, <c>350.0万美元</c>): one table for the narrative, rule messages and charts.</summary>
public static class CurrencyNames
{
    /// <summary>The Chinese unit word for an amount in <paramref name="code"/> (元 for CNY, 美元 for USD), or null when there is none (the code is written instead).</summary>
    public static string? ChineseUnit(string code) => code switch
    {
        "CNY" => "元",
        "USD" => "美元",
        "EUR" => "欧元",
        "GBP" => "英镑",
        "JPY" => "日元",
        "HKD" => "港元",
        "INR" => "印度卢比",
        "KRW" => "韩元",
        "TWD" => "新台币",
        "SGD" => "新加坡元",
        "AUD" => "澳元",
        "CAD" => "加元",
        "NZD" => "新西兰元",
        "CHF" => "瑞士法郎",
        "SEK" => "瑞典克朗",
        "NOK" => "挪威克朗",
        "DKK" => "丹麦克朗",
        "BRL" => "巴西雷亚尔",
        "MXN" => "墨西哥比索",
        "COP" => "哥伦比亚比索",
        "ARS" => "阿根廷比索",
        "CLP" => "智利比索",
        "PEN" => "秘鲁索尔",
        "UYU" => "乌拉圭比索",
        "IDR" => "印尼盾",
        "NGN" => "尼日利亚奈拉",
        "ZAR" => "南非兰特",
        "THB" => "泰铢",
        "VND" => "越南盾",
        "PHP" => "菲律宾比索",
        "MYR" => "林吉特",
        _ => null,
    };

    /// <summary>The currency's name in a Chinese sentence (<c>折算为人民币</c>, <c>以美元报告</c>): the unit word, 人民币 for CNY, else the code.</summary>
    public static string ChineseName(string code) => code == "CNY" ? "人民币" : ChineseUnit(code) ?? code;
}
