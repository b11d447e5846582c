using System.Globalization;
using System.Text;
using System.Text.Json;
using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Cli.Commands;

/// <summary>The lines <c>data validate</c> prints about how the data was read and what it holds beyond its rows (<see cref="DataProfile"/>).</summary>
internal static class DataProfileReport
{
    /// <summary>How many implausible dates and duplicate groups the text lists.</summary>
    private const int Listed = 20;

    /// <summary>The summary lines (two-space indent, aligned with the counts above them).</summary>
    public static void WriteSummary(StringBuilder text, LoadResult result)
    {
        var p = result.Profile;
        if (result.Statistics.Encoding.Length > 0)
        {
            Line(text, "encoding", $"{result.Statistics.Encoding} ({p.EncodingReason})");
        }

        if (p.NumberFormat is { } format)
        {
            Line(text, "number format", format.ToString());
        }

        if (p.MilThousands.Any)
        {
            Line(text, "mil", p.MilThousands.Describe(p.NumberFormat?.Column));
        }

        if (p.StateCodes.Count > 0)
        {
            Line(text, "state codes", string.Join("; ", p.StateCodes.Select(static c => c.Describe())));
        }

        if (p.DateOrder.Decided != DayMonthOrder.Unknown || p.DateOrder.Conflicting)
        {
            Line(text, "date order", p.DateOrder.Describe());
        }

        if (p.AmountUnit is { } unit)
        {
            Line(text, "amount unit", $"{unit} from the amount column's name; numbers without a unit of their own are read in it");
        }

        if (p.CellFormatUnits.Any)
        {
            Line(text, "cell format units", CellUnits(p.CellFormatUnits));
        }

        Line(text, "missing values", string.Join(" ", p.NaValues));
        var currencies = string.Join(", ", p.Currencies.Select(c => $"{c.Key} {N(c.Value)}"));
        Line(text, "currencies", (currencies.Length == 0 ? "none" : currencies) + (p.CurrencyAssumedDeals > 0
            ? $"; {p.AssumedCurrency} assumed for {N(p.CurrencyAssumedDeals)} {(p.CurrencyAssumedDeals == 1 ? "deal" : "deals")} (no currency column value, none in the amount or the mapping{p.AssumedCurrencyBasis switch
            {
                CurrencyAssumption.OtherDeals => $"; {p.AssumedCurrency} is the currency of every other deal",
                CurrencyAssumption.Country => $"; {p.AssumedCurrency} is the currency of the data's country, {p.Country}",
                _ => $"; nothing names their currency, and {p.AssumedCurrency} is only a default: name it with 'currency:' in a mapping file",
            }}{(p.AssumedCurrencyBasis == CurrencyAssumption.Default ? "" : ": set 'currency:' in a mapping file")})"
            : "; none assumed") + CellFormats(p.CellFormatCurrencies) + YenSigns(p.YenSigns));
        Line(text, "country", p.Country is { } country ? $"{country} (from the {p.CountryBasis})" : p.DealsByCountry.Count == 0 ? "unknown (no country column, no known region)" : $"mixed ({string.Join(", ", p.DealsByCountry.Select(c => $"{c.Key} {N(c.Value)}"))})");
        Line(text, "last plausible date", result.LastPlausibleDate is { } last ? last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none");
        if (p.DatedByPeriod is var (months, quarters) && months + quarters > 0)
        {
            Line(text, "dates without a day", $"{N(months)} by month, {N(quarters)} by quarter (dated the first day; they count through the last)");
        }

        Line(text, "implausible dates", N(p.ImplausibleDates.Count) + (p.ImplausibleDates.Count > 0 ? " (rows left out)" : ""));
        var d = p.Duplicates;
        Line(text, "exact duplicates", N(d.ExactRows) + (d.ExactDropped > 0 ? " (dropped: dedupe: exact)" : d.ExactRows > 0 ? " (kept; 'dedupe: exact' drops them)" : ""));
        Line(text, "probable duplicates", N(d.ProbableRows) + (d.ProbableRows > 0 ? " (same company, date and amount)" : ""));
        Line(text, "new categories", N(p.NewCategories.Count));
    }

    /// <summary>The lists: implausible dates, duplicates, new categories and suggestions.</summary>
    public static void WriteLists(StringBuilder text, LoadResult result)
    {
        var p = result.Profile;
        if (p.ImplausibleDates.Count > 0)
        {
            text.AppendLine().AppendLine("Implausible dates (rows left out):");
            foreach (var date in p.ImplausibleDates.Take(Listed))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  line {date.Line}  {date.Date:yyyy-MM-dd}  {date.Reason}");
            }

            More(text, p.ImplausibleDates.Count);
        }

        Groups(text, "Exact duplicates (lines of identical rows)", p.Duplicates.Exact, p.Duplicates.ExactRows);
        Groups(text, "Probable duplicates (same company, date and amount)", p.Duplicates.Probable, p.Duplicates.ProbableRows);
        if (p.NewCategories.Count > 0)
        {
            text.AppendLine().AppendLine("New categories (mapping targets that are not known values):");
            foreach (var category in p.NewCategories)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {category.Kind,-7} {category.Source} -> {category.Target}");
            }
        }

        if (p.FillDownSuggestions.Count > 0 || p.FilledDown.Count > 0)
        {
            text.AppendLine().AppendLine("Grouped rows:");
            foreach (var (field, cells) in p.FilledDown)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {field}: {N(cells)} empty cells filled from the row before (fill_down)");
            }

            foreach (var suggestion in p.FillDownSuggestions)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {N(suggestion.Rows)} rows have no {suggestion.Field} but follow a row that has one: if the export names it on its first row only, add 'fill_down: [{string.Join(", ", p.FillDownSuggestions.Select(s => s.Field))}]' to the mapping.");
            }
        }
    }

    public static void WriteJson(Utf8JsonWriter json, LoadResult result)
    {
        var p = result.Profile;
        json.WriteString("encoding_reason", p.EncodingReason);
        if (p.NumberFormat is { } format)
        {
            json.WriteStartObject("number_format");
            json.WriteString("column", format.Column);
            json.WriteString("format", format.Format);
            json.WriteString("basis", format.Basis);
            json.WriteBoolean("assumed", format.Assumed);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("number_format");
        }

        json.WriteStartObject("date_order");
        WriteNullable(json, "order", p.DateOrder.Decided switch
        {
            DayMonthOrder.DayFirst => "day_first",
            DayMonthOrder.MonthFirst => "month_first",
            _ => null,
        });
        WriteNullable(json, "format", p.DateOrder.DecidedFormat);
        json.WriteNumber("day_first_only", p.DateOrder.DayFirst);
        json.WriteNumber("month_first_only", p.DateOrder.MonthFirst);
        json.WriteNumber("either", p.DateOrder.Either);
        json.WriteEndObject();

        json.WriteStartArray("state_codes");
        foreach (var code in p.StateCodes)
        {
            json.WriteStartObject();
            json.WriteString("code", code.Code);
            json.WriteString("state", code.State);
            json.WriteString("country", code.Country);
            json.WriteNumber("by_column", code.ByColumn);
            json.WriteNumber("by_deal_country", code.ByDealCountry);
            json.WriteNumber("kept", code.Kept);
            WriteNullable(json, "otherwise", code.Otherwise);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("mil_thousands");
        json.WriteNumber("by_column_name", p.MilThousands.ByColumnName);
        json.WriteNumber("by_value", p.MilThousands.ByValue);
        json.WriteEndObject();

        json.WriteStartArray("na_values");
        foreach (var value in p.NaValues)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
        Counts(json, "currencies", p.Currencies);
        json.WriteNumber("currency_assumed_deals", p.CurrencyAssumedDeals);
        Counts(json, "cell_format_currencies", p.CellFormatCurrencies.Read);
        json.WriteNumber("cell_format_currency_differs_deals", p.CellFormatCurrencies.Overridden);
        json.WriteNumber("yen_sign_deals", p.YenSignDeals);
        WriteNullable(json, "yen_sign_currency", p.YenSignCurrency);
        json.WriteNumber("yen_sign_jpy_deals", p.YenSigns.Yen);
        if (p.AmountUnit is { } amountUnit)
        {
            json.WriteStartObject("amount_unit");
            json.WriteString("text", amountUnit.Text);
            json.WriteNumber("scale", amountUnit.Scale);
            WriteNullable(json, "currency", amountUnit.Currency);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("amount_unit");
        }

        WriteCellUnits(json, p.CellFormatUnits);
        WriteNullable(json, "assumed_currency", p.AssumedCurrency);
        WriteNullable(json, "assumed_currency_basis", p.CurrencyAssumedDeals == 0 ? null : p.AssumedCurrencyBasis switch
        {
            CurrencyAssumption.OtherDeals => "other_deals",
            CurrencyAssumption.Country => "country",
            _ => "default",
        });
        WriteNullable(json, "country", p.Country);
        json.WriteString("country_basis", p.CountryBasis);
        Counts(json, "deals_by_country", p.DealsByCountry);
        WriteNullable(json, "last_plausible_date", result.LastPlausibleDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("dated_by_month", p.DatedByPeriod.Months);
        json.WriteNumber("dated_by_quarter", p.DatedByPeriod.Quarters);
        json.WriteStartArray("implausible_dates");
        foreach (var date in p.ImplausibleDates)
        {
            json.WriteStartObject();
            json.WriteNumber("line", date.Line);
            json.WriteString("date", date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("reason", date.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("duplicates");
        json.WriteNumber("exact_rows", p.Duplicates.ExactRows);
        json.WriteNumber("exact_dropped", p.Duplicates.ExactDropped);
        GroupsJson(json, "exact", p.Duplicates.Exact);
        json.WriteNumber("probable_rows", p.Duplicates.ProbableRows);
        GroupsJson(json, "probable", p.Duplicates.Probable);
        json.WriteEndObject();
        json.WriteStartArray("new_categories");
        foreach (var category in p.NewCategories)
        {
            json.WriteStartObject();
            json.WriteString("kind", category.Kind);
            json.WriteString("source", category.Source);
            json.WriteString("target", category.Target);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Counts(json, "filled_down", p.FilledDown);
        json.WriteStartArray("fill_down_suggestions");
        foreach (var suggestion in p.FillDownSuggestions)
        {
            json.WriteStartObject();
            json.WriteString("field", suggestion.Field);
            json.WriteNumber("rows", suggestion.Rows);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// How amount cells were read by the unit their number format shows: "万元 (× 10,000) for 12 cells from the amount
    /// cells' number format (2 in a column whose name gives the same unit, applied once); …".
    /// </summary>
    private static string CellUnits(CellFormatUnits units)
    {
        var parts = new List<string>();
        if (units.ReadCells > 0)
        {
            var each = string.Join(", ", units.Read.Select(u => $"{u.Key} (× {units.Scales[u.Key].ToString("N0", CultureInfo.InvariantCulture)}) for {Cells(u.Value)}"));
            parts.Add($"{each} read as the number shown times the unit their number format shows" + (units.SameAsName > 0 ? $" ({N(units.SameAsName)} in the unit the column's name gives too, applied once)" : ""));
        }

        if (units.ThousandsInNamedUnit > 0)
        {
            parts.Add($"{Cells(units.ThousandsInNamedUnit)} shown in thousands by trailing commas in their number format, read as shown in the column name's unit");
        }

        if (units.ThousandsAsStored > 0)
        {
            parts.Add($"{Cells(units.ThousandsAsStored)} shown in thousands by trailing commas in their number format with no unit named, read as stored");
        }

        if (units.FirstConflict is { } conflict)
        {
            parts.Add($"{(units.Conflicts == 1 ? "1 row" : $"{N(units.Conflicts)} rows")} rejected: the number format shows another unit than the column's name (first on line {N(conflict.Line)}: {conflict.Shown} shown, {conflict.Named} named; CHD014)");
        }

        if (units.Plain > 0)
        {
            parts.Add($"{Cells(units.Plain)} {(units.Plain == 1 ? "shows" : "show")} no unit by its number format (first on line {N(units.FirstPlainLine)})");
        }

        return string.Join("; ", parts);

        static string Cells(int count) => count == 1 ? "1 cell" : $"{N(count)} cells";
    }

    private static void WriteCellUnits(Utf8JsonWriter json, CellFormatUnits units)
    {
        json.WriteStartObject("cell_format_units");
        json.WriteStartObject("cells");
        foreach (var (unit, cells) in units.Read)
        {
            json.WriteStartObject(unit);
            json.WriteNumber("scale", units.Scales[unit]);
            json.WriteNumber("cells", cells);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteNumber("same_as_name_cells", units.SameAsName);
        json.WriteNumber("thousands_in_name_unit_cells", units.ThousandsInNamedUnit);
        json.WriteNumber("thousands_as_stored_cells", units.ThousandsAsStored);
        json.WriteNumber("conflicting_rows", units.Conflicts);
        if (units.FirstConflict is { } conflict)
        {
            json.WriteStartObject("first_conflict");
            json.WriteNumber("line", conflict.Line);
            json.WriteString("shown", conflict.Shown);
            json.WriteString("named", conflict.Named);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("first_conflict");
        }

        json.WriteNumber("plain_cells", units.Plain);
        json.WriteEndObject();
    }

    private static void Groups(StringBuilder text, string title, IReadOnlyList<DuplicateGroup> groups, int rows)
    {
        if (groups.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{title}:");
        foreach (var group in groups.Take(Listed))
        {
            var amount = group.Amount is { } a ? $"{a.ToString("#,##0.##", CultureInfo.InvariantCulture)} {group.Currency}" : "undisclosed";
            text.AppendLine(CultureInfo.InvariantCulture, $"  line {string.Join(", ", group.Lines)}  {group.Company}  {group.Date:yyyy-MM-dd}  {amount}");
        }

        More(text, groups.Count, rows);
    }

    private static void GroupsJson(Utf8JsonWriter json, string name, IReadOnlyList<DuplicateGroup> groups)
    {
        json.WriteStartArray(name);
        foreach (var group in groups)
        {
            json.WriteStartObject();
            json.WriteStartArray("lines");
            foreach (var line in group.Lines)
            {
                json.WriteNumberValue(line);
            }

            json.WriteEndArray();
            json.WriteString("company", group.Company);
            json.WriteString("date", group.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (group.Amount is { } amount)
            {
                json.WriteNumber("amount", amount);
            }
            else
            {
                json.WriteNull("amount");
            }

            json.WriteString("currency", group.Currency);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void More(StringBuilder text, int count, int? rows = null)
    {
        if (count > Listed || (rows is { } r && r > count))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  ... {(count > Listed ? $"{N(count - Listed)} more listed by --format json" : "")}{(rows is { } total ? $"{(count > Listed ? "; " : "")}{N(total)} rows in all" : "")}");
        }
    }

    private static void Line(StringBuilder text, string label, string value) => text.AppendLine(CultureInfo.InvariantCulture, $"  {label,-20} {value}");

    private static void Counts(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, int> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"; ¥ alone read as JPY for 2 deals (their own country or region is Japan)", or empty when no deal gives its currency as ¥ alone.</summary>
    /// <summary>The currencies read from amount cells' number formats, and how many deals were read in another than their cell shows.</summary>
    private static string CellFormats(CellFormatCurrencies shown)
    {
        var read = shown.ReadDeals == 0 ? "" : $"; {string.Join(", ", shown.Read.Select(c => $"{c.Key} for {Deals(c.Value)}"))} from the amount cells' number format";
        static string Deals(int count) => count == 1 ? "1 deal" : $"{N(count)} deals";
        return read + (shown.FirstOverride is { } first
            ? $"; {Deals(shown.Overridden)} read in another currency than their amount cell's number format shows (first on line {N(first.Line)}: {first.Shown} shown, {first.ReadIn} from {first.NamedBy})"
            : "");
    }

    private static string YenSigns(YenSignReading yen)
    {
        if (yen.Deals == 0)
        {
            return "";
        }

        if (yen.MappingCurrency is { } mapped)
        {
            return $"; ¥ alone read as {mapped} for {Deals(yen.Deals)} (the mapping's currency)";
        }

        var parts = new List<string>();
        if (yen.ByPlace > 0)
        {
            parts.Add($"as JPY for {Deals(yen.ByPlace)} (their own country or region is Japan)");
        }

        if (yen.ByDataCountry > 0)
        {
            parts.Add($"as JPY for {Deals(yen.ByDataCountry)} (no place named; the data's country is Japan)");
        }

        if (yen.Yuan > 0)
        {
            parts.Add($"as CNY for {Deals(yen.Yuan)} (yuan; set 'currency: JPY' in a mapping file if they are yen)");
        }

        return "; ¥ alone read " + string.Join(", ", parts);

        static string Deals(int count) => count == 1 ? "1 deal" : $"{N(count)} deals";
    }
}
