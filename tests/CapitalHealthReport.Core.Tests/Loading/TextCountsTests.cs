using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class TextCountsTests
{
    [Fact]
    public void Adds_up_runs_and_instances_of_the_same_text_and_leaves_out_nulls()
    {
        var counts = new TextCounts();
        var beijing = "Beijing";
        string?[] column = [beijing, beijing, null, new string("Beijing".AsSpan()), "Shanghai", beijing, null, null, "Shanghai"];
        foreach (var text in column)
        {
            counts.Add(text);
        }

        var result = counts.Counts();

        Assert.Equal(2, result.Count);
        Assert.Equal(4, result["Beijing"]);
        Assert.Equal(2, result["Shanghai"]);
    }

    [Fact]
    public void Counts_a_column_of_more_distinct_instances_than_it_keeps_apart()
    {
        // 200,000 rows, each its own string instance of one of three texts: instances are added up as they come.
        var counts = new TextCounts();
        string[] texts = ["a", "bb", "ccc"];
        for (var row = 0; row < 200_000; row++)
        {
            counts.Add(new string(texts[row % 3].AsSpan()));
        }

        var result = counts.Counts();

        Assert.Equal(66_667, result["a"]);
        Assert.Equal(66_667, result["bb"]);
        Assert.Equal(66_666, result["ccc"]);
    }
}
