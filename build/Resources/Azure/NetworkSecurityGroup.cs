namespace Build.Resources.Azure;

/// <summary>A network security group and its rules.</summary>
public sealed record NetworkSecurityGroup(ArmResource Resource) : IArmView
{
    public IReadOnlyList<SecurityRule> Rules => Resource["properties.securityRules"].Items().Select(settings => new SecurityRule(settings)).ToList();
}
