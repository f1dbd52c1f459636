using '../../spoke.bicep'

import { deployedOr } from '../../shared/functions.bicep'

// The spoke of Contoso Bicycle's production region.
var environment = loadJsonContent('environment.json')

// What the hub deployment hands over. A deployment sets AKS_BASELINE_<OUTPUT> for every output of
// the earlier stages; offline, the values come from the hub's committed snapshot.
var hub = loadJsonContent('hub.snapshot.json', '$.outputs')

param location = environment.location
param addressPlan = environment.addressPlan.spoke

param hubVnetId = deployedOr(readEnvironmentVariable('AKS_BASELINE_HUB_VNET_ID', ''), hub.hubVnetId)
param logAnalyticsWorkspaceId = deployedOr(readEnvironmentVariable('AKS_BASELINE_LOG_ANALYTICS_WORKSPACE_ID', ''), hub.logAnalyticsWorkspaceId)

// Known only once the firewall exists; Azure gives it the first address of AzureFirewallSubnet
// it does not reserve, which is the offline default.
param firewallPrivateIp = deployedOr(
  readEnvironmentVariable('AKS_BASELINE_FIREWALL_PRIVATE_IP', ''),
  cidrHost(environment.addressPlan.hub.firewallSubnetPrefix, 3)
)

param availabilityZones = [
  '1'
  '2'
  '3'
]
