targetScope = 'resourceGroup'

metadata name = 'AKS cluster stamp'
metadata description = 'The workload team\'s cluster for application BU0001A0008: AKS in the spoke with Microsoft Entra ID and Azure RBAC, its private geo-replicated registry and Key Vault, Application Gateway in front with end-to-end TLS, Azure Policy, Defender for Containers, monitoring and alerting, and a cost budget.'

import { maintenanceWindow, nodePool, budget, clusterPolicy, syslogLevel } from 'shared/types.bicep'
import { builtInRoles } from 'shared/roles.bicep'
import { nameOf, resourceGroupOf, virtualNetworkOf } from 'shared/functions.bicep'

// ---- the environment ----

@description('The cluster\'s region: the spoke\'s. It must offer availability zones.')
param location string

// The suite records here what each deployment was made from (build/Deployment/StageInputs.cs): ARM keeps a
// deployment's parameters with it, and `az deployment group create` has no --tags. No resource reads it.
@description('The hash of everything this deployment is made from, set by the deployment suite; an unchanged hash means there is nothing to deploy.')
#disable-next-line no-unused-params
param deploymentInputsHash string = ''

@description('The availability zones the node pools and Application Gateway spread over.')
param availabilityZones string[] = [
  '1'
  '2'
  '3'
]

@description('Resource groups besides this one (and the node resource group) whose costs the budget covers: the hub\'s and the spoke\'s.')
param costResourceGroupNames string[]

// ---- what the hub and the spoke hand over (their outputs of the same names) ----

@description('The Log Analytics workspace everything logs to (hub output logAnalyticsWorkspaceId).')
param logAnalyticsWorkspaceId string

@description('The firewall\'s public IPs, the nodes\' egress addresses, which the API server must accept (hub output firewallPublicIpAddresses).')
param firewallPublicIpAddresses string[]

@description('The spoke VNet, which the private DNS zones are linked to (spoke output spokeVnetId).')
param spokeVnetId string

@description('The subnet of the nodes and their pods (spoke output nodesSubnetId).')
param nodesSubnetId string

@description('The subnet of Traefik\'s internal load balancer (spoke output ingressSubnetId).')
param ingressSubnetId string

@description('The subnet of the private endpoints (spoke output privateEndpointsSubnetId).')
param privateEndpointsSubnetId string

@description('The subnet of Application Gateway (spoke output appGatewaySubnetId).')
param appGatewaySubnetId string

@description('Application Gateway\'s public IP (spoke output appGatewayPublicIpId).')
param appGatewayPublicIpId string

@description('The static IP of Traefik\'s internal load balancer (spoke output ingressLoadBalancerIp).')
param ingressLoadBalancerIp string

// ---- the cluster ----

@description('The Kubernetes version, pinned: upgrades are a deliberate change of this value.')
param kubernetesVersion string

@description('The AKS tier. Standard has the uptime SLA the baseline relies on.')
@allowed([
  'Free'
  'Standard'
])
param clusterTier string = 'Standard'

@description('The Microsoft Entra group whose members administer the cluster (Azure RBAC for Kubernetes).')
param clusterAdminGroupObjectId string

@description('Public IP ranges (CIDR) of the operators and pipelines allowed to reach the API server and, for certificate import, Key Vault. The firewall\'s egress IPs are added to the API server\'s list.')
@minLength(1)
param authorizedIPRanges string[]

@description('The system node pool: AKS\'s own workloads only (tainted CriticalAddonsOnly).')
param systemNodePool nodePool

@description('The user node pool: the workload and its ingress.')
param userNodePool nodePool

@description('The most pods a node runs. With Azure CNI each takes an address from the nodes subnet.')
@minValue(10)
@maxValue(250)
param maxPodsPerNode int = 30

@description('The range Kubernetes services take their cluster IPs from; it must not overlap any network the cluster reaches.')
param serviceCidr string = '172.16.0.0/16'

@description('When AKS may reimage nodes with the weekly node image (security patches included).')
param nodeOSUpgradeWindow maintenanceWindow

// ---- the workload and its ingress ----

@description('The public domain, e.g. contoso.com.')
param domainName string

@description('The label of the public host name under the domain (bicycle -> bicycle.<domain>).')
param gatewayHostLabel string = 'bicycle'

@description('The label of the backend host name in the aks-ingress zone Traefik serves.')
param backendHostLabel string = 'bu0001a0008-00'

@description('The namespace of the workload.')
param workloadNamespace string = 'a0008'

@description('The namespace Traefik runs in.')
param traefikNamespace string = 'a0008'

@description('The Kubernetes service account Traefik runs as; its federated credential names it.')
param traefikServiceAccountName string = 'traefik-ingress-controller'

@description('The Key Vault certificate of Application Gateway\'s listener (bicycle.<domain>).')
param gatewayCertificateName string = 'bicycle-gateway-tls'

@description('The Key Vault certificate Traefik serves (*.aks-ingress.<domain>).')
param ingressCertificateName string = 'aks-ingress-tls'

@description('The Key Vault certificate of the CA that signed Traefik\'s certificate: Application Gateway\'s trusted root.')
param ingressRootCertificateName string = 'aks-ingress-root-ca'

@description('Whether to deploy Application Gateway. It reads its certificates from Key Vault when it is created, and this deployment creates that vault: a first deployment passes false, the certificates are imported, and the next deployment (true) adds the gateway.')
param appGatewayEnabled bool = true

@description('The path Application Gateway\'s health probe requests through Traefik.')
param healthProbePath string = '/favicon.ico'

@description('The range Application Gateway autoscales in.')
param appGatewayCapacity {
  @description('The fewest instances.')
  @minValue(0)
  min: int

  @description('The most instances.')
  @minValue(2)
  max: int
} = {
  min: 0
  max: 10
}

@description('How long deleted certificates can be recovered from Key Vault.')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteRetentionInDays int = 90

@description('The second region the container registry replicates to, zone-redundant (the paired region of the cluster\'s).')
param registryReplicaLocation string

// ---- governance ----

@description('What the cluster\'s Azure Policy assignments allow: registries, container limits, namespaces (environments/<env>/cluster-policy.json, which the offline rules read too).')
param policy clusterPolicy

@description('Whether Microsoft Defender for Containers protects the cluster: the Defender sensor on the nodes and the subscription\'s Containers plan. Billed per vCore of the nodes (see the README before turning it on elsewhere).')
param defenderForContainers bool

@description('The Microsoft Entra group whose members may read, not change, the workload namespace (Azure Kubernetes Service RBAC Reader there, and Cluster User to fetch the kubeconfig).')
param workloadNamespaceReaderGroupObjectId string

// ---- monitoring and alerting ----

@description('Who the environment\'s action group e-mails: the Prometheus alerts, the failed-pods alert, new Advisor recommendations and the budget.')
@minLength(1)
param alertContactEmails string[]

@description('The syslog severities Container Insights collects from the nodes.')
@minLength(1)
param syslogLevels syslogLevel[]

// ---- cost ----

@description('The monthly budget, the month it counts from, and who is told at 50, 75 and 90 %.')
param costBudget budget

var suffix = uniqueString(subscription().subscriptionId, resourceGroup().id)
var clusterName = 'aks-${suffix}'
var nodeResourceGroupName = 'rg-${clusterName}-nodes'
var registryName = 'acraks${suffix}'
// ACR's public-cloud login server, written out so that the allowed-images pattern is known before
// deployment (bicep snapshot cannot evaluate environment()) and the offline rules can check it
var registryLoginServer = '${registryName}.azurecr.io'
var ingressDomain = 'aks-ingress.${domainName}'
var gatewayHostName = '${gatewayHostLabel}.${domainName}'
var backendHostName = '${backendHostLabel}.${ingressDomain}'

// ---- identities ----

resource controlPlaneIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${clusterName}-control-plane'
  location: location
}

resource appGatewayIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${clusterName}-app-gateway'
  location: location
}

// Traefik reads its certificate from Key Vault through Microsoft Entra Workload ID. This replaces
// the seed's pod-managed identity (aad-pod-identity), which AKS has deprecated.
resource traefikIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${clusterName}-traefik'
  location: location
}

resource traefikFederation 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2024-11-30' = {
  parent: traefikIdentity
  name: 'traefik-service-account'
  properties: {
    issuer: cluster.properties.oidcIssuerProfile.issuerURL
    subject: 'system:serviceaccount:${traefikNamespace}:${traefikServiceAccountName}'
    audiences: [
      'api://AzureADTokenExchange'
    ]
  }
}

// The control plane joins nodes to the spoke's nodes subnet and places Traefik's internal load
// balancer in the ingress subnet: Network Contributor on exactly those two.
module clusterSubnetRoles 'modules/subnet-role-assignments.bicep' = {
  name: 'roles-${clusterName}-subnets'
  scope: resourceGroup(resourceGroupOf(nodesSubnetId))
  params: {
    virtualNetworkName: virtualNetworkOf(nodesSubnetId)
    subnetNames: [
      nameOf(nodesSubnetId)
      nameOf(ingressSubnetId)
    ]
    principalId: controlPlaneIdentity.properties.principalId
    principalName: controlPlaneIdentity.id
    roleDefinitionId: builtInRoles.networkContributor
  }
}

// ---- registry and vault ----

module registry 'modules/container-registry.bicep' = {
  name: 'registry'
  params: {
    name: registryName
    location: location
    privateEndpointsSubnetId: privateEndpointsSubnetId
    virtualNetworkId: spokeVnetId
    logAnalyticsWorkspaceId: logAnalyticsWorkspaceId
    replicaLocation: registryReplicaLocation
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: 'kv-${suffix}'
    location: location
    privateEndpointsSubnetId: privateEndpointsSubnetId
    virtualNetworkId: spokeVnetId
    allowedIpRanges: authorizedIPRanges
    logAnalyticsWorkspaceId: logAnalyticsWorkspaceId
    softDeleteRetentionInDays: keyVaultSoftDeleteRetentionInDays
    readers: [
      // the listener certificate and the trusted root, both read as secrets (keyVaultSecretId)
      {
        resourceId: appGatewayIdentity.id
        principalId: appGatewayIdentity.properties.principalId
        objectTypes: [
          'secret'
        ]
      }
      // the SecretProviderClass (manifests/2-secrets-store) reads tls.crt as a cert (certificates API)
      // and tls.key as a secret (the private key)
      {
        resourceId: traefikIdentity.id
        principalId: traefikIdentity.properties.principalId
        objectTypes: [
          'cert'
          'secret'
        ]
      }
    ]
  }
}

// ---- the cluster ----

var agentPoolDefaults = {
  type: 'VirtualMachineScaleSets'
  osType: 'Linux'
  osSKU: 'AzureLinux'
  osDiskType: 'Ephemeral'
  orchestratorVersion: kubernetesVersion
  vnetSubnetID: nodesSubnetId
  availabilityZones: availabilityZones
  enableAutoScaling: true
  maxPods: maxPodsPerNode
  enableNodePublicIP: false
  upgradeSettings: {
    maxSurge: '33%'
  }
}

resource cluster 'Microsoft.ContainerService/managedClusters@2025-10-01' = {
  name: clusterName
  location: location
  sku: {
    name: 'Base'
    tier: clusterTier
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${controlPlaneIdentity.id}': {}
    }
  }
  properties: {
    kubernetesVersion: kubernetesVersion
    dnsPrefix: clusterName
    nodeResourceGroup: nodeResourceGroupName
    enableRBAC: true
    // Microsoft Entra ID only: no static kubeconfig credentials
    disableLocalAccounts: true
    aadProfile: {
      managed: true
      enableAzureRBAC: true
      tenantID: tenant().tenantId
    }
    apiServerAccessProfile: {
      enablePrivateCluster: false
      // nodes reach the API server through the firewall, so its egress IPs must be allowed too
      authorizedIPRanges: union(authorizedIPRanges, map(firewallPublicIpAddresses, ip => '${ip}/32'))
    }
    oidcIssuerProfile: {
      enabled: true
    }
    securityProfile: {
      workloadIdentity: {
        enabled: true
      }
      imageCleaner: {
        enabled: true
        intervalHours: 120
      }
      // the Defender sensor (runtime threat detection) reports to the hub's workspace
      defender: defenderForContainers
        ? {
            logAnalyticsWorkspaceResourceId: logAnalyticsWorkspaceId
            securityMonitoring: {
              enabled: true
            }
          }
        : {
            securityMonitoring: {
              enabled: false
            }
          }
    }
    // managed Prometheus: the metrics add-on scrapes the cluster for the Azure Monitor workspace
    azureMonitorProfile: {
      metrics: {
        enabled: true
        kubeStateMetrics: {
          metricLabelsAllowlist: ''
          metricAnnotationsAllowList: ''
        }
      }
    }
    // Pods take addresses on the VNet (Azure CNI); Azure network policies; all egress through the
    // hub's firewall (the spoke's route table), so AKS creates no outbound public IP.
    networkProfile: {
      networkPlugin: 'azure'
      networkPolicy: 'azure'
      outboundType: 'userDefinedRouting'
      loadBalancerSku: 'standard'
      serviceCidr: serviceCidr
      dnsServiceIP: cidrHost(serviceCidr, 9)
    }
    agentPoolProfiles: [
      union(agentPoolDefaults, {
        name: systemNodePool.name
        mode: 'System'
        vmSize: systemNodePool.vmSize
        count: systemNodePool.minCount
        minCount: systemNodePool.minCount
        maxCount: systemNodePool.maxCount
        osDiskSizeGB: systemNodePool.osDiskSizeGB
        nodeTaints: [
          'CriticalAddonsOnly=true:NoSchedule'
        ]
      })
      union(agentPoolDefaults, {
        name: userNodePool.name
        mode: 'User'
        vmSize: userNodePool.vmSize
        count: userNodePool.minCount
        minCount: userNodePool.minCount
        maxCount: userNodePool.maxCount
        osDiskSizeGB: userNodePool.osDiskSizeGB
      })
    ]
    // Nodes are patched by reimaging onto the weekly node image in a maintenance window; this
    // replaces the seed's kured daemon. The Kubernetes version itself moves only when the
    // kubernetesVersion parameter does.
    autoUpgradeProfile: {
      upgradeChannel: 'none'
      nodeOSUpgradeChannel: 'NodeImage'
    }
    addonProfiles: {
      omsagent: {
        enabled: true
        config: {
          logAnalyticsWorkspaceResourceID: logAnalyticsWorkspaceId
          useAADAuth: 'true'
        }
      }
      azurepolicy: {
        enabled: true
        config: {
          version: 'v2'
        }
      }
      // The Secrets Store CSI driver and its Azure provider are installed with helm (Ingress.Install).
      azureKeyvaultSecretsProvider: {
        enabled: false
      }
    }
  }
  dependsOn: [
    clusterSubnetRoles
  ]
}

resource nodeOSUpgradeSchedule 'Microsoft.ContainerService/managedClusters/maintenanceConfigurations@2025-10-01' = {
  parent: cluster
  name: 'aksManagedNodeOSUpgradeSchedule'
  properties: {
    maintenanceWindow: {
      schedule: {
        weekly: {
          dayOfWeek: nodeOSUpgradeWindow.dayOfWeek
          intervalWeeks: 1
        }
      }
      startTime: nodeOSUpgradeWindow.startTime
      durationHours: nodeOSUpgradeWindow.durationHours
      utcOffset: nodeOSUpgradeWindow.utcOffset
    }
  }
}

resource clusterDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: '${cluster.name}-diagnostics'
  scope: cluster
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        category: 'kube-audit-admin'
        enabled: true
      }
      {
        category: 'guard'
        enabled: true
      }
      {
        category: 'cluster-autoscaler'
        enabled: true
      }
      {
        category: 'kube-controller-manager'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

module containerInsights 'modules/container-insights.bicep' = {
  name: 'container-insights'
  params: {
    clusterName: cluster.name
    location: location
    logAnalyticsWorkspaceId: logAnalyticsWorkspaceId
    excludedNamespaces: [
      'kube-system'
      'gatekeeper-system'
    ]
    syslogLevels: syslogLevels
  }
}

module managedPrometheus 'modules/managed-prometheus.bicep' = {
  name: 'managed-prometheus'
  params: {
    clusterName: cluster.name
    location: location
  }
}

// ---- alerting: everything notifies the environment's action group ----

module actionGroup 'modules/action-group.bicep' = {
  name: 'action-group'
  params: {
    name: 'ag-${clusterName}'
    shortName: 'aks-alerts'
    contactEmails: alertContactEmails
  }
}

module prometheusAlerts 'modules/prometheus-alerts.bicep' = {
  name: 'prometheus-alerts'
  params: {
    clusterName: cluster.name
    location: location
    workspaceId: managedPrometheus.outputs.workspaceId
    actionGroupId: actionGroup.outputs.id
  }
}

module failedPodsAlert 'modules/failed-pods-alert.bicep' = {
  name: 'failed-pods-alert'
  params: {
    clusterName: cluster.name
    location: location
    logAnalyticsWorkspaceId: logAnalyticsWorkspaceId
    actionGroupId: actionGroup.outputs.id
  }
}

// Advisor's recommendations land on the resource groups' resources: the hub's and the spoke's, this
// one, and the node resource group AKS creates (hence after the cluster).
module advisorAlert 'modules/advisor-alert.bicep' = {
  name: 'advisor-alert'
  params: {
    name: 'alert-${clusterName}-advisor'
    resourceGroupIds: map(union(costResourceGroupNames, [resourceGroup().name, cluster.properties.nodeResourceGroup]), name => '${subscription().id}/resourceGroups/${name}')
    actionGroupId: actionGroup.outputs.id
  }
}

// ---- governance ----

module clusterPolicies 'modules/cluster-policies.bicep' = {
  name: 'cluster-policies'
  params: {
    clusterName: cluster.name
    registryLoginServer: registryLoginServer
    policy: policy
    chartNamespaces: [
      traefikNamespace
    ]
  }
}

// The Containers plan is the subscription's (every cluster in it is billed); turning the switch off
// stops the sensor here but leaves the plan as it is: see the README.
module defenderPlan 'modules/defender-for-containers.bicep' = if (defenderForContainers) {
  name: 'defender-containers-${resourceGroup().name}'
  scope: subscription()
}

// ---- role assignments on the cluster and the registry ----

resource adminGroupClusterAdmin 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(cluster.id, clusterAdminGroupObjectId, builtInRoles.kubernetesRbacClusterAdmin)
  scope: cluster
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.kubernetesRbacClusterAdmin)
    principalId: clusterAdminGroupObjectId
    principalType: 'Group'
    description: 'Cluster administrators (Azure RBAC for Kubernetes).'
  }
}

resource adminGroupClusterUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(cluster.id, clusterAdminGroupObjectId, builtInRoles.kubernetesClusterUser)
  scope: cluster
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.kubernetesClusterUser)
    principalId: clusterAdminGroupObjectId
    principalType: 'Group'
    description: 'Lets cluster administrators fetch the Microsoft Entra kubeconfig.'
  }
}

// The read-only group: Azure RBAC Reader on the workload namespace only (the namespace is a scope
// Azure RBAC for Kubernetes understands; its resource type is known to bicep only in a preview API).
resource workloadNamespaceScope 'Microsoft.ContainerService/managedClusters/namespaces@2025-02-02-preview' existing = {
  parent: cluster
  name: workloadNamespace
}

resource readerGroupNamespaceReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(workloadNamespaceScope.id, workloadNamespaceReaderGroupObjectId, builtInRoles.kubernetesRbacReader)
  scope: workloadNamespaceScope
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.kubernetesRbacReader)
    principalId: workloadNamespaceReaderGroupObjectId
    principalType: 'Group'
    description: 'Reads the workload namespace (Azure RBAC for Kubernetes).'
  }
}

resource readerGroupClusterUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(cluster.id, workloadNamespaceReaderGroupObjectId, builtInRoles.kubernetesClusterUser)
  scope: cluster
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.kubernetesClusterUser)
    principalId: workloadNamespaceReaderGroupObjectId
    principalType: 'Group'
    description: 'Lets the workload namespace\'s readers fetch the Microsoft Entra kubeconfig.'
  }
}

resource monitoringAgentMetrics 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(cluster.id, 'omsagent', builtInRoles.monitoringMetricsPublisher)
  scope: cluster
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.monitoringMetricsPublisher)
    principalId: cluster.properties.addonProfiles.omsagent.identity.objectId
    principalType: 'ServicePrincipal'
    description: 'Container Insights publishes the cluster\'s metrics.'
  }
}

resource containerRegistry 'Microsoft.ContainerRegistry/registries@2025-11-01' existing = {
  name: registryName
}

resource kubeletAcrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(containerRegistry.id, cluster.id, builtInRoles.acrPull)
  scope: containerRegistry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.acrPull)
    principalId: cluster.properties.identityProfile.kubeletidentity.objectId
    principalType: 'ServicePrincipal'
    description: 'The nodes pull the workload\'s images.'
  }
  dependsOn: [
    registry
  ]
}

// ---- ingress: private DNS for the backend, then Application Gateway ----

module ingressDns 'modules/ingress-dns.bicep' = {
  name: 'ingress-dns'
  params: {
    zoneName: ingressDomain
    recordName: backendHostLabel
    ingressLoadBalancerIp: ingressLoadBalancerIp
    virtualNetworkId: spokeVnetId
  }
}

module appGateway 'modules/application-gateway.bicep' = if (appGatewayEnabled) {
  name: 'app-gateway'
  params: {
    name: 'agw-${clusterName}'
    location: location
    availabilityZones: availabilityZones
    subnetId: appGatewaySubnetId
    publicIpId: appGatewayPublicIpId
    identityId: appGatewayIdentity.id
    keyVaultUri: keyVault.outputs.uri
    gatewayHostName: gatewayHostName
    gatewayCertificateName: gatewayCertificateName
    backendHostName: ingressDns.outputs.fqdn
    ingressRootCertificateName: ingressRootCertificateName
    healthProbePath: healthProbePath
    capacity: appGatewayCapacity
    logAnalyticsWorkspaceId: logAnalyticsWorkspaceId
  }
}

// ---- cost ----

module monthlyBudget 'modules/budget.bicep' = {
  name: 'budget-${resourceGroup().name}'
  scope: subscription()
  params: {
    name: 'budget-${resourceGroup().name}'
    amount: costBudget.monthlyAmount
    contactEmails: costBudget.contactEmails
    startDate: costBudget.startDate
    actionGroupId: actionGroup.outputs.id
    resourceGroupNames: union(costResourceGroupNames, [
      resourceGroup().name
      nodeResourceGroupName
    ])
  }
}

// ---- outputs (names are the contract in build/Infrastructure/OutputNames.cs) ----

@description('The AKS cluster\'s name.')
output clusterName string = cluster.name

@description('The pinned Kubernetes version.')
output kubernetesVersion string = kubernetesVersion

@description('The Key Vault holding the TLS certificates.')
output keyVaultName string = keyVault.outputs.name

@description('The container registry\'s name.')
output acrName string = registry.outputs.name

@description('The container registry\'s login server. Known only after deployment.')
output acrLoginServer string = registry.outputs.loginServer

@description('The Microsoft Entra tenant of the cluster, the vault and the identities.')
output tenantId string = tenant().tenantId

@description('The client id Traefik\'s service account federates with. Known only after deployment.')
output traefikIdentityClientId string = traefikIdentity.properties.clientId

@description('The public domain.')
output domainName string = domainName

@description('The public host name: Application Gateway\'s listener and the gateway certificate\'s subject.')
output gatewayHostName string = gatewayHostName

@description('The private DNS zone of the ingress; Traefik\'s certificate is for *.<this>.')
output ingressDomain string = ingressDomain

@description('The host name Application Gateway sends requests to and Traefik routes on.')
output backendHostName string = backendHostName

@description('The Key Vault certificate of Application Gateway\'s listener.')
output gatewayCertificateName string = gatewayCertificateName

@description('The Key Vault certificate Traefik mounts through the Secrets Store CSI driver.')
output ingressCertificateName string = ingressCertificateName

@description('The Key Vault certificate Application Gateway trusts Traefik\'s certificate through.')
output ingressRootCertificateName string = ingressRootCertificateName

@description('The workload\'s namespace.')
output workloadNamespace string = workloadNamespace

@description('The namespace Traefik runs in.')
output traefikNamespace string = traefikNamespace

@description('The service account Traefik runs as (the federated credential\'s subject).')
output traefikServiceAccountName string = traefikServiceAccountName
