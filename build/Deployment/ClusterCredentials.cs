using Build.Infrastructure;
using Build.Tools;
using Build.Tools.Az;
using Build.Tools.Kubelogin;
using Cake.Core.Diagnostics;
using Cake.Core.IO;

namespace Build.Deployment;

/// <summary>
/// Fetches the cluster's kubeconfig and converts it for non-interactive Entra ID sign-in (kubelogin). The
/// converted kubeconfig runs <c>kubelogin</c> from PATH, so a kubelogin found elsewhere is put on PATH for
/// kubectl, helm and KubernetesClient.
/// </summary>
public sealed class ClusterCredentials(DeploymentSession session)
{
    public void Fetch()
    {
        var outputs = session.OutputsOf(Stage.Cluster);
        var kubeconfig = KubeconfigLocation.For(session);
        if (kubeconfig is not null)
        {
            Directory.CreateDirectory(kubeconfig.GetDirectory().FullPath);
        }

        session.Retry.Execute("Fetching the cluster's credentials", () => session.Context.AzAksGetCredentials(new AzAksGetCredentialsSettings
        {
            ResourceGroup = session.Settings.ResourceGroup(Stage.Cluster),
            Name = outputs.GetString(OutputNames.ClusterName),
            File = kubeconfig,
            Subscription = session.Options.Subscription,
        }));

        var file = kubeconfig ?? new FilePath(KubeconfigLocation.Path(session));
        session.Context.KubeloginConvert(new KubeloginConvertSettings { Kubeconfig = file, LoginMode = LoginMode() });
        if (!OperatingSystem.IsWindows() && kubeconfig is not null)
        {
            File.SetUnixFileMode(kubeconfig.FullPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        PutKubeloginOnPath(session);
        session.Log.Information($"Cluster credentials for {outputs.GetString(OutputNames.ClusterName)} are in {file.FullPath}.");
    }

    /// <summary>Every stage that reaches the cluster calls this: the kubeconfig names kubelogin by name only.</summary>
    public static void PutKubeloginOnPath(DeploymentSession session)
    {
        if (session.Context.KubeloginLocate() is { } kubelogin && ProcessPath.EnsureFound(kubelogin))
        {
            session.Log.Verbose($"Put {kubelogin.GetDirectory().FullPath} on PATH: the kubeconfig runs kubelogin from there.");
        }
    }

    /// <summary>A pipeline's federated identity signs in as itself; everywhere else the az session is used.</summary>
    private string LoginMode() =>
        session.Context.Environment.GetEnvironmentVariable("AZURE_FEDERATED_TOKEN_FILE") is { Length: > 0 } ? "workloadidentity" : "azurecli";
}
