using Build.Resources.Azure;
using k8s.Models;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class WorkloadIdentityFederation : Rule
{
    private const string Prefix = "system:serviceaccount:";

    public override RuleDescriptor Descriptor { get; } = new("X010", "Federated credentials name service accounts the layer runs as", Severity.Error, RuleFamily.CrossArtifact,
        "Entra ID exchanges a pod's token only for the exact subject system:serviceaccount:<namespace>:<name>: each federated credential names a ServiceAccount the manifests declare and a workload runs as, for the token exchange audience.",
        ["mspnp/aks-baseline: workload identity for Traefik"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        if (!input.HasLayer)
        {
            return;
        }

        var accounts = input.Kubernetes.Objects<V1ServiceAccount>().Select(pair => $"{Prefix}{pair.Item.Namespace}:{pair.Item.Name}").ToHashSet(StringComparer.Ordinal);
        var used = input.Kubernetes.Workloads.Where(workload => workload.Pod.ServiceAccountName is not null)
            .Select(workload => $"{Prefix}{workload.Namespace}:{workload.Pod.ServiceAccountName}").ToHashSet(StringComparer.Ordinal);
        foreach (var credential in input.Azure.OfType(ArmTypes.FederatedIdentityCredential))
        {
            var subject = credential["properties.subject"];
            checks.Check(credential.Subject,
            [
                subject.Text is { } name && accounts.Contains(name) ? null : $"{subject.Path} is {subject.Shown}, which no ServiceAccount of the manifests is ({string.Join(", ", accounts)})",
                subject.Text is { } runAs && !used.Contains(runAs) && accounts.Contains(runAs) ? $"{subject.Path} is {subject.Shown}, which no workload runs as" : null,
                credential["properties.audiences"].Strings.Contains("api://AzureADTokenExchange") ? null : $"properties.audiences is {credential["properties.audiences"].Shown}, expected ['api://AzureADTokenExchange']",
            ]);
        }
    }
}
