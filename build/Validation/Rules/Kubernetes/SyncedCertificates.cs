using Build.Kubernetes.Crds;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class SyncedCertificates : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S023", "Traefik's certificate is the one the CSI driver syncs from Key Vault", Severity.Error, RuleFamily.Kubernetes,
        "Traefik serves the certificate in the Secret its TLSStore names, and that Secret exists only while the CSI driver syncs it from the objects a SecretProviderClass mounts from Key Vault: the TLSStore names a Secret a SecretProviderClass of its namespace syncs (or a manifest declares), and a SecretProviderClass syncs only objects it mounts.",
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

        foreach (var (item, provider) in providers.Where(pair => pair.Model.Spec.Provider == AzureKeyVaultParameters.Provider))
        {
            var mounted = AzureKeyVaultParameters.ObjectsOf(provider).Select(keyVaultObject => keyVaultObject.MountedName).ToHashSet(StringComparer.Ordinal);
            checks.Check(input.Kubernetes.Subject(item), (provider.Spec.SecretObjects ?? []).SelectMany(secret => secret.Data ?? []).Select(data => mounted.Contains(data.ObjectName)
                ? null
                : new Problem($"spec.secretObjects syncs object '{data.ObjectName}', which it does not mount (objects: {string.Join(", ", mounted)})", input.Kubernetes.Pointer(item).At("spec.secretObjects"))));
        }
    }

    private static bool Synced(ValidationInput input, IEnumerable<(Build.Kubernetes.KubernetesObject Item, SecretProviderClass Model)> providers, string ns, string secret) =>
        providers.Any(pair => pair.Item.Namespace == ns && (pair.Model.Spec.SecretObjects ?? []).Any(synced => synced.SecretName == secret)) ||
        input.Kubernetes.Objects<V1Secret>().Any(pair => pair.Item.Namespace == ns && pair.Model.Metadata.Name == secret);
}
