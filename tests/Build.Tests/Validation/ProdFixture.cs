using System.Text.Json;
using System.Text.Json.Nodes;
using Build.Infrastructure;
using Build.Kubernetes;
using Build.Network;
using Build.Resources.Azure;
using Build.Validation;
using Build.Validation.Policies;
using Build.Validation.Suppressions;
using DirectoryPath = Cake.Core.IO.DirectoryPath;

namespace Build.Tests.Validation;

/// <summary>
/// A scratch copy of the real prod environment to break one thing in: the committed snapshots as editable JSON
/// (bicep is not re-run: a mutation edits what bicep would predict) and the real helm/ and manifests/ as
/// editable text, rendered in-process as Validate renders them (helm templates the pinned charts; its answer for
/// unchanged values is shared by every fixture of the test run).
/// </summary>
public sealed class ProdFixture : IDisposable
{
    public const string Environment = "prod";

    private static readonly JsonSerializerOptions Indented = new(JsonSerializerOptions.Default) { WriteIndented = true };
    private readonly Dictionary<Stage, JsonObject> _snapshots = [];

    public ProdFixture()
    {
        Root = Directory.CreateTempSubdirectory("validation-").FullName;
        Copy(Path.Combine(RepositoryRoot, KubernetesLayout.HelmFolder), Path.Combine(Root, KubernetesLayout.HelmFolder));
        Copy(Path.Combine(RepositoryRoot, KubernetesLayout.ManifestsFolder), Path.Combine(Root, KubernetesLayout.ManifestsFolder));
        Copy(Path.Combine(RepositoryRoot, "bicep", "environments", Environment), Path.Combine(Root, "bicep", "environments", Environment));
    }

    public static string RepositoryRoot { get; } =
        Build.Hosting.RepositoryRoot.Locate(TestContext.CurrentContext.TestDirectory)
        ?? throw new InvalidOperationException("The tests run outside the repository.");

    public static DateOnly Today { get; } = new(2026, 3, 1);

    public string Root { get; }

    public EnvironmentLayout Layout => new(new DirectoryPath(Root), Environment);

    public List<Suppression> Suppressions { get; } = [];

    public ScaleHeadroom Headroom { get; set; } = ScaleHeadroom.Default;

    public SnapshotVerdict? Snapshots { get; set; }

    /// <summary>
    /// Changes to the rendered objects, for what the layer's own integrity checks refuse to render from a file
    /// (an unpinned image, an unknown ingress class) but a rule must still catch.
    /// </summary>
    public List<Action<KubernetesLayer>> AfterRender { get; } = [];

    /// <summary>A snapshot as JSON, to edit before <see cref="Input"/>.</summary>
    public JsonObject Snapshot(Stage stage)
    {
        if (!_snapshots.TryGetValue(stage, out var json))
        {
            json = (JsonObject)JsonNode.Parse(File.ReadAllText(Layout.Snapshot(stage).FullPath))!;
            _snapshots.Add(stage, json);
        }

        return json;
    }

    /// <summary>The one predicted resource of a type (whose name starts with <paramref name="name"/> when given).</summary>
    public JsonObject Resource(Stage stage, string type, string? name = null) =>
        Resources(stage, type).Single(resource => name is null || ((string)resource["name"]!).StartsWith(name, StringComparison.Ordinal));

    public IEnumerable<JsonObject> Resources(Stage stage, string type) =>
        Snapshot(stage)["predictedResources"]!.AsArray().OfType<JsonObject>().Where(resource => string.Equals((string?)resource["type"], type, StringComparison.OrdinalIgnoreCase));

    public void Remove(Stage stage, JsonObject resource) => Snapshot(stage)["predictedResources"]!.AsArray().Remove(resource);

    public JsonObject Outputs(Stage stage) => Snapshot(stage)["outputs"]!.AsObject();

    /// <summary>Edits a file of the copy (path relative to the root) and returns the 1-based line of the edit.</summary>
    public int Edit(string file, string find, string replace)
    {
        var path = Path.Combine(Root, file);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"{file} no longer contains '{find}': update the test.");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + find.Length)));
        return text[..index].Count(character => character == '\n') + 1;
    }

    /// <summary>Removes a file's text from <paramref name="marker"/> to its end.</summary>
    public void CutFrom(string file, string marker)
    {
        var path = Path.Combine(Root, file);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"{file} no longer contains '{marker}': update the test.");
        File.WriteAllText(path, text[..index]);
    }

    public void Append(string file, string text) => File.AppendAllText(Path.Combine(Root, file), text);

    /// <summary>Writes the edited snapshots to the copy's files, for tests that run the tasks through the host.</summary>
    public void Save()
    {
        foreach (var (stage, json) in _snapshots)
        {
            File.WriteAllText(Layout.Snapshot(stage).FullPath, json.ToJsonString(Indented));
        }
    }

    /// <summary>The input Validate.Rules would read from this copy.</summary>
    public ValidationInput Input()
    {
        var deployments = Stage.All.Select(stage =>
        {
            var file = Path.GetRelativePath(Root, Layout.Snapshot(stage).FullPath).Replace('\\', '/');
            var text = _snapshots.TryGetValue(stage, out var json) ? json.ToJsonString(Indented) : File.ReadAllText(Layout.Snapshot(stage).FullPath);
            return PredictedDeployment.Parse(stage, file, text);
        }).ToList();
        var outputs = ValidationInputLoader.Outputs(deployments);
        var layer = ValidationInputLoader.Render(Root, Environment, outputs, Build.Tests.Kubernetes.RealHelm.Charts());
        foreach (var change in AfterRender)
        {
            change(layer);
        }

        return new ValidationInput(
            Environment,
            AzureResources.From(deployments),
            outputs,
            layer,
            ParameterFile.Load(Root, Layout.EnvironmentDirectory.FullPath),
            ClusterPolicy.Load(Layout),
            CertificateEvidence.Load(new DirectoryPath(Root), Environment, outputs),
            Suppressions,
            Today,
            Headroom,
            Snapshots);
    }

    public ValidationResult Validate() => RuleEngine.Default.Evaluate(Input());

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
