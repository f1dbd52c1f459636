using System.Diagnostics;
using System.Text.Json.Nodes;
using Build.Hosting;

namespace Build.Tests.Fakes;

/// <summary>
/// An end-to-end run of <c>./build.sh</c> against FAKE az, kubectl, helm and kubelogin executables
/// (tests/Fakes/FakeCli) put first on PATH, in a copy of the repository's bicep/, helm/ and
/// manifests/ so the run's artifacts and state stay out of the working tree. Stands in for Azure and
/// a cluster, which cannot run here.
/// </summary>
public sealed class FakeCloud : IDisposable
{
    private static readonly string Repository = RepositoryRoot.Locate();

    /// <summary>
    /// The offline checks' green-run records and outputs, shared by the runs of this test process: every
    /// working copy holds the same bicep/, so Validate runs bicep once, not once per end-to-end test.
    /// </summary>
    private static readonly string SharedCache = Path.Combine(Path.GetTempPath(), $"fake-cloud-cache-{System.Environment.ProcessId}");

    public FakeCloud()
    {
        Home = Directory.CreateTempSubdirectory("fake-cloud-").FullName;
        Bin = Directory.CreateDirectory(Path.Combine(Home, "bin")).FullName;
        Working = Directory.CreateDirectory(Path.Combine(Home, "working")).FullName;
        foreach (var tool in new[] { "az", "kubectl", "helm", "kubelogin" })
        {
            var script = Path.Combine(Bin, tool);
            File.WriteAllText(script, $"#!/bin/sh\nexec dotnet \"{FakeCliAssembly}\" {tool} \"$@\"\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(script, (UnixFileMode)0b111_101_101);
            }
        }

        foreach (var folder in new[] { "bicep", "helm", "manifests" })
        {
            CopyDirectory(Path.Combine(Repository, folder), Path.Combine(Working, folder));
        }

        CopyDirectory(SharedCache, Path.Combine(Working, "artifacts"));
    }

    public string Home { get; }

    public string Bin { get; }

    /// <summary>The copy of the repository the build works in (<c>--working</c>).</summary>
    public string Working { get; }

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>The fake CLI as built with the tests (Debug) or the benchmarks (Release), whichever is newer.</summary>
    public static string FakeCliAssembly =>
        new[] { "Debug", "Release" }
            .Select(configuration => Path.Combine(Repository, "tests", "Fakes", "FakeCli", "bin", configuration, "net10.0", "FakeCli.dll"))
            .Where(File.Exists)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault()
        ?? throw new FileNotFoundException("The fake CLI is not built: build tests/Build.Tests or tests/Build.Benchmarks first.");

    /// <summary>Every call the fakes received, in order.</summary>
    public IReadOnlyList<FakeCall> Calls
    {
        get
        {
            var path = Path.Combine(Home, "calls.jsonl");
            return File.Exists(path)
                ? File.ReadAllLines(path).Select(line => FakeCall.Parse(JsonNode.Parse(line)!.AsObject())).ToList()
                : [];
        }
    }

    public JsonObject State => JsonNode.Parse(File.ReadAllText(Path.Combine(Home, "state.json")))!.AsObject();

    /// <summary>Makes the next <paramref name="times"/> calls whose command line contains <paramref name="match"/> fail.</summary>
    public void Fail(string tool, string match, string error, int? times = 1, int exitCode = 1)
    {
        var path = Path.Combine(Home, "failures.json");
        var rules = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))!.AsArray() : [];
        rules.Add(new JsonObject { ["tool"] = tool, ["match"] = match, ["stderr"] = error, ["times"] = times, ["exitCode"] = exitCode });
        File.WriteAllText(path, rules.ToJsonString());
    }

    public void ClearFailures() => File.Delete(Path.Combine(Home, "failures.json"));

    public BuildRun Run(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(Repository, "build.sh"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Working,
        };
        start.ArgumentList.Add($"--working={Working}");
        start.ArgumentList.Add("--retry-delay-seconds=0.05");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PATH"] = Bin + ":" + System.Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_CLI_HOME"] = Home;
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("./build.sh did not finish within 3 minutes");
        }

        foreach (var folder in new[] { ".cache", "lint", "bicep" })
        {
            CopyDirectory(Path.Combine(Working, "artifacts", folder), Path.Combine(SharedCache, folder));
        }

        return new BuildRun(process.ExitCode, output.Result + error.Result);
    }

    public void Dispose() => Directory.Delete(Home, recursive: true);

    private static void CopyDirectory(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}

/// <summary>One call a fake received: the tool, its arguments and the AKS_BASELINE_* variables it saw.</summary>
public sealed record FakeCall(string Tool, IReadOnlyList<string> Args, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>Commands that change Azure (or, for helm, the cluster's releases).</summary>
    private static readonly string[] MutatingCommands =
    [
        "az group create", "az group delete", "az deployment group create", "az acr import",
        "az keyvault network-rule add", "az keyvault network-rule remove", "az keyvault purge",
        "az role assignment create", "az role assignment delete", "az tag update", "helm upgrade",
    ];

    public string Line => Tool + " " + string.Join(' ', Args);

    public bool IsMutating => MutatingCommands.Any(command => Line.StartsWith(command + " ", StringComparison.Ordinal));

    public static FakeCall Parse(JsonObject json) => new(
        (string)json["tool"]!,
        json["args"]!.AsArray().Select(a => (string)a!).ToList(),
        json["env"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!));
}

public sealed record BuildRun(int ExitCode, string Output);
