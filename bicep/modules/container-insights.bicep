metadata description = 'Container Insights for the cluster with Microsoft Entra authentication: a data collection rule sending container logs, inventory, performance and the nodes\' syslog to Log Analytics, associated with the cluster.'

import { syslogLevel } from '../shared/types.bicep'

@description('The cluster the rule is associated with (in this resource group).')
param clusterName string

@description('The rule\'s region: the cluster\'s.')
param location string

@description('The Log Analytics workspace the data goes to.')
param logAnalyticsWorkspaceId string

@description('Namespaces whose container logs are not collected (system noise).')
param excludedNamespaces string[]

@description('The syslog severities collected from every node, all facilities (Container Insights\' Syslog stream).')
@minLength(1)
param syslogLevels syslogLevel[]

var streams = [
  'Microsoft-ContainerLogV2'
  'Microsoft-KubeEvents'
  'Microsoft-KubePodInventory'
  'Microsoft-KubeNodeInventory'
  'Microsoft-KubePVInventory'
  'Microsoft-KubeServices'
  'Microsoft-KubeMonAgentEvents'
  'Microsoft-InsightsMetrics'
  'Microsoft-ContainerInventory'
  'Microsoft-ContainerNodeInventory'
  'Microsoft-Perf'
]

resource cluster 'Microsoft.ContainerService/managedClusters@2025-10-01' existing = {
  name: clusterName
}

resource rule 'Microsoft.Insights/dataCollectionRules@2024-03-11' = {
  name: 'MSCI-${location}-${clusterName}'
  location: location
  kind: 'Linux'
  properties: {
    dataSources: {
      syslog: [
        {
          name: 'sysLogsDataSource'
          streams: [
            'Microsoft-Syslog'
          ]
          facilityNames: [
            '*'
          ]
          logLevels: syslogLevels
        }
      ]
      extensions: [
        {
          name: 'ContainerInsightsExtension'
          extensionName: 'ContainerInsights'
          streams: streams
          extensionSettings: {
            dataCollectionSettings: {
              interval: '1m'
              namespaceFilteringMode: 'Exclude'
              namespaces: excludedNamespaces
              enableContainerLogV2: true
            }
          }
        }
      ]
    }
    destinations: {
      logAnalytics: [
        {
          name: 'workspace'
          workspaceResourceId: logAnalyticsWorkspaceId
        }
      ]
    }
    dataFlows: [
      {
        streams: union(streams, [
          'Microsoft-Syslog'
        ])
        destinations: [
          'workspace'
        ]
      }
    ]
  }
}

resource association 'Microsoft.Insights/dataCollectionRuleAssociations@2024-03-11' = {
  name: 'ContainerInsightsExtension'
  scope: cluster
  properties: {
    dataCollectionRuleId: rule.id
  }
}

@description('The data collection rule\'s resource id.')
output ruleId string = rule.id
