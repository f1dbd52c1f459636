using FakeCloudHost.Cli;
using k8s.KubeConfigModels;

namespace FakeCloudHost.Kubernetes;

/// <summary>
/// What client-go (kubectl, helm) does with a kubeconfig user that has an <c>exec</c> section: runs the
/// command, found on the caller's PATH. A command that is not there fails the way client-go says
/// (k8s.io/client-go/plugin/pkg/client/auth/exec/exec.go), followed by the kubeconfig's installHint.
/// </summary>
public static class ExecPlugin
{
    public static void RequireOnPath(CliCall call, string kubeconfigPath, string tool)
    {
        if (!File.Exists(kubeconfigPath))
        {
            throw new CliFailure(1, tool == "helm"
                ? "Error: Kubernetes cluster unreachable: Get \"http://localhost:8080/version\": dial tcp 127.0.0.1:8080: connect: connection refused"
                : "error: error loading config file: open " + kubeconfigPath + ": no such file or directory");
        }

        var config = k8s.KubernetesYaml.Deserialize<K8SConfiguration>(File.ReadAllText(kubeconfigPath));
        var context = config.Contexts?.FirstOrDefault(c => c.Name == config.CurrentContext);
        var user = config.Users?.FirstOrDefault(u => u.Name == context?.ContextDetails?.User);
        var exec = user?.UserCredentials?.ExternalExecution;
        if (exec is null)
        {
            return;
        }

        var path = call.Environment.GetValueOrDefault("PATH") ?? string.Empty;
        var found = Path.IsPathRooted(exec.Command)
            ? File.Exists(exec.Command)
            : path.Split(':', StringSplitOptions.RemoveEmptyEntries).Any(folder => File.Exists(Path.Combine(folder, exec.Command)));
        if (!found)
        {
            var prefix = tool == "helm" ? "Error: Kubernetes cluster unreachable: " : "error: ";
            throw new CliFailure(1, $"{prefix}exec: executable {exec.Command} not found\n\nIt looks like you are trying to use a client-go credential plugin that is not installed.\n\nTo learn more about this feature, consult the documentation available at:\n      https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins\n{exec.InstallHint}");
        }
    }

    /// <summary>The kubeconfig a call uses: --kubeconfig, else KUBECONFIG, else ~/.kube/config.</summary>
    public static string KubeconfigOf(CliCall call, string? flag) =>
        flag is not null ? call.FullPath(flag)
        : call.Environment.GetValueOrDefault("KUBECONFIG") is { Length: > 0 } variable ? call.FullPath(variable.Split(':')[0])
        : Path.Combine(call.Environment.GetValueOrDefault("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config");
}
