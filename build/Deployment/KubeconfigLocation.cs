using Cake.Core.IO;

namespace Build.Deployment;

/// <summary>
/// The kubeconfig the suite uses: its own file under artifacts/ so a deploy never rewrites the user's
/// ~/.kube/config, unless <c>--use-default-kubeconfig</c> asks for exactly that.
/// </summary>
public static class KubeconfigLocation
{
    public static FilePath? For(DeploymentSession session) =>
        session.Options.UseDefaultKubeconfig ? null : session.Artifacts.Combine(session.Layout.Environment).CombineWithFilePath("kubeconfig");

    /// <summary>The file KubernetesClient reads: the suite's own, or the user's default.</summary>
    public static string Path(DeploymentSession session) =>
        For(session)?.FullPath
        ?? System.IO.Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".kube", "config");
}
