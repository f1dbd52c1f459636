namespace Build.Infrastructure;

/// <summary>
/// The contract between the Bicep deployments and everything downstream (Kubernetes rendering,
/// certificates, deploy stages, conformance rules). Each template declares these outputs with
/// exactly these names; the build reads them from deployment outputs (online) or from the committed
/// snapshots (offline). Never write one of these values anywhere else.
/// </summary>
public static class OutputNames
{
    // hub.bicep
    public const string HubVnetId = "hubVnetId";
    public const string HubVnetName = "hubVnetName";
    public const string HubAddressSpace = "hubAddressSpace";
    /// <summary>The firewall's private IP: the next hop of the spoke's default route.</summary>
    public const string FirewallPrivateIp = "firewallPrivateIp";
    public const string LogAnalyticsWorkspaceId = "logAnalyticsWorkspaceId";
    /// <summary>The firewall's public IPs (an array): the nodes' egress addresses the API server must accept. Known only after deployment.</summary>
    public const string FirewallPublicIpAddresses = "firewallPublicIpAddresses";

    // spoke.bicep
    public const string SpokeVnetId = "spokeVnetId";
    public const string SpokeVnetName = "spokeVnetName";
    public const string SpokeAddressSpace = "spokeAddressSpace";
    public const string NodesSubnetId = "nodesSubnetId";
    public const string NodesSubnetPrefix = "nodesSubnetPrefix";
    public const string IngressSubnetId = "ingressSubnetId";
    public const string IngressSubnetName = "ingressSubnetName";
    public const string IngressSubnetPrefix = "ingressSubnetPrefix";
    public const string PrivateEndpointsSubnetId = "privateEndpointsSubnetId";
    public const string PrivateEndpointsSubnetPrefix = "privateEndpointsSubnetPrefix";
    public const string AppGatewaySubnetId = "appGatewaySubnetId";
    public const string AppGatewaySubnetPrefix = "appGatewaySubnetPrefix";
    public const string AppGatewayPublicIpId = "appGatewayPublicIpId";
    /// <summary>Known only after deployment (a reference() offline).</summary>
    public const string AppGatewayPublicIpAddress = "appGatewayPublicIpAddress";
    /// <summary>The static IP Traefik's internal load balancer takes in the ingress subnet.</summary>
    public const string IngressLoadBalancerIp = "ingressLoadBalancerIp";

    // cluster.bicep
    public const string ClusterName = "clusterName";
    public const string KubernetesVersion = "kubernetesVersion";
    public const string KeyVaultName = "keyVaultName";
    public const string AcrName = "acrName";
    public const string AcrLoginServer = "acrLoginServer";
    public const string TenantId = "tenantId";
    /// <summary>Client id of the user-assigned identity Traefik's service account federates with. Known only after deployment.</summary>
    public const string TraefikIdentityClientId = "traefikIdentityClientId";
    public const string DomainName = "domainName";
    /// <summary>bicycle.&lt;domain&gt;: the App Gateway listener and the gateway certificate's SAN.</summary>
    public const string GatewayHostName = "gatewayHostName";
    /// <summary>aks-ingress.&lt;domain&gt;: the private DNS zone; the ingress certificate is *.&lt;this&gt;.</summary>
    public const string IngressDomain = "ingressDomain";
    /// <summary>bu0001a0008-00.aks-ingress.&lt;domain&gt;: App Gateway's backend FQDN and the Ingress host.</summary>
    public const string BackendHostName = "backendHostName";
    /// <summary>The Key Vault certificate App Gateway's listener reads (bicycle.&lt;domain&gt;).</summary>
    public const string GatewayCertificateName = "gatewayCertificateName";
    /// <summary>The Key Vault certificate Traefik mounts through the CSI driver (*.aks-ingress.&lt;domain&gt;).</summary>
    public const string IngressCertificateName = "ingressCertificateName";
    /// <summary>The Key Vault certificate of the CA that signed the ingress certificate: App Gateway's trusted root for the backend.</summary>
    public const string IngressRootCertificateName = "ingressRootCertificateName";
    public const string WorkloadNamespace = "workloadNamespace";
    public const string TraefikNamespace = "traefikNamespace";
    public const string TraefikServiceAccountName = "traefikServiceAccountName";
}
