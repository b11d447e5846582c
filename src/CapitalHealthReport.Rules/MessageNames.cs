using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Rules;

/// <summary>
/// How one rendering of a message names the data's sectors, regions, stages and investor types: by the names readers know
/// them by in the message's language (<c>EnterpriseSoftware</c> is "Enterprise software" and "企业服务", <c>Beijing</c> is
/// "北京" in Chinese). A label no reference table names (a sector or region of the data no alias maps) is printed quoted, as
/// the data writes it, and the message ends by saying so, where the remark breaks no sentence:
/// <c>“Springfield” had 75.6% of the “Quantum Computing” deals in 2024Q4 (“Springfield” and “Quantum Computing” are the
/// data's own labels)</c>, <c>…（“Springfield”、“Quantum Computing”为数据中的原始标签）</c>.
/// </summary>
internal sealed class MessageNames(MessageValues values, bool chinese)
{
    private readonly ReaderNames _names = values.Names ?? ReferenceData.Default.Names;
    private readonly List<string> _asWritten = [];

    /// <summary>
    /// The scope: <c>2025Q1</c>, <c>2025Q1, sector Enterprise software</c>, <c>2025Q1, other sectors</c>; in Chinese
    /// <c>2025年第一季度</c>, <c>2025年第一季度（行业：企业服务）</c>, <c>2025年第一季度（其他行业）</c>.
    /// </summary>
    public string Scope()
    {
        if (values.SliceDimension is not { } dimension || values.SliceText.Length == 0)
        {
            return chinese ? Period() : values.ScopeLabel;
        }

        // The catch-all sector is a group of sectors, named without the dimension: "2025Q1, other sectors", "2025年第一季度（其他行业）".
        if (dimension == "sector" && values.SliceText == ReaderNames.OtherSector)
        {
            return chinese ? $"{Period()}（{Slice()}）" : $"{values.PeriodLabel}, {Slice()}";
        }

        return chinese
            ? $"{Period()}（{ChineseDimension(dimension)}：{Slice()}）"
            : $"{values.PeriodLabel}, {dimension.Replace('_', ' ')} {Slice()}";
    }

    /// <summary>
    /// The period: <c>2025Q1</c> in English, as users write it; in Chinese as the report's prose words it
    /// (<c>2025年第一季度</c>, <c>2025年上半年</c>, <c>2025年</c>, <c>2024年1—8月</c>: <see cref="PeriodNames"/>).
    /// A label that is not a period is printed as it is.
    /// </summary>
    public string Period() => chinese && Model.Period.TryParse(values.PeriodLabel, out var period)
        ? PeriodNames.Chinese(period)
        : values.PeriodLabel;

    /// <summary>The slice's value as readers know it; empty when the scope is unsliced.</summary>
    public string Slice()
    {
        var value = values.SliceText;
        if (values.SliceDimension is not { } dimension || value.Length == 0)
        {
            return value;
        }

        return dimension switch
        {
            "sector" => Sector(value),
            "region" => Region(value),
            "stage" => ReaderNames.Stage(value, chinese) ?? AsWritten(value),
            "investor_type" => InvestorType(value) ?? AsWritten(value),
            _ => AsWritten(value),
        };
    }

    /// <summary>A sector as a sentence names it: the catch-all sector reads "other sectors" / "其他行业".</summary>
    public string Sector(string sector) => _names.SectorInProse(sector, chinese) ?? AsWritten(sector);

    /// <summary>Sectors as a list: "Energy, Agri-food, Water, Health", "能源、农业食品、水资源、医疗健康".</summary>
    public string Sectors(IEnumerable<string> sectors) => string.Join(chinese ? "、" : ", ", sectors.Select(Sector));

    public string Region(string region) => _names.Region(region, chinese) ?? AsWritten(region);

    /// <summary>A key of a keyed metric (a <c>max_key</c>) as readers know it; null stays null (no key).</summary>
    public string? Key(MetricDescriptor metric, string? key) => key is null ? null
        : metric.KeyedBy is MetricKey.Sector ? Sector(key)
        : metric.KeyName(key, chinese, _names) ?? (metric.KeyedBy is MetricKey.Sector or MetricKey.Region ? AsWritten(key) : key);

    /// <summary><paramref name="message"/> with the remark on the labels it printed as the data writes them, if any.</summary>
    public string WithNote(string message)
    {
        if (_asWritten.Count == 0)
        {
            return message;
        }

        var quoted = _asWritten.Select(static l => $"“{l}”").ToList();
        var note = chinese
            ? $"（{string.Join("、", quoted)}为数据中的原始标签）"
            : _asWritten.Count == 1
                ? $" ({quoted[0]} is the data's own label)"
                : $" ({string.Join(", ", quoted.Take(quoted.Count - 1))} and {quoted[^1]} are the data's own labels)";
        // The remark belongs to the sentence: before a closing full stop, if the message has one.
        var end = message.Length > 0 && message[^1] is '.' or '。' ? message.Length - 1 : message.Length;
        return string.Concat(message.AsSpan(0, end), note, message.AsSpan(end));
    }

    private string? InvestorType(string type) => InvestorTypes.TryParse(type) is null ? null
        : chinese ? InvestorTypes.ChineseName(type) : InvestorTypes.EnglishName(type);

    private string AsWritten(string label)
    {
        if (!_asWritten.Contains(label, StringComparer.Ordinal))
        {
            _asWritten.Add(label);
        }

        return $"“{label}”";
    }

    private static string ChineseDimension(string dimension) => dimension switch
    {
        "sector" => "行业",
        "region" => "地区",
        "stage" => "轮次",
        "investor_type" => "投资方类型",
        _ => dimension,
    };
}
