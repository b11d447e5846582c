using System.CommandLine;
using CapitalHealthReport.Cli.Tests.Determinism;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// Every option that takes a number, on every command, answers a value that is not one (or is out of its range) with
/// a usage error that names the option and says what to give: never the parser's .NET type names.
/// </summary>
public sealed class NumberOptionTests
{
    private static readonly HashSet<Type> NumberTypes = [typeof(int), typeof(int?), typeof(long), typeof(long?), typeof(double), typeof(double?), typeof(decimal), typeof(decimal?)];

    /// <summary>Each command path with each number option it has, as <c>sample --rows</c>.</summary>
    public static TheoryData<string> NumberOptions()
    {
        var data = new TheoryData<string>();
        foreach (var (path, option) in Options(CapitalHealthCli.CreateRootCommand(), []))
        {
            if (NumberTypes.Contains(option.ValueType))
            {
                data.Add(string.Join(' ', [.. path, option.Name]));
            }
        }

        return data;
    }

    [Fact]
    public void The_commands_have_number_options_to_check()
    {
        var found = NumberOptions().Select(static row => row.Data).ToList();
        Assert.Contains("sample --rows", found);
        Assert.Contains("sample --seed", found);
        Assert.Contains("analyze --max-rows", found);
        Assert.Contains("report --template-timeout", found);
    }

    [Theory]
    [MemberData(nameof(NumberOptions))]
    public void A_value_that_is_not_a_whole_number_says_what_to_give(string commandAndOption)
    {
        var words = commandAndOption.Split(' ');
        foreach (var value in new[] { "abc", "1e3", "1,000", "2.5", "" })
        {
            var outcome = InProcess.Run([.. words, value]);
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains($"error: {words[^1]} '{value}' is not a whole number; give a whole number from ", outcome.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", outcome.Stderr, StringComparison.Ordinal);
        }

        var huge = InProcess.Run([.. words, "99999999999"]);
        Assert.Equal(2, huge.ExitCode);
        Assert.Contains($"error: {words[^1]} 99999999999 is out of range; give a whole number from ", huge.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sample", "--rows", "0", "--rows 0 is out of range; give a whole number from 1 to 50,000,000.")]
    [InlineData("analyze", "--max-rules", "-3", "--max-rules -3 is out of range; give a whole number from 1 to 2,147,483,647.")]
    [InlineData("report", "--template-timeout", "3601", "--template-timeout 3601 is out of range; give a whole number from 1 to 3,600.")]
    public void A_whole_number_outside_the_range_names_the_range(string command, string option, string value, string message)
    {
        var outcome = InProcess.Run([command, option, value]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_takes_any_whole_number_and_defaults_to_the_bundled_one()
    {
        var negative = InProcess.Run(["sample", "--rows", "2", "--seed", "-7", "--output", "-"]);
        var bundled = InProcess.Run(["sample", "--rows", "2", "--output", "-"]);
        var explicitly = InProcess.Run(["sample", "--rows", "2", "--seed", "42", "--output", "-"]);
        Assert.Equal(0, negative.ExitCode);
        Assert.Equal(0, bundled.ExitCode);
        Assert.Equal(explicitly.Stdout, bundled.Stdout);
        Assert.NotEqual(negative.Stdout, bundled.Stdout);
    }

    private static IEnumerable<(IReadOnlyList<string> Path, Option Option)> Options(Command command, IReadOnlyList<string> path)
    {
        foreach (var option in command.Options)
        {
            yield return (path, option);
        }

        foreach (var sub in command.Subcommands)
        {
            foreach (var found in Options(sub, [.. path, sub.Name]))
            {
                yield return found;
            }
        }
    }
}
