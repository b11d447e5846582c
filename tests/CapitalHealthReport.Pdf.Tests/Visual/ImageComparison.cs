using SkiaSharp;

namespace CapitalHealthReport.Pdf.Tests.Visual;

/// <summary>
/// Compares a rendered page with a committed PNG: pixels whose largest channel difference exceeds
/// <see cref="ChannelTolerance"/> count as different, and at most <see cref="MaxDifferentShare"/> of them may differ.
/// </summary>
internal static class ImageComparison
{
    public const int ChannelTolerance = 48;
    public const double MaxDifferentShare = 0.005;

    public static (bool Same, string Detail) Compare(byte[] expectedPng, byte[] actualPng)
    {
        using var expected = SKBitmap.Decode(expectedPng);
        using var actual = SKBitmap.Decode(actualPng);
        if (expected is null || actual is null)
        {
            return (false, "an image could not be decoded");
        }

        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return (false, $"size {actual.Width}x{actual.Height} differs from the expected {expected.Width}x{expected.Height}");
        }

        var different = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var a = expected.GetPixel(x, y);
                var b = actual.GetPixel(x, y);
                var delta = Math.Max(Math.Max(Math.Abs(a.Red - b.Red), Math.Abs(a.Green - b.Green)), Math.Max(Math.Abs(a.Blue - b.Blue), Math.Abs(a.Alpha - b.Alpha)));
                if (delta > ChannelTolerance)
                {
                    different++;
                }
            }
        }

        var share = different / (double)(expected.Width * expected.Height);
        return (share <= MaxDifferentShare, $"{different} pixels ({share:P3}) differ by more than {ChannelTolerance}");
    }
}
