using Build.Infrastructure;
using Build.Tools.Az;
using Build.Tools.Kubelogin;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>Fetches the cluster's kubeconfig and converts it for non-interactive Entra ID sign-in (kubelogin).</summary>
public sealed class ClusterCredentials(BuildContext context, DeploymentSession session)
{
    public void Fetch()
    {
        var outputs = session.OutputsOf(Stage.Cluster);
        var kubeconfig = KubeconfigLocation.For(context, session.Options);
        if (kubeconfig is not null)
        {
            Directory.CreateDirectory(kubeconfig.GetDirectory().FullPath);
        }

        session.Retry.Execute("Fetching the cluster's credentials", () => context.AzAksGetCredentials(new AzAksGetCredentialsSettings
        {
            ResourceGroup = session.Settings.ResourceGroup(Stage.Cluster),
            Name = outputs.GetString(OutputNames.ClusterName),
            File = kubeconfig,
            Subscription = session.Options.Subscription,
        }));

        var file = kubeconfig ?? new Cake.Core.IO.FilePath(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config"));
        context.KubeloginConvert(new KubeloginConvertSettings { Kubeconfig = file, LoginMode = LoginMode() });
        if (!OperatingSystem.IsWindows() && kubeconfig is not null)
        {
            File.SetUnixFileMode(kubeconfig.FullPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        context.Log.Information($"Cluster credentials for {outputs.GetString(OutputNames.ClusterName)} are in {file.FullPath}.");
    }

    /// <summary>A pipeline's federated identity signs in as itself; everywhere else the az session is used.</summary>
    private string LoginMode() =>
        context.Environment.GetEnvironmentVariable("AZURE_FEDERATED_TOKEN_FILE") is { Length: > 0 } ? "workloadidentity" : "azurecli";
}
