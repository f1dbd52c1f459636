metadata description = 'The workload\'s Key Vault for TLS certificates: RBAC authorisation, soft delete, closed network with a private endpoint in the spoke, and read access for the identities that serve TLS.'

import { keyVaultReader } from '../shared/types.bicep'
import { keyVaultReaderRoles } from '../shared/roles.bicep'

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

@description('The identities that read the vault, each with the kinds of object it reads: it receives exactly the roles those need (Key Vault Secrets User for secrets, Key Vault Certificate User for certs).')
param readers keyVaultReader[]

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

// one assignment per reader and kind of object: Key Vault's secrets and certificates APIs are authorised separately
var readerRoles = flatten(map(readers, reader => map(union(reader.objectTypes, []), objectType => {
  resourceId: reader.resourceId
  principalId: reader.principalId
  roleDefinitionId: keyVaultReaderRoles[objectType]
})))

resource readerAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for reader in readerRoles: {
  name: guid(vault.id, reader.resourceId, reader.roleDefinitionId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', reader.roleDefinitionId)
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
