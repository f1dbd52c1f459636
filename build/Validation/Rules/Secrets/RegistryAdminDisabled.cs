using Build.Resources.Azure;

namespace Build.Validation.Rules.Secrets;

public sealed class RegistryAdminDisabled : RegistryRule
{
    public override RuleDescriptor Descriptor { get; } = new("SEC007", "ACR admin user disabled", Severity.Error, RuleFamily.Secrets,
        "The admin user is a shared password with push rights that no one can be held to: the baseline pulls with the kubelet's managed identity and keeps the admin user off.",
        ["Azure.ACR.AdminUser"]);

    protected override IEnumerable<Problem?> Check(ContainerRegistry registry, ValidationInput input) => [Expect.False(registry.AdminUser)];
}
