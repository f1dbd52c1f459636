using Build.Caching;
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
    public void Validate_Bicep_runs_bicep_again_after_a_one_byte_edit_and_not_before()
    {
        var working = Path.Combine(_root, "copy");
        CopyDirectory(Path.Combine(Build.Hosting.RepositoryRoot.Locate(), "bicep"), Path.Combine(working, "bicep"));
        var template = Path.Combine(working, "bicep", "hub.bicep");

        Assert.That(BicepProcesses(working), Is.EqualTo(1), "first run");
        Assert.That(BicepProcesses(working), Is.Zero, "nothing changed");

        File.AppendAllText(template, " ");
        Assert.That(BicepProcesses(working), Is.EqualTo(1), "one byte added");
    }

    private static int BicepProcesses(string working)
    {
        CountingProcessRunner? counter = null;
        var exitCode = BuildHost.Create()
            .UseConsole(new TestConsole())
            .ConfigureServices(services =>
            {
                services.AddSingleton<IConsole>(new CapturingConsole());
                services.AddSingleton<IProcessRunner>(provider => counter = new CountingProcessRunner(ActivatorUtilities.CreateInstance<ProcessRunner>(provider)));
            })
            .Run(["--target=Validate.Bicep", "--exclusive", $"--working={working}"]);
        Assert.That(exitCode, Is.Zero);
        return counter?.Started.Count(p => p.StartsWith("bicep", StringComparison.Ordinal)) ?? 0;
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
