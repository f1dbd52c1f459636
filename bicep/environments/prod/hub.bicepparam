using '../../hub.bicep'

// The hub of Contoso Bicycle's production region. Values shared with the build and the spoke
// (region, address plan) live once in environment.json.
var environment = loadJsonContent('environment.json')

param location = environment.location
param addressPlan = environment.addressPlan.hub

// The firewall allows egress from the spoke's node subnet only.
param spokeNodesSubnetPrefixes = [
  environment.addressPlan.spoke.nodesSubnetPrefix
]

param availabilityZones = [
  '1'
  '2'
  '3'
]
param firewallPublicIpCount = 3
param firewallTier = 'Standard'
param logRetentionInDays = 30

// Microsoft Defender for Containers is an environment switch (environment.json): with it on, the
// firewall lets the nodes' Defender sensor report to Defender for Cloud.
param defenderForContainers = environment.defenderForContainers
