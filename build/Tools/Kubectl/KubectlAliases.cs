using Cake.Core;
using Cake.Core.Annotations;

namespace Build.Tools.Kubectl;

/// <summary>kubectl aliases in Cake.Kubectl's shape: one <c>Kubectl&lt;Verb&gt;</c> alias and settings class per command.</summary>
[CakeAliasCategory("Kubectl")]
public static class KubectlAliases
{
    [CakeMethodAlias]
    public static ToolOutput KubectlApply(this ICakeContext context, KubectlApplySettings settings) =>
        Runner(context).Apply(settings);

    [CakeMethodAlias]
    public static void KubectlRolloutStatus(this ICakeContext context, KubectlRolloutStatusSettings settings) =>
        Runner(context).RolloutStatus(settings);

    [CakeMethodAlias]
    public static string KubectlVersion(this ICakeContext context, KubectlSettings? settings = null) =>
        Runner(context).Version(settings ?? new KubectlSettings());

    private static KubectlRunner Runner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
}
