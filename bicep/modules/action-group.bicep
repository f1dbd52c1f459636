metadata description = 'The environment\'s action group: whom the budget, the Prometheus alerts, the failed-pods alert and the Advisor alert reach.'

@description('The action group\'s name.')
param name string

@description('The short name SMS and e-mail messages show (at most 12 characters).')
@maxLength(12)
param shortName string

@description('Who receives the alerts by e-mail (common alert schema).')
@minLength(1)
param contactEmails string[]

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: name
  location: 'global'
  properties: {
    groupShortName: shortName
    enabled: true
    emailReceivers: [for (email, i) in contactEmails: {
      name: 'contact-${i}'
      emailAddress: email
      useCommonAlertSchema: true
    }]
  }
}

@description('The action group\'s resource id.')
output id string = actionGroup.id
