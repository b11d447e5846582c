using SkiaSharp;

namespace CapitalHealthReport.Pdf.Layout;

/// <summary>
/// A laid-out piece of content. <see cref="Measure"/> says, without side effects, how much of the remaining
/// content fits in the space offered; <see cref="Draw"/> places exactly that much (drawing only when the context
/// has a canvas) and advances the element's progress, so the next call continues where this page stopped.
/// </summary>
internal abstract class Element
{
    /// <summary>Space after this element when another follows in the same column.</summary>
    public float SpaceAfter { get; init; }

    /// <summary>Space before this element when another precedes it on the same page (the larger of the two gaps wins).</summary>
    public float SpaceBefore { get; init; }

    /// <summary>True for headings: the element never ends a page (it moves with the start of what follows).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>
    /// Keep-together: the element moves whole to the next page rather than split when it is at most this share of a page
    /// tall (<see cref="SmallBlock"/> for lists, quotes and callouts; <see cref="WholePage"/> for figures); 0 lets it split.
    /// </summary>
    public float KeepTogetherShare { get; init; }

    /// <summary>Keep together when no taller than a third of a page (lists, quotes, callouts).</summary>
    public const float SmallBlock = 1f / 3f;

    /// <summary>Keep together unless taller than a whole page (figures with their captions, side-by-side rows).</summary>
    public const float WholePage = 1f;

    public abstract SpacePlan Measure(Space space);

    public abstract void Draw(RenderContext context, SKRect area, Space space);

    /// <summary>Restarts from the beginning (every layout pass starts fresh).</summary>
    public abstract void Reset();

    /// <summary>True when nothing of the element has been placed yet.</summary>
    public abstract bool AtStart { get; }

    /// <summary>Narrowest sensible width and natural width with no wrapping (auto table columns).</summary>
    public virtual (float Min, float Max) ContentWidths() => (0f, 0f);
}
