using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport;

/// <summary>Where an analysis takes its deals from: a file, a stream, deals already in memory, or the bundled sample.</summary>
public abstract class DealSource
{
    private protected DealSource(string name) => Name = name;

    /// <summary>The bundled sample dataset (4,260 Chinese venture deals, 2023Q1–2025Q2).</summary>
    public static DealSource Sample { get; } = new FileSource(null, null, null);

    /// <summary>The name diagnostics and reports give the deals (a file name, or the name given).</summary>
    public string Name { get; }

    /// <summary>A deals export on disk (CSV, TSV, XLSX, JSON Lines or Parquet), read through an optional mapping file.</summary>
    public static DealSource FromFile(string path, string? mappingPath = null, string? sheet = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new FileSource(path, mappingPath, sheet);
    }

    /// <summary>
    /// A deals export read from <paramref name="stream"/> (to its end, within the file size limit). The extension of
    /// <paramref name="name"/> (<c>deals.csv</c>, <c>rounds.xlsx</c>) tells the format unless the mapping names one.
    /// </summary>
    public static DealSource FromStream(Stream stream, string name, string? mappingPath = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new StreamSource(stream, name, mappingPath);
    }

    /// <summary>
    /// Deals already in canonical form (sector, region and stage names of the reference tables). When the analysis
    /// runs, a null deal or a null where <see cref="Deal"/> allows none is an <see cref="ArgumentException"/> naming the
    /// deal's position, and no deals at all an <see cref="InputException"/>.
    /// </summary>
    public static DealSource FromDeals(IEnumerable<Deal> deals, string name = "deals")
    {
        ArgumentNullException.ThrowIfNull(deals);
        return new MemorySource([.. deals], name);
    }

    /// <summary>Loads the deals, asking for the reference tables only once the input is read (they may be read beside it).</summary>
    internal abstract LoadResult Load(LoadOptions options, Func<ReferenceData> reference);

    private sealed class FileSource(string? path, string? mapping, string? sheet) : DealSource(path is null ? "deals.csv" : Path.GetFileName(path))
    {
        internal override LoadResult Load(LoadOptions options, Func<ReferenceData> reference) =>
            DealLoader.Load(options with { DealsPath = path, MappingPath = mapping, Sheet = sheet }, reference);
    }

    private sealed class StreamSource(Stream stream, string name, string? mapping) : DealSource(name)
    {
        internal override LoadResult Load(LoadOptions options, Func<ReferenceData> reference)
        {
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                options.Limits.CheckFileSize(copy.Length + read, Name);
                copy.Write(buffer, 0, read);
            }

            return DealLoader.Load(copy.ToArray(), Name, options with { MappingPath = mapping }, reference());
        }
    }

    private sealed class MemorySource(Deal[] deals, string name) : DealSource(name)
    {
        internal override LoadResult Load(LoadOptions options, Func<ReferenceData> reference) => DealLoader.FromDeals(deals, Name, options, reference());
    }
}
