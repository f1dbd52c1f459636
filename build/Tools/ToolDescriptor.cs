namespace Build.Tools;

/// <summary>
/// What the suite says about an external tool: how to find it, what it is for, and how a user gets it.
/// </summary>
/// <param name="Name">The name users know it by (az, bicep, kubectl, helm).</param>
/// <param name="ExecutableNames">File names searched on PATH.</param>
/// <param name="PathVariable">Environment variable that overrides the location (e.g. HELM_PATH).</param>
/// <param name="Purpose">Why the suite needs it, completing "it is needed to ...".</param>
/// <param name="InstallHint">How to get it.</param>
public sealed record ToolDescriptor(
    string Name,
    IReadOnlyList<string> ExecutableNames,
    string PathVariable,
    string Purpose,
    string InstallHint)
{
    public static readonly ToolDescriptor Az = new(
        "az", ["az", "az.cmd"], "AZ_PATH",
        "talk to Azure (what-if, deployments, ACR import, AKS credentials, destroy)",
        "install the Azure CLI (https://aka.ms/installazurecli), run 'az login', or set AZ_PATH");

    public static readonly ToolDescriptor Bicep = new(
        "bicep", ["bicep", "bicep.exe"], "BICEP_PATH",
        "compile, lint and snapshot the Bicep templates",
        "it is restored from NuGet on Linux x64; elsewhere run 'az bicep install', put bicep on PATH, or set BICEP_PATH");

    public static readonly ToolDescriptor Kubectl = new(
        "kubectl", ["kubectl", "kubectl.exe"], "KUBECTL_PATH",
        "apply manifests to the cluster",
        "run './build.sh --target=Tools' (Linux x64), 'az aks install-cli', or set KUBECTL_PATH");

    public static readonly ToolDescriptor Helm = new(
        "helm", ["helm", "helm.exe"], "HELM_PATH",
        "lint and render charts and install Traefik and the Secrets Store CSI driver",
        "run './build.sh --target=Tools' (Linux x64), install helm (https://helm.sh/docs/intro/install/), or set HELM_PATH");

    public static readonly ToolDescriptor Kubelogin = new(
        "kubelogin", ["kubelogin", "kubelogin.exe"], "KUBELOGIN_PATH",
        "sign in to the Entra ID-integrated cluster (local accounts are disabled)",
        "run 'az aks install-cli' (installs kubectl and kubelogin), or set KUBELOGIN_PATH");
}
