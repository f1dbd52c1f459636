using Build.Infrastructure;
using k8s;

namespace Build.Kubernetes;

/// <summary>
/// Renders the layer for an environment: fills every output token in helm/ and manifests/ from the
/// <see cref="StackOutputs"/>, reads each manifest and values file into its typed model strictly, collapses
/// identical duplicates, derives the install plan and checks the layer holds together
/// (<see cref="KubernetesLayerChecks"/>). All in C#: neither helm nor kubectl is needed.
/// </summary>
public sealed class KubernetesLayerRenderer(KubernetesLayout layout)
{
    public KubernetesLayer Render(string environment, StackOutputs outputs)
    {
        var values = new OutputValues(outputs);
        var tokens = new TokenRenderer(values);
        var files = new List<RenderedText>();
        var objects = new List<KubernetesObject>();

        var folders = layout.ManifestFolders();
        foreach (var folder in folders)
        {
            foreach (var path in layout.ManifestFiles(folder))
            {
                var rendered = tokens.Render(layout.Relative(path), File.ReadAllText(path));
                files.Add(rendered);
                objects.AddRange(ManifestReader.Read(folder, rendered.File, rendered.Text));
            }
        }

        var catalogFile = RenderHelmFile(tokens, HelmReleaseCatalog.FileName, files);
        var releases = StrictYaml.Read<HelmReleaseCatalog>(catalogFile.File, catalogFile.Text).Releases
            .Select(release => RenderRelease(tokens, release, catalogFile, files))
            .ToList();

        var imagesFile = RenderHelmFile(tokens, ContainerImageCatalog.FileName, files);
        var images = StrictYaml.Read<ContainerImageCatalog>(imagesFile.File, imagesFile.Text).Images.ToList();

        var layer = new KubernetesLayer(environment, files, Deduplicate(objects), releases, images, Plan(folders, releases, catalogFile));
        KubernetesLayerChecks.Check(layer, values.Resolve(OutputNames.AcrLoginServer).Value);
        return layer;
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
        if (!HelmValuesModels.Has(release.Chart))
        {
            throw new KubernetesSourceException(catalog.File, catalog.LineContaining($"chart: {release.Chart}"),
                $"chart '{release.Chart}' has no typed values model in build/Kubernetes/HelmValuesModels.cs: add one before installing it.");
        }

        if (!File.Exists(Path.Combine(layout.HelmDirectory, release.Values)))
        {
            throw new KubernetesSourceException(catalog.File, catalog.LineContaining($"values: {release.Values}"),
                $"release '{release.Name}' names the values file helm/{release.Values}, which does not exist.");
        }

        var valuesFile = RenderHelmFile(tokens, release.Values, files);
        return new RenderedRelease(release, valuesFile, HelmValuesModels.Read(release.Chart, valuesFile.File, valuesFile.Text));
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

    /// <summary>Keeps the first of identical declarations; different content under one identity is an error.</summary>
    private static IReadOnlyList<KubernetesObject> Deduplicate(IReadOnlyList<KubernetesObject> objects)
    {
        var kept = new Dictionary<string, KubernetesObject>(StringComparer.Ordinal);
        var result = new List<KubernetesObject>(objects.Count);
        foreach (var item in objects)
        {
            if (!kept.TryGetValue(item.Identity, out var first))
            {
                kept.Add(item.Identity, item);
                result.Add(item);
            }
            else if (KubernetesYaml.Serialize(first.Model) != KubernetesYaml.Serialize(item.Model))
            {
                throw new KubernetesSourceException(item.File, item.Line, $"{item.Identity} is also declared at {first.Location}, differently: one object, one declaration.");
            }
        }

        return result;
    }
}
