using Build.Resources.Azure;

namespace Build.Validation.Rules.Secrets;

public sealed class RegistryGeoReplicated : RegistryRule
{
    public override RuleDescriptor Descriptor { get; } = new("SEC011", "Registry geo-replicated, zone-redundant", Severity.Error, RuleFamily.Secrets,
        "Nodes must still pull images when the registry's region is impaired: the baseline replicates the registry to a second region, zone-redundant there as at home.",
        ["Azure.ACR.GeoReplica", "Azure.ACR.ReplicaLocation", "mspnp/aks-baseline: ACR geo-replication"]);

    protected override IEnumerable<Problem?> Check(ContainerRegistry registry, ValidationInput input)
    {
        var replicas = input.Azure.RegistryReplications.Where(replica => string.Equals(replica.RegistryId, registry.Resource.Id, StringComparison.OrdinalIgnoreCase)).ToList();
        var elsewhere = replicas.Where(replica => !string.Equals(replica.Location.Text, registry.Location.Text, StringComparison.OrdinalIgnoreCase)).ToList();
        yield return elsewhere.Count > 0 ? null : $"has no replication in another region than its own ({registry.Location.Shown})";
        foreach (var replica in replicas)
        {
            yield return Expect.Equal(replica.ZoneRedundancy, "Enabled") is { } problem ? $"{replica.Resource.Reference}: {problem.Message}" : null;
        }
    }
}
