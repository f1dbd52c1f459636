using Build.Kubernetes.Charts;

// The end-to-end fixtures mostly wait on the processes they start (the suite, the fake CLIs): three workers on two
// cores keep the machine busy while they wait.
[assembly: LevelOfParallelism(3)]

/// <summary>
/// The tests render the real charts offline with the real helm, as a fresh machine would after the Tools target:
/// unless the caller says otherwise, helm is the one in the repository's .tools/bin (after anything on PATH), and
/// HELM_CHART_ARCHIVES is the repository's ../shared/charts (as .ci/run sets it). The builds the tests start inherit both.
/// </summary>
[SetUpFixture]
public sealed class ToolsSetUp
{
    [OneTimeSetUp]
    public void FindHelmAndTheChartArchives()
    {
        var root = Build.Hosting.RepositoryRoot.Locate(TestContext.CurrentContext.TestDirectory)
            ?? throw new InvalidOperationException("The tests run outside the repository.");

        var tools = Path.Combine(root, ".tools", "bin");
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        if (Directory.Exists(tools) && !path.Split(Path.PathSeparator).Contains(tools, StringComparer.Ordinal))
        {
            Environment.SetEnvironmentVariable("PATH", path.Length == 0 ? tools : path + Path.PathSeparator + tools);
        }

        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "charts"));
        if (Environment.GetEnvironmentVariable(ChartCache.ArchivesVariable) is not { Length: > 0 } && Directory.Exists(shared))
        {
            Environment.SetEnvironmentVariable(ChartCache.ArchivesVariable, shared);
        }
    }
}
