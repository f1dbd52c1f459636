targetScope = 'subscription'

metadata description = 'Microsoft Defender for Containers on the subscription: runtime threat detection through the Defender sensor on the nodes, vulnerability assessment of the registry\'s images, agentless discovery of the cluster. Billed per vCore of the nodes; the plan covers every cluster in the subscription.'

resource containers 'Microsoft.Security/pricings@2024-01-01' = {
  name: 'Containers'
  properties: {
    pricingTier: 'Standard'
    extensions: [
      {
        name: 'ContainerSensor'
        isEnabled: 'True'
      }
      {
        name: 'ContainerRegistriesVulnerabilityAssessments'
        isEnabled: 'True'
      }
      {
        name: 'AgentlessDiscoveryForKubernetes'
        isEnabled: 'True'
      }
    ]
  }
}

@description('The Defender plan\'s resource id.')
output id string = containers.id
