using System.Globalization;
using System.Text.Json;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Rules.Expressions;

namespace CapitalHealthReport.Rules.Tests;

/// <summary>
/// Each configuration parameter is declared once (<see cref="RuleParameters.Declared"/>); what rule expressions see,
/// what the configuration reader accepts and what the schema lets an editor write are checked against it.
/// </summary>
public sealed class RuleParametersTests
{
    /// <summary>Parameters unlike the defaults in every number, so that a property reading another parameter shows.</summary>
    private static readonly MetricParameters Distinct = MetricParameters.Default with
    {
        MegaRoundUsd = 250_000_000m,
        MinDeals = 7,
        MaxUnknownInvestorShare = 0.35,
        MinActiveInvestors = 11,
        MinRepeatInvestors = 4,
        MinMedianRounds = 3,
    };

    public static TheoryData<string> Numbers() => [.. RuleParameters.Declared.Where(p => p.Kind == ConfigParameterKind.Number).Select(p => p.Name)];

    [Fact]
    public void Every_parameter_is_a_property_rule_expressions_can_read()
    {
        var view = ParamsView.From(Distinct);
        foreach (var parameter in RuleParameters.Declared)
        {
            Assert.StartsWith("Params.", parameter.Expression, StringComparison.Ordinal);
            var property = typeof(ParamsView).GetProperty(parameter.Expression["Params.".Length..]);
            Assert.True(property is { GetMethod.IsPublic: true }, $"{parameter.Name}: ParamsView has no public {parameter.Expression}");
            if (parameter.Number is { } number)
            {
                Assert.Equal(number(Distinct), Convert.ToDouble(property!.GetValue(view), CultureInfo.InvariantCulture));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void A_number_parameter_written_in_the_configuration_is_the_value_thresholds_and_messages_read(string name)
    {
        var written = RuleParameters.Number(name, Distinct)!.Value;
        var config = Fixtures.Config($"parameters:\n  {name}: {written.ToString(CultureInfo.InvariantCulture)}\n");

        Assert.Equal(written, RuleParameters.Number(name, config.Parameters));
        Assert.NotEqual(written, RuleParameters.Number(name, MetricParameters.Default));
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void A_number_parameter_that_is_not_a_number_is_refused_saying_what_it_must_be(string name)
    {
        var error = Assert.Throws<InputException>(() => Fixtures.Config($"parameters:\n  {name}: plenty\n"));

        Assert.Equal((2, name.Length + 5), (error.Line, error.Column));
        Assert.Contains($"{name} 'plenty' must be {RuleParameters.Find(name)!.Expected}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_schema_lists_every_parameter_and_no_other()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(CapitalHealthReport.Testing.RepositoryPaths.Root, "schemas", "capitalhealth.schema.json")));
        var parameters = schema.RootElement.GetProperty("definitions").GetProperty("parameters").GetProperty("properties");

        Assert.Equal(RuleParameters.All.ToList(), parameters.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_parameter_has_a_name_for_readers_in_both_languages()
    {
        foreach (var parameter in RuleParameters.Declared)
        {
            Assert.StartsWith("the ", RuleParameters.ReaderName(parameter.Name, chinese: false), StringComparison.Ordinal);
            Assert.DoesNotContain(parameter.Name, RuleParameters.ReaderName(parameter.Name, chinese: true), StringComparison.Ordinal);
        }
    }
}
