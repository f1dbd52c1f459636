metadata description = 'The structured inputs the hub, spoke and cluster deployments take (imported at compile time).'

@export()
@description('The hub\'s address space and the subnets Azure names for the firewall, a gateway and Bastion.')
type hubAddressPlan = {
  @description('The hub VNet\'s address space (CIDR).')
  addressSpace: string

  @description('AzureFirewallSubnet (at least a /26). The firewall takes its first address Azure does not reserve.')
  firewallSubnetPrefix: string

  @description('GatewaySubnet, kept free for a future VPN or ExpressRoute gateway (at least a /27).')
  gatewaySubnetPrefix: string

  @description('AzureBastionSubnet (at least a /26).')
  bastionSubnetPrefix: string
}

@export()
@description('The spoke\'s address space and its four subnets.')
type spokeAddressPlan = {
  @description('The spoke VNet\'s address space (CIDR).')
  addressSpace: string

  @description('The AKS nodes subnet. With Azure CNI every pod takes an address here too, so it must hold (nodes at max count + surge) x (maxPods + 1).')
  nodesSubnetPrefix: string

  @description('The ingress-services subnet where Traefik\'s internal load balancer takes a static address.')
  ingressSubnetPrefix: string

  @description('The subnet holding the private endpoints (Container Registry, Key Vault).')
  privateEndpointsSubnetPrefix: string

  @description('The subnet dedicated to Application Gateway (a /24 leaves room for autoscaling).')
  appGatewaySubnetPrefix: string
}

@export()
@description('One AKS node pool: its VM size and the range the cluster autoscaler keeps it in.')
type nodePool = {
  @description('The pool name: lowercase letters and digits, at most 12 characters.')
  @minLength(1)
  @maxLength(12)
  name: string

  @description('The VM size of every node.')
  vmSize: string

  @description('The fewest nodes the autoscaler keeps.')
  @minValue(1)
  minCount: int

  @description('The most nodes the autoscaler adds.')
  @minValue(1)
  maxCount: int

  @description('The ephemeral OS disk size in GB; it must fit the VM size\'s cache.')
  osDiskSizeGB: int
}

@export()
@description('A weekly window in which AKS may reimage nodes with the latest node image.')
type maintenanceWindow = {
  @description('The day the window opens.')
  dayOfWeek: 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday'

  @description('When the window opens, as HH:mm in the window\'s UTC offset.')
  startTime: string

  @description('How long the window stays open (AKS requires at least 4 hours).')
  @minValue(4)
  @maxValue(24)
  durationHours: int

  @description('The UTC offset the start time is written in, e.g. -08:00.')
  utcOffset: string
}

@export()
@description('The monthly cost budget and who hears when spending crosses 50, 75 and 90 % of it.')
type budget = {
  @description('The planned monthly spend, in the billing currency.')
  @minValue(1)
  monthlyAmount: int

  @description('Who receives the budget alerts.')
  @minLength(1)
  contactEmails: string[]

  @description('The first day of the month the budget counts from (yyyy-MM-01): the month the environment was first deployed. Azure refuses to change a budget\'s start date, so it stays fixed; a new environment takes the current month or a later one (at most twelve months ahead).')
  @minLength(10)
  @maxLength(10)
  startDate: string
}

@export()
@description('A kind of Key Vault object an identity reads, by the Secrets Store CSI driver\'s objectType names: a secret (through the secrets API; a certificate\'s PFX or PEM with its private key) or a cert (through the certificates API; the public certificate).')
type keyVaultObjectType = 'secret' | 'cert'

@export()
@description('An identity that reads objects from Key Vault, and the kinds of object it reads: each kind needs its own role.')
type keyVaultReader = {
  @description('The identity\'s resource id (keeps the role assignments\' names stable).')
  resourceId: string

  @description('The identity\'s principal (object) id.')
  principalId: string

  @description('What it reads: App Gateway reads its certificates as secrets; a SecretProviderClass object of objectType cert needs cert.')
  @minLength(1)
  objectTypes: keyVaultObjectType[]
}

@export()
@description('A host path pods may mount.')
type allowedHostPath = {
  @description('The path prefix, e.g. /var/log.')
  pathPrefix: string

  @description('Whether the mount must be read-only.')
  readOnly: bool
}

@export()
@description('What the cluster\'s Azure Policy assignments allow. Written once per environment (environments/<env>/cluster-policy.json), so the cluster\'s admission and the offline rules read the same values.')
type clusterPolicy = {
  @description('Registries pods may pull from besides the cluster\'s own, whose login server the template adds (e.g. mcr.microsoft.com for the images AKS and the charts use).')
  additionalRegistries: string[]

  @description('The largest limits a container may declare.')
  containerLimits: {
    @description('CPU, in Kubernetes quantity notation (e.g. 1 or 500m).')
    cpu: string

    @description('Memory, in Kubernetes quantity notation (e.g. 1Gi).')
    memory: string
  }

  @description('Namespaces Azure owns (kube-system, gatekeeper-system, ...): no Kubernetes policy applies there.')
  @minLength(1)
  excludedNamespaces: string[]

  @description('Host paths pods may mount; an empty list blocks every hostPath volume.')
  allowedHostPaths: allowedHostPath[]

  @description('External IPs Services may use; an empty list blocks them all (CVE-2020-8554).')
  allowedExternalIPs: string[]

  @description('Namespaces no Pod, Service or ServiceAccount may be created in (the default namespace).')
  disallowedNamespaces: string[]
}

@export()
@description('A syslog severity Container Insights collects from the nodes.')
type syslogLevel = 'Debug' | 'Info' | 'Notice' | 'Warning' | 'Error' | 'Critical' | 'Alert' | 'Emergency'
