using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Rendering.Markdown;
using SkiaSharp;
using PdfModel = CapitalHealthReport.Pdf.Model;

namespace CapitalHealthReport.Reporting.Rendering.Pdf;

/// <summary>State of one Markdown → PDF document model mapping: where blocks go, the text styles, charts.</summary>
internal sealed class PdfContext(ReportSource source, string language, IReadOnlyDictionary<string, ChartSpec> charts, PdfModel.DocumentTheme theme, PageBreakRule pageBreaks)
{
    /// <summary>The text width of A4 with the default margins, in points: what the chart layout sizes charts for.</summary>
    public const float ChartWidth = 483f;

    private readonly Stack<List<PdfModel.Block>> _targets = new([[]]);

    public ReportSource Source { get; } = source;

    public string Language { get; } = language;

    public RenderStrings Strings { get; } = RenderStrings.For(language);

    public IReadOnlyDictionary<string, ChartSpec> Charts { get; } = charts;

    public PdfModel.DocumentTheme Theme { get; } = theme;

    /// <summary>Body text: the theme's size and colour.</summary>
    public TextStyle Body { get; } = TextStyle.Default with { Size = theme.BodySize, Color = theme.TextColor };

    /// <summary>Monospaced text on a light background (inline code and code blocks).</summary>
    public TextStyle CodeStyle => Body with { Code = true, Background = new SKColor(0xF0, 0xF2, 0xF5), Size = Body.Size * 0.92f };

    /// <summary>Link text: underlined, blue.</summary>
    public static TextStyle LinkStyle(TextStyle current, string target) => current with { Link = target, Underline = true, Color = new SKColor(0x0B, 0x5C, 0xAB) };

    /// <summary>Where new pages start besides explicit markers.</summary>
    public PageBreakRule PageBreaks { get; } = pageBreaks;

    /// <summary>Chinese body text is justified, as Chinese publications set it; English stays flush left.</summary>
    public TextAlignment BodyAlignment { get; } = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? TextAlignment.Justify : TextAlignment.Left;

    /// <summary>Level-1 headings seen so far (the first one needs no page break before it).</summary>
    public int SectionCount { get; set; }

    /// <summary>The top-level blocks once mapping is done.</summary>
    public IReadOnlyList<PdfModel.Block> Blocks => _targets.Last();

    /// <summary>The figure a half-width chart fence just placed, which the next half-width chart joins side by side.</summary>
    public PdfModel.Block? LastHalfFigure { get; set; }

    /// <summary>The current target's last block, or null when it has none yet.</summary>
    public PdfModel.Block? Last => _targets.Peek() is { Count: > 0 } target ? target[^1] : null;

    /// <summary>Replaces <paramref name="last"/> with <paramref name="replacement"/> when it is the current target's last block.</summary>
    public bool ReplaceLast(PdfModel.Block last, PdfModel.Block replacement)
    {
        var target = _targets.Peek();
        if (target.Count == 0 || !ReferenceEquals(target[^1], last))
        {
            return false;
        }

        target[^1] = replacement;
        return true;
    }

    /// <summary>Adds a block to the current target; a page break right after another one is dropped (no blank pages).</summary>
    public void Add(PdfModel.Block block)
    {
        LastHalfFigure = null;
        var target = _targets.Peek();
        if (block is PdfModel.PageBreak && target.Count > 0 && target[^1] is PdfModel.PageBreak)
        {
            return;
        }

        target.Add(block);
    }

    /// <summary>Maps children into a new list (list items, quotes, callouts, cells) and returns it.</summary>
    public List<PdfModel.Block> Collect(Action fill)
    {
        var list = new List<PdfModel.Block>();
        _targets.Push(list);
        try
        {
            fill();
        }
        finally
        {
            _targets.Pop();
        }

        return list;
    }
}
