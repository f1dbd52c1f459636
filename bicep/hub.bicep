targetScope = 'resourceGroup'

metadata name = 'Regional hub'
metadata description = 'The network team\'s regional hub: the VNet every spoke peers with, Azure Firewall as the only way out, and the Log Analytics workspace the whole baseline logs to.'

import { hubAddressPlan } from 'shared/types.bicep'

@description('The hub\'s region. It must offer availability zones: the firewall spans them.')
param location string

// The suite records here what each deployment was made from (build/Deployment/StageInputs.cs): ARM keeps a
// deployment's parameters with it, and `az deployment group create` has no --tags. No resource reads it.
@description('The hash of everything this deployment is made from, set by the deployment suite; an unchanged hash means there is nothing to deploy.')
#disable-next-line no-unused-params
param deploymentInputsHash string = ''

@description('The hub VNet\'s address plan.')
param addressPlan hubAddressPlan

@description('Address prefixes of the spoke subnets the AKS nodes live in: the firewall allows egress from these only.')
@minLength(1)
param spokeNodesSubnetPrefixes string[]

@description('The availability zones the firewall and its public IPs span.')
param availabilityZones string[] = [
  '1'
  '2'
  '3'
]

@description('How many public IPs the firewall egresses from; each adds SNAT ports for the nodes.')
@minValue(1)
@maxValue(10)
param firewallPublicIpCount int = 3

@description('The firewall tier. Standard has DNS proxy and threat intelligence; Premium adds TLS inspection and IDPS.')
@allowed([
  'Standard'
  'Premium'
])
param firewallTier string = 'Standard'

@description('How many days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Whether the spoke\'s cluster runs the Microsoft Defender for Containers sensor, whose reports the firewall must then let out.')
param defenderForContainers bool

var firewallName = 'afw-hub-${location}'

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: 'log-hub-${location}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionInDays
  }
}

// Azure's standard rules for AzureBastionSubnet; a Bastion host can be added without touching the network.
module bastionNsg 'modules/network-security-group.bicep' = {
  name: 'nsg-bastion'
  params: {
    name: 'nsg-hub-${location}-bastion'
    location: location
    logAnalyticsWorkspaceId: workspace.id
    securityRules: [
      {
        name: 'AllowWebExperienceInbound'
        properties: {
          protocol: 'Tcp'
          sourcePortRange: '*'
          sourceAddressPrefix: 'Internet'
          destinationPortRange: '443'
          destinationAddressPrefix: '*'
          access: 'Allow'
          priority: 100
          direction: 'Inbound'
        }
      }
      {
        name: 'AllowControlPlaneInbound'
        properties: {
          protocol: 'Tcp'
          sourcePortRange: '*'
          sourceAddressPrefix: 'GatewayManager'
          destinationPortRange: '443'
          destinationAddressPrefix: '*'
          access: 'Allow'
          priority: 110
          direction: 'Inbound'
        }
      }
      {
        name: 'AllowHealthProbesInbound'
        properties: {
          protocol: 'Tcp'
          sourcePortRange: '*'
          sourceAddressPrefix: 'AzureLoadBalancer'
          destinationPortRange: '443'
          destinationAddressPrefix: '*'
          access: 'Allow'
          priority: 120
          direction: 'Inbound'
        }
      }
      {
        name: 'AllowBastionHostToHostInbound'
        properties: {
          protocol: '*'
          sourcePortRange: '*'
          sourceAddressPrefix: 'VirtualNetwork'
          destinationPortRanges: [
            '8080'
            '5701'
          ]
          destinationAddressPrefix: 'VirtualNetwork'
          access: 'Allow'
          priority: 130
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
        name: 'AllowSshRdpOutbound'
        properties: {
          protocol: 'Tcp'
          sourcePortRange: '*'
          sourceAddressPrefix: '*'
          destinationPortRanges: [
            '22'
            '3389'
          ]
          destinationAddressPrefix: 'VirtualNetwork'
          access: 'Allow'
          priority: 100
          direction: 'Outbound'
        }
      }
      {
        name: 'AllowControlPlaneOutbound'
        properties: {
          protocol: 'Tcp'
          sourcePortRange: '*'
          sourceAddressPrefix: '*'
          destinationPortRange: '443'
          destinationAddressPrefix: 'AzureCloud'
          access: 'Allow'
          priority: 110
          direction: 'Outbound'
        }
      }
      {
        name: 'AllowBastionHostToHostOutbound'
        properties: {
          protocol: '*'
          sourcePortRange: '*'
          sourceAddressPrefix: 'VirtualNetwork'
          destinationPortRanges: [
            '8080'
            '5701'
          ]
          destinationAddressPrefix: 'VirtualNetwork'
          access: 'Allow'
          priority: 120
          direction: 'Outbound'
        }
      }
      {
        name: 'AllowSessionInformationOutbound'
        properties: {
          protocol: '*'
          sourcePortRange: '*'
          sourceAddressPrefix: '*'
          destinationPortRange: '80'
          destinationAddressPrefix: 'Internet'
          access: 'Allow'
          priority: 130
          direction: 'Outbound'
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

resource hubVnet 'Microsoft.Network/virtualNetworks@2025-05-01' = {
  name: 'vnet-hub-${location}'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPlan.addressSpace
      ]
    }
    subnets: [
      {
        name: 'AzureFirewallSubnet'
        properties: {
          addressPrefix: addressPlan.firewallSubnetPrefix
          // the firewall egresses through its own public IPs
          defaultOutboundAccess: false
        }
      }
      {
        // a VPN or ExpressRoute gateway manages its own outbound access: the subnet stays as Azure creates it
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: addressPlan.gatewaySubnetPrefix
        }
      }
      {
        name: 'AzureBastionSubnet'
        properties: {
          addressPrefix: addressPlan.bastionSubnetPrefix
          networkSecurityGroup: {
            id: bastionNsg.outputs.id
          }
          defaultOutboundAccess: false
        }
      }
    ]
  }

  resource firewallSubnet 'subnets' existing = {
    name: 'AzureFirewallSubnet'
  }
}

resource hubVnetDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: '${hubVnet.name}-diagnostics'
  scope: hubVnet
  properties: {
    workspaceId: workspace.id
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

// The spoke's node subnets, the only source the firewall rules allow.
resource spokeNodes 'Microsoft.Network/ipGroups@2025-05-01' = {
  name: 'ipg-${location}-aks-nodes'
  location: location
  properties: {
    ipAddresses: spokeNodesSubnetPrefixes
  }
}

module firewallPolicy 'modules/aks-egress-firewall-policy.bicep' = {
  name: 'firewall-policy'
  params: {
    name: 'afwp-hub-${location}'
    location: location
    nodesIpGroupId: spokeNodes.id
    tier: firewallTier
    defenderForContainers: defenderForContainers
  }
}

resource firewallPublicIps 'Microsoft.Network/publicIPAddresses@2025-05-01' = [for i in range(0, firewallPublicIpCount): {
  name: 'pip-${firewallName}-${padLeft(i, 2, '0')}'
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
}]

resource firewall 'Microsoft.Network/azureFirewalls@2025-05-01' = {
  name: firewallName
  location: location
  zones: availabilityZones
  properties: {
    sku: {
      name: 'AZFW_VNet'
      tier: firewallTier
    }
    firewallPolicy: {
      id: firewallPolicy.outputs.id
    }
    // only the first IP configuration names the subnet; the others add public IPs
    ipConfigurations: [for i in range(0, firewallPublicIpCount): {
      name: firewallPublicIps[i].name
      properties: {
        subnet: i == 0 ? { id: hubVnet::firewallSubnet.id } : null
        publicIPAddress: {
          id: firewallPublicIps[i].id
        }
      }
    }]
  }
}

resource firewallDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: '${firewall.name}-diagnostics'
  scope: firewall
  properties: {
    workspaceId: workspace.id
    // resource-specific tables (AZFWNetworkRule, AZFWApplicationRule...) rather than AzureDiagnostics
    logAnalyticsDestinationType: 'Dedicated'
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

@description('The hub VNet\'s resource id: the spoke peers with it.')
output hubVnetId string = hubVnet.id

@description('The hub VNet\'s name.')
output hubVnetName string = hubVnet.name

@description('The hub VNet\'s address space.')
output hubAddressSpace string = addressPlan.addressSpace

@description('The firewall\'s private IP: the next hop of the spoke\'s default route. Known only after deployment.')
output firewallPrivateIp string = firewall.properties.ipConfigurations[0].properties.privateIPAddress

@description('The firewall\'s public IPs: the cluster\'s egress addresses, which the API server must authorise. Known only after deployment.')
output firewallPublicIpAddresses string[] = [for i in range(0, firewallPublicIpCount): firewallPublicIps[i].properties.ipAddress]

@description('The Log Analytics workspace every diagnostic setting of the baseline sends to.')
output logAnalyticsWorkspaceId string = workspace.id
