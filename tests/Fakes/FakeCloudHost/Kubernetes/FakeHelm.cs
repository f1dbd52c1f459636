using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using FakeCloudHost.Cli;

namespace FakeCloudHost.Kubernetes;

/// <summary>
/// The FAKE helm, held to helm 4.1.4's flags (tests/Fakes/Contracts/helm.json). What touches a cluster is
/// faked against the FAKE cluster — upgrade --install, list, status, rollback, uninstall, repo add/update —
/// with helm's behaviour: a release left pending by a cancelled run blocks the next upgrade ("another
/// operation … is in progress"), list shows only deployed and failed releases unless asked, reports chart as
/// name-version, and release labels given on upgrade merge into the old ones. What runs offline (template,
/// lint, pull, show, dependency, package) is handed to the real helm, so rendering stays real.
/// </summary>
public sealed class FakeHelm(CloudState state, string? realHelm)
{
    public static FlagContract Contract { get; } = FakeKubectl.Load("helm.json");

    private static readonly string[] Offline = ["template", "lint", "pull", "show", "dependency", "package", "create", "env"];

    public string Run(CliCall call)
    {
        if (call.Args.FirstOrDefault() is { } first && Offline.Contains(first))
        {
            return RunReal(call);
        }

        var args = FlagArguments.Parse(Contract, call.Args, (_, flag) => new CliFailure(1, flag.StartsWith("--", StringComparison.Ordinal) ? $"Error: unknown flag: {flag}" : $"Error: unknown shorthand flag: '{flag.TrimStart('-')}' in {flag}"));
        return args.Command switch
        {
            "version" => args.Has("short") ? "v4.1.4+g05fa379\n" : "version.BuildInfo{Version:\"v4.1.4\", GitCommit:\"05fa37973dc9e42b76e1d2883494c87174b6074f\", GitTreeState:\"clean\", GoVersion:\"go1.25.9\", KubeClientVersion:\"v1.35\"}\n",
            "repo add" => RepoAdd(args),
            "repo update" => "Hang tight while we grab the latest from your chart repositories...\nUpdate Complete. ⎈Happy Helming!⎈\n",
            "list" => List(call, args),
            "upgrade" => Upgrade(call, args),
            "rollback" => Rollback(call, args),
            "uninstall" => Uninstall(call, args),
            "status" => Status(call, args),
            _ => throw new CliFailure(1, $"Error: the fake helm does not answer '{args.Command}'"),
        };
    }

    private FakeReleases Releases => new(state);

    private string RepoAdd(FlagArguments args)
    {
        var (name, url) = (args.Positional[0], args.Positional[1]);
        var repositories = state.Section("helmRepositories");
        if ((string?)repositories[name] == url)
        {
            return $"\"{name}\" already exists with the same configuration, skipping\n";
        }

        repositories[name] = url;
        return $"\"{name}\" has been added to your repositories\n";
    }

    /// <summary>helm list: deployed and failed releases by default; --pending, --deployed, --failed… select statuses (helm 4 has no --all).</summary>
    private string List(CliCall call, FlagArguments args)
    {
        ExecPlugin.RequireOnPath(call, ExecPlugin.KubeconfigOf(call, args.Value("kubeconfig")), "helm");
        var ns = args.Value("namespace") ?? "default";
        var selector = (args.Value("selector") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split('=', 2)).ToList();
        var releases = Releases.All
            .Where(r => args.Has("all-namespaces") || (string?)r["namespace"] == ns)
            .Where(r => Listed(args, (string)r["status"]!))
            .Where(r => selector.All(s => Label(r, s[0]) == s[1]))
            .Select(r => (JsonNode?)new JsonObject
            {
                ["name"] = r["name"]!.DeepClone(),
                ["namespace"] = r["namespace"]!.DeepClone(),
                ["revision"] = ((int)r["revision"]!).ToString(CultureInfo.InvariantCulture),
                ["updated"] = r["updated"]!.DeepClone(),
                ["status"] = r["status"]!.DeepClone(),
                ["chart"] = $"{r["chartName"]}-{r["version"]}",
                ["app_version"] = r["appVersion"]!.DeepClone(),
            });
        return new JsonArray(releases.ToArray()).ToJsonString() + "\n";
    }

    private string Upgrade(CliCall call, FlagArguments args)
    {
        ExecPlugin.RequireOnPath(call, ExecPlugin.KubeconfigOf(call, args.Value("kubeconfig")), "helm");
        if (args.Has("atomic"))
        {
            throw new CliFailure(1, "Error: unknown flag: --atomic");
        }

        var (name, chartReference) = (args.Positional[0], args.Positional[1]);
        var ns = args.Value("namespace") ?? "default";
        var chart = ChartName(call, chartReference);
        var version = args.Value("version") ?? throw new CliFailure(1, "Error: the fake helm installs pinned chart versions only: pass --version");
        var cluster = new FakeCluster(state);
        var existing = Releases.Get(ns, name);
        if (existing is null && !args.Has("install"))
        {
            throw new CliFailure(1, $"Error: UPGRADE FAILED: \"{name}\" has no deployed releases");
        }

        if (existing is not null && ((string?)existing["status"])?.StartsWith("pending", StringComparison.Ordinal) == true)
        {
            throw new CliFailure(1, $"Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress");
        }

        if (cluster.Get("v1", "Namespace", null, ns) is null && ns is not ("default" or "kube-system"))
        {
            if (!args.Has("create-namespace"))
            {
                throw new CliFailure(1, $"Error: INSTALLATION FAILED: create: failed to create: namespaces \"{ns}\" not found");
            }

            cluster.Apply(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = ns } }, null);
        }

        var labels = existing?["labels"]?.DeepClone() as JsonObject ?? [];
        foreach (var pair in args.Values("labels").SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries)))
        {
            var equals = pair.IndexOf('=');
            if (pair[(equals + 1)..] == "null")
            {
                labels.Remove(pair[..equals]);
            }
            else
            {
                labels[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        var values = args.Values("values").Select(call.FullPath).Select(path => File.Exists(path) ? File.ReadAllText(path) : throw new CliFailure(1, $"Error: open {path}: no such file or directory")).ToList();
        foreach (var item in ChartObjects.For(chart, name, ns, values))
        {
            cluster.Apply(item, ns);
        }

        var revision = ((int?)existing?["revision"] ?? 0) + 1;
        Releases.Put(new JsonObject
        {
            ["name"] = name,
            ["namespace"] = ns,
            ["revision"] = revision,
            ["lastDeployedRevision"] = revision,
            ["updated"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.fffffff zzz", CultureInfo.InvariantCulture) + " UTC",
            ["status"] = "deployed",
            ["chartName"] = chart,
            ["version"] = version,
            ["appVersion"] = ChartObjects.AppVersion(chart, version),
            ["labels"] = labels,
        });
        var verb = existing is null ? $"Release \"{name}\" does not exist. Installing it now.\n" : $"Release \"{name}\" has been upgraded. Happy Helming!\n";
        return $"{verb}NAME: {name}\nLAST DEPLOYED: {DateTimeOffset.UtcNow:ddd MMM d HH:mm:ss yyyy}\nNAMESPACE: {ns}\nSTATUS: deployed\nREVISION: {revision}\nTEST SUITE: None\n";
    }

    /// <summary>helm rollback: back to the last deployed revision (a new revision), or the one named.</summary>
    private string Rollback(CliCall call, FlagArguments args)
    {
        ExecPlugin.RequireOnPath(call, ExecPlugin.KubeconfigOf(call, args.Value("kubeconfig")), "helm");
        var name = args.Positional[0];
        var release = Releases.Get(args.Value("namespace") ?? "default", name) ?? throw new CliFailure(1, $"Error: release: not found");
        if (release["lastDeployedRevision"] is null)
        {
            throw new CliFailure(1, $"Error: release has no {(int)release["revision"]! - 1} version");
        }

        release["revision"] = (int)release["revision"]! + 1;
        release["status"] = "deployed";
        return "Rollback was a success! Happy Helming!\n";
    }

    private string Uninstall(CliCall call, FlagArguments args)
    {
        ExecPlugin.RequireOnPath(call, ExecPlugin.KubeconfigOf(call, args.Value("kubeconfig")), "helm");
        var name = args.Positional[0];
        var ns = args.Value("namespace") ?? "default";
        if (Releases.Get(ns, name) is null)
        {
            return args.Has("ignore-not-found") ? string.Empty : throw new CliFailure(1, $"Error: uninstall: Release not loaded: {name}: release: not found");
        }

        Releases.Remove(ns, name);
        return $"release \"{name}\" uninstalled\n";
    }

    private string Status(CliCall call, FlagArguments args)
    {
        ExecPlugin.RequireOnPath(call, ExecPlugin.KubeconfigOf(call, args.Value("kubeconfig")), "helm");
        var name = args.Positional[0];
        var release = Releases.Get(args.Value("namespace") ?? "default", name) ?? throw new CliFailure(1, "Error: release: not found");
        return new JsonObject
        {
            ["name"] = name,
            ["info"] = new JsonObject { ["status"] = release["status"]!.DeepClone(), ["last_deployed"] = release["updated"]!.DeepClone() },
            ["version"] = release["revision"]!.DeepClone(),
            ["namespace"] = release["namespace"]!.DeepClone(),
            ["chart"] = new JsonObject { ["metadata"] = new JsonObject { ["name"] = release["chartName"]!.DeepClone(), ["version"] = release["version"]!.DeepClone(), ["appVersion"] = release["appVersion"]!.DeepClone() } },
        }.ToJsonString() + "\n";
    }

    private string ChartName(CliCall call, string reference)
    {
        if (reference.EndsWith(".tgz", StringComparison.Ordinal))
        {
            var path = call.FullPath(reference);
            return File.Exists(path)
                ? Path.GetFileNameWithoutExtension(path)[..Path.GetFileNameWithoutExtension(path).LastIndexOf('-')]
                : throw new CliFailure(1, $"Error: INSTALLATION FAILED: path \"{path}\" not found");
        }

        var slash = reference.IndexOf('/');
        if (slash > 0 && state.Section("helmRepositories")[reference[..slash]] is null)
        {
            throw new CliFailure(1, $"Error: INSTALLATION FAILED: repo {reference[..slash]} not found");
        }

        return reference[(slash + 1)..];
    }

    private static bool Listed(FlagArguments args, string status) =>
        args.Has("pending") ? status.StartsWith("pending", StringComparison.Ordinal)
        : args.Has("failed") || args.Has("deployed") ? (args.Has("failed") && status == "failed") || (args.Has("deployed") && status == "deployed")
        : status is "deployed" or "failed";

    /// <summary>Storage labels helm sets itself (name, status, version, owner) and the release's own.</summary>
    private static string? Label(JsonObject release, string key) => key switch
    {
        "name" => (string?)release["name"],
        "status" => (string?)release["status"],
        "owner" => "helm",
        "version" => ((int?)release["revision"])?.ToString(CultureInfo.InvariantCulture),
        _ => (string?)release["labels"]?[key],
    };

    private string RunReal(CliCall call)
    {
        if (realHelm is null)
        {
            throw new CliFailure(1, "Error: the fake cloud found no real helm to render charts with: run ./build.sh --target=Tools");
        }

        var start = new ProcessStartInfo(realHelm) { WorkingDirectory = call.WorkingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in call.Args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Clear();
        foreach (var (key, value) in call.Environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new CliFailure(process.ExitCode, error.Result.TrimEnd());
    }
}
