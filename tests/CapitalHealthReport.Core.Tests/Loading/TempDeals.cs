using System.Text;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>A temporary folder for deals files and mappings written by one test; deleted on dispose.</summary>
public sealed class TempDeals : IDisposable
{
    private static readonly Lazy<ReferenceData> LazyReference = new(() => ReferenceData.Load(Path.Combine(RepositoryPaths.Root, "data", "reference")));

    static TempDeals()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public TempDeals()
    {
        Folder = Path.Combine(Path.GetTempPath(), "chr-loading-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The bundled reference tables of this checkout.</summary>
    public static ReferenceData Reference => LazyReference.Value;

    public string Folder { get; }

    public string Write(string name, string text, Encoding? encoding = null) => WriteBytes(name, (encoding ?? new UTF8Encoding(false)).GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public LoadResult Load(string dealsPath, string? mappingPath = null, DateOnly? asOf = null, bool strict = false, bool allowEmpty = false, string? sheet = null) =>
        DealLoader.Load(new LoadOptions { DealsPath = dealsPath, MappingPath = mappingPath, AsOf = asOf, Strict = strict, AllowEmpty = allowEmpty, Sheet = sheet }, Reference);

    /// <summary>Loads CSV text written as UTF-8 (no BOM) under <paramref name="name"/>.</summary>
    public LoadResult LoadCsv(string text, string name = "deals.csv", string? mapping = null, DateOnly? asOf = null, bool strict = false, bool allowEmpty = false)
    {
        var deals = Write(name, text);
        var mappingPath = mapping is null ? null : Write("mapping.yaml", mapping);
        return Load(deals, mappingPath, asOf, strict, allowEmpty);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow file system; the temp folder is cleaned by the OS.
        }
    }
}
