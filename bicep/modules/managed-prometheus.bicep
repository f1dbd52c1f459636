metadata description = 'Azure Monitor managed service for Prometheus for the cluster: an Azure Monitor workspace, the data collection endpoint and rule that forward the metrics the cluster\'s metrics add-on scrapes, and the rule\'s association with the cluster.'

@description('The cluster whose metrics are collected (in this resource group); its metrics profile must be enabled.')
param clusterName string

@description('The region of the workspace, the endpoint and the rule: the cluster\'s.')
param location string

resource cluster 'Microsoft.ContainerService/managedClusters@2025-10-01' existing = {
  name: clusterName
}

resource workspace 'Microsoft.Monitor/accounts@2025-10-03' = {
  name: 'amw-${clusterName}'
  location: location
}

// The metrics add-on reads its configuration from, and sends its samples through, this endpoint.
resource endpoint 'Microsoft.Insights/dataCollectionEndpoints@2024-03-11' = {
  name: 'MSProm-${location}-${clusterName}'
  location: location
  kind: 'Linux'
  properties: {}
}

resource rule 'Microsoft.Insights/dataCollectionRules@2024-03-11' = {
  name: 'MSProm-${location}-${clusterName}'
  location: location
  kind: 'Linux'
  properties: {
    dataCollectionEndpointId: endpoint.id
    dataSources: {
      prometheusForwarder: [
        {
          name: 'PrometheusDataSource'
          streams: [
            'Microsoft-PrometheusMetrics'
          ]
          labelIncludeFilter: {}
        }
      ]
    }
    destinations: {
      monitoringAccounts: [
        {
          name: 'MonitoringAccount1'
          accountResourceId: workspace.id
        }
      ]
    }
    dataFlows: [
      {
        streams: [
          'Microsoft-PrometheusMetrics'
        ]
        destinations: [
          'MonitoringAccount1'
        ]
      }
    ]
  }
}

resource ruleAssociation 'Microsoft.Insights/dataCollectionRuleAssociations@2024-03-11' = {
  name: 'MSProm-${location}-${clusterName}'
  scope: cluster
  properties: {
    dataCollectionRuleId: rule.id
    description: 'Sends the cluster\'s Prometheus metrics to its Azure Monitor workspace.'
  }
}

// Azure Monitor's fixed name for the endpoint an agent reads its configuration from.
resource endpointAssociation 'Microsoft.Insights/dataCollectionRuleAssociations@2024-03-11' = {
  name: 'configurationAccessEndpoint'
  scope: cluster
  properties: {
    dataCollectionEndpointId: endpoint.id
    description: 'The endpoint the metrics add-on reads its configuration from.'
  }
}

@description('The Azure Monitor workspace\'s resource id (the Prometheus alert rules\' scope).')
output workspaceId string = workspace.id
