using CapitalHealthReport.Text;

namespace CapitalHealthReport.Core.Tests.Text;

public sealed class MessageTextTests
{
    [Fact]
    public void A_long_quoted_value_is_cut_at_200_characters_with_an_ellipsis()
    {
        var message = $"'format: {new string('x', 1_000_000)}' is not a format.";

        var shortened = MessageText.Shorten(message);

        Assert.Equal($"'format: {new string('x', 192)}…' is not a format.", shortened);
    }

    [Fact]
    public void Short_values_and_the_rest_of_the_message_are_kept()
    {
        const string message = "mapping.yaml:3:9: 'encoding: utf-7' is not supported. Use \"utf-8\".";

        Assert.Equal(message, MessageText.Shorten(message));
    }

    [Fact]
    public void A_message_with_no_quotes_is_cut_as_a_whole_past_2000_characters()
    {
        var shortened = MessageText.Shorten(new string('m', 10_000));

        Assert.Equal(MessageText.MaxMessageLength + 1, shortened.Length);
        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_input_error_is_shortened_in_one_place()
    {
        var error = new InputException($"'{new string('a', 10_000)}' is wrong.", "deals.csv", 2, 3, "Fix it.");

        Assert.True(error.Message.Length < 300, error.Message);
        Assert.StartsWith("deals.csv:2:3: 'aaa", error.Message, StringComparison.Ordinal);
    }
}
