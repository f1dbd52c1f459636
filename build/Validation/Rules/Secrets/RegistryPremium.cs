using Build.Resources.Azure;

namespace Build.Validation.Rules.Secrets;

public sealed class RegistryPremium : RegistryRule
{
    public override RuleDescriptor Descriptor { get; } = new("SEC006", "ACR Premium", Severity.Error, RuleFamily.Secrets,
        "Private endpoints, zone redundancy and network rules exist only in the Premium tier: the baseline's registry is Premium.",
        ["Azure.ACR.MinSku"]);

    protected override IEnumerable<Problem?> Check(ContainerRegistry registry, ValidationInput input) => [Expect.Equal(registry.Sku, "Premium")];
}
