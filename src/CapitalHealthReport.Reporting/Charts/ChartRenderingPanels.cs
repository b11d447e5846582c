using ScottPlot;
using ScottPlot.AxisPanels;
using ScottPlot.Panels;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// The parts of a chart outside its data area, laid out as in a printed monitor: from the top, the title (left-aligned
/// with the figure), the legend, then the left axis's title written horizontally above that axis; the left axis itself
/// draws only its ticks. The title and axis title are the plot's own label styles (<c>plot.Axes.Title.Label</c>,
/// <c>plot.Axes.Left.Label</c>), so whoever gives the plot its fonts gives them to these too.
/// </summary>
internal sealed class ChartPanels
{
    private readonly FigureTitlePanel _title;

    private ChartPanels(FigureTitlePanel title) => _title = title;

    /// <summary>Replaces the plot's left axis and title with the upright ones; call before adding any plottable.</summary>
    public static ChartPanels Install(Plot plot)
    {
        var left = new TicksOnlyLeftAxis();
        left.LabelStyle.Text = plot.Axes.Left.Label.Text;
        plot.Axes.Remove(plot.Axes.Left);
        plot.Axes.AddLeftAxis(left);
        plot.Grid.YAxis = left;

        // Panels on the top edge stack outwards in the order they are added: axis title, legend, then the title.
        plot.Axes.AddPanel(new AxisTitlePanel(left.LabelStyle));
        plot.Axes.Title.IsVisible = false;
        var title = new FigureTitlePanel(plot.Axes.Title.Label);
        plot.Axes.AddPanel(title);
        plot.Layout.LayoutEngine = new TitleWidthLayout(plot.Layout.LayoutEngine, title);
        return new ChartPanels(title);
    }

    /// <summary>Shows the legend outside the data area: above it (between the title and the axis title), or to its right.</summary>
    public void ShowLegend(Plot plot, Edge edge)
    {
        plot.HideLegend();
        plot.Legend.Orientation = edge is Edge.Top or Edge.Bottom ? Orientation.Horizontal : Orientation.Vertical;
        var panel = new FigureLegendPanel(plot.Legend) { Edge = edge, Alignment = edge == Edge.Top ? Alignment.MiddleLeft : Alignment.UpperLeft };
        if (edge == Edge.Top)
        {
            // Before the title, so the legend sits under it.
            plot.Axes.Remove(_title);
            plot.Axes.AddPanel(panel);
            plot.Axes.AddPanel(_title);
        }
        else
        {
            plot.Axes.AddPanel(panel);
        }
    }

    /// <summary>A left axis that draws its ticks and line but not its title (<see cref="AxisTitlePanel"/> does, upright).</summary>
    private sealed class TicksOnlyLeftAxis : LeftAxis
    {
        public override float Measure(Paint paint)
        {
            if (!IsVisible)
            {
                return 0;
            }

            if (!Range.HasBeenSet)
            {
                return SizeWhenNoData;
            }

            var widest = TickGenerator.Ticks.Length > 0 ? TickGenerator.Ticks.Max(t => TickLabelStyle.Measure(t.Label, paint).Width) : 0;
            return widest + MajorTickStyle.Length + 8;
        }

        public override void Render(RenderPack rp, float size, float offset)
        {
            if (!IsVisible)
            {
                return;
            }

            var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
            DrawTicks(rp, TickLabelStyle, rect, TickGenerator.Ticks, this, MajorTickStyle, MinorTickStyle);
            DrawFrame(rp, rect, Edge, FrameLineStyle);
        }
    }

    /// <summary>Draws a label left-aligned at the figure's left edge, on a line of its own above the data area.</summary>
    private abstract class LeftAlignedLabelPanel(LabelStyle label, float spaceBelow) : IPanel
    {
        public bool IsVisible { get; set; } = true;

        public Edge Edge => Edge.Top;

        public bool ShowDebugInformation { get; set; }

        public float MinimumSize { get; set; }

        public float MaximumSize { get; set; } = float.MaxValue;

        public float Measure(Paint paint)
        {
            Prepare(paint);
            return !IsVisible || string.IsNullOrWhiteSpace(label.Text) ? 0 : label.Measure(label.Text, paint).Height + spaceBelow;
        }

        /// <summary>The label drawn.</summary>
        protected LabelStyle Label => label;

        /// <summary>Called before the label is measured or drawn.</summary>
        protected virtual void Prepare(Paint paint)
        {
        }

        public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
            new(left: dataRect.Left, right: dataRect.Right, bottom: dataRect.Top - offset, top: dataRect.Top - offset - size);

        public void Render(RenderPack rp, float size, float offset)
        {
            if (!IsVisible || string.IsNullOrWhiteSpace(label.Text))
            {
                return;
            }

            Prepare(rp.Paint);
            var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
            label.Alignment = Alignment.LowerLeft;
            label.Rotation = 0;
            label.Render(rp.Canvas, new Pixel(rp.FigureRect.Left + 1, rect.Bottom - spaceBelow), rp.Paint);
        }
    }

    /// <summary>The chart's title: bold, left-aligned with the figure, at the very top, in as many lines as the figure's width needs.</summary>
    private sealed class FigureTitlePanel(LabelStyle style) : LeftAlignedLabelPanel(style, 6)
    {
        private string? _title;
        private string? _wrapped;

        /// <summary>The figure's width, set by the layout before the panels are measured.</summary>
        public float Width { get; set; } = float.MaxValue;

        protected override void Prepare(Paint paint)
        {
            // The title as set, unless it is the wrapped text this panel put there.
            if (Label.Text != _wrapped)
            {
                _title = Label.Text;
            }

            _wrapped = string.IsNullOrEmpty(_title) ? _title : ChartTitles.Wrap(_title, Width - 2, text => Label.Measure(text, paint).Width);
            Label.Text = _wrapped ?? "";
        }
    }

    /// <summary>The plot's layout, told first how wide the figure is, so that the title can wrap to it.</summary>
    private sealed class TitleWidthLayout(ILayoutEngine inner, FigureTitlePanel title) : ILayoutEngine
    {
        public Layout GetLayout(PixelRect figureRect, Plot plot, Paint paint)
        {
            title.Width = figureRect.Width;
            return inner.GetLayout(figureRect, plot, paint);
        }
    }

    /// <summary>The left axis's title (the unit of a value axis), horizontal, just above the axis.</summary>
    private sealed class AxisTitlePanel(LabelStyle label) : LeftAlignedLabelPanel(label, 9);

    /// <summary>A legend panel whose items start at the figure's left edge rather than the data area's.</summary>
    private sealed class FigureLegendPanel(Legend legend) : LegendPanel(legend)
    {
        public override float Measure(Paint paint)
        {
            Padding = Edge is Edge.Top or Edge.Bottom ? new PixelPadding(0, 0, 4, 2) : new PixelPadding(10, 0, 0, 0);
            return base.Measure(paint);
        }

        public override void Render(RenderPack rp, float size, float offset)
        {
            var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
            rect = Edge is Edge.Top or Edge.Bottom
                ? new PixelRect(rp.FigureRect.Left, rect.Right, rect.Bottom, rect.Top)
                : new PixelRect(rect.Left + 10, rect.Right, rect.Bottom, rect.Top);
            var visible = Legend.IsVisible;
            Legend.IsVisible = true;
            Legend.Render(rp.Canvas, rp.Paint, rect, Alignment);
            Legend.IsVisible = visible;
        }
    }
}
