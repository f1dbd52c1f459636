using Build.Infrastructure;
using Build.Kubernetes.Charts;
using k8s;

namespace Build.Kubernetes;

/// <summary>
/// Renders the layer for an environment: fills every output token in helm/ and manifests/ from the
/// <see cref="StackOutputs"/>; with a <see cref="ChartRenderer"/>, renders each release with <c>helm template</c> (the
/// pinned chart, the cluster's Kubernetes version) into the objects the cluster will receive and takes the CRDs the
/// charts ship as the schemas of the manifests' custom resources; reads every manifest into its typed model strictly,
/// collapses identical duplicates and derives the install plan. Whether the objects hold together (what one names,
/// another declares) is for the conformance rules. Without a chart renderer (the deploy stage, which installs the charts
/// itself) neither helm nor the charts are needed.
/// </summary>
public sealed class KubernetesLayerRenderer(KubernetesLayout layout, ChartRenderer? charts = null)
{
    /// <summary>The layer, or the first thing wrong with it, thrown.</summary>
    public KubernetesLayer Render(string environment, StackOutputs outputs) => Assess(environment, outputs).OrThrow();

    /// <summary>
    /// As much of the layer as renders, with every problem found (<see cref="KubernetesLayer.Problems"/>): each values
    /// error a chart's schema reports, each manifest file that does not read, each object declared twice. A chart version
    /// that cannot be obtained is not a problem of the sources: <see cref="ChartUnavailableException"/> is thrown.
    /// </summary>
    public KubernetesLayer Assess(string environment, StackOutputs outputs)
    {
        var values = new OutputValues(outputs);
        var tokens = new TokenRenderer(values);
        var files = new List<RenderedText>();
        var problems = new List<KubernetesSourceException>();

        var folders = layout.ManifestFolders();
        var catalogFile = RenderHelmFile(tokens, HelmReleaseCatalog.FileName, files);
        var releases = StrictYaml.Read<HelmReleaseCatalog>(catalogFile.File, catalogFile.Text).Releases
            .Select(release => RenderRelease(tokens, release, catalogFile, files))
            .ToList();
        var imagesFile = RenderHelmFile(tokens, ContainerImageCatalog.FileName, files);
        var images = StrictYaml.Read<ContainerImageCatalog>(imagesFile.File, imagesFile.Text).Images.ToList();
        var plan = Plan(folders, releases, catalogFile);

        var rendered = charts is null ? [] : releases.Select(release => RenderChart(release, environment, values)).ToList();
        problems.AddRange(rendered.SelectMany(chart => chart.Problems));
        var crds = charts is null ? null : rendered.Aggregate(CustomResourceDefinitions.None, (all, chart) => all.With(chart.Crds));

        var objects = new List<KubernetesObject>();
        foreach (var step in plan)
        {
            if (step.Kind == InstallStepKind.InstallRelease)
            {
                objects.AddRange(rendered.Where(chart => chart.Name == step.Name).SelectMany(chart => chart.Objects));
                continue;
            }

            foreach (var path in layout.ManifestFiles(step.Name))
            {
                try
                {
                    var file = tokens.Render(layout.Relative(path), File.ReadAllText(path));
                    files.Add(file);
                    objects.AddRange(ManifestReader.Read(step.Name, file.File, file.Text, crds));
                }
                catch (KubernetesSourceException problem)
                {
                    problems.Add(problem);
                }
            }
        }

        var (unique, duplicates) = Deduplicate(objects);
        problems.AddRange(duplicates);
        return new KubernetesLayer(environment, files, unique, releases, images, plan) { Charts = rendered, Problems = problems };
    }

    private RenderedChart RenderChart(RenderedRelease release, string environment, OutputValues values)
    {
        var version = values.Resolve(OutputNames.KubernetesVersion);
        var output = layout.Relative(Path.Combine(layout.RenderedDirectory(environment), RenderedLayerFiles.ChartsFolder, $"{release.Release.Name}.yaml"));
        return charts!.Render(release, version.IsStandIn ? null : version.Value, output);
    }

    private RenderedText RenderHelmFile(TokenRenderer tokens, string name, List<RenderedText> files)
    {
        var path = Path.Combine(layout.HelmDirectory, name);
        if (!File.Exists(path))
        {
            throw new KubernetesSourceException(layout.Relative(path), 1, "is missing: the Kubernetes layer needs it (see the README's Kubernetes layer section).");
        }

        var rendered = tokens.Render(layout.Relative(path), File.ReadAllText(path));
        files.Add(rendered);
        return rendered;
    }

    private RenderedRelease RenderRelease(TokenRenderer tokens, HelmRelease release, RenderedText catalog, List<RenderedText> files)
    {
        if (!File.Exists(Path.Combine(layout.HelmDirectory, release.Values)))
        {
            throw new KubernetesSourceException(catalog.File, catalog.LineContaining($"values: {release.Values}"),
                $"release '{release.Name}' names the values file helm/{release.Values}, which does not exist.");
        }

        var valuesFile = RenderHelmFile(tokens, release.Values, files);
        YamlSource.Load(valuesFile.File, valuesFile.Text);
        return new RenderedRelease(release, valuesFile);
    }

    /// <summary>Manifest folders in order, each release just before the folder it names in installBefore.</summary>
    private static IReadOnlyList<InstallStep> Plan(IReadOnlyList<string> folders, IReadOnlyList<RenderedRelease> releases, RenderedText catalog)
    {
        if (releases.FirstOrDefault(release => !folders.Contains(release.Release.InstallBefore, StringComparer.Ordinal)) is { } release)
        {
            throw new KubernetesSourceException(catalog.File, catalog.LineContaining($"installBefore: {release.Release.InstallBefore}"),
                $"release '{release.Release.Name}' is to be installed before manifests/{release.Release.InstallBefore}, which does not exist (folders: {string.Join(", ", folders)}).");
        }

        return folders
            .SelectMany(folder => releases
                .Where(release => release.Release.InstallBefore == folder)
                .Select(release => new InstallStep(InstallStepKind.InstallRelease, release.Release.Name))
                .Append(new InstallStep(InstallStepKind.ApplyManifests, folder)))
            .ToList();
    }

    /// <summary>Keeps the first of identical declarations; different content under one identity is a problem.</summary>
    private static (IReadOnlyList<KubernetesObject> Unique, IReadOnlyList<KubernetesSourceException> Problems) Deduplicate(IReadOnlyList<KubernetesObject> objects)
    {
        var kept = new Dictionary<string, KubernetesObject>(StringComparer.Ordinal);
        var result = new List<KubernetesObject>(objects.Count);
        var problems = new List<KubernetesSourceException>();
        foreach (var item in objects)
        {
            if (!kept.TryGetValue(item.Identity, out var first))
            {
                kept.Add(item.Identity, item);
                result.Add(item);
            }
            else if (KubernetesYaml.Serialize(first.Model) != KubernetesYaml.Serialize(item.Model))
            {
                problems.Add(new KubernetesSourceException(item.File, item.Line, $"{item.Identity} is also declared at {first.Location}, differently: one object, one declaration."));
            }
        }

        return (result, problems);
    }
}
