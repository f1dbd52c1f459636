using Build.Infrastructure;

namespace Build.Resources.Azure;

/// <summary>
/// The predicted resources of every deployment of an environment, indexed once (by id, by type, extension
/// resources by the resource they extend) so that every rule's lookups are dictionary reads: the cost of
/// validating grows with the number of resources, not with its square.
/// </summary>
public sealed class AzureResources
{
    private static readonly IReadOnlyList<ArmResource> None = [];

    private readonly Dictionary<string, ArmResource> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<ArmResource>> _byType = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Scope, string Type), List<ArmResource>> _extensions = [];

    private IReadOnlyList<VirtualNetwork>? _networks;
    private Dictionary<string, Subnet>? _subnets;
    private Dictionary<string, List<PrivateEndpoint>>? _endpointsByTarget;
    private HashSet<string>? _resourceGroups;

    public AzureResources(IEnumerable<ArmResource> resources)
    {
        var all = new List<ArmResource>();
        foreach (var resource in resources)
        {
            all.Add(resource);
            _byId.TryAdd(resource.Id, resource);
            Add(_byType, resource.Type, resource);
            if (resource.Scope is { } scope)
            {
                Add(_extensions, (scope.ToLowerInvariant(), resource.Type.ToLowerInvariant()), resource);
            }
        }

        All = all;
    }

    public IReadOnlyList<ArmResource> All { get; }

    public static AzureResources From(IEnumerable<PredictedDeployment> deployments) => new(deployments.SelectMany(deployment => deployment.Resources));

    public ArmResource? Find(string? id) => id is not null && _byId.TryGetValue(id, out var resource) ? resource : null;

    public IReadOnlyList<ArmResource> OfType(string type) => _byType.TryGetValue(type, out var list) ? list : None;

    /// <summary>Extension resources of a type on a resource (its diagnostic settings, the role assignments at it).</summary>
    public IReadOnlyList<ArmResource> ExtensionsOf(string scopeId, string type) =>
        _extensions.TryGetValue((scopeId.ToLowerInvariant(), type.ToLowerInvariant()), out var list) ? list : None;

    public IEnumerable<ManagedCluster> Clusters => OfType(ArmTypes.ManagedCluster).Select(resource => new ManagedCluster(resource));

    public IReadOnlyList<VirtualNetwork> VirtualNetworks => _networks ??= Networks();

    public IEnumerable<Subnet> Subnets => VirtualNetworks.SelectMany(network => network.Subnets);

    public Subnet? Subnet(string? id) => id is not null && (_subnets ??= Subnets.GroupBy(subnet => subnet.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase)).TryGetValue(id, out var subnet) ? subnet : null;

    public IEnumerable<VirtualNetworkPeering> Peerings => OfType(ArmTypes.Peering).Select(resource => new VirtualNetworkPeering(resource));

    public IEnumerable<FirewallPolicy> FirewallPolicies
    {
        get
        {
            var groups = OfType(ArmTypes.FirewallRuleCollectionGroup)
                .ToLookup(group => group.Id[..Math.Max(0, group.Id.LastIndexOf("/ruleCollectionGroups/", StringComparison.OrdinalIgnoreCase))], StringComparer.OrdinalIgnoreCase);
            return OfType(ArmTypes.FirewallPolicy).Select(resource => new FirewallPolicy(resource, groups[resource.Id].ToList()));
        }
    }

    public IEnumerable<Firewall> Firewalls => OfType(ArmTypes.Firewall).Select(resource => new Firewall(resource));

    public IEnumerable<PublicIpAddress> PublicIpAddresses => OfType(ArmTypes.PublicIpAddress).Select(resource => new PublicIpAddress(resource));

    public IEnumerable<ApplicationGateway> ApplicationGateways => OfType(ArmTypes.ApplicationGateway).Select(resource => new ApplicationGateway(resource));

    public IEnumerable<KeyVault> KeyVaults => OfType(ArmTypes.KeyVault).Select(resource => new KeyVault(resource));

    public IEnumerable<ContainerRegistry> Registries => OfType(ArmTypes.ContainerRegistry).Select(resource => new ContainerRegistry(resource));

    public IEnumerable<PrivateEndpoint> PrivateEndpoints => OfType(ArmTypes.PrivateEndpoint).Select(resource => new PrivateEndpoint(resource));

    public IEnumerable<Budget> Budgets => OfType(ArmTypes.Budget).Select(resource => new Budget(resource));

    public IEnumerable<PrivateDnsRecord> DnsRecords => OfType(ArmTypes.PrivateDnsARecord).Select(resource => new PrivateDnsRecord(resource));

    public IEnumerable<PolicyAssignment> PolicyAssignments => OfType(ArmTypes.PolicyAssignment).Select(resource => new PolicyAssignment(resource));

    public IEnumerable<SecurityPricing> SecurityPricings => OfType(ArmTypes.SecurityPricing).Select(resource => new SecurityPricing(resource));

    public IEnumerable<DataCollectionRule> DataCollectionRules => OfType(ArmTypes.DataCollectionRule).Select(resource => new DataCollectionRule(resource));

    public IEnumerable<PrometheusRuleGroup> PrometheusRuleGroups => OfType(ArmTypes.PrometheusRuleGroup).Select(resource => new PrometheusRuleGroup(resource));

    public IEnumerable<ScheduledQueryRule> ScheduledQueryRules => OfType(ArmTypes.ScheduledQueryRule).Select(resource => new ScheduledQueryRule(resource));

    public IEnumerable<ActivityLogAlert> ActivityLogAlerts => OfType(ArmTypes.ActivityLogAlert).Select(resource => new ActivityLogAlert(resource));

    public IEnumerable<RegistryReplication> RegistryReplications => OfType(ArmTypes.RegistryReplication).Select(resource => new RegistryReplication(resource));

    /// <summary>The data collection rule (and endpoint) associations on a resource.</summary>
    public IEnumerable<DataCollectionRuleAssociation> DataCollectionAssociationsOf(string resourceId) =>
        ExtensionsOf(resourceId, ArmTypes.DataCollectionRuleAssociation).Select(resource => new DataCollectionRuleAssociation(resource));

    /// <summary>The data collection rules associated with a resource (through an association it carries).</summary>
    public IEnumerable<DataCollectionRule> DataCollectionRulesOf(string resourceId) =>
        DataCollectionAssociationsOf(resourceId).Select(association => Find(association.RuleId.Text)).OfType<ArmResource>().Select(resource => new DataCollectionRule(resource));

    /// <summary>The private endpoints that connect to a resource.</summary>
    public IReadOnlyList<PrivateEndpoint> PrivateEndpointsTo(string resourceId) =>
        (_endpointsByTarget ??= EndpointsByTarget()).TryGetValue(resourceId, out var endpoints) ? endpoints : [];

    public IEnumerable<DiagnosticSetting> DiagnosticSettingsOf(string resourceId) =>
        ExtensionsOf(resourceId, ArmTypes.DiagnosticSetting).Select(resource => new DiagnosticSetting(resource));

    public IEnumerable<RoleAssignment> RoleAssignmentsAt(string scopeId) =>
        ExtensionsOf(scopeId, ArmTypes.RoleAssignment).Select(resource => new RoleAssignment(resource));

    /// <summary>The resource groups the predicted resources live in (from their ids).</summary>
    public IReadOnlySet<string> ResourceGroups =>
        _resourceGroups ??= All.Select(resource => ResourceGroupOf(resource.Id)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static string? ResourceGroupOf(string id)
    {
        const string Segment = "/resourceGroups/";
        var start = id.IndexOf(Segment, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        start += Segment.Length;
        var end = id.IndexOf('/', start);
        return end < 0 ? id[start..] : id[start..end];
    }

    private IReadOnlyList<VirtualNetwork> Networks()
    {
        // subnets declared as child resources join their network's inline ones
        var children = OfType(ArmTypes.Subnet)
            .GroupBy(subnet => subnet.Id[..subnet.Id.LastIndexOf("/subnets/", StringComparison.OrdinalIgnoreCase)], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.OrdinalIgnoreCase);
        return OfType(ArmTypes.VirtualNetwork)
            .Select(network => new VirtualNetwork(network, network["properties.subnets"].Items()
                .Select(settings => new Subnet(network, settings["name"].Text ?? settings.Path, new ArmObject($"{settings.Path}.properties", settings.Json["properties"] as System.Text.Json.Nodes.JsonObject ?? [])))
                .Concat(children.GetValueOrDefault(network.Id, []).Select(child => new Subnet(network, child.Name[(child.Name.LastIndexOf('/') + 1)..], new ArmObject($"{child.Reference}: properties", child.Json["properties"] as System.Text.Json.Nodes.JsonObject ?? []))))
                .ToList()))
            .ToList();
    }

    private Dictionary<string, List<PrivateEndpoint>> EndpointsByTarget()
    {
        var index = new Dictionary<string, List<PrivateEndpoint>>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in PrivateEndpoints)
        {
            foreach (var (target, _) in endpoint.Connections)
            {
                Add(index, target, endpoint);
            }
        }

        return index;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index.Add(key, list);
        }

        list.Add(value);
    }
}
