using Build.Resources.Azure;

namespace Build.Validation.Rules.Secrets;

public sealed class RegistryPublicAccessDisabled : RegistryRule
{
    public override RuleDescriptor Descriptor { get; } = new("SEC008", "ACR public network access and anonymous pull off", Severity.Error, RuleFamily.Secrets,
        "Images are pulled over Private Link by identities the registry knows: the baseline disables the public endpoint and anonymous pull.",
        ["Azure.ACR.Firewall", "Azure.ACR.AnonymousAccess"]);

    protected override IEnumerable<Problem?> Check(ContainerRegistry registry, ValidationInput input) =>
    [
        Expect.Equal(registry.PublicNetworkAccess, "Disabled"),
        Expect.False(registry.AnonymousPull),
    ];
}
