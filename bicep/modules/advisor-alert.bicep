metadata description = 'An activity-log alert for new Azure Advisor recommendations on the environment\'s resource groups, notifying the environment\'s action group.'

@description('The alert\'s name.')
param name string

@description('The resource groups (ids) whose new recommendations are reported.')
@minLength(1)
param resourceGroupIds string[]

@description('The action group the alert notifies.')
param actionGroupId string

resource advisorRecommendations 'Microsoft.Insights/activityLogAlerts@2020-10-01' = {
  name: name
  // activity-log alerts are global resources
  location: 'global'
  properties: {
    description: 'Azure Advisor has a new recommendation (cost, security, reliability, performance or operational excellence) for a resource of the environment.'
    enabled: true
    scopes: resourceGroupIds
    condition: {
      allOf: [
        {
          field: 'category'
          equals: 'Recommendation'
        }
        {
          field: 'operationName'
          equals: 'Microsoft.Advisor/recommendations/available/action'
        }
      ]
    }
    actions: {
      actionGroups: [
        {
          actionGroupId: actionGroupId
        }
      ]
    }
  }
}

@description('The alert\'s resource id.')
output id string = advisorRecommendations.id
