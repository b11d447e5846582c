using CapitalHealthReport.IO;

namespace CapitalHealthReport.Core.Tests.IO;

public sealed class RealPathTests : IDisposable
{
    private readonly FileSystemFixture _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_linked_folder_in_the_middle_of_a_path_is_resolved()
    {
        _files.File("outside/passwd", "secret");
        _files.Link("templates/partials", _files.Path("outside"));

        var real = RealPath.Of(_files.Path("templates/partials/passwd"));

        Assert.Equal(RealPath.Of(_files.Path("outside/passwd")), real);
        Assert.False(RealPath.IsInside(real, RealPath.Of(_files.Path("templates"))));
    }

    [Fact]
    public void Relative_links_and_dot_dot_after_a_link_resolve_from_the_link_target()
    {
        _files.File("a/b/file.txt", "x");
        _files.Link("c/to-b", "../a/b");

        Assert.Equal(RealPath.Of(_files.Path("a/file2")), RealPath.Of(_files.Path("c/to-b/../file2")));
        Assert.Equal(RealPath.Of(_files.Path("a/b/file.txt")), RealPath.Of(_files.Path("c/to-b/file.txt")));
    }

    [Fact]
    public void A_loop_of_links_is_an_error_not_a_hang()
    {
        _files.Link("x", _files.Path("y"));
        _files.Link("y", _files.Path("x"));

        Assert.Throws<IOException>(() => RealPath.Of(_files.Path("x/file")));
    }

    [Fact]
    public void Inside_means_the_folder_itself_or_below_it_not_a_sibling_with_the_same_prefix()
    {
        Assert.True(RealPath.IsInside("/srv/templates/a.md", "/srv/templates"));
        Assert.True(RealPath.IsInside("/srv/templates", "/srv/templates"));
        Assert.False(RealPath.IsInside("/srv/templates-evil/a.md", "/srv/templates"));
    }
}
