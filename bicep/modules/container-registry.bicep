metadata description = 'The workload\'s private container registry: Premium, no admin user, reachable only through its private endpoint in the spoke.'

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
}

@description('The registry\'s name.')
output name string = registry.name

@description('The registry\'s login server. Known only after deployment.')
output loginServer string = registry.properties.loginServer
