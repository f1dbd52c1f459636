using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FakeCloudHost.Kubernetes;

/// <summary>
/// What installing the baseline's two upstream charts puts into the FAKE cluster, in the little the suite
/// reads back: the custom resource groups their CRDs add (so manifests that use them apply only after the
/// chart, as on a real API server), and for Traefik its Deployment and LoadBalancer Service with the IP
/// the values ask for (the service.beta.kubernetes.io/azure-load-balancer-ipv4 annotation, AKS's cloud
/// provider contract). App versions per chart version come from the charts' Chart.yaml.
/// </summary>
public static partial class ChartObjects
{
    private static readonly Dictionary<string, string[]> CrdGroups = new(StringComparer.Ordinal)
    {
        ["traefik"] = ["traefik.io", "traefik.containo.us", "hub.traefik.io", "gateway.networking.k8s.io"],
        ["csi-secrets-store-provider-azure"] = ["secrets-store.csi.x-k8s.io"],
        ["secrets-store-csi-driver"] = ["secrets-store.csi.x-k8s.io"],
    };

    private static readonly Dictionary<string, string> AppVersions = new(StringComparer.Ordinal)
    {
        ["traefik-41.3.0"] = "v3.7.11",
        ["traefik-37.3.0"] = "v3.6.0",
        ["csi-secrets-store-provider-azure-1.8.2"] = "1.8.2",
        ["csi-secrets-store-provider-azure-1.7.2"] = "1.7.2",
        ["secrets-store-csi-driver-1.5.6"] = "v1.5.6",
        ["secrets-store-csi-driver-1.5.4"] = "v1.5.4",
    };

    public static string AppVersion(string chart, string version) => AppVersions.GetValueOrDefault($"{chart}-{version}", version);

    public static IEnumerable<string> CustomGroups(string chart) => CrdGroups.GetValueOrDefault(chart, []);

    public static IEnumerable<JsonObject> For(string chart, string release, string @namespace, IEnumerable<string> valuesTexts)
    {
        if (chart != "traefik")
        {
            yield break;
        }

        var labels = new JsonObject { ["app.kubernetes.io/name"] = "traefik", ["app.kubernetes.io/instance"] = $"{release}-{@namespace}" };
        yield return new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = new JsonObject { ["name"] = release, ["namespace"] = @namespace, ["labels"] = labels.DeepClone() },
            ["spec"] = new JsonObject { ["replicas"] = 2, ["selector"] = new JsonObject { ["matchLabels"] = labels.DeepClone() } },
        };
        var ip = valuesTexts.Select(text => LoadBalancerIp().Match(text)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        yield return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Service",
            ["metadata"] = new JsonObject
            {
                ["name"] = release,
                ["namespace"] = @namespace,
                ["labels"] = labels.DeepClone(),
                ["annotations"] = ip is null ? new JsonObject() : new JsonObject { ["service.beta.kubernetes.io/azure-load-balancer-ipv4"] = ip },
            },
            ["spec"] = new JsonObject { ["type"] = "LoadBalancer", ["selector"] = labels.DeepClone() },
        };
    }

    [GeneratedRegex("""service\.beta\.kubernetes\.io/azure-load-balancer-ipv4"?\s*:\s*"?([0-9.]+)"?""")]
    private static partial Regex LoadBalancerIp();
}
