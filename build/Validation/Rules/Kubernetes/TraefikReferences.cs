using Build.Kubernetes.Crds;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class TraefikReferences : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S024", "Traefik's identity, certificate and watched namespaces exist", Severity.Error, RuleFamily.Kubernetes,
        "Traefik's pods do not start without their service account or the SecretProviderClass they mount, and see nothing in namespaces that do not exist or that its providers do not watch: the Deployment its chart renders runs as a declared ServiceAccount, mounts a declared SecretProviderClass, watches declared namespaces, and every Traefik custom resource of the manifests is in a namespace its CRD provider watches.",
        ["mspnp/aks-baseline: Traefik with workload identity and the CSI driver"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        if (input.Kubernetes.Traefik is not { } traefik)
        {
            return;
        }

        var ns = traefik.Item.Namespace!;
        var declared = input.Kubernetes.Objects<V1Namespace>().Select(pair => pair.Model.Metadata.Name).Append("kube-system").ToHashSet(StringComparer.Ordinal);
        var problems = new List<Problem?>();
        if (traefik.ServiceAccount is { } account && !input.Kubernetes.Objects<V1ServiceAccount>().Any(pair => pair.Model.Metadata.Name == account && pair.Item.Namespace == ns))
        {
            problems.Add(new Problem($"runs as service account '{account}', which no ServiceAccount in {ns} declares (the chart does not create it when serviceAccount.name is set)", input.Kubernetes.ValuesAt(traefik.Item, "serviceAccount.name")));
        }

        problems.AddRange(traefik.SecretProviderClasses
            .Where(name => !input.Kubernetes.Objects<SecretProviderClass>().Any(pair => pair.Model.Metadata.Name == name && pair.Item.Namespace == ns))
            .Select(name => (Problem?)new Problem($"mounts SecretProviderClass '{name}', which is not declared in {ns}", input.Kubernetes.ValuesAt(traefik.Item, "deployment.additionalVolumes"))));
        problems.AddRange(traefik.IngressNamespaces.Concat(traefik.CrdNamespaces).Distinct(StringComparer.Ordinal)
            .Where(name => !declared.Contains(name))
            .Select(name => (Problem?)new Problem($"watches namespace '{name}', which no Namespace manifest declares", input.Kubernetes.ValuesAt(traefik.Item, "providers"))));
        if (traefik.CrdNamespaces is { Count: > 0 } watched)
        {
            problems.AddRange(input.Kubernetes.Layer.Objects
                .Where(item => !item.FromChart && item.ApiVersion.StartsWith("traefik.io/", StringComparison.Ordinal) && !watched.Contains(item.Namespace!))
                .Select(item => (Problem?)new Problem($"{item.Identity} is in a namespace Traefik's CRD provider does not watch ({string.Join(", ", watched)})", input.Kubernetes.Pointer(item).At("metadata.namespace"))));
        }

        checks.Check(input.Kubernetes.Subject(traefik.Item), problems);
    }
}
