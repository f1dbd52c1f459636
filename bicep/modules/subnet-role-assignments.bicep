metadata description = 'Grants one principal a role on some subnets of a virtual network (deployed into the network\'s resource group).'

@description('The virtual network that holds the subnets.')
param virtualNetworkName string

@description('The subnets the principal receives the role on.')
@minLength(1)
param subnetNames string[]

@description('The principal (object) id receiving the role.')
param principalId string

@description('A stable name for the principal (its resource id), so the assignment names are known before deployment.')
param principalName string

@description('The built-in role definition id.')
param roleDefinitionId string

resource virtualNetwork 'Microsoft.Network/virtualNetworks@2025-05-01' existing = {
  name: virtualNetworkName
}

resource subnets 'Microsoft.Network/virtualNetworks/subnets@2025-05-01' existing = [for subnetName in subnetNames: {
  parent: virtualNetwork
  name: subnetName
}]

resource roleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (subnetName, i) in subnetNames: {
  name: guid(subnets[i].id, principalName, roleDefinitionId)
  scope: subnets[i]
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}]
