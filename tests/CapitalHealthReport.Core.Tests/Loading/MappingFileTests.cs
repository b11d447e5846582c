using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class MappingFileTests
{
    [Fact]
    public void Parses_every_key_of_the_documented_mapping()
    {
        var mapping = DealMapping.Parse("""
            # deals mapping
            format: csv
            encoding: utf-8
            delimiter: ";"
            date_format: [dd/MM/yyyy, yyyy-MM-dd]
            currency: usd
            columns:
              date: funded_at
              company: company_name
            stages:
              series-a: A
              venture: Other
            sectors: {}
            regions:
              Peking: Beijing
            """, "m.yaml");

        Assert.Equal("csv", mapping.Format);
        Assert.Equal("utf-8", mapping.Encoding);
        Assert.Equal(';', mapping.Delimiter);
        Assert.Equal(["dd/MM/yyyy", "yyyy-MM-dd"], mapping.DateFormats);
        Assert.Equal("USD", mapping.Currency);
        Assert.Equal("funded_at", mapping.Columns["date"]);
        Assert.Equal(Stage.Other, mapping.Stages["venture"]);
        Assert.Empty(mapping.Sectors);
        Assert.Equal("Beijing", mapping.Regions["Peking"]);
    }

    [Fact]
    public void Parses_number_format_missing_values_fill_down_dedupe_and_joined_columns()
    {
        var mapping = DealMapping.Parse("""
            format: parquet
            decimal_separator: ","
            thousands_separator: "."
            na_values: [keine, "?"]
            undisclosed: 未透露人民币
            fill_down: [company, company_id]
            dedupe: exact
            columns:
              stage: [funding_round_type, funding_round_code]
              date: funded_at
            """, "m.yaml");

        Assert.Equal("parquet", mapping.Format);
        Assert.Equal(DecimalSeparator.Comma, mapping.DecimalSeparator);
        Assert.Equal(ThousandsSeparator.Dot, mapping.ThousandsSeparator);
        Assert.Equal(["keine", "?"], mapping.NaValues);
        Assert.Equal(["未透露人民币"], mapping.Undisclosed);
        Assert.Equal(["company", "company_id"], mapping.FillDown);
        Assert.Equal(DedupeMode.Exact, mapping.Dedupe);
        Assert.Equal(["funding_round_type", "funding_round_code"], mapping.SourceColumns["stage"]);
        Assert.Equal("funding_round_type", mapping.Columns["stage"]);
        Assert.Equal(["funded_at"], mapping.SourceColumns["date"]);
    }

    [Theory]
    [InlineData("thousands_separator: \" \"\n", ThousandsSeparator.Space)]
    [InlineData("thousands_separator: \"'\"\n", ThousandsSeparator.Apostrophe)]
    [InlineData("thousands_separator: none\n", ThousandsSeparator.None)]
    [InlineData("thousands_separator: auto\n", ThousandsSeparator.Auto)]
    public void Reads_every_thousands_separator(string yaml, ThousandsSeparator expected) =>
        Assert.Equal(expected, DealMapping.Parse(yaml, "m.yaml").ThousandsSeparator);

    [Fact]
    public void Defaults_to_automatic_number_format_and_no_deduplication()
    {
        var mapping = DealMapping.Parse("currency: USD\n", "m.yaml");

        Assert.Equal(DecimalSeparator.Auto, mapping.DecimalSeparator);
        Assert.Equal(ThousandsSeparator.Auto, mapping.ThousandsSeparator);
        Assert.Equal(DedupeMode.None, mapping.Dedupe);
        Assert.Empty(mapping.FillDown);
    }

    [Fact]
    public void Accepts_a_tab_delimiter_written_as_an_escape() =>
        Assert.Equal('\t', DealMapping.Parse("delimiter: \"\\t\"\n", "m.yaml").Delimiter);

    [Theory]
    [InlineData("formats: csv\n", 1, 1, "unknown key 'formats'")]
    [InlineData("format: csv\ncolumns:\n  date: a\n  when: b\n", 4, 3, "unknown field 'when'")]
    [InlineData("columns: 5\n", 1, 10, "'columns' must be a mapping")]
    [InlineData("columns:\n  date: {a: b}\n", 2, 9, "'columns.date' must be a value")]
    [InlineData("columns:\n  stage: [a, [b]]\n", 2, 14, "lists a list")]
    [InlineData("columns:\n  stage: []\n", 2, 10, "1 to 4 columns")]
    [InlineData("decimal_separator: ;\n", 1, 20, "not a decimal separator")]
    [InlineData("thousands_separator: x\n", 1, 22, "not a thousands separator")]
    [InlineData("fill_down: [company, firm]\n", 1, 12, "unknown field 'firm'")]
    [InlineData("dedupe: fuzzy\n", 1, 9, "not a duplicate handling")]
    [InlineData("na_values: [nan, \"\"]\n", 1, 12, "empty text")]
    [InlineData("undisclosed: {a: b}\n", 1, 14, "must be a value or a list")]
    [InlineData("format: pdf\n", 1, 9, "not a format")]
    [InlineData("encoding: klingon\n", 1, 11, "not an encoding")]
    [InlineData("delimiter: ab\n", 1, 12, "one character")]
    [InlineData("currency: dollars\n", 1, 11, "not an ISO 4217 code")]
    [InlineData("decimal_separator: \".\"\nthousands_separator: \".\"\n", 2, 22, "is the decimal separator too")]
    [InlineData("thousands_separator: \",\"\ndecimal_separator: \",\"\n", 1, 22, "is the decimal separator too")]
    [InlineData("stages:\n  x: Series Q\n", 2, 6, "not a canonical stage")]
    [InlineData("date_format: [yyyy-MM-dd, \"%\"]\n", 1, 14, "not a date format")]
    [InlineData("format: csv\nformat: tsv\n", 2, 1, "repeats the key 'format'")]
    [InlineData("columns:\n  date: [a\n", 3, 1, "not valid YAML")]
    [InlineData("- a\n- b\n", 1, 1, "must be a mapping")]
    public void Reports_mistakes_with_file_line_and_column(string yaml, int line, int column, string messagePart)
    {
        var ex = Assert.Throws<InputException>(() => DealMapping.Parse(yaml, "m.yaml"));

        Assert.Equal("m.yaml", ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains(messagePart, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("colums:\n  date: a\n", "Did you mean 'columns'? Known keys: format, encoding")]
    [InlineData("dateformat: yyyy-MM-dd\n", "Did you mean 'date_format'? Known keys:")]
    [InlineData("zzz: 1\n", "Known keys: format, encoding")]
    [InlineData("columns:\n  compnay: Firm\n", "Did you mean 'company'? Known fields:")]
    [InlineData("columns:\n  when: Date\n", "Known fields:")]
    [InlineData("fill_down: [sectr]\n", "Did you mean 'sector'? Known fields:")]
    public void Suggests_the_key_or_field_a_misspelt_one_most_likely_means(string yaml, string hintStart)
    {
        var ex = Assert.Throws<InputException>(() => DealMapping.Parse(yaml, "m.yaml"));

        Assert.StartsWith(hintStart, ex.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_every_mistake_of_a_mapping_at_once_in_the_order_of_the_file()
    {
        const string Yaml = "format: xls\ncolumns:\n  date: a\n  when: b\n  stage: []\nstages:\n  x: Series Q\n  y: Seed\n  z: Round Z\ndedupe: fuzzy\nzzz: 1\n";

        var ex = Assert.Throws<InputProblemsException>(() => DealMapping.Parse(Yaml, "m.yaml"));

        Assert.Equal(
            [(1, 9), (4, 3), (5, 10), (7, 6), (9, 6), (10, 9), (11, 1)],
            ex.Problems.Select(p => (p.Line!.Value, p.Column!.Value)));
        Assert.All(ex.Problems, p => Assert.Equal("m.yaml", p.File));
        Assert.Contains("'stages.z: Round Z' is not a canonical stage", ex.Problems[4].Message, StringComparison.Ordinal);
        Assert.Equal("7 problems in m.yaml; see docs/data.md for the mapping format.", ex.Summary);
        Assert.Equal("m.yaml", ex.File);
        Assert.StartsWith("m.yaml: 7 problems:\n  m.yaml:1:9: 'format: xls' is not a format.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_currency_without_exchange_rates_at_its_key_before_any_row_is_read()
    {
        using var temp = new TempDeals();

        var ex = Assert.Throws<InputException>(() => temp.LoadCsv("date,company,amount\n2024-03-05,A,5000000\n", mapping: "format: csv\ncurrency: XYZ\n"));

        Assert.Equal(("mapping.yaml", 2, 11), (ex.File, ex.Line, ex.Column));
        Assert.Contains("'currency: XYZ'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("JPY", ex.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_anchors_and_aliases_without_expanding_them()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";

        var ex = Assert.Throws<InputException>(() => DealMapping.Parse(bomb, "bomb.yaml"));

        Assert.Contains("anchor", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Refuses_nesting_deeper_than_64_levels()
    {
        var deep = "columns: " + new string('[', 100) + new string(']', 100) + "\n";

        var ex = Assert.Throws<InputException>(() => DealMapping.Parse(deep, "deep.yaml"));

        Assert.Contains("deeper than 64", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Treats_an_empty_file_as_an_empty_mapping() => Assert.Empty(DealMapping.Parse("# nothing\n", "m.yaml").Columns);

    [Fact]
    public void Reports_a_missing_mapping_file()
    {
        var ex = Assert.Throws<InputException>(() => DealMapping.Load("/no/such/mapping.yaml"));

        Assert.Contains("not found", ex.Message, StringComparison.Ordinal);
    }
}
