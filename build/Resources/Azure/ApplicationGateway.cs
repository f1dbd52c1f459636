namespace Build.Resources.Azure;

/// <summary>An Application Gateway: listeners, backend pools and settings, probes and TLS policy.</summary>
public sealed record ApplicationGateway(ArmResource Resource) : IArmView
{
    public ArmValue Tier => Resource["properties.sku.tier"];

    public ArmValue FirewallPolicyId => Resource["properties.firewallPolicy.id"];

    public ArmValue SslPolicy => Resource["properties.sslPolicy"];

    public ArmValue MinCapacity => Resource["properties.autoscaleConfiguration.minCapacity"];

    public ArmValue MaxCapacity => Resource["properties.autoscaleConfiguration.maxCapacity"];

    public ArmValue Capacity => Resource["properties.sku.capacity"];

    public ArmValue Zones => Resource["zones"];

    public IReadOnlyList<ArmObject> Listeners => Resource["properties.httpListeners"].Items().ToList();

    public IReadOnlyList<ArmObject> BackendPools => Resource["properties.backendAddressPools"].Items().ToList();

    public IReadOnlyList<ArmObject> BackendSettings => Resource["properties.backendHttpSettingsCollection"].Items().ToList();

    public IReadOnlyList<ArmObject> Probes => Resource["properties.probes"].Items().ToList();

    public IReadOnlyList<ArmObject> SslCertificates => Resource["properties.sslCertificates"].Items().ToList();

    public IReadOnlyList<ArmObject> FrontendIpConfigurations => Resource["properties.frontendIPConfigurations"].Items().ToList();

    public IReadOnlyList<string> SubnetIds =>
        Resource["properties.gatewayIPConfigurations"].Items().Select(configuration => configuration["properties.subnet.id"].Text).OfType<string>().ToList();

    public IEnumerable<string> BackendFqdns =>
        BackendPools.SelectMany(pool => pool["properties.backendAddresses"].Items("fqdn")).Select(address => address["fqdn"].Text).OfType<string>();
}
