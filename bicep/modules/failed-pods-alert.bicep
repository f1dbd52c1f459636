metadata description = 'A log alert on Container Insights\' pod inventory: any pod of the cluster in the Failed phase notifies the environment\'s action group, per namespace.'

@description('The cluster whose pods are watched (in this resource group).')
param clusterName string

@description('The alert rule\'s region: the cluster\'s.')
param location string

@description('The Log Analytics workspace Container Insights writes KubePodInventory to.')
param logAnalyticsWorkspaceId string

@description('The action group the alert notifies.')
param actionGroupId string

resource cluster 'Microsoft.ContainerService/managedClusters@2025-10-01' existing = {
  name: clusterName
}

// The workspace is the hub's, shared by every cluster: count this cluster's failed pods only.
var query = join([
  'KubePodInventory'
  '| where ClusterId =~ \'${cluster.id}\''
  '| where PodStatus =~ \'Failed\''
  '| summarize FailedPods = dcount(PodUid) by Namespace'
], '\n')

resource failedPods 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-${clusterName}-failed-pods'
  location: location
  kind: 'LogAlert'
  properties: {
    displayName: '[${clusterName}] Pods in the Failed phase'
    description: 'A pod of the cluster is in the Failed phase (Container Insights\' pod inventory).'
    severity: 3
    enabled: true
    scopes: [
      logAnalyticsWorkspaceId
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    autoMitigate: true
    criteria: {
      allOf: [
        {
          query: query
          timeAggregation: 'Maximum'
          metricMeasureColumn: 'FailedPods'
          dimensions: [
            {
              name: 'Namespace'
              operator: 'Include'
              values: [
                '*'
              ]
            }
          ]
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: {
      actionGroups: [
        actionGroupId
      ]
    }
  }
}

@description('The alert rule\'s resource id.')
output id string = failedPods.id
