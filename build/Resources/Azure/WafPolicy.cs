namespace Build.Resources.Azure;

/// <summary>An Application Gateway WAF policy.</summary>
public sealed record WafPolicy(ArmResource Resource) : IArmView
{
    public ArmValue State => Resource["properties.policySettings.state"];

    public ArmValue Mode => Resource["properties.policySettings.mode"];

    public IReadOnlyList<ArmObject> ManagedRuleSets => Resource["properties.managedRules.managedRuleSets"].Items("ruleSetType").ToList();
}
