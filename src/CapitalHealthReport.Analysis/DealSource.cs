using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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

    /// <summary>A deals export on disk (CSV, TSV, XLSX or JSON Lines), read through an optional mapping file.</summary>
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

    /// <summary>Deals already in canonical form (sector, region and stage names of the reference tables).</summary>
    public static DealSource FromDeals(IEnumerable<Deal> deals, string name = "deals")
    {
        ArgumentNullException.ThrowIfNull(deals);
        return new MemorySource([.. deals], name);
    }

    internal abstract LoadResult Load(LoadOptions options, ReferenceData reference);

    private sealed class FileSource(string? path, string? mapping, string? sheet) : DealSource(path is null ? "deals.csv" : Path.GetFileName(path))
    {
        internal override LoadResult Load(LoadOptions options, ReferenceData reference) =>
            DealLoader.Load(options with { DealsPath = path, MappingPath = mapping, Sheet = sheet }, reference);
    }

    private sealed class StreamSource(Stream stream, string name, string? mapping) : DealSource(name)
    {
        internal override LoadResult Load(LoadOptions options, ReferenceData reference)
        {
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                options.Limits.CheckFileSize(copy.Length + read, Name);
                copy.Write(buffer, 0, read);
            }

            return DealLoader.Load(copy.ToArray(), Name, options with { MappingPath = mapping }, reference);
        }
    }

    private sealed class MemorySource(Deal[] deals, string name) : DealSource(name)
    {
        internal override LoadResult Load(LoadOptions options, ReferenceData reference)
        {
            options.Limits.CheckRows(deals.Length, Name, deals.Length);
            var set = new DealSet(deals);
            var statistics = new LoadStatistics
            {
                RowsRead = deals.Length,
                RowsLoaded = deals.Length,
                Undisclosed = deals.Count(static d => d.Amount is null),
                Estimated = deals.Count(static d => d.AmountEstimated),
                FirstDate = set.FirstDate,
                LastDate = set.LastDate,
                Format = "memory",
                Encoding = "",
            };
            return new LoadResult(set, [], statistics, Name, Fingerprint(set), options.Strict);
        }

        // The hash a report's provenance shows: of the deals in canonical order, field by field.
        private static string Fingerprint(DealSet set)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var d in set.Deals)
            {
                var line = string.Join('\u001f', d.Id, d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Company, d.CompanyKey, d.Sector, d.Subsector,
                    d.Stage.ToString(), d.Amount?.ToString(CultureInfo.InvariantCulture), d.Currency, d.Region, d.Country, string.Join('\u001e', d.Investors)) + "\n";
                hash.AppendData(Encoding.UTF8.GetBytes(line));
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
    }
}
