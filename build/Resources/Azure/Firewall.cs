namespace Build.Resources.Azure;

/// <summary>An Azure Firewall; its first IP configuration is in AzureFirewallSubnet and holds the private IP the spoke routes to.</summary>
public sealed record Firewall(ArmResource Resource) : IArmView
{
    public ArmValue PolicyId => Resource["properties.firewallPolicy.id"];

    public IReadOnlyList<string> SubnetIds =>
        Resource["properties.ipConfigurations"].Items().Select(configuration => configuration["properties.subnet.id"].Text).OfType<string>().ToList();
}
