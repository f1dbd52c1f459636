using Cake.Core.IO;

namespace Build.Tools.Kubelogin;

/// <summary>
/// <c>kubelogin convert-kubeconfig</c>: rewrites a kubeconfig of an Entra ID cluster to get tokens
/// from a non-interactive login (the Azure CLI session, or a pipeline's workload identity).
/// </summary>
public sealed class KubeloginConvertSettings : KubeloginSettings
{
    public required FilePath Kubeconfig { get; set; }

    /// <summary>azurecli, workloadidentity, msi, spn, devicecode…</summary>
    public string LoginMode { get; set; } = "azurecli";
}
