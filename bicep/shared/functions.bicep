metadata description = 'Compile-time helpers shared by the templates and the parameter files.'

@export()
@description('The value an earlier deployment handed over through its AKS_BASELINE_* environment variable, or the offline default when it handed none.')
func deployedOr(deployed string, offline string) string => empty(deployed) ? offline : deployed

@export()
@description('Like deployedOr, for outputs that are arrays: the variable holds them as JSON.')
func deployedArrayOr(deployed string, offline string[]) string[] => empty(deployed) ? offline : json(deployed)

@export()
@description('The resource group named in a resource id.')
func resourceGroupOf(resourceId string) string => split(resourceId, '/')[4]

@export()
@description('The last name in a resource id.')
func nameOf(resourceId string) string => last(split(resourceId, '/'))

@export()
@description('The virtual network named in a subnet\'s resource id.')
func virtualNetworkOf(subnetId string) string => split(subnetId, '/')[8]

@export()
@description('An image pattern for Azure Policy\'s allowed-images policy: any repository and tag under one of the registries\' host names, nothing else.')
func allowedImagesPattern(registries string[]) string => '^(${join(map(registries, registry => replace(registry, '.', '\\.')), '|')})/.+$'

