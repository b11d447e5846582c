using System.Globalization;
using System.Text;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Cli.Init;

/// <summary>
/// A mapping guessed from an export's head: each canonical field's column (by its name in English or Chinese, then by
/// what its values look like), the date format most values follow, the currency when no column names one, how the
/// amounts are written, and extra stage aliases for the values the loader could not place. Rendered as a commented
/// mapping file (<see cref="Render"/>).
/// </summary>
internal sealed class MappingGuess
{
    /// <summary>The names init tries first, field by field in this order (a company id before a company name, a subsector before a sector).</summary>
    private static readonly (string Field, string[] Names)[] Preferred =
    [
        ("date", ["date", "fundedat", "fundeddate", "announcedon", "announceddate", "dealdate", "closedate", "closingdate", "investmentdate", "rounddate", "日期", "融资时间", "融资日期", "投资时间", "投资日期", "披露时间", "披露日期", "交易日期", "时间", "datum", "fecha", "data", "finanzierungsdatum"]),
        ("company_id", ["companyid", "companypermalink", "permalink", "companyuuid", "orguuid", "organizationuuid", "公司id", "企业id"]),
        ("company", ["company", "companies", "companyname", "fundedorganizationidentifier", "fundedorganization", "name", "organization", "organisation", "organizationname", "startup", "公司", "公司名称", "企业", "企业名称", "项目", "项目名称", "融资方", "被投企业", "unternehmen", "firma", "entreprise", "société", "societe", "empresa", "azienda"]),
        ("subsector", ["subsector", "subindustry", "subcategory", "子行业", "二级行业", "细分领域"]),
        ("sector", ["sector", "industry", "primaryindustrysector", "industrysector", "category", "categorycode", "vertical", "行业", "所属行业", "一级行业", "领域", "赛道", "branche", "secteur", "settore", "setor", "industrie"]),
        ("stage", ["stage", "round", "roundtype", "fundingroundtype", "fundinground", "fundingtype", "series", "investmenttype", "dealtype", "轮次", "融资轮次", "融资阶段", "阶段", "finanzierungsrunde", "runde", "finanzierungsphase", "tour", "tourdetable", "ronda", "rodada", "fase", "phase", "stade"]),
        ("amount", ["amount", "raisedamountusd", "raisedamount", "amountraised", "moneyraised", "moneyraisedusd", "dealsize", "dealamount", "金额", "融资金额", "投资金额", "交易金额", "betrag", "volumen", "investitionssumme", "montant", "monto", "importe", "importo", "valor"]),
        ("currency", ["currency", "currencycode", "raisedcurrencycode", "币种", "货币", "währung", "devise", "moneda", "valuta", "moeda"]),
        ("country", ["country", "countrycode", "国家", "国别", "land", "pays", "país", "paese"]),
        ("region", ["province", "state", "statecode", "fundedorganizationlocation", "state/province", "companystate/province", "hqstate/province", "region", "地区", "省份", "省", "所在地", "所在地区", "city", "城市", "bundesland", "région", "región", "regione", "estado", "provincia", "stadt", "ville", "ciudad", "città", "cidade"]),
        ("investors", ["investors", "investornames", "investoridentifiers", "investor", "leadinvestors", "投资方", "投资机构", "投资人", "investoren", "geldgeber", "investisseurs", "inversores", "inversionistas", "investitori", "investidores"]),
        ("id", ["id", "dealid", "roundid", "fundingrounduuid", "uuid", "事件id"]),
    ];

    /// <summary>
    /// Header names by canonical field, most specific first: the names init prefers (English, Chinese, then German,
    /// French, Spanish, Italian and Portuguese), then every header the loader matches by itself
    /// (<see cref="DealMapping.HeaderAliases"/>), so that init never guesses worse than a load without a mapping.
    /// Compared without case, spaces, '_', '-', '.' or brackets, and also after a 'company'/'org' prefix.
    /// </summary>
    private static readonly (string Field, string[] Names)[] Synonyms = [.. Preferred.Select(static entry => (entry.Field, WithLoaderAliases(entry.Field, entry.Names)))];

    /// <summary>The shortest name a header may begin with to match (<c>city</c> in "City Location"; not <c>id</c>).</summary>
    private const int MinPrefix = 4;

    /// <summary>The shortest name a header one edit away may stand for: <c>investmenttype</c>, not <c>country</c> for a "County" column.</summary>
    private const int MinMisspelt = 8;

    public Dictionary<string, string> Columns { get; } = new(StringComparer.Ordinal);

    /// <summary>Fields whose column was matched as a misspelling: field → the name it is one edit away from.</summary>
    public Dictionary<string, string> Misspelt { get; } = new(StringComparer.Ordinal);

    public string? DateFormat { get; private set; }

    /// <summary>The currency of amounts that name none, and why; a null code when the amounts leave it to the loader (<c>¥</c> alone).</summary>
    public (string? Code, string Reason)? Currency { get; private set; }

    /// <summary>How the sample writes amounts, for a comment.</summary>
    public string AmountStyle { get; private set; } = "";

    /// <summary>Stage aliases for values the loader could not place: source value → (canonical stage, deals, sure).</summary>
    public SortedDictionary<string, (Stage Stage, int Deals, bool Sure)> Stages { get; } = new(StringComparer.Ordinal);

    /// <summary>Sector and region values no alias maps, with their deal counts (kept verbatim by the loader; listed as comments).</summary>
    public IReadOnlyDictionary<string, int> UnmappedSectors { get; set; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> UnmappedRegions { get; set; } = new Dictionary<string, int>();

    public static MappingGuess From(ExportSample sample)
    {
        var guess = new MappingGuess();
        var used = new HashSet<int>();
        foreach (var (field, names) in Synonyms)
        {
            foreach (var name in names)
            {
                var index = Enumerable.Range(0, sample.Columns.Count).FirstOrDefault(i => !used.Contains(i) && Matches(sample.Columns[i], name), -1);
                if (index >= 0 && Plausible(field, sample, index))
                {
                    guess.Columns[field] = sample.Columns[index];
                    used.Add(index);
                    break;
                }
            }
        }

        // A header that begins with a name and says more ("Startup Name", "Industry Vertical", "Amount in USD"), for a
        // field no header names exactly.
        var headers = sample.Columns.Select(Normalize).ToArray();
        foreach (var (field, names) in Synonyms)
        {
            if (guess.Columns.ContainsKey(field))
            {
                continue;
            }

            var index = names.Where(static n => n.Length >= MinPrefix)
                .Select(name => Enumerable.Range(0, headers.Length).FirstOrDefault(i => !used.Contains(i) && headers[i].StartsWith(name, StringComparison.Ordinal), -1))
                .FirstOrDefault(i => i >= 0 && Plausible(field, sample, i), -1);
            if (index >= 0)
            {
                guess.Columns[field] = sample.Columns[index];
                used.Add(index);
            }
        }

        // A header one slip of the keyboard away from a long name ("InvestmentnType"), for a field still without a column.
        foreach (var (field, names) in Synonyms)
        {
            if (guess.Columns.ContainsKey(field))
            {
                continue;
            }

            var match = names.Where(static n => n.Length >= MinMisspelt)
                .SelectMany(name => Enumerable.Range(0, headers.Length).Where(i => !used.Contains(i) && OneEditApart(headers[i], name)).Select(i => (Index: i, Name: name)))
                .FirstOrDefault(m => Plausible(field, sample, m.Index), (Index: -1, Name: ""));
            if (match.Index >= 0)
            {
                guess.Columns[field] = sample.Columns[match.Index];
                guess.Misspelt[field] = match.Name;
                used.Add(match.Index);
            }
        }

        // A date or amount column whose name says nothing: the first column whose values look like dates or amounts. A
        // column without a name (the empty columns left of a table that starts at C3) cannot be named in a mapping.
        foreach (var field in new[] { "date", "amount" })
        {
            if (!guess.Columns.ContainsKey(field))
            {
                var index = Enumerable.Range(0, sample.Columns.Count)
                    .FirstOrDefault(i => !used.Contains(i) && sample.Columns[i].Trim().Length > 0 && Plausible(field, sample, i, named: false), -1);
                if (index >= 0)
                {
                    guess.Columns[field] = sample.Columns[index];
                    used.Add(index);
                }
            }
        }

        PreferTheColumnThatNamesStages(guess, sample, used);

        if (guess.Columns.TryGetValue("date", out var date))
        {
            guess.DateFormat = ColumnValues.BestDateFormat(sample.Values(IndexOf(sample, date)).Take(500).ToList()).Format;
        }

        if (guess.Columns.TryGetValue("amount", out var amount))
        {
            var values = sample.Values(IndexOf(sample, amount)).Take(500).ToList();
            guess.AmountStyle = ColumnValues.Style(values);
            if (!guess.Columns.ContainsKey("currency"))
            {
                guess.Currency = ColumnValues.CurrencyOf(amount, values);
                if (guess.Currency is ("CNY", ColumnValues.Unsaid) && guess.Columns.TryGetValue("country", out var country)
                    && ColumnValues.CountrysCurrency(country, sample.Values(IndexOf(sample, country)).Take(500).ToList()) is { } national)
                {
                    guess.Currency = national;
                }
            }
        }

        return guess;
    }

    /// <summary>
    /// Leaves the currency to the workbook's cells when the amounts' text names none but their number format shows one
    /// (<c>[$€-407] #,##0</c>): the loader then reads each amount in the currency its cell shows, where a written
    /// <c>currency:</c> would override every cell.
    /// </summary>
    public void UseCellFormatCurrencies(Loading.CellFormatCurrencies formats)
    {
        if (Currency is not (_, ColumnValues.Unsaid) || formats.Overridden == 0)
        {
            return;
        }

        var shown = formats.FirstOverride!.Shown;
        Currency = (null, $"the amount cells' number format shows the currency (the first, on line {formats.FirstOverride.Line}, {shown}): each amount is read in the currency its cell shows; set currency: to read every amount in one");
    }

    /// <summary>Adds a stage alias for each stage value the loader read as Unknown.</summary>
    public void AddStages(IReadOnlyDictionary<string, int> unmapped)
    {
        foreach (var (value, deals) in unmapped)
        {
            var (stage, sure) = ColumnValues.GuessStage(value);
            Stages[value] = (stage, deals, sure);
        }
    }

    /// <summary>The required fields no column was found for.</summary>
    public IReadOnlyList<string> Missing => [.. RequiredFields.Where(f => !Columns.ContainsKey(f))];

    private static readonly string[] RequiredFields = ["date", "company"];

    /// <summary>The mapping file: every guess with the reason as a comment, the schema line for editors first.</summary>
    public string Render(ExportSample sample, string dealsName)
    {
        var b = new StringBuilder();
        b.Append("# Mapping for ").Append(dealsName).Append(", written by 'capital-health init' from its header and first ")
            .Append(sample.Rows.Count.ToString(CultureInfo.InvariantCulture)).Append(" rows.\n");
        var sheet = sample.Sheet is { } sheetName ? " --sheet " + InitCommand.ShellQuote(sheetName) : "";
        b.Append("# Check each guess, then run: capital-health data validate --deals ").Append(dealsName).Append(sheet).Append(" --mapping <this file>\n");
        b.Append("# Reference: docs/data.md (\"Mapping file\"); schemas/mapping.schema.json lets an editor complete and check it.\n\n");
        b.Append("format: ").Append(sample.Format).Append(sample.JsonArray ? "                 # one JSON array of objects: each element is read as a row\n" : "\n");
        if (sample.Sheet is not null)
        {
            b.Append("# the deals are on the sheet '").Append(sample.Sheet).Append("': give").Append(sheet).Append(" to every command that reads the workbook\n");
        }

        if (sample.Encoding.Length > 0)
        {
            b.Append("encoding: ").Append(sample.Encoding);
            b.Append(sample.LinesWithInvalidBytes > 0
                ? string.Create(CultureInfo.InvariantCulture, $"          # {sample.LinesWithInvalidBytes} line(s) of the first rows hold bytes that are not {sample.Encoding}; they read as U+FFFD and are reported\n")
                : "\n");
        }
        if (sample.Delimiter is { } delimiter)
        {
            b.Append("delimiter: ").Append(delimiter == '\t' ? "\"\\t\"" : Quote(delimiter.ToString())).Append('\n');
        }

        if (DateFormat is { } format)
        {
            b.Append("date_format: ").Append(format).Append(format.Contains('d', StringComparison.Ordinal)
                ? "          # the format most dates of the first rows follow\n"
                : "          # the dates name their month only: each deal is dated the 1st of its month (its quarter stays right)\n");
        }

        if (Currency is { } currency)
        {
            b.Append(currency.Code is null ? "# currency: " : "currency: ").Append(currency.Code ?? "not set").Append("                # ").Append(currency.Reason).Append('\n');
        }

        if (AmountStyle.Length > 0)
        {
            b.Append("# amounts are written like ").Append(AmountStyle).Append("; the loader reads them as they are\n");
        }

        if (Columns.TryGetValue("amount", out var amountColumn) && Loading.AmountColumnUnit.FromHeader(amountColumn, Loading.AmountColumnUnit.IsAmountAlias) is { } unit)
        {
            b.Append("# the amount column's name gives its unit: plain numbers are read in ").Append(unit.Unit.ToString()).Append('\n');
        }

        if (sample.HeaderLine > 1)
        {
            b.Append("# the column names are on line ").Append(sample.HeaderLine.ToString(CultureInfo.InvariantCulture))
                .Append(": the lines above them (a title or a note) are skipped, each reported as CHD106\n");
        }

        b.Append("columns:\n");
        foreach (var field in Loading.DealMapping.CanonicalFields)
        {
            if (Columns.TryGetValue(field, out var column))
            {
                b.Append("  ").Append(field).Append(": ").Append(Quote(column));
                b.Append(Misspelt.TryGetValue(field, out var name) ? $"   # read as '{name}', one typing slip apart: check it\n" : "\n");
            }
            else
            {
                b.Append("  # ").Append(field).Append(": ").Append(field is "date" or "company" ? "REQUIRED: no column found; name it here" : "no column found").Append('\n');
            }
        }

        var unused = sample.Columns.Where(c => !Columns.ContainsValue(c)).ToList();
        if (unused.Count > 0)
        {
            b.Append("# columns not used: ").Append(string.Join(", ", unused)).Append('\n');
        }

        b.Append("stages:");
        if (!Columns.ContainsKey("stage"))
        {
            b.Append(" {}                   # no stage column: every deal's stage is Unknown until 'stage' names one\n");
        }
        else if (Stages.Count == 0)
        {
            b.Append(" {}                   # every stage value of the file has a built-in alias\n");
        }
        else
        {
            b.Append("                      # values no built-in alias knows; canonical stages: ").Append(string.Join(", ", Model.Stages.All.Select(Model.Stages.Name))).Append('\n');
            foreach (var (value, (stage, deals, sure)) in Stages)
            {
                b.Append("  ").Append(Quote(value)).Append(": ").Append(Model.Stages.Name(stage))
                    .Append(string.Create(CultureInfo.InvariantCulture, $"   # {deals:N0} deal(s){(sure ? "" : "; a guess: check it")}\n"));
            }
        }

        Unmapped(b, "sectors", UnmappedSectors, "taxonomy sector (data/reference/sectors.yaml)");
        Unmapped(b, "regions", UnmappedRegions, "canonical region (data/reference/regions.yaml)");
        return b.ToString();
    }

    private static void Unmapped(StringBuilder b, string key, IReadOnlyDictionary<string, int> values, string target)
    {
        b.Append(key).Append(": {}");
        if (values.Count == 0)
        {
            b.Append('\n');
            return;
        }

        b.Append(string.Create(CultureInfo.InvariantCulture, $"   # {values.Count:N0} value(s) no alias maps are kept as written; map any of them to a {target}:\n"));
        foreach (var (value, deals) in values.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(25))
        {
            b.Append(string.Create(CultureInfo.InvariantCulture, $"#  {Quote(value)}: ?   # {deals:N0} deal(s)\n"));
        }
    }

    private static bool Matches(string header, string name)
    {
        var normal = Normalize(header);
        if (normal == name)
        {
            return true;
        }

        // A nested JSON Lines key by its last part: money_raised.currency is a currency, location.region a region; and,
        // when that part is only "value" or "name" (an API's {"value": …} objects), by the part before it:
        // properties.money_raised.value is an amount, funded_organization_identifier.value a company.
        var parts = header.Split('.');
        if (parts.Length > 1 && Normalize(parts[^1]) == name)
        {
            return true;
        }

        if (parts.Length > 2 && parts[^1] is "value" or "name" && Normalize(parts[^2]) == name)
        {
            return true;
        }

        foreach (var prefix in new[] { "company", "org", "organization", "organisation" })
        {
            if (normal.StartsWith(prefix, StringComparison.Ordinal) && normal.Length > prefix.Length && normal[prefix.Length..] == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> by one inserted, deleted, replaced or swapped character.</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var restA = a.AsSpan(start);
        var restB = b.AsSpan(start);
        return a.Length == b.Length
            ? restA[1..].SequenceEqual(restB[1..]) || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]))
            : a.Length > b.Length ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]);
    }

    private static string Normalize(string header) =>
        new([.. header.ToLowerInvariant().Where(c => c is not (' ' or '_' or '-' or '.' or '(' or ')'))]);

    private static string[] WithLoaderAliases(string field, string[] preferred)
    {
        var aliases = DealMapping.HeaderAliases(field).Select(Normalize);
        return [.. preferred, .. aliases.Where(alias => !preferred.Contains(alias, StringComparer.Ordinal))];
    }

    /// <summary>
    /// True when the values of the column fit the field: most dates parse, most amounts are numbers. A column found by
    /// its values alone (not <paramref name="named"/>) is a date column only in a date format, not as numbers that read
    /// as Unix time (ids and amounts of ten digits would).
    /// </summary>
    private static bool Plausible(string field, ExportSample sample, int index, bool named = true)
    {
        var values = sample.Values(index).Take(300).ToList();
        return field switch
        {
            "date" => values.Count > 0 && ColumnValues.BestDateFormat(values, builtIn: named).Share >= 0.8,
            "amount" => values.Count(static v => !Loading.AmountText.IsUndisclosed(v)) is var stated && (stated == 0 || values.Count(Loading.AmountText.IsAmount) >= 0.8 * stated),
            _ => true,
        };
    }

    private static int IndexOf(ExportSample sample, string column) => sample.Columns.ToList().IndexOf(column);

    /// <summary>
    /// Of the stage column and the columns named like it ("Deal Type" of Early Stage VC, "Deal Type 2" of Series A), the
    /// one whose values the built-in stage aliases know best, when it knows clearly more of them.
    /// </summary>
    private static void PreferTheColumnThatNamesStages(MappingGuess guess, ExportSample sample, HashSet<int> used)
    {
        if (!guess.Columns.TryGetValue("stage", out var column))
        {
            return;
        }

        var chosen = IndexOf(sample, column);
        var stem = Normalize(column);
        var best = (Index: chosen, Share: ColumnValues.KnownStageShare(sample, chosen));
        for (var i = 0; i < sample.Columns.Count; i++)
        {
            if (!used.Contains(i) && Normalize(sample.Columns[i]).StartsWith(stem, StringComparison.Ordinal) && ColumnValues.KnownStageShare(sample, i) is var share && share > best.Share + 0.25)
            {
                best = (i, share);
            }
        }

        if (best.Index != chosen)
        {
            guess.Columns["stage"] = sample.Columns[best.Index];
            used.Remove(chosen);
            used.Add(best.Index);
        }
    }

    private static string Quote(string text) =>
        text.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or ' ' or '.' or '+') && text.Trim() == text && text.Length > 0 && !char.IsDigit(text[0]) && text is not ("yes" or "no" or "true" or "false" or "null" or "on" or "off")
            ? text
            : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
