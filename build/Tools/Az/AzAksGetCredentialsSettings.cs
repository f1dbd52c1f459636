using Cake.Core.IO;

namespace Build.Tools.Az;

/// <summary><c>az aks get-credentials</c> into a kubeconfig file of the suite's choosing.</summary>
public sealed class AzAksGetCredentialsSettings : AzSettings
{
    public required string ResourceGroup { get; set; }

    public required string Name { get; set; }

    /// <summary>The kubeconfig to write; the user's default (~/.kube/config) when null.</summary>
    public FilePath? File { get; set; }

    public bool OverwriteExisting { get; set; } = true;
}
