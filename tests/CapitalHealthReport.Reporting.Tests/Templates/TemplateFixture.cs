using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Templates;

namespace CapitalHealthReport.Reporting.Tests.Templates;

/// <summary>A temporary templates folder with helpers to write templates and render them.</summary>
internal sealed class TemplateFixture : IDisposable
{
    public TemplateFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "chr-templates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "templates", "partials"));
    }

    public string Root { get; }

    public string Templates => Path.Combine(Root, "templates");

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Templates, relativePath);
        File.WriteAllText(path, text);
        return path;
    }

    public string Render(string text, object? model = null, TemplateLimits? limits = null, ReportLanguage language = ReportLanguage.English, IEnumerable<string>? charts = null)
    {
        var path = Write("main.sbn.md", text);
        var functions = new ReportFunctions(new NarrativeFormatter(language, "CNY"), charts ?? ["lorenz"]);
        return new ReportTemplateEngine(limits).Render(path, model ?? new SampleModel(), functions);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A small model shaped like the report model: nested objects, lists, nullable numbers.</summary>
public sealed class SampleModel
{
    public string Title { get; init; } = "Quarterly monitor";

    public double TopQuintileShare { get; init; } = 0.8049;

    public double? HhiPrevious { get; init; }

    public IReadOnlyList<SampleCompany> TopCompanies { get; init; } =
    [
        new("*Star* | {{x}} # Co", 1.5e9, 0.25),
        new("Plain Robotics", 0.9e9, 0.15),
    ];
}

public sealed record SampleCompany(string Name, double Amount, double Share);
