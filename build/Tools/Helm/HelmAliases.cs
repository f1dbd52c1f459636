using Cake.Core;
using Cake.Core.Annotations;

namespace Build.Tools.Helm;

/// <summary>helm aliases in Cake.Helm's shape: one <c>Helm&lt;Verb&gt;</c> alias and settings class per command.</summary>
[CakeAliasCategory("Helm")]
public static class HelmAliases
{
    [CakeMethodAlias]
    public static void HelmRepoAdd(this ICakeContext context, HelmRepoAddSettings settings) =>
        Runner(context).RepoAdd(settings);

    [CakeMethodAlias]
    public static void HelmRepoUpdate(this ICakeContext context, HelmRepoUpdateSettings settings) =>
        Runner(context).RepoUpdate(settings);

    [CakeMethodAlias]
    public static void HelmUpgrade(this ICakeContext context, HelmUpgradeSettings settings) =>
        Runner(context).Upgrade(settings);

    [CakeMethodAlias]
    public static IReadOnlyList<HelmReleaseInfo> HelmList(this ICakeContext context, HelmListSettings settings) =>
        Runner(context).List(settings);

    [CakeMethodAlias]
    public static void HelmRollback(this ICakeContext context, HelmReleaseSettings settings) =>
        Runner(context).Rollback(settings);

    [CakeMethodAlias]
    public static void HelmUninstall(this ICakeContext context, HelmReleaseSettings settings) =>
        Runner(context).Uninstall(settings);

    [CakeMethodAlias]
    public static ToolOutput HelmTemplate(this ICakeContext context, HelmTemplateSettings settings) =>
        Runner(context).Template(settings);

    [CakeMethodAlias]
    public static ToolOutput HelmPull(this ICakeContext context, HelmPullSettings settings) =>
        Runner(context).Pull(settings);

    [CakeMethodAlias]
    public static string HelmShow(this ICakeContext context, HelmShowSettings settings) =>
        Runner(context).Show(settings);

    [CakeMethodAlias]
    public static ToolOutput HelmLint(this ICakeContext context, HelmLintSettings settings) =>
        Runner(context).Lint(settings);

    [CakeMethodAlias]
    public static string HelmVersion(this ICakeContext context, HelmSettings? settings = null) =>
        Runner(context).Version(settings ?? new HelmSettings());

    private static HelmRunner Runner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
}
