namespace Build.Kubernetes.Charts;

/// <summary>
/// Which value of a chart's values file sets which field of an object it renders, for the fields the rules read, so
/// a finding about Traefik's Deployment points at the line of helm/traefik.values.yaml to change. Only where to
/// point: what the objects say is always read from helm's output.
/// </summary>
public static class ChartValueOrigins
{
    private const string TraefikContainer = "spec.template.spec.containers[traefik]";
    private const string ProviderContainer = "spec.template.spec.containers[provider-azure-installer]";

    private static readonly Dictionary<string, (string Kind, string Field, string Value)[]> Origins = new(StringComparer.Ordinal)
    {
        ["traefik"] =
        [
            ("Deployment", "spec.replicas", "deployment.replicas"),
            ("Deployment", "spec.strategy", "updateStrategy"),
            ("Deployment", $"{TraefikContainer}.image", "image"),
            ("Deployment", $"{TraefikContainer}.resources", "resources"),
            ("Deployment", $"{TraefikContainer}.securityContext", "securityContext"),
            ("Deployment", $"{TraefikContainer}.readinessProbe", "readinessProbe"),
            ("Deployment", $"{TraefikContainer}.livenessProbe", "livenessProbe"),
            ("Deployment", "spec.template.spec.securityContext", "podSecurityContext"),
            ("Deployment", "spec.template.spec.affinity", "affinity"),
            ("Deployment", "spec.template.spec.nodeSelector", "nodeSelector"),
            ("Deployment", "spec.template.spec.serviceAccountName", "serviceAccount.name"),
            ("Deployment", "spec.template.spec.volumes", "deployment.additionalVolumes"),
            ("Service", "metadata.annotations", "service.annotations"),
            ("Service", "spec.type", "service.type"),
            ("Service", "spec.externalTrafficPolicy", "service.spec.externalTrafficPolicy"),
            ("PodDisruptionBudget", "spec.maxUnavailable", "podDisruptionBudget.maxUnavailable"),
            ("PodDisruptionBudget", "spec.minAvailable", "podDisruptionBudget.minAvailable"),
            ("IngressClass", "metadata.name", "ingressClass.name"),
        ],
        ["csi-secrets-store-provider-azure"] =
        [
            ("DaemonSet", $"{ProviderContainer}.resources", "linux.resources"),
            ("DaemonSet", $"{ProviderContainer}.image", "linux.image"),
            ("DaemonSet", "spec.template.spec.nodeSelector", "linux.nodeSelector"),
        ],
    };

    /// <summary>The values key (<c>securityContext.readOnlyRootFilesystem</c>) behind an object's field, or null when the chart decides it alone.</summary>
    public static string? ValuesSetting(string chart, string kind, string field)
    {
        if (!Origins.TryGetValue(chart, out var origins))
        {
            return null;
        }

        var origin = origins
            .Where(entry => entry.Kind == kind && (field == entry.Field || field.StartsWith(entry.Field + ".", StringComparison.Ordinal)))
            .OrderByDescending(entry => entry.Field.Length)
            .FirstOrDefault();
        return origin.Field is null ? null : origin.Value + field[origin.Field.Length..];
    }
}
