using System.Reflection;
using System.Text;

namespace CapitalHealthReport.Content;

/// <summary>
/// Files a product assembly carries inside itself as embedded resources, named by their path in the repository
/// with forward slashes (<c>data/reference/sectors.yaml</c>, <c>rules/concentration.yaml</c>). Found by name, never
/// by searching folders, so the library works the same from a NuGet package, a tool install or a test run.
/// </summary>
public sealed class EmbeddedContent
{
    private readonly Assembly _assembly;
    private readonly Dictionary<string, string> _resources;

    /// <summary>The content embedded in <paramref name="assembly"/>.</summary>
    public EmbeddedContent(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _assembly = assembly;

        // Resource names are the repository paths; a build on Windows may write them with backslashes.
        _resources = assembly.GetManifestResourceNames()
            .ToDictionary(static name => name.Replace('\\', '/'), static name => name, StringComparer.Ordinal);
        Names = [.. _resources.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The bundled reference tables and sample deals (this assembly's content).</summary>
    public static EmbeddedContent Core { get; } = new(typeof(EmbeddedContent).Assembly);

    /// <summary>Every embedded file, ordinal order.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool Exists(string name) => _resources.ContainsKey(name);

    /// <summary>The files directly inside <paramref name="folder"/> (<c>rules</c>) whose names end with one of <paramref name="extensions"/>, ordinal order.</summary>
    public IReadOnlyList<string> Files(string folder, params string[] extensions)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return Names
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.IndexOf('/', prefix.Length) < 0)
            .Where(n => extensions.Length == 0 || extensions.Any(e => n.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>Opens an embedded file for reading.</summary>
    /// <exception cref="InputException">The product was built without it.</exception>
    public Stream Open(string name) =>
        _resources.TryGetValue(name, out var resource) && _assembly.GetManifestResourceStream(resource) is { } stream
            ? stream
            : throw new InputException(
                $"The bundled file '{name}' is missing from {_assembly.GetName().Name}.",
                null,
                hint: "The package is incomplete; reinstall it.");

    public byte[] ReadAllBytes(string name)
    {
        using var stream = Open(name);
        using var copy = new MemoryStream(stream.CanSeek ? (int)stream.Length : 0);
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The file as UTF-8 text (a byte-order mark is skipped).</summary>
    public string ReadAllText(string name)
    {
        using var reader = new StreamReader(Open(name), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
