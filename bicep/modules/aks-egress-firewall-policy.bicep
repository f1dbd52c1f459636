metadata description = 'The firewall policy of the hub: DNS proxy, threat intelligence in Deny mode, and the egress AKS nodes need — nothing else leaves the spoke.'

@description('The policy\'s name.')
param name string

@description('The policy\'s region; also the region of the cluster whose endpoints the rules allow.')
param location string

@description('The IP group holding the spoke\'s node subnets: the only source the rules allow.')
param nodesIpGroupId string

@description('The firewall tier the policy is for.')
@allowed([
  'Standard'
  'Premium'
])
param tier string

@description('Whether the nodes run the Microsoft Defender for Containers sensor, which reports to Defender for Cloud.')
param defenderForContainers bool

resource policy 'Microsoft.Network/firewallPolicies@2025-05-01' = {
  name: name
  location: location
  properties: {
    sku: {
      tier: tier
    }
    threatIntelMode: 'Deny'
    // clients resolve through the firewall, so FQDNs in network rules match what they connect to
    dnsSettings: {
      enableProxy: true
    }
  }
}

// The Defender for Containers sensor sends its security events to Defender for Cloud.
var defenderEgress = {
  ruleType: 'ApplicationRule'
  name: 'defender-for-containers'
  description: 'The Microsoft Defender for Containers sensor reports to Defender for Cloud.'
  sourceIpGroups: [
    nodesIpGroupId
  ]
  targetFqdns: [
    '*.cloud.defender.microsoft.com'
  ]
  protocols: [
    {
      protocolType: 'Https'
      port: 443
    }
  ]
}

resource aksEgress 'Microsoft.Network/firewallPolicies/ruleCollectionGroups@2025-05-01' = {
  parent: policy
  name: 'aks-egress'
  properties: {
    priority: 200
    ruleCollections: [
      {
        ruleCollectionType: 'FirewallPolicyFilterRuleCollection'
        name: 'aks-network'
        priority: 100
        action: {
          type: 'Allow'
        }
        rules: [
          {
            ruleType: 'NetworkRule'
            name: 'api-server-tcp'
            description: 'Nodes to the AKS API server (tunnel and webhooks) in the cluster\'s region.'
            ipProtocols: [
              'TCP'
            ]
            sourceIpGroups: [
              nodesIpGroupId
            ]
            destinationAddresses: [
              'AzureCloud.${location}'
            ]
            destinationPorts: [
              '443'
              '9000'
            ]
          }
          {
            ruleType: 'NetworkRule'
            name: 'api-server-udp'
            description: 'Nodes to the AKS API server tunnel (UDP) in the cluster\'s region.'
            ipProtocols: [
              'UDP'
            ]
            sourceIpGroups: [
              nodesIpGroupId
            ]
            destinationAddresses: [
              'AzureCloud.${location}'
            ]
            destinationPorts: [
              '1194'
            ]
          }
          {
            ruleType: 'NetworkRule'
            name: 'ntp'
            description: 'Node time synchronisation.'
            ipProtocols: [
              'UDP'
            ]
            sourceIpGroups: [
              nodesIpGroupId
            ]
            destinationFqdns: [
              'ntp.ubuntu.com'
            ]
            destinationPorts: [
              '123'
            ]
          }
        ]
      }
      {
        ruleCollectionType: 'FirewallPolicyFilterRuleCollection'
        name: 'aks-application'
        priority: 200
        action: {
          type: 'Allow'
        }
        rules: concat([
          {
            ruleType: 'ApplicationRule'
            name: 'aks-required'
            description: 'What every AKS cluster needs (the AzureKubernetesService FQDN tag).'
            sourceIpGroups: [
              nodesIpGroupId
            ]
            fqdnTags: [
              'AzureKubernetesService'
            ]
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
              {
                protocolType: 'Http'
                port: 80
              }
            ]
          }
          {
            ruleType: 'ApplicationRule'
            name: 'microsoft-container-registry'
            description: 'System images (AKS add-ons, CSI driver) from MCR.'
            sourceIpGroups: [
              nodesIpGroupId
            ]
            targetFqdns: [
              'mcr.microsoft.com'
              '*.data.mcr.microsoft.com'
            ]
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
            ]
          }
          {
            ruleType: 'ApplicationRule'
            name: 'azure-monitor'
            description: 'Container Insights with Microsoft Entra authentication, and managed Prometheus (its data collection endpoint\'s configuration and ingestion).'
            sourceIpGroups: [
              nodesIpGroupId
            ]
            targetFqdns: [
              'dc.services.visualstudio.com'
              '*.ods.opinsights.azure.com'
              '*.oms.opinsights.azure.com'
              '*.monitoring.azure.com'
              'global.handler.control.monitor.azure.com'
              '${location}.handler.control.monitor.azure.com'
              '*.handler.control.monitor.azure.com'
              '*.ingest.monitor.azure.com'
            ]
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
            ]
          }
          {
            ruleType: 'ApplicationRule'
            name: 'azure-policy'
            description: 'The Azure Policy add-on fetches its assignments and reports compliance.'
            sourceIpGroups: [
              nodesIpGroupId
            ]
            // the cloud's own domain (core.windows.net in the public cloud)
            targetFqdns: [
              'data.policy.${environment().suffixes.storage}'
              'store.policy.${environment().suffixes.storage}'
            ]
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
            ]
          }
        ], defenderForContainers ? [defenderEgress] : [])
      }
    ]
  }
}

@description('The policy\'s resource id.')
output id string = policy.id
