namespace Build.Resources.Azure;

/// <summary>The resource types the rules read, as ARM names them.</summary>
public static class ArmTypes
{
    public const string ManagedCluster = "Microsoft.ContainerService/managedClusters";
    public const string MaintenanceConfiguration = "Microsoft.ContainerService/managedClusters/maintenanceConfigurations";
    public const string VirtualNetwork = "Microsoft.Network/virtualNetworks";
    public const string Subnet = "Microsoft.Network/virtualNetworks/subnets";
    public const string Peering = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings";
    public const string NetworkSecurityGroup = "Microsoft.Network/networkSecurityGroups";
    public const string RouteTable = "Microsoft.Network/routeTables";
    public const string Firewall = "Microsoft.Network/azureFirewalls";
    public const string FirewallPolicy = "Microsoft.Network/firewallPolicies";
    public const string FirewallRuleCollectionGroup = "Microsoft.Network/firewallPolicies/ruleCollectionGroups";
    public const string IpGroup = "Microsoft.Network/ipGroups";
    public const string PublicIpAddress = "Microsoft.Network/publicIPAddresses";
    public const string ApplicationGateway = "Microsoft.Network/applicationGateways";
    public const string WafPolicy = "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies";
    public const string PrivateEndpoint = "Microsoft.Network/privateEndpoints";
    public const string PrivateDnsZone = "Microsoft.Network/privateDnsZones";
    public const string PrivateDnsZoneLink = "Microsoft.Network/privateDnsZones/virtualNetworkLinks";
    public const string PrivateDnsARecord = "Microsoft.Network/privateDnsZones/A";
    public const string BastionHost = "Microsoft.Network/bastionHosts";
    public const string KeyVault = "Microsoft.KeyVault/vaults";
    public const string ContainerRegistry = "Microsoft.ContainerRegistry/registries";
    public const string RegistryReplication = "Microsoft.ContainerRegistry/registries/replications";
    public const string DiagnosticSetting = "Microsoft.Insights/diagnosticSettings";
    public const string RoleAssignment = "Microsoft.Authorization/roleAssignments";
    public const string Budget = "Microsoft.Consumption/budgets";
    public const string ActionGroup = "Microsoft.Insights/actionGroups";
    public const string FederatedIdentityCredential = "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials";
    public const string PolicyAssignment = "Microsoft.Authorization/policyAssignments";
    public const string SecurityPricing = "Microsoft.Security/pricings";
    public const string MonitorWorkspace = "Microsoft.Monitor/accounts";
    public const string DataCollectionEndpoint = "Microsoft.Insights/dataCollectionEndpoints";
    public const string DataCollectionRule = "Microsoft.Insights/dataCollectionRules";
    public const string DataCollectionRuleAssociation = "Microsoft.Insights/dataCollectionRuleAssociations";
    public const string PrometheusRuleGroup = "Microsoft.AlertsManagement/prometheusRuleGroups";
    public const string ScheduledQueryRule = "Microsoft.Insights/scheduledQueryRules";
    public const string ActivityLogAlert = "Microsoft.Insights/activityLogAlerts";
}
