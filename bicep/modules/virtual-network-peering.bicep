metadata description = 'One side of a hub-spoke peering, created in the resource group of the local virtual network.'

@description('The virtual network the peering belongs to (in this deployment\'s resource group).')
param localVirtualNetworkName string

@description('The virtual network on the other side.')
param remoteVirtualNetworkId string

resource localVirtualNetwork 'Microsoft.Network/virtualNetworks@2025-05-01' existing = {
  name: localVirtualNetworkName
}

resource peering 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-05-01' = {
  parent: localVirtualNetwork
  name: 'to-${last(split(remoteVirtualNetworkId, '/'))}'
  properties: {
    remoteVirtualNetwork: {
      id: remoteVirtualNetworkId
    }
    allowVirtualNetworkAccess: true
    // traffic the firewall forwards into the spoke, and the spoke's egress routed to the hub
    allowForwardedTraffic: true
    // no VPN or ExpressRoute gateway exists yet
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

@description('The peering\'s resource id.')
output id string = peering.id
