using Build.Resources.Azure;
using Build.Validation.Access;
using k8s.Models;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class FederatedServiceAccounts : Rule
{
    public const string ClientIdAnnotation = "azure.workload.identity/client-id";
    private const string Audience = "api://AzureADTokenExchange";

    public override RuleDescriptor Descriptor { get; } = new("X015", "Each workload identity federates with the service account that uses it", Severity.Error, RuleFamily.CrossArtifact,
        "Entra ID gives a pod the identity its service account names (azure.workload.identity/client-id) only if that identity has a federated credential for exactly system:serviceaccount:<namespace>:<name>, issued by this cluster, for the token exchange audience; and the CSI driver signs in with the pod's token, which it requests for that audience (the CSIDriver's tokenRequests), as the SecretProviderClass's clientID, which must therefore be the identity of the service account the mounting pods run as.",
        ["Microsoft Entra Workload ID on AKS", "mspnp/aks-baseline: workload identity for Traefik"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        if (!input.HasLayer)
        {
            return;
        }

        var credentials = input.Azure.OfType(ArmTypes.FederatedIdentityCredential).ToList();
        var clusters = input.Azure.Clusters.Select(cluster => cluster.Resource.Id).ToList();
        var identities = new Dictionary<(string Namespace, string Name), Principal>();
        foreach (var (item, account) in input.Kubernetes.Objects<V1ServiceAccount>().Where(pair => pair.Model.Metadata.Annotations?.ContainsKey(ClientIdAnnotation) == true))
        {
            var setting = $"metadata.annotations.{ClientIdAnnotation}";
            var identity = Principal.OfClientId(LayerValues.ReferenceOfKey(input, item, ClientIdAnnotation));
            if (identity is null)
            {
                continue;
            }

            identities[(item.Namespace!, item.Name)] = identity;
            var subject = $"system:serviceaccount:{item.Namespace}:{item.Name}";
            var federated = credentials.Where(credential => credential.Id.StartsWith(identity.Id + "/", StringComparison.OrdinalIgnoreCase)).ToList();
            var matching = federated.FirstOrDefault(credential => credential["properties.subject"].Text == subject);
            checks.Check(input.Kubernetes.Subject(item),
            [
                matching is not null ? null : new Problem($"{setting} names {identity}, which has no federated credential for {subject} (it has: {string.Join(", ", federated.Select(credential => credential["properties.subject"].Text).DefaultIfEmpty("none"))}): the token exchange would be refused", input.Kubernetes.Pointer(item).At("metadata.annotations")),
                matching is null || matching["properties.audiences"].Strings.Contains(Audience) ? null : new Problem($"{identity}'s federated credential for {subject} has properties.audiences {matching["properties.audiences"].Shown}, expected ['{Audience}']", matching.Location),
                matching is null || ArmReference.Parse(matching["properties.issuer"].Text) is not { } issuer || clusters.Any(issuer.Refers) ? null : new Problem($"{identity}'s federated credential for {subject} trusts the issuer {matching["properties.issuer"].Shown}, not this cluster's OIDC issuer", matching.Location),
            ]);
        }

        var workloadIdentity = input.Kubernetes.Objects<Build.Kubernetes.Crds.SecretProviderClass>().Where(pair => pair.Model.Spec.Parameters?.ContainsKey("clientID") == true).ToList();
        if (workloadIdentity.Count > 0 && input.Kubernetes.Objects<V1CSIDriver>().FirstOrDefault(pair => pair.Model.Metadata.Name == Kubernetes.SyncedCertificates.DriverName) is { Item: { } driver, Model: { } csi })
        {
            var audiences = (csi.Spec.TokenRequests ?? []).Select(request => request.Audience).ToList();
            checks.Check(input.Kubernetes.Subject(driver), audiences.Contains(Audience)
                ? null
                : new Problem($"spec.tokenRequests asks for {(audiences.Count == 0 ? "no token" : string.Join(", ", audiences))}, not one for {Audience}: the driver cannot hand {string.Join(", ", workloadIdentity.Select(pair => pair.Item.Identity))} the pod's token for the exchange (secrets-store-csi-driver.tokenRequests)", input.Kubernetes.ValuesAt(driver, "secrets-store-csi-driver.tokenRequests")));
        }

        foreach (var (item, provider) in workloadIdentity)
        {
            var identity = Principal.OfClientId(LayerValues.Reference(input, item, "spec.parameters.clientID"));
            if (identity is null)
            {
                continue;
            }

            var mounting = input.Kubernetes.Workloads.Where(workload => workload.Namespace == item.Namespace && (workload.Pod.Volumes ?? []).Any(volume => volume.Csi?.VolumeAttributes?.TryGetValue("secretProviderClass", out var name) == true && name == item.Name)).ToList();
            checks.Check(input.Kubernetes.Subject(item), mounting.Select(workload =>
            {
                var account = workload.Pod.ServiceAccountName ?? "default";
                return identities.TryGetValue((workload.Namespace, account), out var own) && own.Equals(identity)
                    ? null
                    : new Problem($"spec.parameters.clientID names {identity}, but {workload.Reference} mounts it as ServiceAccount {account}, whose workload identity is {(identities.TryGetValue((workload.Namespace, account), out var other) ? other.ToString() : "none")}: the driver's sign-in with the pod's token would be refused", input.Kubernetes.Pointer(item).At("spec.parameters.clientID"));
            }));
        }
    }
}
