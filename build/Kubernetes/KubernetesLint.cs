namespace Build.Kubernetes;

/// <summary>
/// The offline checks that need no Bicep outputs: every YAML file under helm/ and manifests/ parses, every
/// output token is well-formed and names a declared output, manifest folders are named for their order.
/// Also finds the charts the project owns (a Chart.yaml under helm/), which <c>helm lint</c> checks.
/// </summary>
public sealed class KubernetesLint(KubernetesLayout layout)
{
    /// <summary>Checks every file; returns the files checked. Throws a one-line file:line error at the first problem.</summary>
    public IReadOnlyList<string> Check()
    {
        var files = layout.YamlFiles();
        foreach (var path in files)
        {
            var file = layout.Relative(path);
            var text = File.ReadAllText(path);
            YamlSource.Load(file, text);
            OutputToken.Find(file, text);
        }

        layout.ManifestFolders();
        return files.Select(layout.Relative).ToList();
    }

    /// <summary>Folders under helm/ holding a Chart.yaml: charts the project owns. (Upstream charts are values files only.)</summary>
    public IReadOnlyList<string> OwnedCharts() =>
        Directory.Exists(layout.HelmDirectory)
            ? Directory.EnumerateFiles(layout.HelmDirectory, "Chart.yaml", SearchOption.AllDirectories)
                .Select(chart => Path.GetDirectoryName(chart)!)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
}
