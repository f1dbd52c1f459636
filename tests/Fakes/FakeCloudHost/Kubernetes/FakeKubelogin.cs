using System.Text.Json.Nodes;
using FakeCloudHost.Az;
using FakeCloudHost.Cli;

namespace FakeCloudHost.Kubernetes;

/// <summary>
/// The FAKE kubelogin (Azure/kubelogin): <c>convert-kubeconfig -l &lt;mode&gt;</c> rewrites the exec user of a
/// kubeconfig to that login mode, <c>get-token</c> prints an ExecCredential with a token for the AKS server
/// application — except in device-code mode, which needs a person at a browser — and <c>--version</c>.
/// Flags as its --help lists them (kubelogin v0.2.x, pkg/internal/converter/options.go and token/options.go).
/// </summary>
public sealed class FakeKubelogin(CloudState state)
{
    private static readonly FlagContract Contract = new("kubelogin", "0.2.10",
        new Dictionary<string, IReadOnlyList<Flag>>
        {
            ["convert-kubeconfig"] = Flags("kubeconfig", "context", "azure-config-dir", "client-id", "server-id", "tenant-id", "environment", "pop-enabled", "pop-claims", "federated-token-file", "authority-host", "token-cache-dir", "legacy", "use-azurerm-env-vars", "client-secret", "client-certificate", "username", "password", "redirect-url", "disable-environment-override")
                .Append(new Flag("login", "l", true, false)).ToList(),
            ["get-token"] = Flags("client-id", "server-id", "tenant-id", "environment", "pop-enabled", "pop-claims", "federated-token-file", "authority-host", "token-cache-dir", "legacy", "use-azurerm-env-vars", "client-secret", "client-certificate", "username", "password", "redirect-url", "disable-environment-override", "timeout")
                .Append(new Flag("login", "l", true, false)).ToList(),
            ["remove-tokens"] = Flags("token-cache-dir").ToList(),
        },
        [new Flag("version", null, false, false), new Flag("help", "h", false, false), new Flag("logtostderr", null, false, false), new Flag("v", "v", true, false)]);

    public string Run(CliCall call)
    {
        if (call.Args is ["--version"])
        {
            return "kubelogin version\ngit hash: v0.2.10/fake\nGo version: go1.24.9\nBuild time: 2026-06-01T00:00:00Z\nPlatform: linux/amd64\n";
        }

        var args = FlagArguments.Parse(Contract, call.Args, (_, flag) => new CliFailure(1, $"Error: unknown flag: {flag}"));
        return args.Command switch
        {
            "convert-kubeconfig" => Convert(call, args),
            "get-token" => GetToken(args),
            _ => throw new CliFailure(1, $"Error: the fake kubelogin does not answer '{args.Command}'"),
        };
    }

    private static string Convert(CliCall call, FlagArguments args)
    {
        var path = ExecPlugin.KubeconfigOf(call, args.Value("kubeconfig"));
        if (!File.Exists(path))
        {
            throw new CliFailure(1, $"Error: stat {path}: no such file or directory");
        }

        var mode = args.Value("login") ?? "devicecode";
        var lines = File.ReadAllLines(path).ToList();
        var login = lines.FindIndex(l => l.Trim() == "- --login");
        if (login >= 0 && login + 1 < lines.Count)
        {
            lines[login + 1] = lines[login + 1][..lines[login + 1].IndexOf('-')] + "- " + mode;
        }

        File.WriteAllLines(path, lines);
        return string.Empty;
    }

    private string GetToken(FlagArguments args)
    {
        var mode = args.Value("login") ?? "devicecode";
        if (mode == "devicecode")
        {
            throw new CliFailure(1, "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FAKE12345 to authenticate.\nError: failed to get token: context deadline exceeded (no one signed in: run kubelogin convert-kubeconfig -l azurecli)");
        }

        var server = args.Value("server-id") ?? FakeAks.ServerId;
        var expires = DateTimeOffset.UtcNow.AddHours(1);
        return new JsonObject
        {
            ["kind"] = "ExecCredential",
            ["apiVersion"] = "client.authentication.k8s.io/v1beta1",
            ["spec"] = new JsonObject { ["interactive"] = false },
            ["status"] = new JsonObject { ["expirationTimestamp"] = expires.ToString("yyyy-MM-ddTHH:mm:ssZ"), ["token"] = FakeAccessTokens.Issue(state.Identity, server, expires) },
        }.ToJsonString() + "\n";
    }

    private static IEnumerable<Flag> Flags(params string[] names) => names.Select(n => new Flag(n, null, n is not ("pop-enabled" or "legacy" or "use-azurerm-env-vars" or "disable-environment-override"), false));
}
