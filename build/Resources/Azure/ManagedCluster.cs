namespace Build.Resources.Azure;

/// <summary>An AKS cluster (<c>Microsoft.ContainerService/managedClusters</c>) and its agent pools.</summary>
public sealed record ManagedCluster(ArmResource Resource) : IArmView
{
    public ArmValue IdentityType => Resource["identity.type"];

    public ArmValue ServicePrincipalClientId => Resource["properties.servicePrincipalProfile.clientId"];

    public ArmValue Tier => Resource["sku.tier"];

    public ArmValue KubernetesVersion => Resource["properties.kubernetesVersion"];

    public ArmValue NodeResourceGroup => Resource["properties.nodeResourceGroup"];

    public ArmValue EnableRbac => Resource["properties.enableRBAC"];

    public ArmValue DisableLocalAccounts => Resource["properties.disableLocalAccounts"];

    public ArmValue AadManaged => Resource["properties.aadProfile.managed"];

    public ArmValue AadAzureRbac => Resource["properties.aadProfile.enableAzureRBAC"];

    public ArmValue PrivateCluster => Resource["properties.apiServerAccessProfile.enablePrivateCluster"];

    public ArmValue AuthorizedIpRanges => Resource["properties.apiServerAccessProfile.authorizedIPRanges"];

    public ArmValue OidcIssuer => Resource["properties.oidcIssuerProfile.enabled"];

    public ArmValue WorkloadIdentity => Resource["properties.securityProfile.workloadIdentity.enabled"];

    public ArmValue NetworkPlugin => Resource["properties.networkProfile.networkPlugin"];

    public ArmValue NetworkPluginMode => Resource["properties.networkProfile.networkPluginMode"];

    public ArmValue NetworkPolicy => Resource["properties.networkProfile.networkPolicy"];

    public ArmValue OutboundType => Resource["properties.networkProfile.outboundType"];

    public ArmValue ServiceCidr => Resource["properties.networkProfile.serviceCidr"];

    public ArmValue DnsServiceIp => Resource["properties.networkProfile.dnsServiceIP"];

    public ArmValue PodCidr => Resource["properties.networkProfile.podCidr"];

    public ArmValue UpgradeChannel => Resource["properties.autoUpgradeProfile.upgradeChannel"];

    public ArmValue NodeOsUpgradeChannel => Resource["properties.autoUpgradeProfile.nodeOSUpgradeChannel"];

    public ArmValue MonitoringEnabled => Resource["properties.addonProfiles.omsagent.enabled"];

    public ArmValue MonitoringWorkspace => Resource["properties.addonProfiles.omsagent.config.logAnalyticsWorkspaceResourceID"];

    public ArmValue AzurePolicyEnabled => Resource["properties.addonProfiles.azurepolicy.enabled"];

    /// <summary>Container Insights signs in with Microsoft Entra ID (the string "true"), not with the workspace key.</summary>
    public ArmValue MonitoringEntraAuth => Resource["properties.addonProfiles.omsagent.config.useAADAuth"];

    /// <summary>The Microsoft Defender for Containers sensor on the nodes.</summary>
    public ArmValue DefenderMonitoring => Resource["properties.securityProfile.defender.securityMonitoring.enabled"];

    public ArmValue DefenderWorkspace => Resource["properties.securityProfile.defender.logAnalyticsWorkspaceResourceId"];

    /// <summary>The managed Prometheus metrics add-on.</summary>
    public ArmValue PrometheusMetrics => Resource["properties.azureMonitorProfile.metrics.enabled"];

    public IReadOnlyList<AgentPool> Pools => Resource["properties.agentPoolProfiles"].Items().Select(settings => new AgentPool(settings)).ToList();
}
