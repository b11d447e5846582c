using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>The canonical deal fields a source column can map onto (docs/data.md, "Canonical fields and headers").</summary>
internal enum CanonicalField
{
    Id,
    Date,
    Company,
    CompanyId,
    Sector,
    Subsector,
    Stage,
    Amount,
    Currency,
    Region,
    Country,
    Investors,
}

/// <summary>
/// Canonical field names and the common headers matched without a mapping file: English and Chinese (simplified and
/// traditional), Japanese and Korean, the usual German, French, Spanish, Italian and Portuguese ones, the Nordic, Latin American and Malay ones (Datum,
/// Unternehmen, Betrag, Währung, montant, fecha, 会社名, 調達額, 회사명, Bolag, Beløp, Tarikh, Syarikat, …).
/// </summary>
internal static class CanonicalFields
{
    public const int Count = 12;

    public static string Name(CanonicalField field) => DealMapping.CanonicalFields[(int)field];

    public static CanonicalField? FromName(string name)
    {
        var index = DealMapping.CanonicalFields.ToList().IndexOf(name);
        return index < 0 ? null : (CanonicalField)index;
    }

    private static readonly IReadOnlyList<string>[] Aliases = [.. Enumerable.Range(0, Count).Select(static field => (IReadOnlyList<string>)[.. Common((CanonicalField)field), .. NordicHeaders.Of((CanonicalField)field), .. LatinAmericanHeaders.For((CanonicalField)field), .. MalayHeaders.For((CanonicalField)field)])];

    /// <summary>Header names recognised per field, in preference order (matched by <see cref="AliasKey"/>): the common ones, then the Nordic (<see cref="NordicHeaders"/>), the Latin American (<see cref="LatinAmericanHeaders"/>) and the Malay ones (<see cref="MalayHeaders"/>).</summary>
    public static IReadOnlyList<string> HeaderAliases(CanonicalField field) => Aliases[(int)field];

    private static IReadOnlyList<string> Common(CanonicalField field) => field switch
    {
        CanonicalField.Id => ["id", "deal_id", "编号", "事件编号", "事件id", "融资事件id"],
        CanonicalField.Date => ["date", "日期", "融资日期", "披露日期", "融资时间", "披露时间", "发生日期", "deal_date", "announced_date", "announced_on", "funding_date", "funded_at", "investment_date", "datum", "fecha", "date de l'opération", "date de l'operation", "date de levée", "date de la levée", "日付", "投資日", "調達日", "発表日", "資金調達日", "融資日期", "投資日期", "날짜", "일자", "투자일", "투자일자"],
        CanonicalField.Company => ["company", "公司", "企业名称", "项目名称", "公司名称", "企业", "项目", "company_name", "companies", "organization_name", "startup_name", "startup", "unternehmen", "firma", "entreprise", "société", "empresa", "azienda", "会社名", "企業名", "社名", "会社", "公司名稱", "企業名稱", "회사명", "기업명", "회사", "기업", "스타트업"],
        CanonicalField.CompanyId => ["company_id", "公司id", "企业id", "项目id", "统一社会信用代码"],
        CanonicalField.Sector => ["sector", "行业", "所属行业", "行业领域", "industry", "industries", "primary_industry_sector", "industry_sector", "organization_industries", "industry_groups", "organization_industry_groups", "vertical", "verticals", "branche", "secteur", "settore", "setor", "業種", "業界", "産業", "分野", "產業", "產業別", "산업", "업종", "분야"],
        CanonicalField.Subsector => ["subsector", "子行业", "细分行业", "细分领域", "sub_sector"],
        CanonicalField.Stage => ["stage", "轮次", "融资轮次", "round", "funding_round", "funding_type", "funding_stage", "round_type", "deal_type", "investment_type", "investment_stage", "finanzierungsrunde", "runde", "tour", "ronda", "rodada", "ラウンド", "調達ラウンド", "ステージ", "シリーズ", "輪次", "融資輪次", "라운드", "투자단계", "투자라운드", "단계"],
        CanonicalField.Amount => ["amount", "金额", "融资金额", "投资金额", "raised_amount", "money_raised", "amount_raised", "deal_size", "deal_amount", "round_size", "funding_amount", "betrag", "montant", "monto", "importe", "importo", "valor", "調達額", "調達金額", "金額", "融資金額", "投資金額", "資金調達額", "調達総額", "투자금액", "투자금", "투자액", "투자규모", "투자유치금액", "투자유치액", "유치금액", "금액"],
        CanonicalField.Currency => ["currency", "币种", "货币", "金额币种", "money_raised_currency", "raised_currency", "amount_currency", "currency_code", "währung", "devise", "moneda", "valuta", "moeda", "通貨", "幣別", "貨幣", "통화"],
        CanonicalField.Region => ["region", "地区", "省份", "所在地", "所在地区", "所在省份", "province", "state", "state/province", "company_state/province", "hq_state/province", "location", "organization_location", "headquarters_location", "hq_location", "company_location", "bundesland", "région", "región", "regione", "estado", "都道府県", "本社所在地", "地域", "地區", "縣市", "所在縣市", "지역", "소재지", "시도"],
        CanonicalField.Country => ["country", "国家", "国别", "country_code", "land", "pays", "país", "paese", "国", "國家", "国名", "국가"],
        CanonicalField.Investors => ["investors", "投资方", "投资机构", "投资人", "投资者", "investor_names", "investoren", "investisseurs", "inversores", "investitori", "investidores", "投資家", "引受先", "出資者", "投資者", "投資方", "投資機構", "투자자", "투자사", "투자기관"],
        _ => [],
    };
}
