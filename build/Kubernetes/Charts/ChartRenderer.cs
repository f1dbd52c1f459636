using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Build.Kubernetes.Crds;
using Build.Tools.Helm;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes.Charts;

/// <summary>
/// Renders a release the way the cluster will receive it: <c>helm template</c> of the pinned chart version with the
/// release's rendered values, its namespace, the cluster's Kubernetes version and API versions, CRDs included. Values
/// the chart's schema refuses are problems at their lines; a chart without a schema has its values checked against its
/// own values.yaml. The objects are read like the manifests (<see cref="ManifestReader"/>). helm's answer depends only
/// on the archive, the values, the namespace, the versions and helm itself, so it is asked once per process for each,
/// and (with <paramref name="answers"/>) kept on disk for later runs: a run whose chart inputs are unchanged starts no helm.
/// </summary>
/// <param name="answers">Where helm's successful answers are kept between runs (artifacts/.cache/helm-template), or null.</param>
public sealed class ChartRenderer(ChartCache cache, HelmRunner helm, string? answers = null)
{
    private static readonly ConcurrentDictionary<string, Lazy<ChartOutput>> Outputs = new(StringComparer.Ordinal);

    /// <summary>
    /// The suite's renderer: helm as the Helm tool finds it, the chart cache under the repository's .tools/, the archives
    /// HELM_CHART_ARCHIVES names (relative to the repository), and helm's answers kept under artifacts/ (not with --no-cache).
    /// </summary>
    public static ChartRenderer For(BuildContext context)
    {
        var root = context.Root.FullPath;
        var helm = new HelmRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
        var archives = context.Environment.GetEnvironmentVariable(ChartCache.ArchivesVariable) is { Length: > 0 } folder ? Path.GetFullPath(folder, root) : null;
        var answers = context.Options.NoCache ? null : Path.Combine(context.Artifacts.FullPath, ".cache", "helm-template");
        return new ChartRenderer(new ChartCache(ChartCache.DirectoryUnder(root), archives, helm), helm, answers);
    }

    /// <param name="outputFile">Where the output is written, relative to the repository (objects point at its lines).</param>
    public RenderedChart Render(RenderedRelease release, string? kubeVersion, string outputFile)
    {
        var archive = cache.Obtain(release.Release);
        var origin = archive.ToString();
        var key = Key(archive, release, kubeVersion, helm.Locate(new HelmSettings())?.FullPath);
        var output = Outputs.GetOrAdd(key, _ => new Lazy<ChartOutput>(() => Kept(key, archive, release, origin) ?? Template(key, archive, release, kubeVersion, origin))).Value;
        var text = new RenderedText(outputFile, output.Text, []);
        var keys = ValuesKeys.Check(release.Values, output.Contents, origin);
        if (!output.Succeeded)
        {
            // the schema's words first; a template that failed on a value the chart does not know is better said by that
            var refusal = ValuesRefusal.Problems(release.Values, output.Error, origin);
            return new RenderedChart(release, archive, kubeVersion, text, [], output.Crds, ValuesRefusal.IsSchemaRefusal(output.Error) || keys.Count == 0 ? refusal : keys);
        }

        var problems = keys.ToList();
        var objects = new List<KubernetesObject>();
        try
        {
            objects.AddRange(output.Definitions.Select(document => Definition(release, outputFile, document)));
            if (output.Documents.Count > 0)
            {
                objects.AddRange(ManifestReader.Read(release.Release.Name, outputFile, output.Text, output.Documents, output.Crds, release.Release));
            }
        }
        catch (KubernetesSourceException problem)
        {
            problems.Add(new KubernetesSourceException(problem.File, problem.Line, $"{problem.Problem} (rendered by chart {origin} from {release.Values.File})"));
        }

        return new RenderedChart(release, archive, kubeVersion, text, objects, output.Crds, problems);
    }

    /// <summary>helm's answer from an earlier run with exactly these inputs, or null.</summary>
    private ChartOutput? Kept(string key, ChartArchive archive, RenderedRelease release, string origin) =>
        answers is not null && File.Exists(Path.Combine(answers, key + ".yaml"))
            ? ChartOutput.Read(release.Release.Name, File.ReadAllText(Path.Combine(answers, key + ".yaml")), archive, origin)
            : null;

    private ChartOutput Template(string key, ChartArchive archive, RenderedRelease release, string? kubeVersion, string origin)
    {
        var values = Path.Combine(Path.GetTempPath(), $"values-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(values, release.Values.Text);
        try
        {
            var settings = new HelmTemplateSettings
            {
                Release = release.Release.Name,
                Chart = archive.Path,
                Namespace = release.Release.Namespace,
                KubeVersion = kubeVersion,
                IncludeCrds = true,
            };
            settings.ValuesFiles.Add(values);
            foreach (var apiVersion in ClusterApiVersions.All)
            {
                settings.ApiVersions.Add(apiVersion);
            }

            var output = helm.Template(settings);
            if (output.Succeeded && answers is not null)
            {
                Keep(key, output.StandardOutput);
            }

            return output.Succeeded
                ? ChartOutput.Read(release.Release.Name, output.StandardOutput, archive, origin)
                : ChartOutput.Failed(output.StandardError.Length > 0 ? output.StandardError : output.StandardOutput, Definitions(archive, origin), ChartContents.Read(archive.Path));
        }
        finally
        {
            File.Delete(values);
        }
    }

    /// <summary>The CRDs of a chart whose values it refuses, from its crds/ folders (they do not depend on values), so the manifests' custom resources are still checked.</summary>
    private CustomResourceDefinitions Definitions(ChartArchive archive, string origin)
    {
        var text = helm.Show(new HelmShowSettings { What = HelmShowKind.Crds, Chart = archive.Path });
        var documents = YamlSource.Load($"{archive.Name} crds", text).Select(document => document.RootNode).OfType<YamlMappingNode>();
        return CustomResourceDefinitions.From(documents, origin);
    }

    private static KubernetesObject Definition(RenderedRelease release, string file, YamlMappingNode document)
    {
        var name = document.Children.TryGetValue(new YamlScalarNode("metadata"), out var metadata) && metadata is YamlMappingNode mapping &&
                   mapping.Children.TryGetValue(new YamlScalarNode("name"), out var value) && value is YamlScalarNode scalar
            ? scalar.Value ?? string.Empty
            : string.Empty;
        var model = new UntypedObject { ApiVersion = "apiextensions.k8s.io/v1", Kind = "CustomResourceDefinition", Metadata = new V1ObjectMeta { Name = name } };
        return new KubernetesObject(release.Release.Name, file, YamlSource.LineOf(document), model.ApiVersion, model.Kind, null, name, model, release.Release.Name);
    }

    /// <summary>Written whole or not at all: a run cut short leaves no half answer for the next one.</summary>
    private void Keep(string key, string text)
    {
        Directory.CreateDirectory(answers!);
        var partial = Path.Combine(answers!, $"{key}.{Guid.NewGuid():N}.partial");
        File.WriteAllText(partial, text);
        File.Move(partial, Path.Combine(answers!, key + ".yaml"), overwrite: true);
    }

    /// <summary>Everything helm's answer depends on: the archive, the release, the versions it is told, the values, and helm itself.</summary>
    private static string Key(ChartArchive archive, RenderedRelease release, string? kubeVersion, string? helmPath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(File.ReadAllBytes(archive.Path));
        var helmFile = helmPath is null ? null : new FileInfo(helmPath);
        var tool = helmFile is { Exists: true } ? $"{helmFile.FullName}:{helmFile.Length}:{helmFile.LastWriteTimeUtc.Ticks}" : "none";
        foreach (var part in new[] { release.Release.Name, release.Release.Namespace, kubeVersion ?? string.Empty, release.Values.Text, tool, string.Join(",", ClusterApiVersions.All) })
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>helm's answer for one release, read once: its documents, the CRDs among them, and the chart's value defaults.</summary>
    private sealed record ChartOutput(bool Succeeded, string Text, string Error, IReadOnlyList<YamlDocument> Documents, IReadOnlyList<YamlMappingNode> Definitions, CustomResourceDefinitions Crds, ChartContents Contents)
    {
        public static ChartOutput Failed(string error, CustomResourceDefinitions crds, ChartContents contents) => new(false, string.Empty, error, [], [], crds, contents);

        public static ChartOutput Read(string release, string text, ChartArchive archive, string origin)
        {
            var documents = YamlSource.Load($"charts/{release}.yaml", text)
                .Where(document => document.RootNode is YamlMappingNode)
                .ToList();
            var definitions = documents.Select(document => (YamlMappingNode)document.RootNode).Where(IsDefinition).ToList();
            return new ChartOutput(
                true,
                text,
                string.Empty,
                documents.Where(document => !IsDefinition((YamlMappingNode)document.RootNode)).ToList(),
                definitions,
                CustomResourceDefinitions.From(definitions, origin),
                ChartContents.Read(archive.Path));
        }

        private static bool IsDefinition(YamlMappingNode document) =>
            document.Children.TryGetValue(new YamlScalarNode("kind"), out var kind) && kind is YamlScalarNode { Value: "CustomResourceDefinition" };
    }
}
