using Build.Resources.Azure;

namespace Build.Validation.Rules.Secrets;

public sealed class RegistryPullOnly : RegistryRule
{
    public override RuleDescriptor Descriptor { get; } = new("SEC009", "Only AcrPull granted on the registry", Severity.Error, RuleFamily.Secrets,
        "The cluster only ever pulls; pushing is the build pipeline's job through its own identity: the baseline grants the kubelet identity AcrPull and nothing more.",
        ["mspnp/aks-baseline: AcrPull for the kubelet identity"]);

    protected override IEnumerable<Problem?> Check(ContainerRegistry registry, ValidationInput input) =>
        input.Azure.RoleAssignmentsAt(registry.Resource.Id)
            .Where(assignment => !string.Equals(assignment.Role, ContainerRegistry.AcrPullRole, StringComparison.OrdinalIgnoreCase))
            .Select(assignment => (Problem?)$"{assignment.Resource.Reference}: {assignment.RoleDefinitionId.Path} is {assignment.RoleDefinitionId.Shown}, expected AcrPull ({ContainerRegistry.AcrPullRole}) only");
}
