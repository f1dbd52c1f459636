metadata description = 'A private endpoint for one service, with the privatelink DNS zone that resolves it, linked to the spoke.'

@description('The private endpoint\'s name.')
param name string

@description('The private endpoint\'s region.')
param location string

@description('The subnet the private endpoint takes its address from.')
param subnetId string

@description('The resource the endpoint connects to.')
param serviceResourceId string

@description('The sub-resource of the service (e.g. registry, vault).')
param groupId string

@description('The privatelink DNS zone of that service (e.g. privatelink.azurecr.io).')
param privateDnsZoneName string

@description('The virtual network whose clients resolve the service through the zone.')
param virtualNetworkId string

resource zone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: privateDnsZoneName
  location: 'global'
}

resource zoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: zone
  name: 'to-${last(split(virtualNetworkId, '/'))}'
  location: 'global'
  properties: {
    virtualNetwork: {
      id: virtualNetworkId
    }
    registrationEnabled: false
  }
}

resource privateEndpoint 'Microsoft.Network/privateEndpoints@2025-05-01' = {
  name: name
  location: location
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: name
        properties: {
          privateLinkServiceId: serviceResourceId
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}

// writes the endpoint's A records into the zone
resource zoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2025-05-01' = {
  parent: privateEndpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: replace(privateDnsZoneName, '.', '-')
        properties: {
          privateDnsZoneId: zone.id
        }
      }
    ]
  }
}

@description('The private endpoint\'s resource id.')
output id string = privateEndpoint.id
