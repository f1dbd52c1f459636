using Cake.Core.IO;

namespace Build.Deployment;

/// <summary>
/// The kubeconfig the suite uses: its own file under artifacts/ so a deploy never rewrites the user's
/// ~/.kube/config, unless <c>--use-default-kubeconfig</c> asks for exactly that.
/// </summary>
public static class KubeconfigLocation
{
    public static FilePath? For(BuildContext context, DeployOptions options) =>
        options.UseDefaultKubeconfig ? null : context.Artifacts.Combine(context.EnvironmentName).CombineWithFilePath("kubeconfig");

    /// <summary>The file KubernetesClient reads: the suite's own, or the user's default.</summary>
    public static string Path(BuildContext context, DeployOptions options) =>
        For(context, options)?.FullPath
        ?? System.IO.Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".kube", "config");
}
