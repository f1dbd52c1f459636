using Cake.Core;
using Cake.Core.Annotations;

namespace Build.Tools.Kubelogin;

[CakeAliasCategory("Kubelogin")]
public static class KubeloginAliases
{
    [CakeMethodAlias]
    public static void KubeloginConvert(this ICakeContext context, KubeloginConvertSettings settings) =>
        Runner(context).Convert(settings);

    private static KubeloginRunner Runner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
}
