using '../../cluster.bicep'

import { deployedOr, deployedArrayOr } from '../../shared/functions.bicep'

// The cluster of Contoso Bicycle's production region.
var environment = loadJsonContent('environment.json')

// What the hub and the spoke hand over. A deployment sets AKS_BASELINE_<OUTPUT> for every output
// of the earlier stages; offline, the values come from their committed snapshots.
var hub = loadJsonContent('hub.snapshot.json', '$.outputs')
var spoke = loadJsonContent('spoke.snapshot.json', '$.outputs')

param location = environment.location
param costResourceGroupNames = [
  environment.resourceGroups.hub
  environment.resourceGroups.spoke
]

param logAnalyticsWorkspaceId = deployedOr(readEnvironmentVariable('AKS_BASELINE_LOG_ANALYTICS_WORKSPACE_ID', ''), hub.logAnalyticsWorkspaceId)
// Known only once the firewall's public IPs exist: offline, none are added to the API server's list.
param firewallPublicIpAddresses = deployedArrayOr(readEnvironmentVariable('AKS_BASELINE_FIREWALL_PUBLIC_IP_ADDRESSES', ''), [])
param spokeVnetId = deployedOr(readEnvironmentVariable('AKS_BASELINE_SPOKE_VNET_ID', ''), spoke.spokeVnetId)
param nodesSubnetId = deployedOr(readEnvironmentVariable('AKS_BASELINE_NODES_SUBNET_ID', ''), spoke.nodesSubnetId)
param ingressSubnetId = deployedOr(readEnvironmentVariable('AKS_BASELINE_INGRESS_SUBNET_ID', ''), spoke.ingressSubnetId)
param privateEndpointsSubnetId = deployedOr(readEnvironmentVariable('AKS_BASELINE_PRIVATE_ENDPOINTS_SUBNET_ID', ''), spoke.privateEndpointsSubnetId)
param appGatewaySubnetId = deployedOr(readEnvironmentVariable('AKS_BASELINE_APP_GATEWAY_SUBNET_ID', ''), spoke.appGatewaySubnetId)
param appGatewayPublicIpId = deployedOr(readEnvironmentVariable('AKS_BASELINE_APP_GATEWAY_PUBLIC_IP_ID', ''), spoke.appGatewayPublicIpId)
param ingressLoadBalancerIp = deployedOr(readEnvironmentVariable('AKS_BASELINE_INGRESS_LOAD_BALANCER_IP', ''), spoke.ingressLoadBalancerIp)

// The newest GA minor on AKS's release calendar (GA October 2026, end of life October 2027, LTS until
// October 2028): no GA minor is supported through all of 2027, and this one for longest. Preflight
// checks that the region offers it before anything changes.
param kubernetesVersion = '1.37'
param clusterTier = 'Standard'

// Contoso's operators: replace both with your Microsoft Entra group and your public egress ranges
// before the first deployment (the range below is a documentation range, RFC 5737).
param clusterAdminGroupObjectId = '00000000-0000-0000-0000-00000000a008'
param workloadNamespaceReaderGroupObjectId = '00000000-0000-0000-0000-00000000a009'
param authorizedIPRanges = [
  '203.0.113.0/24'
]

// At their max counts plus a 33 % surge the pools hold (4 + 2) + (5 + 2) = 13 nodes, each taking
// maxPods + 1 = 31 addresses: 403 of the nodes subnet's 1019 usable addresses.
param systemNodePool = {
  name: 'npsystem'
  vmSize: 'Standard_DS2_v2'
  minCount: 3
  maxCount: 4
  osDiskSizeGB: 80
}
param userNodePool = {
  name: 'npuser01'
  vmSize: 'Standard_DS4_v2'
  minCount: 2
  maxCount: 5
  osDiskSizeGB: 120
}
param maxPodsPerNode = 30
param availabilityZones = [
  '1'
  '2'
  '3'
]
param serviceCidr = '172.16.0.0/16'

// Tuesday night in the West US office's time zone.
param nodeOSUpgradeWindow = {
  dayOfWeek: 'Tuesday'
  startTime: '21:00'
  durationHours: 4
  utcOffset: '-08:00'
}

param domainName = 'contoso.com'
param gatewayHostLabel = 'bicycle'
param backendHostLabel = 'bu0001a0008-00'
param workloadNamespace = 'a0008'
param traefikNamespace = 'a0008'
param traefikServiceAccountName = 'traefik-ingress-controller'
param gatewayCertificateName = 'bicycle-gateway-tls'
param ingressCertificateName = 'aks-ingress-tls'
param ingressRootCertificateName = 'aks-ingress-root-ca'
param healthProbePath = '/favicon.ico'
// The deploy's first run on an empty vault overrides this with false (see bicep/README.md).
param appGatewayEnabled = true
param appGatewayCapacity = {
  min: 0
  max: 10
}
param keyVaultSoftDeleteRetentionInDays = 90

// East US 2's paired region.
param registryReplicaLocation = 'centralus'

// What Azure Policy admits in the cluster: written once, in cluster-policy.json, which the offline
// rules read too. Defender for Containers is an environment switch (environment.json), on in prod.
param policy = loadJsonContent('cluster-policy.json')
param defenderForContainers = environment.defenderForContainers

// The environment's action group (Prometheus alerts, failed pods, Advisor, the budget) and the
// syslog severities Container Insights collects.
param alertContactEmails = [
  'aks-baseline-operations@contoso.com'
]
param syslogLevels = [
  'Warning'
  'Error'
  'Critical'
  'Alert'
  'Emergency'
]

// startDate: the first of the month prod was first deployed. Azure refuses to change a budget's
// start date, so it never moves (a new environment takes the month of its first deployment).
param costBudget = {
  monthlyAmount: 3000
  contactEmails: [
    'aks-baseline-owners@contoso.com'
  ]
  startDate: '2026-12-01'
}
