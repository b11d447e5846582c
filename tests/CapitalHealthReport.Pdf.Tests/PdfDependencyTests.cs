namespace CapitalHealthReport.Pdf.Tests;

public sealed class PdfDependencyTests
{
    [Fact]
    public void The_pdf_engine_depends_on_neither_the_loader_nor_its_packages()
    {
        var references = typeof(PdfDocument).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("CapitalHealthReport.Core", references);
        Assert.DoesNotContain("YamlDotNet", references);
        Assert.DoesNotContain("ExcelDataReader", references);
        Assert.Contains("CapitalHealthReport.Fonts", references);
    }
}
