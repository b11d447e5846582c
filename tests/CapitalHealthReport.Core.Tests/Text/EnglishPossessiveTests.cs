using CapitalHealthReport.Text;

namespace CapitalHealthReport.Core.Tests.Text;

public sealed class EnglishPossessiveTests
{
    [Theory]
    [InlineData("Solo Robotics", "Solo Robotics'")]
    [InlineData("Semiconductors", "Semiconductors'")]
    [InlineData("AI", "AI's")]
    [InlineData("Beijing", "Beijing's")]
    [InlineData("Enterprise software", "Enterprise software's")]
    [InlineData("AWS", "AWS's")]
    [InlineData("Acme Holdings Inc.", "Acme Holdings Inc.'s")]
    [InlineData("Hermes'", "Hermes'")]
    [InlineData("Solo Robotics ", "Solo Robotics'")]
    [InlineData("智谱AI", "智谱AI's")]
    public void A_name_ending_in_s_takes_an_apostrophe_alone_and_any_other_name_takes_apostrophe_s(string name, string expected) =>
        Assert.Equal(expected, EnglishPossessive.Of(name));
}
