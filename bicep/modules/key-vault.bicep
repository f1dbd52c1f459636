metadata description = 'The workload\'s Key Vault for TLS certificates: RBAC authorisation, soft delete, closed network with a private endpoint in the spoke, and read access for the identities that serve TLS.'

@description('The vault\'s name (globally unique, 3-24 characters).')
@minLength(3)
@maxLength(24)
param name string

@description('The vault\'s region.')
param location string

@description('The subnet its private endpoint takes an address from.')
param privateEndpointsSubnetId string

@description('The virtual network whose clients resolve the vault privately (the spoke).')
param virtualNetworkId string

@description('Public IP ranges (CIDR) allowed through the vault\'s firewall, e.g. where certificates are imported from.')
param allowedIpRanges string[]

@description('The identities that read certificates (as secrets): resource id (for stable assignment names) and principal id.')
param certificateReaders {
  @description('The identity\'s resource id.')
  resourceId: string

  @description('The identity\'s principal (object) id.')
  principalId: string
}[]

@description('The built-in role definition id the readers receive.')
param certificateReaderRoleDefinitionId string

@description('The Log Analytics workspace that receives the vault\'s audit logs.')
param logAnalyticsWorkspaceId string

@description('How long deleted certificates and secrets can be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // Purge protection stays off so that Destroy can purge the vault (it cannot be turned off once on).
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    networkAcls: {
      defaultAction: 'Deny'
      // trusted Azure services keep access; Application Gateway and Traefik read through the private endpoint
      bypass: 'AzureServices'
      // Key Vault takes single addresses, not /32 ranges
      ipRules: [for range in allowedIpRanges: {
        value: endsWith(range, '/32') ? replace(range, '/32', '') : range
      }]
      virtualNetworkRules: []
    }
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: '${vault.name}-diagnostics'
  scope: vault
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        categoryGroup: 'audit'
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

resource certificateReaderAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for reader in certificateReaders: {
  name: guid(vault.id, reader.resourceId, certificateReaderRoleDefinitionId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', certificateReaderRoleDefinitionId)
    principalId: reader.principalId
    principalType: 'ServicePrincipal'
  }
}]

module privateEndpoint 'private-endpoint.bicep' = {
  name: 'pe-${name}'
  params: {
    name: 'pe-${name}'
    location: location
    subnetId: privateEndpointsSubnetId
    serviceResourceId: vault.id
    groupId: 'vault'
    privateDnsZoneName: 'privatelink.vaultcore.azure.net'
    virtualNetworkId: virtualNetworkId
  }
}

@description('The vault\'s name.')
output name string = vault.name

@description('The vault\'s URI, e.g. https://<name>.vault.azure.net/. Known only after deployment.')
output uri string = vault.properties.vaultUri
