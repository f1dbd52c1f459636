metadata description = 'The private DNS zone aks-ingress.<domain>, linked to the spoke, with the record that sends Application Gateway\'s backend host name to Traefik\'s internal load balancer.'

@description('The zone, e.g. aks-ingress.contoso.com.')
param zoneName string

@description('The record\'s label in the zone, e.g. bu0001a0008-00.')
param recordName string

@description('The static IP of Traefik\'s internal load balancer.')
param ingressLoadBalancerIp string

@description('The virtual network that resolves the zone (the spoke, where Application Gateway runs).')
param virtualNetworkId string

resource zone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: zoneName
  location: 'global'
}

resource link 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
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

resource backend 'Microsoft.Network/privateDnsZones/A@2024-06-01' = {
  parent: zone
  name: recordName
  properties: {
    ttl: 300
    aRecords: [
      {
        ipv4Address: ingressLoadBalancerIp
      }
    ]
  }
}

@description('The record\'s fully qualified name.')
output fqdn string = '${backend.name}.${zone.name}'
