using Cake.Core;
using Cake.Core.Annotations;

namespace Build.Tools.Bicep;

[CakeAliasCategory("Bicep")]
public static class BicepAliases
{
    [CakeMethodAlias]
    public static ToolOutput BicepBuild(this ICakeContext context, BicepBuildSettings settings) =>
        Runner(context).Build(settings);

    [CakeMethodAlias]
    public static ToolOutput BicepLint(this ICakeContext context, BicepLintSettings settings) =>
        Runner(context).Lint(settings);

    [CakeMethodAlias]
    public static ToolOutput BicepSnapshot(this ICakeContext context, BicepSnapshotSettings settings) =>
        Runner(context).Snapshot(settings);

    [CakeMethodAlias]
    public static string BicepVersion(this ICakeContext context, BicepSettings? settings = null) =>
        Runner(context).Version(settings ?? new BicepSettings());

    private static BicepRunner Runner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
}
