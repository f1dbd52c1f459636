targetScope = 'resourceGroup'

metadata name = 'Application spoke'
metadata description = 'The network team\'s spoke for application BU0001A0008: the subnets the cluster, its ingress, its private endpoints and Application Gateway live in, all egress forced through the hub\'s firewall, peered both ways with the hub.'

import { spokeAddressPlan } from 'shared/types.bicep'
import { nameOf, resourceGroupOf } from 'shared/functions.bicep'

@description('The spoke\'s region: the hub\'s.')
param location string

// The suite records here what each deployment was made from (build/Deployment/StageInputs.cs): ARM keeps a
// deployment's parameters with it, and `az deployment group create` has no --tags. No resource reads it.
@description('The hash of everything this deployment is made from, set by the deployment suite; an unchanged hash means there is nothing to deploy.')
#disable-next-line no-unused-params
param deploymentInputsHash string = ''

@description('The spoke VNet\'s address plan.')
param addressPlan spokeAddressPlan

@description('The hub VNet the spoke peers with (hub output hubVnetId).')
param hubVnetId string

@description('The firewall\'s private IP, the next hop of all egress (hub output firewallPrivateIp).')
param firewallPrivateIp string

@description('The Log Analytics workspace the spoke logs to (hub output logAnalyticsWorkspaceId).')
param logAnalyticsWorkspaceId string

@description('The availability zones Application Gateway\'s public IP spans.')
param availabilityZones string[] = [
  '1'
  '2'
  '3'
]

var vnetName = 'vnet-spoke-${location}'
var subnetNames = {
  nodes: 'snet-cluster-nodes'
  ingress: 'snet-cluster-ingress'
  privateEndpoints: 'snet-private-endpoints'
  appGateway: 'snet-app-gateway'
}

// The first address of the ingress subnet Azure does not reserve (.0-.3 and the last are Azure's).
// Traefik's Service requests it with the service.beta.kubernetes.io/azure-load-balancer-ipv4
// annotation, which replaces the seed's spec.loadBalancerIP (deprecated in Kubernetes).
var ingressLoadBalancerIp = cidrHost(addressPlan.ingressSubnetPrefix, 3)

resource routeToFirewall 'Microsoft.Network/routeTables@2025-05-01' = {
  name: 'rt-spoke-${location}-to-hub-firewall'
  location: location
  properties: {
    // routes learnt from a gateway must not bypass the firewall
    disableBgpRoutePropagation: true
    routes: [
      {
        name: 'default-via-hub-firewall'
        properties: {
          addressPrefix: '0.0.0.0/0'
          nextHopType: 'VirtualAppliance'
          nextHopIpAddress: firewallPrivateIp
        }
      }
    ]
  }
}

// Nodes and the ingress load balancer keep Azure's default rules: the cluster's network policies
// (networkPolicy: azure) govern pod traffic, and the firewall governs egress.
module nodesNsg 'modules/network-security-group.bicep' = {
  name: 'nsg-nodes'
  params: {
    name: 'nsg-${vnetName}-nodes'
    location: location
    logAnalyticsWorkspaceId: logAnalyticsWorkspaceId
    securityRules: []
  }
}

module ingressNsg 'modules/network-security-group.bicep' = {
  name: 'nsg-ingress'
  params: {
    name: 'nsg-${vnetName}-ingress'
    location: location
    logAnalyticsWorkspaceId: logAnalyticsWorkspaceId
    securityRules: []
  }
}

module privateEndpointsNsg 'modules/network-security-group.bicep' = {
  name: 'nsg-private-endpoints'
  params: {
    name: 'nsg-${vnetName}-private-endpoints'
    location: location
    logAnalyticsWorkspaceId: logAnalyticsWorkspaceId
    securityRules: [
      {
        name: 'AllowHttpsFromVirtualNetworkInbound'
        properties: {
          protocol: 'Tcp'
          sourcePortRange: '*'
          sourceAddressPrefix: 'VirtualNetwork'
          destinationPortRange: '443'
          destinationAddressPrefix: 'VirtualNetwork'
          access: 'Allow'
          priority: 100
          direction: 'Inbound'
        }
      }
      {
        name: 'DenyAllInbound'
        properties: {
          protocol: '*'
          sourcePortRange: '*'
          sourceAddressPrefix: '*'
          destinationPortRange: '*'
          destinationAddressPrefix: '*'
          access: 'Deny'
          priority: 1000
          direction: 'Inbound'
        }
      }
      {
        name: 'DenyAllOutbound'
        properties: {
          protocol: '*'
          sourcePortRange: '*'
          sourceAddressPrefix: '*'
          destinationPortRange: '*'
          destinationAddressPrefix: '*'
          access: 'Deny'
          priority: 1000
          direction: 'Outbound'
        }
      }
    ]
  }
}

// Application Gateway v2's required rules: clients on 443, its control plane on 65200-65535, probes.
module appGatewayNsg 'modules/network-security-group.bicep' = {
  name: 'nsg-app-gateway'
  params: {
    name: 'nsg-${vnetName}-app-gateway'
    location: location
    logAnalyticsWorkspaceId: logAnalyticsWorkspaceId
    securityRules: [
      {
        name: 'AllowHttpsFromInternetInbound'
        properties: {
          protocol: 'Tcp'
          sourcePortRange: '*'
          sourceAddressPrefix: 'Internet'
          destinationPortRange: '443'
          destinationAddressPrefix: 'VirtualNetwork'
          access: 'Allow'
          priority: 100
          direction: 'Inbound'
        }
      }
      {
        name: 'AllowGatewayManagerInbound'
        properties: {
          protocol: 'Tcp'
          sourcePortRange: '*'
          sourceAddressPrefix: 'GatewayManager'
          destinationPortRange: '65200-65535'
          destinationAddressPrefix: '*'
          access: 'Allow'
          priority: 110
          direction: 'Inbound'
        }
      }
      {
        name: 'AllowAzureLoadBalancerInbound'
        properties: {
          protocol: '*'
          sourcePortRange: '*'
          sourceAddressPrefix: 'AzureLoadBalancer'
          destinationPortRange: '*'
          destinationAddressPrefix: '*'
          access: 'Allow'
          priority: 120
          direction: 'Inbound'
        }
      }
      {
        name: 'DenyAllInbound'
        properties: {
          protocol: '*'
          sourcePortRange: '*'
          sourceAddressPrefix: '*'
          destinationPortRange: '*'
          destinationAddressPrefix: '*'
          access: 'Deny'
          priority: 1000
          direction: 'Inbound'
        }
      }
      {
        // Application Gateway v2 needs unrestricted outbound access to operate
        name: 'AllowAllOutbound'
        properties: {
          protocol: '*'
          sourcePortRange: '*'
          sourceAddressPrefix: '*'
          destinationPortRange: '*'
          destinationAddressPrefix: '*'
          access: 'Allow'
          priority: 1000
          direction: 'Outbound'
        }
      }
    ]
  }
}

resource spokeVnet 'Microsoft.Network/virtualNetworks@2025-05-01' = {
  name: vnetName
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPlan.addressSpace
      ]
    }
    subnets: [
      {
        name: subnetNames.nodes
        properties: {
          addressPrefix: addressPlan.nodesSubnetPrefix
          routeTable: {
            id: routeToFirewall.id
          }
          networkSecurityGroup: {
            id: nodesNsg.outputs.id
          }
          defaultOutboundAccess: false
        }
      }
      {
        name: subnetNames.ingress
        properties: {
          addressPrefix: addressPlan.ingressSubnetPrefix
          routeTable: {
            id: routeToFirewall.id
          }
          networkSecurityGroup: {
            id: ingressNsg.outputs.id
          }
          defaultOutboundAccess: false
        }
      }
      {
        name: subnetNames.privateEndpoints
        properties: {
          addressPrefix: addressPlan.privateEndpointsSubnetPrefix
          networkSecurityGroup: {
            id: privateEndpointsNsg.outputs.id
          }
          // the NSG applies to private endpoints only with network policies on
          privateEndpointNetworkPolicies: 'Enabled'
          defaultOutboundAccess: false
        }
      }
      {
        // Application Gateway manages its own outbound access: the subnet stays as Azure creates it
        name: subnetNames.appGateway
        properties: {
          addressPrefix: addressPlan.appGatewaySubnetPrefix
          networkSecurityGroup: {
            id: appGatewayNsg.outputs.id
          }
        }
      }
    ]
  }

  resource nodesSubnet 'subnets' existing = {
    name: subnetNames.nodes
  }

  resource ingressSubnet 'subnets' existing = {
    name: subnetNames.ingress
  }

  resource privateEndpointsSubnet 'subnets' existing = {
    name: subnetNames.privateEndpoints
  }

  resource appGatewaySubnet 'subnets' existing = {
    name: subnetNames.appGateway
  }
}

resource spokeVnetDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: '${spokeVnet.name}-diagnostics'
  scope: spokeVnet
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

module spokeToHub 'modules/virtual-network-peering.bicep' = {
  name: 'peering-spoke-to-hub'
  params: {
    localVirtualNetworkName: spokeVnet.name
    remoteVirtualNetworkId: hubVnetId
  }
}

// The hub's side of the peering lives in the hub's resource group.
module hubToSpoke 'modules/virtual-network-peering.bicep' = {
  name: 'peering-hub-to-spoke-${location}'
  scope: resourceGroup(resourceGroupOf(hubVnetId))
  params: {
    localVirtualNetworkName: nameOf(hubVnetId)
    remoteVirtualNetworkId: spokeVnet.id
  }
  dependsOn: [
    spokeToHub
  ]
}

// Application Gateway's public entry point (the only inbound path from the internet).
resource appGatewayPublicIp 'Microsoft.Network/publicIPAddresses@2025-05-01' = {
  name: 'pip-app-gateway-${location}'
  location: location
  zones: availabilityZones
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
    idleTimeoutInMinutes: 4
  }
}

resource appGatewayPublicIpDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: '${appGatewayPublicIp.name}-diagnostics'
  scope: appGatewayPublicIp
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

@description('The spoke VNet\'s resource id.')
output spokeVnetId string = spokeVnet.id

@description('The spoke VNet\'s name.')
output spokeVnetName string = spokeVnet.name

@description('The spoke VNet\'s address space.')
output spokeAddressSpace string = addressPlan.addressSpace

@description('The subnet the AKS nodes (and, with Azure CNI, their pods) live in.')
output nodesSubnetId string = spokeVnet::nodesSubnet.id

@description('The nodes subnet\'s prefix.')
output nodesSubnetPrefix string = addressPlan.nodesSubnetPrefix

@description('The subnet Traefik\'s internal load balancer takes its IP in.')
output ingressSubnetId string = spokeVnet::ingressSubnet.id

@description('The ingress subnet\'s name (the azure-load-balancer-internal-subnet annotation).')
output ingressSubnetName string = subnetNames.ingress

@description('The ingress subnet\'s prefix.')
output ingressSubnetPrefix string = addressPlan.ingressSubnetPrefix

@description('The subnet the private endpoints live in.')
output privateEndpointsSubnetId string = spokeVnet::privateEndpointsSubnet.id

@description('The private endpoints subnet\'s prefix.')
output privateEndpointsSubnetPrefix string = addressPlan.privateEndpointsSubnetPrefix

@description('The subnet dedicated to Application Gateway.')
output appGatewaySubnetId string = spokeVnet::appGatewaySubnet.id

@description('The App Gateway subnet\'s prefix: the only source Traefik accepts traffic from.')
output appGatewaySubnetPrefix string = addressPlan.appGatewaySubnetPrefix

@description('Application Gateway\'s public IP resource.')
output appGatewayPublicIpId string = appGatewayPublicIp.id

@description('Application Gateway\'s public IP address. Known only after deployment.')
output appGatewayPublicIpAddress string = appGatewayPublicIp.properties.ipAddress

@description('The static IP Traefik\'s internal load balancer takes (the azure-load-balancer-ipv4 annotation).')
output ingressLoadBalancerIp string = ingressLoadBalancerIp
