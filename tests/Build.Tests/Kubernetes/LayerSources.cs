using Build.Hosting;
using Build.Infrastructure;
using Build.Kubernetes;
using DirectoryPath = Cake.Core.IO.DirectoryPath;

namespace Build.Tests.Kubernetes;

/// <summary>
/// A throw-away repository holding copies of the real helm/ and manifests/ plus the fixture snapshots
/// (tests/Build.Tests/Kubernetes/fixtures/bicep, snapshot-shaped outputs with the seed's values), so a
/// test can break one file and render. The real snapshots are another team's; the fixture stands in.
/// </summary>
public sealed class LayerSources : IDisposable
{
    public const string Environment = "prod";

    public LayerSources()
    {
        Root = Directory.CreateTempSubdirectory("kubernetes-layer-").FullName;
        Copy(Path.Combine(RepositoryRoot, KubernetesLayout.HelmFolder), Path.Combine(Root, KubernetesLayout.HelmFolder));
        Copy(Path.Combine(RepositoryRoot, KubernetesLayout.ManifestsFolder), Path.Combine(Root, KubernetesLayout.ManifestsFolder));
        Copy(Path.Combine(FixturesDirectory, "bicep"), Path.Combine(Root, "bicep"));
    }

    public static string RepositoryRoot { get; } =
        Build.Hosting.RepositoryRoot.Locate(TestContext.CurrentContext.TestDirectory)
        ?? throw new InvalidOperationException("The tests run outside the repository.");

    public static string FixturesDirectory => Path.Combine(RepositoryRoot, "tests", "Build.Tests", "Kubernetes", "fixtures");

    public string Root { get; }

    /// <summary>The 1-based line where <paramref name="text"/> starts in a real source file (so tests name lines without hard-coding them).</summary>
    public static int LineOf(string file, string text)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot, file));
        var index = source.IndexOf(text, StringComparison.Ordinal);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"{file} no longer contains '{text}': update the test.");
        return source[..index].Count(character => character == '\n') + 1;
    }

    public KubernetesLayout Layout => new(Root);

    /// <summary>The fixture's prod outputs, read the way Validate reads the committed snapshots.</summary>
    public StackOutputs Outputs() => StackOutputs.FromSnapshots(new EnvironmentLayout(new DirectoryPath(Root), Environment));

    public KubernetesLayer Render() => new KubernetesLayerRenderer(Layout, RealHelm.Charts()).Render(Environment, Outputs());

    /// <summary>Renders as Validate does, keeping every problem instead of throwing the first.</summary>
    public KubernetesLayer Assess() => new KubernetesLayerRenderer(Layout, RealHelm.Charts()).Assess(Environment, Outputs());

    /// <summary>Edits a source file (path relative to the root) and returns the 1-based line of the first edit.</summary>
    public int Edit(string file, string find, string replace)
    {
        var path = Path.Combine(Root, file);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"{file} no longer contains '{find}': update the test.");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + find.Length)));
        return text[..index].Count(character => character == '\n') + 1;
    }

    /// <summary>Changes one output of one snapshot.</summary>
    public void SetOutput(string stage, string name, string value)
    {
        var path = Path.Combine(Root, "bicep", "environments", Environment, $"{stage}.snapshot.json");
        var snapshot = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        snapshot["outputs"]![name] = value;
        File.WriteAllText(path, snapshot.ToJsonString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
