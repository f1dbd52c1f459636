using Build.Kubernetes;
using Build.Kubernetes.Charts;

namespace Build.Tests.Kubernetes;

/// <summary>Pinned chart versions into .tools/charts: from the archives folder, checked by helm, or one line saying what is missing and how to provide it.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ChartCacheTests
{
    private static string Archives => Environment.GetEnvironmentVariable(ChartCache.ArchivesVariable)
        ?? throw new AssertionException($"{ChartCache.ArchivesVariable} names no folder of chart archives (the tests default it to ../shared/charts).");

    [Test]
    public void Takes_a_pinned_version_from_the_archives_folder_once_then_from_the_cache()
    {
        var cache = Directory.CreateTempSubdirectory("charts-").FullName;
        try
        {
            var charts = new ChartCache(cache, Archives, RealHelm.Runner());

            var first = charts.Obtain(Release("traefik", "41.3.0"));
            var second = charts.Obtain(Release("traefik", "41.3.0"));

            Assert.That(first.Path, Is.EqualTo(Path.Combine(cache, "traefik-41.3.0.tgz")));
            Assert.That(File.ReadAllBytes(first.Path), Is.EqualTo(File.ReadAllBytes(Path.Combine(Archives, "traefik-41.3.0.tgz"))));
            Assert.That(first.Source, Does.StartWith(ChartCache.ArchivesVariable));
            Assert.That(second.Source, Is.EqualTo("cache"));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Test]
    public void A_version_neither_cached_nor_obtainable_fails_with_one_line_saying_how_to_provide_it()
    {
        var cache = Directory.CreateTempSubdirectory("charts-").FullName;
        try
        {
            var charts = new ChartCache(cache, Archives, RealHelm.Runner());

            var error = Assert.Throws<ChartUnavailableException>(() => charts.Obtain(Release("traefik", "99.0.0", "https://charts.invalid")));

            Assert.That(error!.Message, Does.StartWith($"Chart traefik 99.0.0 (helm/releases.yaml) is not in {cache}, {ChartCache.ArchivesVariable}={Archives} holds no traefik-99.0.0.tgz, and it cannot be pulled from https://charts.invalid (helm pull failed: "));
            Assert.That(error.Message, Does.EndWith($"To fix: set {ChartCache.ArchivesVariable} to a folder holding traefik-99.0.0.tgz (CI: ../shared/charts), or run where https://charts.invalid is reachable."));
            Assert.That(error.Message, Does.Not.Contain('\n'));
            Assert.That(Directory.EnumerateFiles(cache), Is.Empty, "nothing half-written");
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Test]
    public void An_archive_of_another_version_than_its_name_says_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("archives-").FullName;
        var cache = Path.Combine(folder, "cache");
        try
        {
            File.Copy(Path.Combine(Archives, "traefik-41.3.0.tgz"), Path.Combine(folder, "traefik-41.4.0.tgz"));
            var charts = new ChartCache(cache, folder, RealHelm.Runner());

            var error = Assert.Throws<ChartUnavailableException>(() => charts.Obtain(Release("traefik", "41.4.0")));

            Assert.That(error!.Message, Is.EqualTo($"{Path.Combine(folder, "traefik-41.4.0.tgz")} is chart traefik 41.3.0, not traefik 41.4.0 as helm/releases.yaml pins: replace it with the archive of traefik 41.4.0."));
            Assert.That(Directory.EnumerateFiles(cache), Is.Empty, "the wrong archive does not enter the cache");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static HelmRelease Release(string chart, string version, string url = "https://traefik.github.io/charts") => new()
    {
        Name = chart,
        Chart = chart,
        Version = version,
        Namespace = "a0008",
        Values = $"{chart}.values.yaml",
        InstallBefore = "3-traefik",
        Repository = new HelmRepository { Name = chart, Url = url },
    };
}
