using Cake.Core;
using Cake.Core.Annotations;

namespace Build.Tools.Bicep;

[CakeAliasCategory("Bicep")]
public static class BicepAliases
{
    [CakeMethodAlias]
    public static string BicepVersion(this ICakeContext context, BicepSettings? settings = null) =>
        Runner(context).Version(settings ?? new BicepSettings());

    private static BicepRunner Runner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
}
