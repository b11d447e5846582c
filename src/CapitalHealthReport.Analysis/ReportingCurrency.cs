using System.Globalization;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport;

/// <summary>
/// Chooses the currency every amount is converted to: the configuration's <c>reporting_currency</c> when it names one,
/// else the data's currency when every deal shares one, else the currency of the data's country when the exchange-rate
/// table has it (US deals in several currencies are reported in dollars), else the currency most deals are in (of
/// currencies tied for the most, the first by code); CNY only when no deal has a currency. A choice the configuration did not
/// make is noted, and so is a currency the loader had to assume for deals that name none.
/// </summary>
internal static class ReportingCurrency
{
    /// <summary>The currency when neither the configuration nor the data decides (and the one deals naming none are read in).</summary>
    public const string Fallback = "CNY";

    /// <summary>The reporting currency and the notes saying what was taken from the data or assumed.</summary>
    public static (string Code, IReadOnlyList<AnalysisNote> Notes) Choose(AnalysisConfig config, DataProfile profile, FxTable fx)
    {
        var notes = new List<AnalysisNote>();
        var total = profile.Currencies.Values.Sum();
        if (profile.CurrencyAssumedDeals > 0)
        {
            var which = profile.CurrencyAssumedDeals == total
                ? "no deal names its currency"
                : string.Create(CultureInfo.InvariantCulture, $"{profile.CurrencyAssumedDeals:N0} of {total:N0} deals name no currency");
            var reported = profile.CurrencyAssumedDeals == total && !config.SetsReportingCurrency;
            var read = reported ? "read and reported as" : "read as";
            var assumed = profile.AssumedCurrency ?? Fallback;
            var chineseWhich = profile.CurrencyAssumedDeals == total
                ? "所有交易均未注明币种"
                : string.Create(CultureInfo.InvariantCulture, $"{total:N0}笔交易中有{profile.CurrencyAssumedDeals:N0}笔未注明币种");
            // Nothing in the data names the currency: the amounts' currency is said to be unnamed, never silently the default's.
            notes.Add(profile.AssumedCurrencyBasis == CurrencyAssumption.Default
                ? AnalysisNote.Warning(
                    "deal-currency-assumed",
                    $"{which} (no currency column value, none in the amount, no 'currency:' in the mapping, no country whose currency decides): the amounts' currency is not named, so they are {read} {assumed}, assumed only for want of one; name it with 'currency:' in a mapping file (and choose the report's with parameters.reporting_currency).",
                    $"{chineseWhich}（无币种列、金额中无币种、映射文件未设 currency:、无可据以确定币种的国家）：金额的币种未注明，仅因无从得知而按{assumed}读取{(reported ? "并报告" : "")}；请在映射文件中用 currency: 注明币种（报告币种可用 parameters.reporting_currency 选择）。")
                : AnalysisNote.Warning(
                    "deal-currency-assumed",
                    $"{which} (no currency column value, none in the amount, no 'currency:' in the mapping): {read} {assumed}, assumed{Basis(profile)}; set 'currency:' in a mapping file if that is wrong.",
                    $"{chineseWhich}（无币种列、金额中无币种、映射文件未设 currency:）：按{assumed}读取{(reported ? "并报告" : "")}，系假定{ChineseBasis(profile)}；如有误，请在映射文件中用 currency: 指定币种。"));
        }

        notes.AddRange(CellFormatCurrencyNotes.Of(profile));
        if (YenSignNote.Of(profile, ChineseCountryBasis) is { } yenSign)
        {
            notes.Add(yenSign);
        }

        if (config.SetsReportingCurrency)
        {
            var code = config.Parameters.ReportingCurrency;
            // The configuration chose the currency, so the message points there, not at the first deal converted to it.
            var written = config.ParameterValues.LastOrDefault(static v => v.Name == "reporting_currency");
            if (!fx.Supports(code) && CountryNames.IsCurrency(code))
            {
                // A currency without a rate reports data all in it; no amount in another can be converted to it.
                var others = profile.Currencies.Keys.Where(c => !string.Equals(c, code, StringComparison.OrdinalIgnoreCase)).ToList();
                if (others.Count > 0)
                {
                    throw new InputException(
                        $"reporting_currency '{code}' has no exchange rate in fx.csv, so the deals in {string.Join(", ", others)} cannot be converted to it.",
                        config.SourcePath ?? AnalysisConfig.DefaultFileName,
                        written?.Line,
                        written?.Column,
                        hint: $"Report in a currency with rates ({string.Join(", ", fx.Currencies)}), add {code}'s yearly rates to data/reference/fx.csv, or leave reporting_currency out to report in the data's currency.");
                }

                notes.Add(MegaRoundUnmeasurable(code, config.Parameters.MegaRoundUsd));
                return (code, notes);
            }

            if (!fx.Supports(code))
            {
                throw new InputException(
                    $"reporting_currency '{code}' has no exchange rate in fx.csv (known: {string.Join(", ", fx.Currencies)}).",
                    config.SourcePath ?? AnalysisConfig.DefaultFileName,
                    written?.Line,
                    written?.Column,
                    hint: "Use an ISO 4217 code from that list, add its yearly rates to data/reference/fx.csv, or leave reporting_currency out to report in the data's currency.");
            }

            return (code, notes);
        }

        var currencies = profile.Currencies
            .Select(static p => (Currency: p.Key, Count: p.Value))
            .OrderByDescending(static c => c.Count)
            .ThenBy(static c => c.Currency, StringComparer.Ordinal)
            .ToList();
        if (currencies.Count == 1)
        {
            var only = currencies[0].Currency;
            if (profile.CurrencyAssumedDeals == 0)
            {
                notes.Insert(0, AnalysisNote.Info(
                    "currency-from-data",
                    $"amounts are reported in {only}, the currency of every deal (set parameters.reporting_currency to choose another).",
                    $"金额以{CurrencyNames.ChineseName(only)}报告，即所有交易的币种（可用 parameters.reporting_currency 另选）。"));
            }

            if (!fx.Supports(only))
            {
                notes.Add(MegaRoundUnmeasurable(only, config.Parameters.MegaRoundUsd));
            }

            return (only, notes);
        }

        if (currencies.Count == 0)
        {
            return (Fallback, notes);
        }

        var mix = string.Join(", ", currencies.Select(static c => string.Create(CultureInfo.InvariantCulture, $"{c.Currency} {c.Count:N0}")));
        if (profile.Country is { } country && CountryNames.Currency(country) is { } national && fx.Supports(national))
        {
            notes.Insert(0, AnalysisNote.Info(
                "currency-assumed",
                $"the deals are in several currencies ({mix}); amounts are converted to {national}, the currency of the data's country ({CountryNames.EnglishName(country) ?? country}, from the {profile.CountryBasis}; set parameters.reporting_currency to choose another).",
                $"交易涉及多种货币（{mix}）；金额换算为{national}，即数据所属国家（{CountryNames.ChineseName(country) ?? country}，依据{ChineseCountryBasis(profile.CountryBasis)}）的货币（可用 parameters.reporting_currency 另选）。"));
            return (national, notes);
        }

        // No country decides (a global export, or one naming no places): the currency most deals are in, not a default.
        var most = currencies.Select(static c => c.Currency).FirstOrDefault(fx.Supports) ?? Fallback;
        var (english, chinese) = MostDeals(currencies, most, fx);
        notes.Insert(0, AnalysisNote.Info(
            "currency-assumed",
            $"the deals are in several currencies ({mix}); {english} (set parameters.reporting_currency to choose another).",
            $"交易涉及多种货币（{mix}）；{chinese}（可用 parameters.reporting_currency 另选）。"));
        return (most, notes);
    }

    /// <summary>
    /// How <paramref name="chosen"/> was taken when no country decides, as the note's clause in English and Chinese: the
    /// currency most deals are in, or, when currencies tie for the most deals, the tie and why it went to
    /// <paramref name="chosen"/>. <paramref name="currencies"/> are ordered by deals, most first, then by code.
    /// </summary>
    private static (string English, string Chinese) MostDeals(List<(string Currency, int Count)> currencies, string chosen, FxTable fx)
    {
        var tied = currencies.Where(c => c.Count == currencies[0].Count).Select(static c => c.Currency).ToList();
        if (!tied.Contains(chosen, StringComparer.Ordinal))
        {
            return (
                $"amounts are converted to {chosen}, the currency most deals are in among those the exchange-rate table has, no country's currency deciding",
                $"金额换算为汇率表所含币种中交易最多的{chosen}，没有哪个国家的货币起决定作用");
        }

        if (tied.Count == 1)
        {
            return (
                $"amounts are converted to {chosen}, the currency most deals are in, no country's currency deciding",
                $"金额换算为多数交易所用的{chosen}，没有哪个国家的货币起决定作用");
        }

        var names = string.Join(", ", tied.Take(tied.Count - 1)) + " and " + tied[^1];
        var chineseNames = string.Join("、", tied.Take(tied.Count - 1)) + "和" + tied[^1];
        var deals = currencies[0].Count.ToString("N0", CultureInfo.InvariantCulture);
        var (reason, chineseReason) = tied.Count(fx.Supports) > 1
            ? ("the first of them in alphabetical order", "按字母顺序居首的")
            : ("the only one of them the exchange-rate table has", "其中汇率表唯一收录的");
        return (
            $"no country's currency decides and {names} tie for the most deals ({deals} each): amounts are converted to {chosen}, {reason}",
            $"没有哪个国家的货币起决定作用，{chineseNames}的交易笔数并列最多（各{deals}笔）：金额换算为{chineseReason}{chosen}");
    }

    /// <summary>
    /// The note saying that rounds in <paramref name="code"/>, a currency without an exchange rate, cannot be compared with
    /// the mega-round size set in dollars: the mega-round share is undefined, and every other figure is exact in it.
    /// </summary>
    private static AnalysisNote MegaRoundUnmeasurable(string code, decimal megaRoundUsd)
    {
        var size = MoneyText.AsSet((double)megaRoundUsd, "USD", chinese: false);
        var chineseSize = MoneyText.AsSet((double)megaRoundUsd, "USD", chinese: true);
        return AnalysisNote.Warning(
            "mega-round-unmeasurable",
            $"{code} has no exchange rate in fx.csv, so rounds cannot be compared with mega_round_usd ({size}): the mega-round share cannot be measured, and the rules reading it do not judge. Every other figure is in {code} as the data gives it.",
            $"{CurrencyNames.ChineseName(code)}（{code}）在 fx.csv 中没有汇率，无法将各轮融资与 mega_round_usd（{chineseSize}）比较：超大额融资占比无法衡量，依据该指标的规则不作判断。其余各项数据均按数据所给的{CurrencyNames.ChineseName(code)}计算。");
    }

    private static string Basis(DataProfile profile) => profile.AssumedCurrencyBasis switch
    {
        CurrencyAssumption.OtherDeals => ", the currency of every other deal",
        CurrencyAssumption.Country => $", the currency of the data's country ({CountryNames.EnglishName(profile.Country!) ?? profile.Country}, from the {profile.CountryBasis})",
        _ => "",
    };

    private static string ChineseBasis(DataProfile profile) => profile.AssumedCurrencyBasis switch
    {
        CurrencyAssumption.OtherDeals => "（其余交易均为该币种）",
        CurrencyAssumption.Country => $"（数据所属国家{CountryNames.ChineseName(profile.Country!) ?? profile.Country}的货币，依据{ChineseCountryBasis(profile.CountryBasis)}）",
        _ => "",
    };

    /// <summary>Where the data's country was read from (<see cref="DataProfile.CountryBasis"/>), in Chinese.</summary>
    private static string ChineseCountryBasis(string basis) => basis switch
    {
        "country column" => "国家列",
        "regions" => "地区",
        _ => basis,
    };
}
