targetScope = 'subscription'

metadata description = 'A monthly cost budget over the baseline\'s resource groups, alerting at 50, 75 and 90 % of the planned amount.'

@description('The budget\'s name.')
param name string

@description('The planned monthly spend, in the billing currency.')
@minValue(1)
param amount int

@description('The resource groups whose costs count (hub, spoke, cluster and the cluster\'s node resource group).')
@minLength(1)
param resourceGroupNames string[]

@description('Who receives the alerts by e-mail.')
@minLength(1)
param contactEmails string[]

@description('The action group the alerts also notify.')
param actionGroupId string

@description('The first day of the month the budget counts from (yyyy-MM-01), fixed per environment: Azure refuses to change a budget\'s start date, so a value computed at deployment time (utcNow) would fail every redeployment in a later month.')
@minLength(10)
@maxLength(10)
param startDate string

var thresholds = [
  50
  75
  90
]

resource budget 'Microsoft.Consumption/budgets@2024-08-01' = {
  name: name
  properties: {
    category: 'Cost'
    amount: amount
    timeGrain: 'Monthly'
    timePeriod: {
      startDate: startDate
    }
    filter: {
      dimensions: {
        name: 'ResourceGroupName'
        operator: 'In'
        values: resourceGroupNames
      }
    }
    notifications: toObject(thresholds, threshold => 'Actual_GreaterThanOrEqualTo_${threshold}_Percent', threshold => {
      enabled: true
      operator: 'GreaterThanOrEqualTo'
      threshold: threshold
      thresholdType: 'Actual'
      contactEmails: contactEmails
      contactGroups: [
        actionGroupId
      ]
    })
  }
}

@description('The budget\'s resource id.')
output id string = budget.id
