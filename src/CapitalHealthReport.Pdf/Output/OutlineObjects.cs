using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Pdf.Output;

/// <summary>
/// Writes the document outline (bookmarks) as PDF objects: an outline dictionary and one item per entry, nested by level
/// (an entry belongs to the nearest earlier entry of a lower level), each pointing at its heading's named destination.
/// </summary>
internal static class OutlineObjects
{
    /// <summary>The object bodies, numbered from <paramref name="firstNumber"/>; the first is the outline dictionary.</summary>
    public static IReadOnlyList<string> Build(IReadOnlyList<OutlineEntry> entries, int firstNumber)
    {
        var count = entries.Count;
        var parent = new int[count];
        var children = new List<int>[count + 1]; // index count = the outline root
        for (var i = 0; i <= count; i++)
        {
            children[i] = [];
        }

        var stack = new Stack<int>();
        for (var i = 0; i < count; i++)
        {
            while (stack.Count > 0 && entries[stack.Peek()].Level >= entries[i].Level)
            {
                stack.Pop();
            }

            parent[i] = stack.Count > 0 ? stack.Peek() : count;
            children[parent[i]].Add(i);
            stack.Push(i);
        }

        string Ref(int index) => (index == count ? firstNumber : firstNumber + 1 + index).ToString(CultureInfo.InvariantCulture) + " 0 R";

        int Descendants(int index) => children[index].Sum(child => 1 + Descendants(child));

        var objects = new List<string>(count + 1);
        var root = new StringBuilder("<</Type /Outlines");
        if (children[count].Count > 0)
        {
            root.Append(" /First ").Append(Ref(children[count][0])).Append(" /Last ").Append(Ref(children[count][^1]))
                .Append(" /Count ").Append(Descendants(count).ToString(CultureInfo.InvariantCulture));
        }

        objects.Add(root.Append(">>").ToString());
        for (var i = 0; i < count; i++)
        {
            var siblings = children[parent[i]];
            var position = siblings.IndexOf(i);
            var item = new StringBuilder("<</Title ").Append(PdfSyntax.TextString(entries[i].Title))
                .Append(" /Parent ").Append(Ref(parent[i]))
                .Append(" /Dest /").Append(DestinationNames.Of(entries[i].Anchor));
            if (position > 0)
            {
                item.Append(" /Prev ").Append(Ref(siblings[position - 1]));
            }

            if (position < siblings.Count - 1)
            {
                item.Append(" /Next ").Append(Ref(siblings[position + 1]));
            }

            if (children[i].Count > 0)
            {
                // Open: a positive count shows the chapter's sections in the bookmarks panel.
                item.Append(" /First ").Append(Ref(children[i][0])).Append(" /Last ").Append(Ref(children[i][^1]))
                    .Append(" /Count ").Append(Descendants(i).ToString(CultureInfo.InvariantCulture));
            }

            objects.Add(item.Append(">>").ToString());
        }

        return objects;
    }
}
