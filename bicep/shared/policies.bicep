metadata description = 'The built-in Azure Policy definitions the cluster is assigned, by id, with the effects each accepts (checked against Azure Policy\'s built-in definitions, December 2026).'

@export()
@description('Built-in policy definition names (GUIDs, the same in every tenant); restrictedPodSecurity is a policy set (initiative).')
var builtInPolicies = {
  // ---- Azure Policy for Kubernetes: admission in the cluster (Gatekeeper) ----

  // initiative 'Kubernetes cluster pod security restricted standards for Linux-based workloads'
  // (no privileged containers or escalation, host namespaces and ports, capabilities, volume types,
  // users and groups, seccomp); effect: audit | deny | disabled
  restrictedPodSecurity: '42b8ef37-b724-4e24-bbc8-7a7708edfe00'
  // 'Kubernetes clusters should be accessible only over HTTPS' (Ingress: tls and the
  // kubernetes.io/ingress.allow-http: "false" annotation); effect: audit | deny | disabled
  httpsIngressOnly: '1a5b4dca-0b6f-4cf5-907c-56316bc1bf3d'
  // 'Kubernetes clusters should use internal load balancers'; effect: audit | deny | disabled
  internalLoadBalancersOnly: '3fc4dc25-5baf-40d8-9b05-7fe74c1bc64e'
  // 'Kubernetes cluster containers should run with a read only root file system'; effect: audit | deny | disabled
  readOnlyRootFilesystem: 'df49d893-a74c-421d-bc95-c663042e5b80'
  // 'Kubernetes cluster containers CPU and memory resource limits should not exceed the specified
  // limits' (cpuLimit, memoryLimit); effect: audit | deny | disabled
  containerLimits: 'e345eecc-fa47-480f-9e88-67dcc122b164'
  // 'Kubernetes cluster containers should only use allowed images' (allowedContainerImagesRegex);
  // effect: audit | deny | disabled
  allowedImages: 'febd0533-8e55-448f-b837-bd0e06f16469'
  // 'Kubernetes cluster pod hostPath volumes should only use allowed host paths' (allowedHostPaths);
  // effect: audit | deny | disabled
  allowedHostPaths: '098fc59e-46c7-4d99-9b16-64990e543d75'
  // 'Kubernetes cluster services should only use allowed external IPs' (allowedExternalIPs);
  // effect: audit | deny | disabled
  allowedExternalIps: 'd46c275d-1680-448d-b2ec-e495a3b6cc89'
  // 'Kubernetes clusters should not allow endpoint edit permissions of
  // ClusterRole/system:aggregate-to-edit' (CVE-2021-25740); effect: Audit | Disabled
  noEndpointEditPermission: '1ddac26b-ed48-4c30-8cc5-3a68c79b8001'
  // 'Kubernetes clusters should not use the default namespace' (namespaces); effect: audit | deny | disabled
  noDefaultNamespace: '9f061a12-e40d-4183-a00e-171812443373'

  // ---- Azure Resource Manager: the cluster's own configuration ----

  // 'Azure Kubernetes Service Clusters should enable Microsoft Entra ID integration'; effect: Audit | Disabled
  entraIdIntegration: '450d2877-ebea-41e8-b00c-e286317d21bf'
  // 'Azure Kubernetes Service Clusters should have local authentication methods disabled';
  // effect: Audit | Deny | Disabled
  localAccountsDisabled: '993c2fcd-2b29-49d2-9eb0-df2c3a730c32'
  // 'Authorized IP ranges should be defined on Kubernetes Services'; effect: Audit | Disabled
  authorizedIpRanges: '0e246bcf-5f6f-4f87-bc6f-775d4712c7ea'
  // 'Role-Based Access Control (RBAC) should be used on Kubernetes Services'; effect: Audit | Disabled
  kubernetesRbac: 'ac4a19c2-fa67-49b4-8ae5-0b2e78c49457'
  // 'Azure Kubernetes Service Clusters should use managed identities'; effect: Audit | Disabled
  managedIdentities: 'da6e2401-19da-4532-9141-fb8fbde08431'
  // 'Azure Kubernetes Service clusters should have Defender profile enabled'; effect: Audit | Disabled
  defenderProfile: 'a1840de2-8088-4ea8-b153-b4c723e9cb01'
  // 'Azure Policy Add-on for Kubernetes service (AKS) should be installed and enabled on your
  // clusters'; effect: Audit | Disabled
  azurePolicyAddOn: '0a15ec92-a229-4763-bb14-0ea34a568f8d'
  // 'Kubernetes Services should be upgraded to a non-vulnerable Kubernetes version'; effect: Audit | Disabled
  currentKubernetesVersion: 'fb893a29-21bb-418c-a157-e99480ec364c'
}
