using System.Reflection;
using System.Text.Json.Nodes;
using FakeCloudHost.Cli;

namespace FakeCloudHost.Kubernetes;

/// <summary>
/// The FAKE kubectl, held to kubectl 1.33's flags (tests/Fakes/Contracts/kubectl.json): <c>version --client</c>,
/// and <c>apply --server-side</c> into the FAKE cluster with the API server's refusals — a namespace that does
/// not exist, a kind whose CRD no chart installed — and its credential plugin run from the caller's PATH.
/// </summary>
public sealed class FakeKubectl(CloudState state)
{
    public static FlagContract Contract { get; } = Load("kubectl.json");

    private static readonly HashSet<string> BuiltInGroups = ["", "v1", "apps", "policy", "networking.k8s.io", "rbac.authorization.k8s.io", "autoscaling", "batch", "scheduling.k8s.io", "storage.k8s.io", "apiextensions.k8s.io", "admissionregistration.k8s.io", "coordination.k8s.io", "discovery.k8s.io"];

    public string Run(CliCall call)
    {
        var args = FlagArguments.Parse(Contract, call.Args, (command, flag) => new CliFailure(1, $"error: unknown flag: {flag}\nSee 'kubectl {command} --help' for usage."));
        return args.Command switch
        {
            "version" => """{"clientVersion": {"major": "1", "minor": "33", "gitVersion": "v1.33.9", "gitCommit": "fake", "gitTreeState": "clean", "goVersion": "go1.24.9", "compiler": "gc", "platform": "linux/amd64"}, "kustomizeVersion": "v5.6.0"}""" + "\n",
            "apply" => Apply(call, args),
            _ => throw new CliFailure(1, $"error: the fake kubectl answers version and apply, not '{args.Command}'"),
        };
    }

    private string Apply(CliCall call, FlagArguments args)
    {
        ExecPlugin.RequireOnPath(call, ExecPlugin.KubeconfigOf(call, args.Value("kubeconfig")), "kubectl");
        var cluster = new FakeCluster(state);
        var lines = new List<string>();
        foreach (var file in args.Values("filename").Select(call.FullPath))
        {
            if (!File.Exists(file))
            {
                throw new CliFailure(1, $"error: the path \"{file}\" does not exist");
            }

            foreach (var document in YamlDocuments.Parse(File.ReadAllText(file)))
            {
                var apiVersion = (string)document["apiVersion"]!;
                var kind = (string)document["kind"]!;
                var name = (string)document["metadata"]!["name"]!;
                var group = apiVersion.Contains('/') ? apiVersion[..apiVersion.IndexOf('/')] : string.Empty;
                if (!BuiltInGroups.Contains(group) && !InstalledGroups().Contains(group))
                {
                    throw new CliFailure(1, $"error: resource mapping not found for name: \"{name}\" namespace: \"{document["metadata"]?["namespace"]}\" from \"{file}\": no matches for kind \"{kind}\" in version \"{apiVersion}\"\nensure CRDs are installed first");
                }

                var ns = (string?)document["metadata"]?["namespace"] ?? args.Value("namespace");
                if (kind != "Namespace" && ns is not null && ns is not ("default" or "kube-system") && cluster.Get("v1", "Namespace", null, ns) is null)
                {
                    throw new CliFailure(1, $"Error from server (NotFound): error when creating \"{file}\": namespaces \"{ns}\" not found");
                }

                cluster.Apply(document, args.Value("namespace"));
                lines.Add($"{kind.ToLowerInvariant()}{(group.Length > 0 ? "." + group : string.Empty)}/{name} serverside-applied");
            }
        }

        return string.Join('\n', lines) + "\n";
    }

    private HashSet<string> InstalledGroups() =>
        new FakeReleases(state).All.Where(r => (string?)r["status"] == "deployed").SelectMany(r => ChartObjects.CustomGroups((string)r["chartName"]!)).ToHashSet();


    public static FlagContract Load(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in the fake cloud.");
        return FlagContract.Load(stream);
    }
}
