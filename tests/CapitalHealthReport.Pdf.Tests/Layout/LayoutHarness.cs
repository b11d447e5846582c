using CapitalHealthReport.Pdf.Layout;
using CapitalHealthReport.Pdf.Model;
using CapitalHealthReport.Pdf.Text;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Tests.Layout;

/// <summary>
/// "Having space of size … for content … expect …": builds elements from blocks and pages them through given
/// heights, recording what each page received.
/// </summary>
internal sealed class LayoutHarness : IDisposable
{
    public const float Width = 400f;

    public LayoutHarness()
    {
        Fonts = PdfTestKit.Fonts();
    }

    public FontSet Fonts { get; }

    public void Dispose() => Fonts.Dispose();

    public Element Create(params Block[] blocks)
    {
        var factory = new ElementFactory(Fonts, DocumentTheme.Default, blocks, Width);
        return blocks.Length == 1 ? factory.Create(blocks[0]) : factory.Column(blocks);
    }

    public float LineHeight(float size = 10f) => Fonts.Shape([new TextRun("Xg", TextStyle.Default with { Size = size })]).BreakLines(Width)[0].Height;

    /// <summary>Measures and places the element on one page of the given height; returns the plan.</summary>
    public static SpacePlan Place(Element element, RenderContext context, float height, bool atPageTop, float pageHeight)
    {
        var space = new Space(Width, height, atPageTop, pageHeight);
        var plan = element.Measure(space);
        element.Draw(context, new SKRect(0, 0, Width, Math.Max(0f, plan.Height)), space);
        return plan;
    }

    /// <summary>Pages the element through pages of <paramref name="pageHeight"/> (the first page offering <paramref name="firstHeight"/>).</summary>
    public (List<SpacePlan> Pages, RenderContext Context) Paginate(Element element, float pageHeight, float? firstHeight = null)
    {
        var context = new RenderContext(Fonts, [], 0);
        var pages = new List<SpacePlan>();
        var height = firstHeight ?? pageHeight;
        var atTop = firstHeight is null;
        for (var page = 1; page < 1000; page++)
        {
            context.PageNumber = page;
            var plan = Place(element, context, height, atTop, pageHeight);
            pages.Add(plan);
            if (plan.IsFull)
            {
                return (pages, context);
            }

            height = pageHeight;
            atTop = true;
        }

        throw new InvalidOperationException("Pagination did not finish.");
    }
}
