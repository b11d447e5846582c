namespace CapitalHealthReport.Loading;

/// <summary>Severity of a data diagnostic.</summary>
public enum DataIssueSeverity
{
    Error,
    Warning,
    Info,
}

/// <summary>
/// One data diagnostic: a row or field that could not be used as given, with its code (<c>CHD001</c>,
/// see <see cref="DataIssueCodes"/> and docs/data.md), file, 1-based physical line and source column name.
/// </summary>
public sealed record DataIssue(string Code, DataIssueSeverity Severity, string File, int Line, string? Column, string Message)
{
    /// <summary><c>file:line: severity CODE: message (column)</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DataIssueSeverity.Error => "error",
            DataIssueSeverity.Warning => "warning",
            _ => "info",
        };
        var column = Column is null ? "" : $" [column '{Column}']";
        return Line > 0
            ? $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {severity} {Code}: {Message}{column}"
            : $"{File}: {severity} {Code}: {Message}{column}";
    }
}

/// <summary>
/// The catalogue of data diagnostic codes: rejections are CHD0xx, warnings about kept rows CHD1xx. CHD003 (a date
/// after <c>--as-of</c>, once a rejection) is retired: such a date is implausible (<see cref="DateImplausible"/>).
/// </summary>
public static class DataIssueCodes
{
    public const string DateMissing = "CHD001";
    public const string DateUnparsable = "CHD002";
    public const string CompanyMissing = "CHD004";
    public const string AmountNotNumber = "CHD005";
    public const string AmountNegative = "CHD006";
    public const string AmountOutOfRange = "CHD007";
    public const string DuplicateId = "CHD008";
    public const string CurrencyUnknown = "CHD009";
    public const string RowMalformed = "CHD010";
    public const string ExactDuplicate = "CHD012";

    /// <summary>A row that is no deal: the column names repeated (two exports joined together) or a total row.</summary>
    public const string NotADeal = "CHD013";

    /// <summary>A workbook amount cell whose number format shows another unit than the amount column's name gives (0"亿" under 融资金额（万元）).</summary>
    public const string AmountUnitConflict = "CHD014";
    public const string InvalidBytes = "CHD101";
    public const string ExtraFields = "CHD102";
    public const string MissingFields = "CHD103";
    public const string NoAmountColumn = "CHD104";

    /// <summary>A date before 1990, after the publication date, or isolated far after the rest: the deal is loaded but in no period.</summary>
    public const string DateImplausible = "CHD105";

    /// <summary>A row above the column names (a title or a note) that the loader skipped to reach them.</summary>
    public const string RowAboveHeader = "CHD106";

    /// <summary>A column read for a field shares its name with another column; the first is read.</summary>
    public const string RepeatedColumn = "CHD107";

    /// <summary>An amount in crore or lakh that names no currency, with no currency column value or mapping currency: read in INR.</summary>
    public const string IndianUnitCurrency = "CHD108";

    /// <summary>A region key that first appears in a JSON export after the objects whose countries were taken as the regions: not read.</summary>
    public const string LateRegionKey = "CHD109";

    /// <summary>
    /// Dates written with their year last are read in the order of day and month the column's values show: some can only
    /// be read so (<c>23/02/2024</c>) and none only the other way.
    /// </summary>
    public const string DateOrderFromValues = "CHD110";

    /// <summary>Short reason per code, as <c>data validate</c> groups them.</summary>
    public static string Reason(string code) => code switch
    {
        DateMissing => "date missing",
        DateUnparsable => "unparsable date",
        CompanyMissing => "company missing",
        AmountNotNumber => "amount not a number",
        AmountNegative => "negative amount",
        AmountOutOfRange => "amount out of range",
        DuplicateId => "duplicate deal id",
        CurrencyUnknown => "unknown currency",
        RowMalformed => "malformed row",
        ExactDuplicate => "exact duplicate (dedupe: exact)",
        NotADeal => "not a deal (header or total row)",
        AmountUnitConflict => "amount cell's unit differs from the column name's",
        InvalidBytes => "bytes invalid in the encoding",
        ExtraFields => "more fields than the header",
        MissingFields => "fewer fields than the header",
        NoAmountColumn => "no amount column",
        DateImplausible => "implausible date (in no period)",
        RowAboveHeader => "row above the header skipped",
        RepeatedColumn => "column name repeated",
        IndianUnitCurrency => "crore/lakh read in INR",
        LateRegionKey => "region key after countries were read as regions",
        DateOrderFromValues => "day/month order read from the dates",
        _ => code,
    };

    /// <summary>The short reason of <see cref="Reason"/>, in Chinese, for a report in Chinese.</summary>
    public static string ChineseReason(string code) => code switch
    {
        DateMissing => "缺少日期",
        DateUnparsable => "日期无法识别",
        CompanyMissing => "缺少公司名称",
        AmountNotNumber => "金额不是数字",
        AmountNegative => "金额为负",
        AmountOutOfRange => "金额超出范围",
        DuplicateId => "交易编号重复",
        CurrencyUnknown => "币种未知",
        RowMalformed => "行格式错误",
        ExactDuplicate => "完全重复（dedupe: exact）",
        NotADeal => "非交易行（表头或合计行）",
        AmountUnitConflict => "金额单元格所示单位与列名单位不符",
        InvalidBytes => "含编码无效的字节",
        ExtraFields => "字段多于表头",
        MissingFields => "字段少于表头",
        NoAmountColumn => "缺少金额列",
        DateImplausible => "日期不可信（不计入任何期间）",
        RowAboveHeader => "跳过表头上方的行",
        RepeatedColumn => "列名重复",
        IndianUnitCurrency => "以 crore 或 lakh 计的金额按印度卢比读取",
        LateRegionKey => "国家已作地区读取后才出现的地区键",
        DateOrderFromValues => "日月顺序由日期本身判定",
        _ => code,
    };
}
