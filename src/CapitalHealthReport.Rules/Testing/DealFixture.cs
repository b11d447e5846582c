using System.Globalization;
using CapitalHealthReport.Model;
using CapitalHealthReport.Yaml;

namespace CapitalHealthReport.Rules.Testing;

/// <summary>
/// A small table of deals in a test file, one mapping per deal: <c>date</c> and <c>company</c> (required),
/// <c>sector</c>, <c>region</c>, <c>stage</c> (a canonical stage: Seed, A, B, …), <c>amount</c>, <c>currency</c> (default
/// CNY) and <c>investors</c>. Names are the reference tables' canonical ones.
/// </summary>
internal static class DealFixture
{
    public static IReadOnlyList<Deal> Read(YNode node, string file)
    {
        var items = node as YSequence ?? throw new InputException("'deals' is a list of deals, e.g. '- { date: 2025-01-15, company: A, sector: AI, stage: A, amount: 10000000 }'.", file, node.Line, node.Column);
        var deals = new List<Deal>();
        foreach (var item in items.Items)
        {
            deals.Add(Deal(YamlTree.ExpectMapping(item, file, "A deal"), file, deals.Count + 1));
        }

        return deals;
    }

    private static Deal Deal(YMapping map, string file, int number)
    {
        DateOnly? date = null;
        string? company = null, sector = null, region = null;
        var stage = Stage.Unknown;
        decimal? amount = null;
        var currency = "CNY";
        IReadOnlyList<string> investors = [];
        foreach (var (key, value) in map.Entries)
        {
            switch (key.Value)
            {
                case "date":
                    var text = YamlTree.ExpectString(value, file, "date");
                    date = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                        ? parsed
                        : throw new InputException($"'{text}' is not a date; write yyyy-MM-dd.", file, value.Line, value.Column);
                    break;
                case "company":
                    company = YamlTree.ExpectString(value, file, "company").Trim();
                    break;
                case "sector":
                    sector = YamlTree.ExpectString(value, file, "sector").Trim();
                    break;
                case "region":
                    region = YamlTree.ExpectString(value, file, "region").Trim();
                    break;
                case "stage":
                    var name = YamlTree.ExpectString(value, file, "stage").Trim();
                    stage = Enum.TryParse<Stage>(name, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(name, out _)
                        ? s
                        : throw new InputException($"'{name}' is not a canonical stage; use {string.Join(", ", Enum.GetNames<Stage>())}.", file, value.Line, value.Column);
                    break;
                case "amount":
                    var amountText = YamlTree.ExpectString(value, file, "amount");
                    amount = decimal.TryParse(amountText.Replace("_", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && a >= 0
                        ? a
                        : throw new InputException($"'{amountText}' is not an amount.", file, value.Line, value.Column);
                    break;
                case "currency":
                    currency = YamlTree.ExpectString(value, file, "currency").Trim().ToUpperInvariant();
                    break;
                case "investors":
                    investors = YamlTree.ExpectStrings(value, file, "investors").Select(i => i.Trim()).ToList();
                    break;
                default:
                    throw RuleTestReader.Unknown(file, key, RuleTestReader.DealKeys, "in a deal");
            }
        }

        if (date is null || company is null)
        {
            throw new InputException("a deal needs 'date' and 'company'.", file, map.Line, map.Column);
        }

        return new Deal
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"T{number:0000}"),
            Date = date.Value,
            Company = company,
            CompanyKey = company.ToLowerInvariant(),
            Sector = sector,
            Region = region,
            Stage = stage,
            Amount = amount,
            Currency = currency,
            Investors = investors,
        };
    }
}
