using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CapitalHealthReport.Reporting.Rendering.Markdown;

/// <summary>Plain text of inline content (headings for the TOC and running header, table cells for alignment).</summary>
internal static partial class InlineText
{
    public static string Of(Inline? inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString();
    }

    /// <summary>The plain text of a table cell (its paragraphs joined by spaces).</summary>
    public static string Of(TableCell cell) =>
        string.Join(" ", cell.OfType<LeafBlock>().Select(b => Of(b.Inline))).Trim();

    /// <summary>
    /// Whether a cell reads as a number: digits with grouping and decimals, optional sign, currency and unit
    /// (<c>12.3%</c>, <c>1,234</c>, <c>−5.2 pp</c>, <c>1.2 bn</c>, <c>5.9 tn</c>, <c>1,250 crore</c>, <c>1.5 lakh crore</c>, <c>12.3亿元</c>, <c>5.9万亿</c>). Numeric columns are right-aligned.
    /// </summary>
    public static bool IsNumeric(string text)
    {
        var value = text.Trim();
        return value.Length > 0 && NumberPattern().IsMatch(value);
    }

    /// <summary>True when every non-empty body cell of a column is numeric (and there is at least one).</summary>
    public static bool IsNumericColumn(Table table, int column)
    {
        var seen = false;
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            if (column >= row.Count || row[column] is not TableCell cell)
            {
                continue;
            }

            var text = Of(cell);
            if (text.Length == 0 || text is "-" or "–" or "—" or "n/a" or "N/A")
            {
                continue;
            }

            if (!IsNumeric(text))
            {
                return false;
            }

            seen = true;
        }

        return seen;
    }

    private static void Append(StringBuilder builder, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlInline html:
                builder.Append(html.Tag);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(builder, child);
                }

                break;
        }
    }

    [GeneratedRegex(@"^[+\-−±]?\s?[$¥€£]?\s?\d[\d,\u00A0 ]*(\.\d+)?\s?(%|‰|pp|pts?|bn|tn|lakh crore|crore|lakh|[KMBx×]|万亿元|亿元|万元|万亿|亿|万|元|个百分点)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
