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
/// Canonical field names and the common headers matched without a mapping file: English and Chinese, and the usual
/// German, French, Spanish, Italian and Portuguese ones (Datum, Unternehmen, Betrag, Währung, montant, fecha, …).
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

    /// <summary>Header names recognised per field, in preference order (matched by <see cref="AliasKey"/>).</summary>
    public static IReadOnlyList<string> HeaderAliases(CanonicalField field) => field switch
    {
        CanonicalField.Id => ["id", "deal_id", "编号", "事件编号", "事件id", "融资事件id"],
        CanonicalField.Date => ["date", "日期", "融资日期", "披露日期", "融资时间", "披露时间", "发生日期", "deal_date", "announced_date", "announced_on", "funding_date", "funded_at", "investment_date", "datum", "fecha", "date de l'opération", "date de l'operation", "date de levée", "date de la levée"],
        CanonicalField.Company => ["company", "公司", "企业名称", "项目名称", "公司名称", "企业", "项目", "company_name", "companies", "organization_name", "startup_name", "startup", "unternehmen", "firma", "entreprise", "société", "empresa", "azienda"],
        CanonicalField.CompanyId => ["company_id", "公司id", "企业id", "项目id", "统一社会信用代码"],
        CanonicalField.Sector => ["sector", "行业", "所属行业", "行业领域", "industry", "industries", "primary_industry_sector", "industry_sector", "organization_industries", "industry_groups", "organization_industry_groups", "vertical", "verticals", "branche", "secteur", "settore", "setor"],
        CanonicalField.Subsector => ["subsector", "子行业", "细分行业", "细分领域", "sub_sector"],
        CanonicalField.Stage => ["stage", "轮次", "融资轮次", "round", "funding_round", "funding_type", "funding_stage", "round_type", "investment_type", "investment_stage", "finanzierungsrunde", "runde", "tour", "ronda", "rodada"],
        CanonicalField.Amount => ["amount", "金额", "融资金额", "投资金额", "raised_amount", "money_raised", "betrag", "montant", "monto", "importe", "importo", "valor"],
        CanonicalField.Currency => ["currency", "币种", "货币", "金额币种", "money_raised_currency", "raised_currency", "amount_currency", "currency_code", "währung", "devise", "moneda", "valuta", "moeda"],
        CanonicalField.Region => ["region", "地区", "省份", "所在地", "所在地区", "所在省份", "province", "state", "state/province", "company_state/province", "hq_state/province", "location", "organization_location", "headquarters_location", "hq_location", "company_location", "bundesland", "région", "región", "regione", "estado"],
        CanonicalField.Country => ["country", "国家", "国别", "country_code", "land", "pays", "país", "paese"],
        CanonicalField.Investors => ["investors", "投资方", "投资机构", "投资人", "投资者", "investor_names", "investoren", "investisseurs", "inversores", "investitori", "investidores"],
        _ => [],
    };
}
