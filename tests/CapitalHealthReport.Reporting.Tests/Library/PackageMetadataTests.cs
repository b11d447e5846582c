using System.Reflection;
using System.Xml.Linq;
using CapitalHealthReport.Content;
using CapitalHealthReport.Fonts;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Pdf;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Tests.Library;

/// <summary>
/// What a .NET developer sees of each package before using it: a description of its own (the assembly's description
/// is the package's), the shared package readme, and for the packages that carry the fonts the fonts' licences.
/// </summary>
public sealed class PackageMetadataTests
{
    public static TheoryData<string> LibraryAssemblies
    {
        get
        {
            var data = new TheoryData<string>();
            Type[] types =
            [
                typeof(InputException), typeof(EmbeddedContent), typeof(MetricsEngine), typeof(RuleCatalog), typeof(Analysis),
                typeof(BundledFontFiles), typeof(PdfDocument), typeof(ReportPipeline),
            ];
            foreach (var type in types)
            {
                data.Add(type.Assembly.GetName().Name!);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(LibraryAssemblies))]
    public void Every_library_package_describes_what_it_holds(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var description = assembly.GetCustomAttribute<AssemblyDescriptionAttribute>()?.Description;

        Assert.False(string.IsNullOrWhiteSpace(description), $"{assemblyName} has no <Description>; its package would say 'Package Description'.");
        Assert.NotEqual("Package Description", description);
    }

    [Fact]
    public void Every_package_carries_the_package_readme()
    {
        var props = XDocument.Load(Path.Combine(Testing.RepositoryPaths.Root, "Directory.Build.props"));

        Assert.Equal("README.md", props.Descendants("PackageReadmeFile").Single().Value);
        var readme = props.Descendants("None").Single(n => ((string?)n.Attribute("Include"))?.EndsWith("README.md", StringComparison.Ordinal) == true);
        Assert.Equal("true", (string?)readme.Attribute("Pack"));
        Assert.Equal("/", (string?)readme.Attribute("PackagePath"));
        Assert.True(File.Exists(Path.Combine(Testing.RepositoryPaths.Root, "build", "package", "README.md")));
    }

    [Theory]
    [InlineData("CapitalHealthReport.Fonts")]
    [InlineData("CapitalHealthReport.Cli")]
    public void A_package_that_carries_the_fonts_names_their_licences(string project)
    {
        var csproj = XDocument.Load(Path.Combine(Testing.RepositoryPaths.Root, "src", project, project + ".csproj"));

        var licence = csproj.Descendants("PackageLicenseExpression").Single().Value;

        Assert.Equal("MIT AND OFL-1.1 AND Bitstream-Vera", licence);
    }
}
