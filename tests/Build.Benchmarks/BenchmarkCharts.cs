using Build.Kubernetes.Charts;
using Build.Tools.Helm;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Benchmarks;

/// <summary>The chart renderer the benchmarks' input is rendered with: the real helm (PATH or the Tools target's .tools/bin) and the archives HELM_CHART_ARCHIVES names, else the repository's ../shared/charts.</summary>
public static class BenchmarkCharts
{
    public static ChartRenderer For(string root)
    {
        var environment = new CakeEnvironment(new CakePlatform(), new CakeRuntime());
        var fileSystem = new FileSystem();
        var log = new NullLog();
        var configuration = new CakeConfiguration(new Dictionary<string, string>());
        var tools = new ToolLocator(environment, new ToolRepository(environment), new ToolResolutionStrategy(fileSystem, environment, new Globber(fileSystem, environment), configuration, log));
        var cached = System.IO.Path.Combine(root, ".tools", "bin", "helm");
        if (File.Exists(cached))
        {
            tools.RegisterFile(cached);
        }

        var helm = new HelmRunner(fileSystem, environment, new ProcessRunner(fileSystem, environment, log, tools, configuration), tools);
        var archives = Environment.GetEnvironmentVariable(ChartCache.ArchivesVariable) is { Length: > 0 } named
            ? named
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "charts"));
        return new ChartRenderer(new ChartCache(ChartCache.DirectoryUnder(root), Directory.Exists(archives) ? archives : null, helm), helm);
    }
}
