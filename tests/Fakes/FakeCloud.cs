using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Build.Hosting;

namespace Build.Tests.Fakes;

/// <summary>
/// Drives the FAKE cloud (tests/Fakes/FakeCloudHost, a separate long-lived process, the same one people start by
/// hand) and runs <c>./build.sh</c> against it in a working copy of the repository — a copy whose cluster
/// parameters are set the way a user sets them before a first deployment (no shipped placeholder), so the
/// run's artifacts and state stay out of the working tree. Stands in for Azure and a cluster, which cannot run here.
/// </summary>
public sealed class FakeCloud : IDisposable
{
    private static readonly string Repository = RepositoryRoot.Locate();

    /// <summary>
    /// The offline checks' green-run records and outputs, shared by the runs of this test process: every working
    /// copy holds the same bicep/, so Validate runs bicep once, not once per end-to-end test.
    /// </summary>
    private static readonly string SharedCache = Path.Combine(Path.GetTempPath(), $"fake-cloud-cache-{System.Environment.ProcessId}");

    private readonly Process _host;
    private readonly HttpClient _control;

    private FakeCloud(Process host, string home, string working, IReadOnlyDictionary<string, string> hostEnvironment)
    {
        _host = host;
        Home = home;
        Working = working;
        HostEnvironment = hostEnvironment;
        _control = new HttpClient { BaseAddress = new Uri(hostEnvironment["FAKE_CLOUD_URL"]) };
    }

    public string Home { get; }

    /// <summary>The copy of the repository the build works in (<c>--working</c>).</summary>
    public string Working { get; }

    /// <summary>What the fake cloud printed: PATH, HTTPS_PROXY, SSL_CERT_FILE and the rest.</summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; }

    /// <summary>More variables for the runs (e.g. GATEWAY_PFX_PASSWORD).</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <param name="hostArguments">More of the host's own options, e.g. --identity=servicePrincipal.</param>
    public static FakeCloud Start(params string[] hostArguments) => Start(asShipped: false, hostArguments);

    /// <param name="asShipped">Work on the repository's files as they are, placeholders included, instead of a deployable copy.</param>
    public static FakeCloud Start(bool asShipped, params string[] hostArguments)
    {
        var home = Directory.CreateTempSubdirectory("fake-cloud-").FullName;
        var working = Directory.CreateDirectory(Path.Combine(home, "working")).FullName;
        if (asShipped)
        {
            foreach (var folder in new[] { "bicep", "helm", "manifests" })
            {
                CopyDirectory(Path.Combine(Repository, folder), Path.Combine(working, folder));
            }
        }
        else
        {
            DeployableCopy.CopyTo(working);
        }

        foreach (var folder in GateFolders)
        {
            CopyDirectory(Path.Combine(SharedCache, folder), Path.Combine(working, "artifacts", folder));
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(HostAssembly);
        start.ArgumentList.Add("--home");
        start.ArgumentList.Add(Path.Combine(home, "cloud"));
        foreach (var argument in hostArguments)
        {
            start.ArgumentList.Add(argument);
        }

        var host = Process.Start(start)!;
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        while (host.StandardOutput.ReadLine() is { } line && line != "ready")
        {
            var equals = line.IndexOf('=');
            if (equals > 0)
            {
                environment[line[..equals]] = line[(equals + 1)..];
            }
        }

        if (!environment.ContainsKey("FAKE_CLOUD_URL"))
        {
            host.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The fake cloud did not start: " + host.StandardError.ReadToEnd());
        }

        return new FakeCloud(host, Path.Combine(home, "cloud"), working, environment);
    }

    /// <summary>The fake cloud as built with the tests (Debug) or the benchmarks (Release), whichever is newer.</summary>
    public static string HostAssembly =>
        new[] { "Debug", "Release" }
            .Select(configuration => Path.Combine(Repository, "tests", "Fakes", "FakeCloudHost", "bin", configuration, "net10.0", "FakeCloudHost.dll"))
            .Where(File.Exists)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault()
        ?? throw new FileNotFoundException("The fake cloud is not built: build tests/Build.Tests or tests/Build.Benchmarks first.");

    /// <summary>Every request the fake cloud received, in order.</summary>
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

    public JsonObject State => JsonNode.Parse(_control.GetStringAsync("/fake/state").GetAwaiter().GetResult())!.AsObject();

    /// <summary>Changes what the cloud holds (e.g. what a killed run left behind).</summary>
    public void Change(Action<JsonObject> change)
    {
        var state = State;
        change(state);
        _control.PutAsJsonAsync("/fake/state", state).GetAwaiter().GetResult().EnsureSuccessStatusCode();
    }

    /// <summary>Signs az in as another kind of identity: user, servicePrincipal, managedIdentity, workloadIdentity.</summary>
    public void SignInAs(string kind) =>
        _control.PutAsync($"/fake/identity/{kind}", null).GetAwaiter().GetResult().EnsureSuccessStatusCode();

    /// <summary>Makes the next <paramref name="times"/> calls whose command line contains <paramref name="match"/> fail with the real tool's words.</summary>
    public void Fail(string tool, string match, string error, int? times = 1, int exitCode = 1)
    {
        var path = Path.Combine(Home, "failures.json");
        var rules = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))!.AsArray() : [];
        rules.Add(new JsonObject { ["tool"] = tool, ["match"] = match, ["stderr"] = error, ["times"] = times, ["exitCode"] = exitCode });
        File.WriteAllText(path, rules.ToJsonString());
    }

    public void ClearFailures() => File.Delete(Path.Combine(Home, "failures.json"));

    public BuildRun Run(params string[] args) => Run(Working, args);

    /// <summary>Runs a pipeline step's script with bash in <paramref name="directory"/>, under the fake cloud's environment.</summary>
    public BuildRun Shell(string directory, string script, IReadOnlyDictionary<string, string> variables)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var (name, value) in HostEnvironment.Concat(variables))
        {
            start.Environment[name] = value;
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{script}' did not finish within 4 minutes");
        }


        return new BuildRun(process.ExitCode, output.Result + error.Result);
    }

    /// <summary>Runs <c>./build.sh</c> of <paramref name="repository"/> (a clone, for the pipeline test) against the fake cloud.</summary>
    public BuildRun Run(string repository, IEnumerable<string> args, string? workingDirectory = null)
    {
        var script = File.Exists(Path.Combine(repository, "build.sh")) ? Path.Combine(repository, "build.sh") : Path.Combine(Repository, "build.sh");
        var start = new ProcessStartInfo(script)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? repository,
        };
        if (!File.Exists(Path.Combine(repository, "build.sh")))
        {
            start.ArgumentList.Add($"--working={repository}");
        }

        start.ArgumentList.Add("--retry-delay-seconds=0.05");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in HostEnvironment)
        {
            start.Environment[name] = value;
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("./build.sh did not finish within 4 minutes");
        }


        KeepForLaterRuns(Path.Combine(repository, "artifacts"));

        return new BuildRun(process.ExitCode, output.Result + error.Result);
    }

    /// <summary>
    /// Keeps what a run's offline gate left (its records, helm's answers, and the outputs the records vouch for) for the
    /// runs that follow in this test process, each file whole: runs in parallel read it.
    /// </summary>
    internal static void KeepForLaterRuns(string artifacts)
    {
        foreach (var folder in GateFolders)
        {
            var source = Path.Combine(artifacts, folder);
            if (!Directory.Exists(source))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(SharedCache, folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                var partial = $"{destination}.{Guid.NewGuid():N}.partial";
                File.Copy(file, partial);
                File.Move(partial, destination, overwrite: true);
            }
        }
    }

    /// <summary>The offline gate's records this test process has kept (what a pipeline's cache of artifacts/.cache holds).</summary>
    public static string GateRecords => Path.Combine(SharedCache, ".cache");

    /// <summary>The offline gate's records and what they vouch for; never artifacts/certs (secrets) or a deployment's state.</summary>
    private static readonly string[] GateFolders = [".cache", "lint", "bicep", "rendered", "predicted", "validation"];

    public void Dispose()
    {
        _control.Dispose();
        _host.StandardInput.Close();
        if (!_host.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _host.Kill(entireProcessTree: true);
        }

        _host.Dispose();
        Directory.Delete(Path.GetDirectoryName(Home)!, recursive: true);
    }

    internal static void CopyDirectory(string source, string target)
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

/// <summary>
/// One request the fake cloud received: a command-line call (tool, arguments, the AKS_BASELINE_* variables it
/// saw) or an HTTP request to the fake Key Vault or Kubernetes API (tool, method, path).
/// </summary>
public sealed record FakeCall(string Tool, IReadOnlyList<string> Args, IReadOnlyDictionary<string, string> Environment, string? Method, string? Path)
{
    /// <summary>Commands that change Azure, the cluster's releases or a vault.</summary>
    private static readonly string[] MutatingCommands =
    [
        "az group create", "az group delete", "az deployment group create", "az acr import",
        "az keyvault network-rule add", "az keyvault network-rule remove", "az keyvault purge",
        "az role assignment create", "az role assignment delete", "az tag update", "helm upgrade",
        "helm rollback", "helm uninstall", "kubectl apply",
    ];

    public string Line => Method is null ? Tool + " " + string.Join(' ', Args) : $"{Tool} {Method} {Path}";

    /// <summary>Whether the call changes anything (kubectl's server-side apply of unchanged manifests changes nothing, as the API server decides).</summary>
    public bool IsMutating => MutatingCommands.Any(command => Line.StartsWith(command + " ", StringComparison.Ordinal)) && !Line.StartsWith("kubectl apply ", StringComparison.Ordinal) || IsVaultWrite;

    /// <summary>A Key Vault write: an import, a secret set.</summary>
    public bool IsVaultWrite => Tool == "keyvault" && Method is "PUT" or "POST" or "PATCH" or "DELETE";

    public static FakeCall Parse(JsonObject json) => new(
        (string)json["tool"]!,
        json["args"]?.AsArray().Select(a => (string)a!).ToList() ?? [],
        json["env"]?.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!) ?? [],
        (string?)json["method"],
        (string?)json["path"]);
}

public sealed record BuildRun(int ExitCode, string Output);
