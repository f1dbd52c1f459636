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
  // lets App Gateway and Traefik read certificates (as secrets) from Key Vault
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  // Azure RBAC for Kubernetes: full control of the cluster
  kubernetesRbacClusterAdmin: 'b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b'
  // lets a principal fetch the cluster's (Entra ID) kubeconfig
  kubernetesClusterUser: '4abbcc35-e782-43d8-92c5-2d3f1bd2253f'
}
