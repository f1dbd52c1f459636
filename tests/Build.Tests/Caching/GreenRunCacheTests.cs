using Build.Caching;
using Build.Tools.Bicep;
using Build.Tests.Fakes;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Path = System.IO.Path;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Testing;

namespace Build.Tests.Caching;

public sealed class GreenRunCacheTests
{
    private string _root = null!;

    [SetUp]
    public void Create()
    {
        _root = Directory.CreateTempSubdirectory("green-cache-").FullName;
        Directory.CreateDirectory(Path.Combine(_root, "bicep"));
        File.WriteAllText(Path.Combine(_root, "bicep", "hub.bicep"), "param a string = 'x'");
    }

    [TearDown]
    public void Remove() => Directory.Delete(_root, recursive: true);

    [Test]
    public void One_changed_byte_anywhere_in_the_folder_changes_the_fingerprint()
    {
        var before = new InputFingerprint().AddFolder(_root, "bicep").Value;
        Assert.That(new InputFingerprint().AddFolder(_root, "bicep").Value, Is.EqualTo(before), "stable");

        File.WriteAllText(Path.Combine(_root, "bicep", "hub.bicep"), "param a string = 'y'");

        Assert.That(new InputFingerprint().AddFolder(_root, "bicep").Value, Is.Not.EqualTo(before));
    }

    [Test]
    public void A_renamed_or_added_file_changes_the_fingerprint()
    {
        var before = new InputFingerprint().AddFolder(_root, "bicep").Value;

        File.Move(Path.Combine(_root, "bicep", "hub.bicep"), Path.Combine(_root, "bicep", "hub2.bicep"));

        Assert.That(new InputFingerprint().AddFolder(_root, "bicep").Value, Is.Not.EqualTo(before));
    }

    [Test]
    public void A_check_is_fresh_only_with_the_same_inputs_its_outputs_present_and_the_cache_enabled()
    {
        var console = new CapturingConsole();
        var cache = new GreenRunCache(Path.Combine(_root, "artifacts"), new CakeBuildLog(console), enabled: true);
        var output = Path.Combine(_root, "artifacts", "out.json");

        Assert.That(cache.IsFresh("Check", "abc", output), Is.False, "never green yet");
        cache.RecordGreen("Check", "abc");
        Assert.That(cache.IsFresh("Check", "abc", output), Is.False, "its output is missing");
        File.WriteAllText(output, "{}");
        Assert.That(cache.IsFresh("Check", "abc", output), Is.True);
        Assert.That(cache.IsFresh("Check", "abd", output), Is.False, "other inputs");
        Assert.That(new GreenRunCache(Path.Combine(_root, "artifacts"), new CakeBuildLog(console), enabled: false).IsFresh("Check", "abc", output), Is.False, "--no-cache");
        Assert.That(console.Text, Does.Contain("Check: inputs unchanged since its last green run"));
    }

    [Test]
    public void Validate_Bicep_compiles_again_exactly_what_reads_an_edited_file()
    {
        var working = Path.Combine(_root, "copy");
        CopyDirectory(Path.Combine(Build.Hosting.RepositoryRoot.Locate(), "bicep"), Path.Combine(working, "bicep"));

        Assert.That(Compiled(working), Is.EqualTo(new[] { "cluster.bicep", "hub.bicep", "spoke.bicep" }), "first run");
        Assert.That(Compiled(working), Is.Null, "nothing changed: the compiler does not even start");

        File.AppendAllText(Path.Combine(working, "bicep", "hub.bicep"), "\n// a comment\n");
        Assert.That(Compiled(working), Is.EqualTo(new[] { "hub.bicep" }), "a comment in the hub");

        File.AppendAllText(Path.Combine(working, "bicep", "modules", "budget.bicep"), "\n// a comment\n");
        Assert.That(Compiled(working), Is.EqualTo(new[] { "cluster.bicep" }), "a module only the cluster uses");

        File.AppendAllText(Path.Combine(working, "bicep", "bicepconfig.json"), "\n");
        Assert.That(Compiled(working), Is.EqualTo(new[] { "cluster.bicep", "hub.bicep", "spoke.bicep" }), "the linter's configuration");
    }

    /// <returns>The files Validate.Bicep compiled, or null when it started no compiler.</returns>
    private static string[]? Compiled(string working)
    {
        BicepWorkspace? workspace = null;
        var exitCode = BuildHost.Create()
            .UseConsole(new TestConsole())
            .ConfigureServices(services =>
            {
                services.AddSingleton<IConsole>(new CapturingConsole());
                services.AddSingleton(provider => workspace = new BicepWorkspace(provider.GetRequiredService<BuildContext>()));
            })
            .Run(["--target=Validate.Bicep", "--exclusive", $"--working={working}"]);
        Assert.That(exitCode, Is.Zero);
        return workspace is { Started: true } ? [.. workspace.Compiled.Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : null;
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
