using CapitalHealthReport.Pdf.Elements;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Layout;

/// <summary>
/// Children stacked top to bottom, continuing on the next page child by child. Applies keep-with-next
/// (a heading never ends a page) and keep-together for small blocks. A keep-with-next run (a heading, its paragraph,
/// a caption) that cannot stay with what follows moves on whole, unless that would leave more than
/// <see cref="MostlyEmptyShare"/> of the page empty: then the run ends the page after its last narrative paragraph
/// (<see cref="NarrativeLines"/> lines or more; never after a heading or a caption) and only the rest moves on.
/// </summary>
internal sealed class ColumnElement : Element
{
    /// <summary>Moving a keep-with-next run on may leave at most this share of the page empty.</summary>
    public const float MostlyEmptyShare = 0.5f;

    /// <summary>A paragraph of at least this many lines is a section's text, which may end a page; shorter ones (captions, lead-in lines) never do.</summary>
    public const int NarrativeLines = 3;

    private readonly IReadOnlyList<Element> _children;
    private int _index;

    // The last plan, valid until this column's state changes (Draw or Reset): Measure and Draw of one page share it.
    private (Space Space, List<Placement> Placements, SpacePlanKind Kind)? _memo;

    public ColumnElement(IReadOnlyList<Element> children)
    {
        _children = children;
    }

    public IReadOnlyList<Element> Children => _children;

    public override bool AtStart => _index == 0 && (_children.Count == 0 || _children[0].AtStart);

    public override SpacePlan Measure(Space space)
    {
        var (placements, kind) = Plan(space);
        var height = placements.Count == 0 ? 0f : placements[^1].Top + placements[^1].Plan.Height;
        return kind switch
        {
            SpacePlanKind.FullRender => SpacePlan.Full(space.Width, height),
            SpacePlanKind.PartialRender => SpacePlan.Partial(space.Width, height),
            _ => SpacePlan.Wrap(),
        };
    }

    public override void Draw(RenderContext context, SKRect area, Space space)
    {
        var (placements, _) = Plan(space);
        foreach (var placement in placements)
        {
            var child = _children[placement.Index];
            var rect = new SKRect(area.Left, area.Top + placement.Top, area.Right, area.Top + placement.Top + placement.Plan.Height);
            child.Draw(context, rect, placement.Space);
            if (placement.Plan.IsFull)
            {
                _index = placement.Index + 1;
            }
        }

        _memo = null;
    }

    public override void Reset()
    {
        _memo = null;
        _index = 0;
        foreach (var child in _children)
        {
            child.Reset();
        }
    }

    public override (float Min, float Max) ContentWidths()
    {
        float min = 0f, max = 0f;
        foreach (var child in _children)
        {
            var (childMin, childMax) = child.ContentWidths();
            min = Math.Max(min, childMin);
            max = Math.Max(max, childMax);
        }

        return (min, max);
    }

    private (List<Placement> Placements, SpacePlanKind Kind) Plan(Space space)
    {
        if (_memo is { } memo && memo.Space == space)
        {
            return (memo.Placements, memo.Kind);
        }

        var (placements, kind) = PlanFresh(space);
        _memo = (space, placements, kind);
        return (placements, kind);
    }

    private (List<Placement> Placements, SpacePlanKind Kind) PlanFresh(Space space)
    {
        var placements = new List<Placement>();
        var y = 0f;

        // Start of the current run of keep-with-next children placed on this page (-1: none).
        var chainStart = -1;
        for (var i = _index; i < _children.Count; i++)
        {
            var child = _children[i];
            var first = placements.Count == 0;
            var gap = first ? 0f : Math.Max(_children[i - 1].SpaceAfter, child.SpaceBefore);
            var top = y + gap;
            var childSpace = space.WithHeight(space.Height - top, space.AtPageTop && first);
            var plan = childSpace.Height < 0f ? SpacePlan.Wrap() : MeasureChild(child, childSpace);

            if (plan.IsWrap || (!plan.IsFull && chainStart >= 0 && !child.KeepWithNext && IsTooShortAfterHeading(plan)))
            {
                return BackOff(placements, chainStart, space, first);
            }

            placements.Add(new Placement(i, top, plan, childSpace));
            y = top + plan.Height;
            if (!plan.IsFull)
            {
                return (placements, SpacePlanKind.PartialRender);
            }

            chainStart = child.KeepWithNext ? (chainStart >= 0 ? chainStart : placements.Count - 1) : -1;
        }

        return (placements, SpacePlanKind.FullRender);
    }

    // A partial placement right after a heading is acceptable: the child's own rules (orphans, rows) already
    // guarantee that a meaningful part of it stays with the heading.
    private static bool IsTooShortAfterHeading(SpacePlan plan) => plan.Height <= 0f;

    // The child at the end of `placements` cannot start here. Remove the keep-with-next run before it, unless
    // that would leave the page empty at its top (then keep everything: the page must make progress), or mostly
    // empty (then keep the run up to its last narrative paragraph).
    private (List<Placement>, SpacePlanKind) BackOff(List<Placement> placements, int chainStart, Space space, bool nothingPlaced)
    {
        if (nothingPlaced)
        {
            return (placements, SpacePlanKind.Wrap);
        }

        if (chainStart >= 0)
        {
            if (chainStart == 0 && space.AtPageTop)
            {
                return (placements, SpacePlanKind.PartialRender);
            }

            var keep = NarrativeEnd(placements, chainStart, space);
            placements.RemoveRange(keep, placements.Count - keep);
        }

        return (placements, placements.Count == 0 ? SpacePlanKind.Wrap : SpacePlanKind.PartialRender);
    }

    /// <summary>
    /// Where the keep-with-next run from <paramref name="chainStart"/> ends this page: at its start, or, when the page
    /// would be left more than <see cref="MostlyEmptyShare"/> empty, after its last narrative paragraph.
    /// </summary>
    private int NarrativeEnd(List<Placement> placements, int chainStart, Space space)
    {
        var empty = space.Height - placements[chainStart].Top;
        if (empty <= space.PageHeight * MostlyEmptyShare)
        {
            return chainStart;
        }

        for (var k = placements.Count - 1; k >= chainStart; k--)
        {
            var placement = placements[k];
            if (_children[placement.Index] is ParagraphElement { Heading: null } paragraph && placement.Plan.IsFull
                && paragraph.Lines(placement.Space.Width).Count >= NarrativeLines)
            {
                return k + 1;
            }
        }

        return chainStart;
    }

    private static SpacePlan MeasureChild(Element child, Space space)
    {
        var plan = child.Measure(space);
        if (plan.Kind == SpacePlanKind.PartialRender && child.KeepTogetherShare > 0f && child.AtStart && !space.AtPageTop)
        {
            var whole = child.Measure(space with { Height = float.PositiveInfinity, AtPageTop = false });
            if (whole.IsFull && whole.Height <= space.PageHeight * child.KeepTogetherShare)
            {
                return SpacePlan.Wrap();
            }
        }

        return plan;
    }

    private readonly record struct Placement(int Index, float Top, SpacePlan Plan, Space Space);
}
