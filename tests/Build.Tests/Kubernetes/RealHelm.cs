using Build.Kubernetes.Charts;
using Build.Tools.Helm;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tests.Kubernetes;

/// <summary>
/// The real helm (HELM_PATH, or PATH, which <see cref="ToolsSetUp"/> extends with the Tools target's .tools/bin) run through Cake.Core's own process
/// runner, and a chart renderer over it that takes the pinned charts from HELM_CHART_ARCHIVES into the repository's
/// chart cache, as Validate does. Its answers are shared by every test of the process (helm is asked once per input).
/// </summary>
internal static class RealHelm
{
    private static readonly string Repository =
        Build.Hosting.RepositoryRoot.Locate(TestContext.CurrentContext.TestDirectory) ?? throw new InvalidOperationException("The tests do not run inside the repository.");

    public static HelmRunner Runner()
    {
        var cake = RealCake.Create();
        return new HelmRunner(cake.FileSystem, cake.Environment, cake.Processes, cake.Tools);
    }

    /// <summary>Renders with the archives HELM_CHART_ARCHIVES names (the tests default it to ../shared/charts).</summary>
    public static ChartRenderer Charts()
    {
        var helm = Runner();
        return new ChartRenderer(new ChartCache(ChartCache.DirectoryUnder(Repository), Environment.GetEnvironmentVariable(ChartCache.ArchivesVariable), helm), helm);
    }
}
