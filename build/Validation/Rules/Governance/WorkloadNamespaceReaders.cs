using Build.Infrastructure;
using Build.Resources.Azure;
using Build.Validation.Rules.Aks;

namespace Build.Validation.Rules.Governance;

public sealed class WorkloadNamespaceReaders : ClusterRule
{
    /// <summary>Azure Kubernetes Service RBAC Reader: read access to most objects of the scope it is assigned at.</summary>
    public const string RbacReader = "7f6c6a51-bcf8-42ba-9220-52d62157d7db";

    /// <summary>Azure Kubernetes Service Cluster User Role: lets a principal fetch the Microsoft Entra kubeconfig.</summary>
    public const string ClusterUser = "4abbcc35-e782-43d8-92c5-2d3f1bd2253f";

    public override RuleDescriptor Descriptor { get; } = new("GOV012", "A read-only group for the workload namespace", Severity.Error, RuleFamily.Governance,
        "The workload's team reads its namespace without being able to change it or anything else: a Microsoft Entra group holds Azure Kubernetes Service RBAC Reader at the workload namespace's scope, and the Cluster User role to fetch the kubeconfig.",
        ["mspnp/aks-baseline: a0008 namespace reader group"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        if (input.Output(OutputNames.WorkloadNamespace) is not { } workloadNamespace)
        {
            yield break;
        }

        var scope = $"{cluster.Resource.Id}/namespaces/{workloadNamespace}";
        var readers = input.Azure.RoleAssignmentsAt(scope)
            .Where(assignment => string.Equals(assignment.Role, RbacReader, StringComparison.OrdinalIgnoreCase) && string.Equals(assignment.PrincipalType.Text, "Group", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (readers.Count == 0)
        {
            yield return $"no Microsoft Entra group holds Azure Kubernetes Service RBAC Reader ({RbacReader}) at namespaces/{workloadNamespace}, the workload namespace";
            yield break;
        }

        var users = input.Azure.RoleAssignmentsAt(cluster.Resource.Id)
            .Where(assignment => string.Equals(assignment.Role, ClusterUser, StringComparison.OrdinalIgnoreCase))
            .Select(assignment => assignment.PrincipalId.Text)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var reader in readers.Where(reader => !users.Contains(reader.PrincipalId.Text)))
        {
            yield return $"{reader.Resource.Reference}: group {reader.PrincipalId.Shown} reads namespaces/{workloadNamespace} but holds no Azure Kubernetes Service Cluster User Role ({ClusterUser}) at the cluster, so it cannot fetch a kubeconfig";
        }
    }
}
