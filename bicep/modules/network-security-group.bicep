metadata description = 'A network security group and the diagnostic setting that sends its logs to Log Analytics.'

@description('The NSG\'s name.')
param name string

@description('The NSG\'s region.')
param location string

@description('The rules, in Azure\'s own shape.')
param securityRules resourceInput<'Microsoft.Network/networkSecurityGroups@2025-05-01'>.properties.securityRules

@description('The Log Analytics workspace that receives the NSG\'s logs.')
param logAnalyticsWorkspaceId string

resource networkSecurityGroup 'Microsoft.Network/networkSecurityGroups@2025-05-01' = {
  name: name
  location: location
  properties: {
    securityRules: securityRules
  }
}

// diagnosticSettings has no newer stable API version than this preview
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: '${networkSecurityGroup.name}-diagnostics'
  scope: networkSecurityGroup
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
  }
}

@description('The NSG\'s resource id.')
output id string = networkSecurityGroup.id
