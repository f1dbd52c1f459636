metadata description = 'Azure Policy at the cluster\'s scope, following the AKS baseline: the Kubernetes admission policies (Gatekeeper, through the Azure Policy add-on) with the Deny effect wherever the built-in offers it, and the audits of the cluster\'s own configuration.'

import { clusterPolicy } from '../shared/types.bicep'
import { builtInPolicies } from '../shared/policies.bicep'
import { allowedImagesPattern } from '../shared/functions.bicep'

@description('The cluster the policies are assigned to (in this resource group).')
param clusterName string

@description('The cluster\'s registry login server (e.g. acrexample.azurecr.io): pods may pull from it and from the policy\'s additional registries only.')
param registryLoginServer string

@description('What the policies allow: the environment\'s cluster-policy.json.')
param policy clusterPolicy

@description('Namespaces the upstream charts own whose pods the restricted pod security initiative refuses (Traefik mounts its certificate through a CSI volume and sets no fsGroup); the namespace\'s own restricted Pod Security Standard label still applies there.')
param chartNamespaces string[]

resource cluster 'Microsoft.ContainerService/managedClusters@2025-10-01' existing = {
  name: clusterName
}

// Effects are the strongest each built-in accepts: deny where it offers it, Audit where it does not.
// Lowercase 'deny'/'audit' is what every version of the Kubernetes definitions accepts.
var assignments = [
  {
    initiative: true
    definition: builtInPolicies.restrictedPodSecurity
    title: 'Kubernetes cluster pod security restricted standards for Linux-based workloads'
    parameters: {
      effect: 'deny'
      excludedNamespaces: union(policy.excludedNamespaces, chartNamespaces)
    }
  }
  {
    initiative: false
    definition: builtInPolicies.httpsIngressOnly
    title: 'Kubernetes clusters should be accessible only over HTTPS'
    parameters: {
      effect: 'deny'
      excludedNamespaces: policy.excludedNamespaces
    }
  }
  {
    initiative: false
    definition: builtInPolicies.internalLoadBalancersOnly
    title: 'Kubernetes clusters should use internal load balancers'
    parameters: {
      effect: 'deny'
      excludedNamespaces: policy.excludedNamespaces
    }
  }
  {
    initiative: false
    definition: builtInPolicies.readOnlyRootFilesystem
    title: 'Kubernetes cluster containers should run with a read only root file system'
    parameters: {
      effect: 'deny'
      excludedNamespaces: policy.excludedNamespaces
    }
  }
  {
    initiative: false
    definition: builtInPolicies.containerLimits
    title: 'Kubernetes cluster containers CPU and memory resource limits should not exceed the specified limits'
    parameters: {
      effect: 'deny'
      excludedNamespaces: policy.excludedNamespaces
      cpuLimit: policy.containerLimits.cpu
      memoryLimit: policy.containerLimits.memory
    }
  }
  {
    initiative: false
    definition: builtInPolicies.allowedImages
    title: 'Kubernetes cluster containers should only use allowed images'
    parameters: {
      effect: 'deny'
      excludedNamespaces: policy.excludedNamespaces
      allowedContainerImagesRegex: allowedImagesPattern(union([registryLoginServer], policy.additionalRegistries))
    }
  }
  {
    initiative: false
    definition: builtInPolicies.allowedHostPaths
    title: 'Kubernetes cluster pod hostPath volumes should only use allowed host paths'
    parameters: {
      effect: 'deny'
      excludedNamespaces: policy.excludedNamespaces
      allowedHostPaths: {
        paths: policy.allowedHostPaths
      }
    }
  }
  {
    initiative: false
    definition: builtInPolicies.allowedExternalIps
    title: 'Kubernetes cluster services should only use allowed external IPs'
    parameters: {
      effect: 'deny'
      excludedNamespaces: policy.excludedNamespaces
      allowedExternalIPs: policy.allowedExternalIPs
    }
  }
  {
    initiative: false
    definition: builtInPolicies.noEndpointEditPermission
    title: 'Kubernetes clusters should not allow endpoint edit permissions of ClusterRole/system:aggregate-to-edit'
    parameters: {
      effect: 'Audit'
      excludedNamespaces: policy.excludedNamespaces
    }
  }
  {
    initiative: false
    definition: builtInPolicies.noDefaultNamespace
    title: 'Kubernetes clusters should not use the default namespace'
    parameters: {
      effect: 'deny'
      excludedNamespaces: policy.excludedNamespaces
      namespaces: policy.disallowedNamespaces
    }
  }
  {
    initiative: false
    definition: builtInPolicies.entraIdIntegration
    title: 'Azure Kubernetes Service Clusters should enable Microsoft Entra ID integration'
    parameters: {
      effect: 'Audit'
    }
  }
  {
    initiative: false
    definition: builtInPolicies.localAccountsDisabled
    title: 'Azure Kubernetes Service Clusters should have local authentication methods disabled'
    parameters: {
      effect: 'Deny'
    }
  }
  {
    initiative: false
    definition: builtInPolicies.authorizedIpRanges
    title: 'Authorized IP ranges should be defined on Kubernetes Services'
    parameters: {
      effect: 'Audit'
    }
  }
  {
    initiative: false
    definition: builtInPolicies.kubernetesRbac
    title: 'Role-Based Access Control (RBAC) should be used on Kubernetes Services'
    parameters: {
      effect: 'Audit'
    }
  }
  {
    initiative: false
    definition: builtInPolicies.managedIdentities
    title: 'Azure Kubernetes Service Clusters should use managed identities'
    parameters: {
      effect: 'Audit'
    }
  }
  {
    initiative: false
    definition: builtInPolicies.defenderProfile
    title: 'Azure Kubernetes Service clusters should have Defender profile enabled'
    parameters: {
      effect: 'Audit'
    }
  }
  {
    initiative: false
    definition: builtInPolicies.azurePolicyAddOn
    title: 'Azure Policy Add-on for Kubernetes service (AKS) should be installed and enabled on your clusters'
    parameters: {
      effect: 'Audit'
    }
  }
  {
    initiative: false
    definition: builtInPolicies.currentKubernetesVersion
    title: 'Kubernetes Services should be upgraded to a non-vulnerable Kubernetes version'
    parameters: {
      effect: 'Audit'
    }
  }
]

resource policyAssignments 'Microsoft.Authorization/policyAssignments@2025-11-01' = [for assignment in assignments: {
  name: guid(cluster.id, assignment.definition)
  scope: cluster
  properties: {
    displayName: take('[${clusterName}] ${assignment.title}', 128)
    policyDefinitionId: tenantResourceId(assignment.initiative ? 'Microsoft.Authorization/policySetDefinitions' : 'Microsoft.Authorization/policyDefinitions', assignment.definition)
    enforcementMode: 'Default'
    parameters: toObject(items(assignment.parameters), parameter => parameter.key, parameter => { value: parameter.value })
  }
}]

@description('The policy assignments\' resource ids.')
output ids string[] = [for (assignment, i) in assignments: policyAssignments[i].id]
