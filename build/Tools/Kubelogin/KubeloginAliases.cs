using Cake.Core;
using Cake.Core.Annotations;

namespace Build.Tools.Kubelogin;

[CakeAliasCategory("Kubelogin")]
public static class KubeloginAliases
{
    [CakeMethodAlias]
    public static void KubeloginConvert(this ICakeContext context, KubeloginConvertSettings settings) =>
        Runner(context).Convert(settings);

    /// <summary>The kubelogin this run uses (KUBELOGIN_PATH, PATH, the tool cache), or null when there is none.</summary>
    [CakeMethodAlias]
    public static Cake.Core.IO.FilePath? KubeloginLocate(this ICakeContext context) =>
        Runner(context).Locate(new KubeloginSettings());

    private static KubeloginRunner Runner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
}
