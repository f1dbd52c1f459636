using Build.Kubernetes.Values;

namespace Build.Kubernetes;

/// <summary>The typed values model of each chart the layer installs; a release of a chart without one is an error, so no values file goes unchecked.</summary>
public static class HelmValuesModels
{
    private static readonly Dictionary<string, Func<string, string, object>> Readers = new(StringComparer.Ordinal)
    {
        ["traefik"] = StrictYaml.Read<TraefikValues>,
        ["csi-secrets-store-provider-azure"] = StrictYaml.Read<CsiSecretsStoreProviderValues>,
    };

    public static bool Has(string chart) => Readers.ContainsKey(chart);

    /// <summary>Reads a rendered values file into the chart's model, strictly.</summary>
    public static object Read(string chart, string file, string text) =>
        Readers.TryGetValue(chart, out var read)
            ? read(file, text)
            : throw new KubernetesSourceException(file, 1, $"chart '{chart}' has no typed values model in build/Kubernetes/HelmValuesModels.cs: add one before installing it.");
}
