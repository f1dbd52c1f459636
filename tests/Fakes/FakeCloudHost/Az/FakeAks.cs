using FakeCloudHost.Cli;

namespace FakeCloudHost.Az;

/// <summary>
/// <c>az aks get-credentials</c> for a cluster with Entra ID integration and local accounts disabled: the
/// kubeconfig's user runs <c>kubelogin get-token</c> in device-code mode, as AKS writes it
/// (learn.microsoft.com/azure/aks/kubelogin-authentication), until <c>kubelogin convert-kubeconfig</c> changes the mode.
/// </summary>
public sealed class FakeAks(CloudState state, string kubernetesApiUrl)
{
    /// <summary>The AKS Entra ID server application, the same in every tenant.</summary>
    public const string ServerId = "6dae42f8-4368-4678-94ff-3960e28e3630";

    public string GetCredentials(AzArguments args, CliCall call)
    {
        var group = new FakeResourceGroups(state).Require(args.Required("--resource-group"));
        var name = args.Required("--name");
        if (new FakeResources(state).Named("Microsoft.ContainerService/managedClusters", name) is null)
        {
            throw ArmErrors.ResourceNotFound("Microsoft.ContainerService/managedClusters", name, group);
        }

        if (args.Has("--admin"))
        {
            throw ArmErrors.Service("BadRequest", "Getting static credential is not allowed because this cluster is set to disable local accounts.");
        }

        var file = args.Value("--file") is { } given ? call.FullPath(given) : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config");
        if (File.Exists(file) && !args.Has("--overwrite-existing"))
        {
            throw new CliFailure(1, $"ERROR: A different object named {name} already exists in your kubeconfig file.\nOverwrite? (y/n): ");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, $"""
            apiVersion: v1
            clusters:
            - cluster:
                server: {kubernetesApiUrl}
              name: {name}
            contexts:
            - context:
                cluster: {name}
                user: clusterUser_{group}_{name}
              name: {name}
            current-context: {name}
            kind: Config
            preferences: {"{}"}
            users:
            - name: clusterUser_{group}_{name}
              user:
                exec:
                  apiVersion: client.authentication.k8s.io/v1beta1
                  args:
                  - get-token
                  - --environment
                  - AzurePublicCloud
                  - --server-id
                  - {ServerId}
                  - --client-id
                  - 80faf920-1908-4b52-b5ef-a8e7bedfc67a
                  - --tenant-id
                  - {CloudIdentity.TenantId}
                  - --login
                  - devicecode
                  command: kubelogin
                  env: null
                  installHint: |2

                    kubelogin is not installed which is required to connect to AAD enabled cluster.

                    To learn more, please go to https://aka.ms/aks/kubelogin
                  interactiveMode: IfAvailable
                  provideClusterInfo: false
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return string.Empty;
    }
}
