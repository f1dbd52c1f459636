using Build.Kubernetes.Crds;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class SyncedCertificates : Rule
{
    /// <summary>The CSIDriver the Secrets Store CSI driver registers.</summary>
    public const string DriverName = "secrets-store.csi.k8s.io";

    public override RuleDescriptor Descriptor { get; } = new("K8S023", "Traefik's certificate is the one the CSI driver syncs from Key Vault", Severity.Error, RuleFamily.Kubernetes,
        "Traefik serves the certificate in the Secret its TLSStore names, and that Secret exists only while the CSI driver syncs it from the objects a SecretProviderClass mounts from Key Vault: the TLSStore names a Secret a SecretProviderClass of its namespace syncs (or a manifest declares), a SecretProviderClass syncs only objects it mounts, and the driver may write Secrets (its chart's syncSecret.enabled gives its service account that right).",
        ["Secrets Store CSI driver: sync as Kubernetes secret"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var providers = input.Kubernetes.Objects<SecretProviderClass>().ToList();
        foreach (var (item, store) in input.Kubernetes.Objects<TraefikTlsStore>())
        {
            var secrets = new[] { store.Spec.DefaultCertificate }.Concat(store.Spec.Certificates ?? []).OfType<TlsStoreCertificate>().Select(certificate => certificate.SecretName);
            checks.Check(input.Kubernetes.Subject(item), secrets.Select(secret => Synced(input, providers, item.Namespace!, secret)
                ? null
                : new Problem($"serves the Secret '{secret}', which no SecretProviderClass in {item.Namespace} syncs (spec.secretObjects) and no manifest declares", input.Kubernetes.Pointer(item).At("spec.defaultCertificate.secretName"))));
        }

        var syncing = providers.Where(pair => (pair.Model.Spec.SecretObjects?.Count ?? 0) > 0).ToList();
        if (syncing.Count > 0 && input.Kubernetes.Objects<V1CSIDriver>().FirstOrDefault(pair => pair.Model.Metadata.Name == DriverName).Item is { } driver)
        {
            checks.Check(input.Kubernetes.Subject(driver), MayWriteSecrets(input, driver.Release)
                ? null
                : new Problem($"no service account of the driver's release may create Secrets, so the Secret{(syncing.Count == 1 ? string.Empty : "s")} {string.Join(", ", syncing.SelectMany(pair => pair.Model.Spec.SecretObjects!).Select(secret => secret.SecretName))} would never be written (secrets-store-csi-driver.syncSecret.enabled)", input.Kubernetes.ValuesAt(driver, "secrets-store-csi-driver.syncSecret")));
        }

        foreach (var (item, provider) in providers.Where(pair => pair.Model.Spec.Provider == AzureKeyVaultParameters.Provider))
        {
            var mounted = AzureKeyVaultParameters.ObjectsOf(provider).Select(keyVaultObject => keyVaultObject.MountedName).ToHashSet(StringComparer.Ordinal);
            checks.Check(input.Kubernetes.Subject(item), (provider.Spec.SecretObjects ?? []).SelectMany(secret => secret.Data ?? []).Select(data => mounted.Contains(data.ObjectName)
                ? null
                : new Problem($"spec.secretObjects syncs object '{data.ObjectName}', which it does not mount (objects: {string.Join(", ", mounted)})", input.Kubernetes.Pointer(item).At("spec.secretObjects"))));
        }
    }

    /// <summary>True when a workload of the release runs as a service account some binding lets create Secrets.</summary>
    private static bool MayWriteSecrets(ValidationInput input, string? release)
    {
        var writers = input.Kubernetes.Objects<V1ClusterRole>()
            .Where(pair => (pair.Model.Rules ?? []).Any(rule => (rule.Resources ?? []).Contains("secrets") && (rule.Verbs ?? []).Contains("create")))
            .Select(pair => pair.Item.Name)
            .ToHashSet(StringComparer.Ordinal);
        var accounts = input.Kubernetes.Objects<V1ClusterRoleBinding>()
            .Where(pair => pair.Model.RoleRef.Kind == "ClusterRole" && writers.Contains(pair.Model.RoleRef.Name))
            .SelectMany(pair => pair.Model.Subjects ?? [])
            .Where(subject => subject.Kind == "ServiceAccount")
            .Select(subject => (subject.NamespaceProperty, subject.Name))
            .ToHashSet();
        var released = input.Kubernetes.Layer.Objects.Where(item => item.Release == release).Select(item => item.Identity).ToHashSet(StringComparer.Ordinal);
        return input.Kubernetes.Workloads.Any(workload => released.Contains(workload.Reference) && accounts.Contains((workload.Namespace, workload.Pod.ServiceAccountName ?? "default")));
    }

    private static bool Synced(ValidationInput input, IEnumerable<(Build.Kubernetes.KubernetesObject Item, SecretProviderClass Model)> providers, string ns, string secret) =>
        providers.Any(pair => pair.Item.Namespace == ns && (pair.Model.Spec.SecretObjects ?? []).Any(synced => synced.SecretName == secret)) ||
        input.Kubernetes.Objects<V1Secret>().Any(pair => pair.Item.Namespace == ns && pair.Model.Metadata.Name == secret);
}
