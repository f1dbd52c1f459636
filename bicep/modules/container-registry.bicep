metadata description = 'The workload\'s private container registry: Premium, no admin user, zone-redundant and geo-replicated to a second region, reachable only through its private endpoint in the spoke.'

@description('The registry\'s name (globally unique, alphanumeric).')
@minLength(5)
@maxLength(50)
param name string

@description('The registry\'s region.')
param location string

@description('The subnet its private endpoint takes an address from.')
param privateEndpointsSubnetId string

@description('The virtual network whose clients resolve the registry privately (the spoke).')
param virtualNetworkId string

@description('The Log Analytics workspace that receives the registry\'s logs.')
param logAnalyticsWorkspaceId string

@description('The second region the registry replicates to (zone-redundant there too), so nodes still pull when the registry\'s home region is impaired; the paired region is the usual choice.')
param replicaLocation string

resource registry 'Microsoft.ContainerRegistry/registries@2025-11-01' = {
  name: name
  location: location
  sku: {
    name: 'Premium'
  }
  properties: {
    adminUserEnabled: false
    anonymousPullEnabled: false
    publicNetworkAccess: 'Disabled'
    // lets trusted Azure services (e.g. the import the deploy runs) reach it despite the closed network
    networkRuleBypassOptions: 'AzureServices'
    dataEndpointEnabled: false
    zoneRedundancy: 'Enabled'
    policies: {
      retentionPolicy: {
        status: 'enabled'
        days: 15
      }
    }
  }
}

resource replica 'Microsoft.ContainerRegistry/registries/replications@2025-11-01' = {
  parent: registry
  name: replicaLocation
  location: replicaLocation
  properties: {
    zoneRedundancy: 'Enabled'
    regionEndpointEnabled: true
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: '${registry.name}-diagnostics'
  scope: registry
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
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

module privateEndpoint 'private-endpoint.bicep' = {
  name: 'pe-${name}'
  params: {
    name: 'pe-${name}'
    location: location
    subnetId: privateEndpointsSubnetId
    serviceResourceId: registry.id
    groupId: 'registry'
    privateDnsZoneName: 'privatelink.azurecr.io'
    virtualNetworkId: virtualNetworkId
  }
  // the endpoint takes an address (and a DNS record) for every region's data endpoint: create it
  // once the replica exists, so the first deployment already has them all
  dependsOn: [
    replica
  ]
}

@description('The registry\'s name.')
output name string = registry.name

@description('The registry\'s login server. Known only after deployment.')
output loginServer string = registry.properties.loginServer
