metadata description = 'The built-in Azure roles the deployments assign, by role definition id.'

@export()
@description('Built-in role definition ids (the same in every tenant).')
var builtInRoles = {
  // joins the cluster to the spoke subnets and manages its internal load balancer there
  networkContributor: '4d97b98b-1d4f-4787-a291-c67834d212e7'
  // lets Container Insights' agent publish metrics for the cluster
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  // lets the kubelet identity pull images
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d'
  // reads a Key Vault secret's value: a certificate's PFX/PEM with its private key (objectType secret)
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  // reads a Key Vault certificate's public part through the certificates API (objectType cert)
  keyVaultCertificateUser: 'db79e9a7-68ee-4b58-9aeb-b90e7c24fcba'
  // Azure RBAC for Kubernetes: full control of the cluster
  kubernetesRbacClusterAdmin: 'b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b'
  // lets a principal fetch the cluster's (Entra ID) kubeconfig
  kubernetesClusterUser: '4abbcc35-e782-43d8-92c5-2d3f1bd2253f'
  // Azure RBAC for Kubernetes: read most objects (not Secrets) in the namespace or cluster it is assigned at
  kubernetesRbacReader: '7f6c6a51-bcf8-42ba-9220-52d62157d7db'
}

@export()
@description('The role a Key Vault reader needs for each kind of object it reads, by the Secrets Store CSI driver\'s objectType names: secret (secrets API, also a certificate\'s private key) and cert (certificates API).')
var keyVaultReaderRoles = {
  secret: builtInRoles.keyVaultSecretsUser
  cert: builtInRoles.keyVaultCertificateUser
}
