using System.Text;

namespace CapitalHealthReport.Loading;

/// <summary>The first objects of an export written as one JSON array, for tools that look at it before a mapping exists (<c>init</c>).</summary>
public static class JsonArrayHead
{
    /// <summary>True when <paramref name="text"/> begins (after white space) with <c>[</c>: one JSON array, not JSON Lines.</summary>
    public static bool IsArray(string text) => JsonArrayElements.IsArray(text);

    /// <summary>
    /// Up to <paramref name="maxElements"/> elements of the array <paramref name="text"/> holds, each with the line it
    /// begins on. Text cut off inside an element (the head of a larger file) ends the list before it.
    /// </summary>
    /// <exception cref="InputException">The text is not a well-formed array up to its first element.</exception>
    public static IReadOnlyList<(int Line, string Text)> Read(string text, string file, int maxElements)
    {
        var elements = new JsonArrayElements(Encoding.UTF8.GetBytes(text), 0, file);
        var read = new List<(int Line, string Text)>();
        try
        {
            while (read.Count < maxElements && elements.Next(out var line, out var element))
            {
                read.Add((line, element));
            }
        }
        catch (InputException) when (read.Count > 0)
        {
            // The head ends inside an element: the elements before it are the sample.
        }

        return read;
    }
}
