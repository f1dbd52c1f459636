using Build.Caching;
using Build.Tests.Infrastructure;
using Build.Tools.Bicep;
using Path = System.IO.Path;

namespace Build.Tests.Caching;

/// <summary>The per-file green-run records of the Bicep checks, keyed on what the real compiler says each file reads.</summary>
public sealed class BicepEntryCacheTests
{
    private static readonly BicepRpcDiagnostic Warning = new(
        "/x/bicep/main.bicep", new BicepRange(new BicepPosition(0, 4), new BicepPosition(0, 10)), "Warning", "no-unused-vars", "Variable \"unused\" is declared but never used.");

    private string _root = null!;
    private string Main => Path.Combine(_root, "bicep", "main.bicep");

    [SetUp]
    public void Create()
    {
        _root = Directory.CreateTempSubdirectory("entry-cache-").FullName;
        Directory.CreateDirectory(Path.Combine(_root, "bicep", "modules"));
        File.WriteAllText(Path.Combine(_root, "bicep", "modules", "used.bicep"), "output name string = 'm'\n");
        File.WriteAllText(Path.Combine(_root, "bicep", "modules", "unused.bicep"), "output name string = 'u'\n");
        File.WriteAllText(Main, "module m 'modules/used.bicep' = {\n  name: 'm'\n}\n");
    }

    [TearDown]
    public void Remove() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task An_entry_is_fresh_until_a_file_it_reads_changes()
    {
        var cache = Cache(_root);
        using var bicep = RealBicep.Workspace();
        Assert.That(cache.Fresh(Main), Is.Null, "never green yet");

        await cache.Record(Main, [Warning with { Source = Main }], bicep);
        Assert.That(cache.Fresh(Main)!.Diagnostics.Single().Source, Is.EqualTo(Main), "fresh, with what the compiler said");

        File.AppendAllText(Path.Combine(_root, "bicep", "modules", "unused.bicep"), "// comment\n");
        Assert.That(cache.Fresh(Main), Is.Not.Null, "a module it does not use");

        File.AppendAllText(Path.Combine(_root, "bicep", "modules", "used.bicep"), "// comment\n");
        Assert.That(cache.Fresh(Main), Is.Null, "a module it uses");
    }

    [Test]
    public async Task Another_bicep_another_environment_or_no_cache_is_never_fresh()
    {
        using var bicep = RealBicep.Workspace();
        await Cache(_root).Record(Main, [], bicep);

        Assert.That(Cache(_root).Fresh(Main), Is.Not.Null);
        Assert.That(new BicepEntryCache(Artifacts(_root), _root, "prod", "/bin/sh", enabled: true, "Lint.Bicep").Fresh(Main), Is.Null, "another bicep");
        Assert.That(new BicepEntryCache(Artifacts(_root), _root, "staging", null, enabled: true, "Lint.Bicep").Fresh(Main), Is.Null, "another environment");
        Assert.That(new BicepEntryCache(Artifacts(_root), _root, "prod", null, enabled: false, "Lint.Bicep").Fresh(Main), Is.Null, "--no-cache");
        Assert.That(new BicepEntryCache(Artifacts(_root), _root, "prod", null, enabled: true, "Validate.Bicep").Fresh(Main), Is.Null, "another check");
    }

    [Test]
    public async Task A_copy_of_the_repository_with_its_artifacts_uses_the_records()
    {
        using var bicep = RealBicep.Workspace();
        await Cache(_root).Record(Main, [Warning with { Source = Main }], bicep);
        var copy = Directory.CreateTempSubdirectory("entry-cache-copy-").FullName;
        try
        {
            Fakes.FakeCloud.CopyDirectory(_root, copy);

            var record = Cache(copy).Fresh(Path.Combine(copy, "bicep", "main.bicep"));

            Assert.That(record!.Diagnostics.Single().Source, Is.EqualTo(Path.Combine(copy, "bicep", "main.bicep")), "the copy's own file");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Test]
    public async Task A_damaged_record_means_run_the_check()
    {
        using var bicep = RealBicep.Workspace();
        await Cache(_root).Record(Main, [], bicep);
        var record = Directory.EnumerateFiles(Path.Combine(Artifacts(_root), ".cache"), "*.json", SearchOption.AllDirectories).Single();
        File.WriteAllText(record, "{ \"fingerprint\": ");

        Assert.That(Cache(_root).Fresh(Main), Is.Null);
    }

    private static BicepEntryCache Cache(string root) => new(Artifacts(root), root, "prod", null, enabled: true, "Lint.Bicep");

    private static string Artifacts(string root) => Path.Combine(root, "artifacts");
}
