namespace Build.Kubernetes;

/// <summary>
/// Where the Kubernetes layer's sources live (<c>helm/</c>, <c>manifests/&lt;n-name&gt;/</c>) and
/// where its renders go (<c>artifacts/rendered/&lt;env&gt;/</c>).
/// </summary>
public sealed class KubernetesLayout(string root)
{
    public const string HelmFolder = "helm";
    public const string ManifestsFolder = "manifests";

    public string Root { get; } = Path.GetFullPath(root);

    public string HelmDirectory => Path.Combine(Root, HelmFolder);

    public string ManifestsDirectory => Path.Combine(Root, ManifestsFolder);

    public string RenderedDirectory(string environment) => Path.Combine(Root, "artifacts", "rendered", environment);

    /// <summary>The path as messages show it: relative to the repository root, forward slashes.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every YAML file under helm/ and manifests/, in a stable order.</summary>
    public IReadOnlyList<string> YamlFiles() =>
        new[] { HelmDirectory, ManifestsDirectory }
            .Where(Directory.Exists)
            .SelectMany(directory => Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
            .Where(IsYaml)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The manifest folders in the order they are applied: their names start with a number
    /// (<c>1-cluster-baseline</c>). A YAML file directly under manifests/ belongs to no step and is an error.
    /// </summary>
    public IReadOnlyList<string> ManifestFolders()
    {
        if (!Directory.Exists(ManifestsDirectory))
        {
            return [];
        }

        var loose = Directory.EnumerateFiles(ManifestsDirectory).FirstOrDefault(IsYaml);
        if (loose is not null)
        {
            throw new KubernetesSourceException(Relative(loose), 1, "manifests belong in a numbered folder (manifests/<n>-<name>/) that says when they are applied.");
        }

        return Directory.GetDirectories(ManifestsDirectory)
            .Select(directory => Path.GetFileName(directory))
            .OrderBy(ApplyOrder)
            .ThenBy(name => name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The YAML files of one manifest folder (recursively), in a stable order.</summary>
    public IReadOnlyList<string> ManifestFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(ManifestsDirectory, folder), "*", SearchOption.AllDirectories)
            .Where(IsYaml)
            .Order(StringComparer.Ordinal)
            .ToList();

    private int ApplyOrder(string folder)
    {
        var prefix = folder.Split('-', 2)[0];
        return int.TryParse(prefix, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var order) && folder.Contains('-')
            ? order
            : throw new KubernetesSourceException(Relative(Path.Combine(ManifestsDirectory, folder)), 1, "a manifest folder's name starts with its apply order, e.g. 1-cluster-baseline.");
    }
}
