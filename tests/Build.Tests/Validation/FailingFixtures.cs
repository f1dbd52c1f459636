using System.Text.Json.Nodes;
using Build.Infrastructure;
using Build.Resources.Azure;
using Build.Validation;
using k8s.Models;

namespace Build.Tests.Validation;

/// <summary>
/// One failing fixture per rule: prod with one thing broken, in the snapshots' JSON (what bicep would predict),
/// in the real manifests and values (rendered as Validate renders them), or in the rendered objects where the
/// layer's own checks refuse the file.
/// </summary>
public static class FailingFixtures
{
    private const string Workload = "manifests/4-workload/aspnetapp.yaml";
    private const string Ingress = "manifests/4-workload/aspnetapp-ingress.yaml";
    private const string WorkloadPolicies = "manifests/1-cluster-baseline/workload-network-policies.yaml";
    private const string TraefikValues = "helm/traefik.values.yaml";
    private const string Tls = "manifests/3-traefik/tls.yaml";
    private const string AcrPush = "8311e382-0749-4cb8-b61a-304f252e45ec";

    public static IEnumerable<RuleCase> All()
    {
        // AKS
        yield return new("AKS001", "networkPolicy cilium", prod => prod.Cluster().Set("properties.networkProfile.networkPolicy", "cilium"), "properties.networkProfile.networkPolicy is 'cilium', expected 'azure'");
        yield return new("AKS002", "Kubernetes RBAC instead of Azure RBAC", prod => prod.Cluster().Set("properties.aadProfile.enableAzureRBAC", false), "properties.aadProfile.enableAzureRBAC is false");
        yield return new("AKS003", "local accounts on", prod => prod.Cluster().Set("properties.disableLocalAccounts", false), "properties.disableLocalAccounts is false");
        yield return new("AKS004", "a service principal", prod => prod.Cluster().Set("properties.servicePrincipalProfile.clientId", "11111111-1111-1111-1111-111111111111"), "properties.servicePrincipalProfile.clientId");
        yield return new("AKS005", "no authorized IP ranges", prod => prod.Cluster().Set("properties.apiServerAccessProfile.authorizedIPRanges", new JsonArray()), "properties.apiServerAccessProfile.authorizedIPRanges is []");
        yield return new("AKS006", "system pool untainted", prod => prod.Pool("npsystem").Remove("nodeTaints"), "properties.agentPoolProfiles['npsystem'].nodeTaints is not set");
        yield return new("AKS007", "one user node", prod => { prod.Pool("npuser01")["minCount"] = 1; prod.Pool("npuser01")["count"] = 1; }, "properties.agentPoolProfiles['npuser01'].minCount is 1");
        yield return new("AKS008", "minCount above maxCount", prod => prod.Pool("npuser01")["minCount"] = 6, "properties.agentPoolProfiles['npuser01'].minCount is 6");
        yield return new("AKS009", "110 pods per node", prod => prod.Pool("npsystem")["maxPods"] = 110, "properties.agentPoolProfiles['npsystem'].maxPods is 110, expected 30");
        yield return new("AKS010", "one zone", prod => prod.Pool("npuser01")["availabilityZones"] = new JsonArray("1"), "properties.agentPoolProfiles['npuser01'].availabilityZones");
        yield return new("AKS011", "no Container Insights", prod => prod.Cluster().Set("properties.addonProfiles.omsagent.enabled", false), "properties.addonProfiles.omsagent.enabled is false");
        yield return new("AKS012", "no Azure Policy", prod => prod.Cluster().Set("properties.addonProfiles.azurepolicy.enabled", false), "properties.addonProfiles.azurepolicy.enabled is false");
        yield return new("AKS013", "no workload identity", prod => prod.Cluster().Set("properties.securityProfile.workloadIdentity.enabled", false), "properties.securityProfile.workloadIdentity.enabled is false");
        yield return new("AKS014", "no audit log", prod => AuditLog(prod)["category"] = "kube-apiserver", "kube-audit-admin");
        yield return new("AKS015", "a preview version", prod => prod.Cluster().Set("properties.kubernetesVersion", "1.34-preview"), "properties.kubernetesVersion is '1.34-preview'");
        yield return new("AKS016", "node OS upgrades off", prod => prod.Cluster().Set("properties.autoUpgradeProfile.nodeOSUpgradeChannel", "None"), "properties.autoUpgradeProfile.nodeOSUpgradeChannel is 'None'");
        yield return new("AKS017", "load balancer egress", prod => prod.Cluster().Set("properties.networkProfile.outboundType", "loadBalancer"), "properties.networkProfile.outboundType is 'loadBalancer', expected 'userDefinedRouting'");
        yield return new("AKS018", "public node IPs", prod => prod.Pool("npuser01")["enableNodePublicIP"] = true, "properties.agentPoolProfiles['npuser01'].enableNodePublicIP is true");

        // Network
        yield return new("NET001", "ingress subnet without NSG", prod => prod.Subnet(Stage.Spoke, "snet-cluster-ingress").Remove("networkSecurityGroup"), "properties.subnets['snet-cluster-ingress'].properties.networkSecurityGroup.id is not set");
        yield return new("NET002", "ingress subnet without route table", prod => prod.Subnet(Stage.Spoke, "snet-cluster-ingress").Remove("routeTable"), "properties.subnets['snet-cluster-ingress'].properties.routeTable.id is not set");
        yield return new("NET003", "hub-to-spoke peering missing", prod => prod.Remove(Stage.Spoke, prod.Resource(Stage.Spoke, ArmTypes.Peering, "vnet-hub-eastus2/")), "has no peering back to vnet-spoke-eastus2");
        yield return new("NET004", "threat intelligence Alert", prod => prod.Resource(Stage.Hub, ArmTypes.FirewallPolicy).Set("properties.threatIntelMode", "Alert"), "properties.threatIntelMode is 'Alert', expected 'Deny'");
        yield return new("NET005", "SSH open on the App Gateway subnet", prod => prod.Resource(Stage.Spoke, ArmTypes.NetworkSecurityGroup, "nsg-vnet-spoke-eastus2-app-gateway").Properties()["securityRules"]!.AsArray().Add(JsonNode.Parse(
            """{ "name": "AllowSshInbound", "properties": { "protocol": "Tcp", "sourcePortRange": "*", "sourceAddressPrefix": "Internet", "destinationPortRange": "22", "destinationAddressPrefix": "*", "access": "Allow", "priority": 150, "direction": "Inbound" } }""")),
            "properties.securityRules['AllowSshInbound'] allows Internet to port 22");
        yield return new("NET006", "Basic public IP", prod => prod.Resource(Stage.Spoke, ArmTypes.PublicIpAddress).Set("sku.name", "Basic"), "sku.name is 'Basic', expected 'Standard'");
        yield return new("NET007", "registry zone not linked", prod => prod.Remove(Stage.Cluster, prod.Resource(Stage.Cluster, ArmTypes.PrivateDnsZoneLink, "privatelink.azurecr.io/")), "has no virtualNetworkLinks to vnet-spoke-eastus2");
        yield return new("NET008", "default outbound access on the nodes subnet", prod => prod.Subnet(Stage.Spoke, "snet-cluster-nodes")["defaultOutboundAccess"] = true, "properties.subnets['snet-cluster-nodes'].properties.defaultOutboundAccess is true");

        // Edge
        yield return new("EDGE001", "Standard_v2 gateway", prod => prod.Gateway().Set("properties.sku.tier", "Standard_v2"), "properties.sku.tier is 'Standard_v2', expected 'WAF_v2'");
        yield return new("EDGE002", "WAF in Detection mode", prod => prod.Resource(Stage.Cluster, ArmTypes.WafPolicy).Set("properties.policySettings.mode", "Detection"), "properties.policySettings.mode is 'Detection', expected 'Prevention'");
        yield return new("EDGE003", "OWASP 3.0", prod => prod.Resource(Stage.Cluster, ArmTypes.WafPolicy).Properties()["managedRules"]!["managedRuleSets"]!.AsArray().ReplaceWith(new[] { JsonNode.Parse("""{ "ruleSetType": "OWASP", "ruleSetVersion": "3.0" }""") }), "properties.managedRules.managedRuleSets is [OWASP 3.0]");
        yield return new("EDGE004", "TLS 1.0 policy", prod => prod.Gateway().Set("properties.sslPolicy.minProtocolVersion", "TLSv1_0"), "properties.sslPolicy.minProtocolVersion is 'TLSv1_0'");
        yield return new("EDGE005", "listener without SNI", prod => prod.Gateway().Properties()["httpListeners"]![0]!.AsObject().Set("properties.requireServerNameIndication", false), "properties.httpListeners['bicycle-https'].properties.requireServerNameIndication is false");
        yield return new("EDGE006", "backend without trusted root", prod => prod.Gateway().Properties()["backendHttpSettingsCollection"]![0]!["properties"]!.AsObject().Remove("trustedRootCertificates"), "properties.backendHttpSettingsCollection['traefik-https'].properties.trustedRootCertificates is not set");
        yield return new("EDGE007", "no zones and minimum 0", prod => prod.Gateway().Remove("zones"), "properties.autoscaleConfiguration.minCapacity is 0 and zones is not set");
        yield return new("EDGE008", "certificate inlined", prod => prod.Gateway().Properties()["sslCertificates"]![0]!.AsObject().Set("properties.data", "MIIKcQIBAzCCCi0GCSqGSIb3DQEHAaCCCh4EggoaMIIKFjCCBg8GCSqGSIb3DQEHAaCCBgAEggX8"), "properties.sslCertificates['bicycle-gateway-tls'].properties.data is set");
        yield return new("EDGE009", "Traefik TLS 1.0", prod => prod.Edit(Tls, "minVersion: VersionTLS12", "minVersion: VersionTLS10"), "spec.minVersion is VersionTLS10");
        yield return new("EDGE010", "sniStrict false on the default TLSOption", prod => prod.Edit(Tls, "sniStrict: true", "sniStrict: false"), "TLSOption/a0008/default: spec.sniStrict is false, expected true: Traefik would answer any host name with its default certificate");

        // Secrets and registry
        yield return new("SEC001", "access policies", prod => prod.Resource(Stage.Cluster, ArmTypes.KeyVault).Set("properties.enableRbacAuthorization", false), "properties.enableRbacAuthorization is false");
        yield return new("SEC002", "soft delete off", prod => prod.Resource(Stage.Cluster, ArmTypes.KeyVault).Set("properties.enableSoftDelete", false), "properties.enableSoftDelete is false");
        yield return new("SEC003", "vault open to all networks", prod => prod.Resource(Stage.Cluster, ArmTypes.KeyVault).Set("properties.networkAcls.defaultAction", "Allow"), "properties.networkAcls.defaultAction is 'Allow', expected 'Deny'");
        yield return new("SEC004", "no private endpoint for the vault", prod => prod.Remove(Stage.Cluster, prod.Resource(Stage.Cluster, ArmTypes.PrivateEndpoint, "pe-kv-")), "no Microsoft.Network/privateEndpoints connects to it (group 'vault')");
        yield return new("SEC005", "vault audit log off", prod => VaultAudit(prod)["enabled"] = false, "sends no audit category");
        yield return new("SEC006", "Standard registry", prod => prod.Resource(Stage.Cluster, ArmTypes.ContainerRegistry).Set("sku.name", "Standard"), "sku.name is 'Standard', expected 'Premium'");
        yield return new("SEC007", "ACR admin on", prod => prod.Resource(Stage.Cluster, ArmTypes.ContainerRegistry).Set("properties.adminUserEnabled", true), "properties.adminUserEnabled is true, expected false");
        yield return new("SEC008", "registry public", prod => prod.Resource(Stage.Cluster, ArmTypes.ContainerRegistry).Set("properties.publicNetworkAccess", "Enabled"), "properties.publicNetworkAccess is 'Enabled', expected 'Disabled'");
        yield return new("SEC009", "AcrPush granted", GrantAcrPush, $"properties.roleDefinitionId is '/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/{AcrPush}'");
        yield return new("SEC010", "a password in a parameter file", prod => prod.Append("bicep/environments/prod/cluster.bicepparam", "param jumpboxAdminPassword = 'Contoso-2024!'\n"), "param jumpboxAdminPassword is set to a literal value");
        yield return new("SEC011", "a replica without zone redundancy", prod => prod.Resource(Stage.Cluster, ArmTypes.RegistryReplication).Set("properties.zoneRedundancy", "Disabled"), "properties.zoneRedundancy is 'Disabled', expected 'Enabled'");

        // Cost
        yield return new("COST001", "no 75 % notification", prod => prod.Resource(Stage.Cluster, ArmTypes.Budget).Properties()["notifications"]!.AsObject().Remove("Actual_GreaterThanOrEqualTo_75_Percent"), "missing 75 %");
        yield return new("COST002", "action group without receiver", prod => prod.Resource(Stage.Cluster, ArmTypes.ActionGroup).Set("properties.emailReceivers", new JsonArray()), "has no receivers");
        yield return new("COST003", "node resource group not counted", prod => prod.Resource(Stage.Cluster, ArmTypes.Budget)["properties"]!["filter"]!["dimensions"]!["values"]!.AsArray().RemoveAt(3), "missing rg-aks-qzs6ldjgjrt6u-nodes");

        // Kubernetes objects
        yield return new("K8S001", "no CPU limit", prod => prod.Edit(Workload, "            limits:\n              cpu: 200m\n", "            limits:\n"), "spec.template.spec.containers[aspnetapp].resources.limits.cpu is not set");
        yield return new("K8S002", "no readiness probe", prod => prod.Edit(Workload, "          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: http\n            periodSeconds: 10\n            timeoutSeconds: 2\n            failureThreshold: 3\n", string.Empty), "spec.template.spec.containers[aspnetapp].readinessProbe is not set");
        yield return new("K8S003", "privilege escalation allowed", prod => prod.Edit(Workload, "allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true"), "spec.template.spec.containers[aspnetapp].securityContext.allowPrivilegeEscalation is true, expected false");
        yield return new("K8S004", "writable root filesystem", prod => prod.Edit(Workload, "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false"), "spec.template.spec.containers[aspnetapp].securityContext.readOnlyRootFilesystem is false, expected true");
        yield return new("K8S005", "latest tag in the manifest", prod => prod.Edit(Workload, "/dotnet/samples:aspnetapp-9.0\"", "/dotnet/samples:latest\""), "spec.template.spec.containers[aspnetapp].image is 'acrloginserver.invalid/dotnet/samples:latest'") { Also = ["K8S025"] };
        yield return new("K8S006", "an image from Docker Hub (in the rendered object)", prod => prod.AfterRender.Add(layer => AspNetApp(layer).Image = "docker.io/library/nginx:1.27"), "spec.template.spec.containers[aspnetapp].image is 'docker.io/library/nginx:1.27', from outside") { Also = ["K8S025"] };
        yield return new("K8S007", "one replica", prod => prod.Edit(Workload, "replicas: 2", "replicas: 1"), "spec.replicas is 1, expected 2 or more");
        yield return new("K8S008", "anti-affinity per zone only", prod => prod.Edit(Workload, "topologyKey: kubernetes.io/hostname", "topologyKey: topology.kubernetes.io/zone"), "spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution has no term with topologyKey kubernetes.io/hostname");
        yield return new("K8S009", "PDB allows no eviction", prod => prod.Edit(Workload, "spec:\n  maxUnavailable: 1", "spec:\n  maxUnavailable: 0"), "PodDisruptionBudget/a0008/aspnetapp spec.maxUnavailable allows no eviction");
        yield return new("K8S010", "workload on the system pool", prod => prod.Edit(Workload, "kubernetes.azure.com/mode: user", "kubernetes.azure.com/mode: system"), "spec.template.spec.nodeSelector is kubernetes.azure.com/mode: system");
        yield return new("K8S011", "no default deny", prod => prod.Edit(WorkloadPolicies, "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: \"${output:workloadNamespace}\"\nspec:\n  podSelector: {}\n  policyTypes:\n    - Ingress\n    - Egress\n---\n", string.Empty), "has no NetworkPolicy selecting every pod");
        yield return new("K8S012", "no policy for aspnetapp", prod => prod.CutFrom(WorkloadPolicies, "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: aspnetapp-from-traefik"), "no NetworkPolicy in a0008 selects its pods by label");
        yield return new("K8S013", "a policy for a workload that does not exist", prod => prod.Append(WorkloadPolicies, "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ghost\n  namespace: \"${output:workloadNamespace}\"\nspec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: ghost\n  policyTypes:\n    - Ingress\n"), "spec.podSelector app.kubernetes.io/name=ghost selects no workload's pods");
        yield return new("K8S014", "another ingress class (in the rendered object)", prod => prod.AfterRender.Add(layer => ((V1Ingress)layer.Objects.Single(item => item.Kind == "Ingress").Model).Spec.IngressClassName = "nginx"), "spec.ingressClassName is 'nginx', expected 'traefik-internal'");
        yield return new("K8S015", "plain HTTP entry point", prod => prod.Edit(Ingress, "router.entrypoints: websecure", "router.entrypoints: web"), "metadata.annotations['traefik.ingress.kubernetes.io/router.entrypoints'] is 'web'");
        yield return new("K8S016", "allow list not attached", prod => prod.Edit(Ingress, "\"${output:traefikNamespace}-app-gateway-subnet@kubernetescrd,${output:traefikNamespace}-gzip@kubernetescrd\"", "\"${output:traefikNamespace}-gzip@kubernetescrd\""), "metadata.annotations['traefik.ingress.kubernetes.io/router.middlewares'] is 'a0008-gzip@kubernetescrd'");
        yield return new("K8S017", "autoscaler for a renamed Deployment", prod => prod.Edit(Workload, "    name: aspnetapp\n  minReplicas", "    name: aspnetapp-v2\n  minReplicas"), "spec.scaleTargetRef is apps/v1/Deployment/aspnetapp-v2");
        yield return new("K8S018", "Traefik on a public load balancer", prod => prod.Edit(TraefikValues, "service.beta.kubernetes.io/azure-load-balancer-internal: \"true\"", "service.beta.kubernetes.io/azure-load-balancer-internal: \"false\""), "Service/a0008/traefik: metadata.annotations['service.beta.kubernetes.io/azure-load-balancer-internal'] is 'false', expected 'true': the Service would get a public IP (service.annotations in helm/traefik.values.yaml)");
        yield return new("K8S019", "baseline Pod Security", prod =>
        {
            prod.Edit("manifests/1-cluster-baseline/namespaces.yaml", "pod-security.kubernetes.io/enforce: restricted", "pod-security.kubernetes.io/enforce: baseline");
            prod.Edit("manifests/1-cluster-baseline/namespaces.yaml", "pod-security.kubernetes.io/enforce: restricted", "pod-security.kubernetes.io/enforce: baseline");
        }, "metadata.labels['pod-security.kubernetes.io/enforce'] is 'baseline', expected 'restricted'");
        yield return new("K8S020", "Traefik 37's log values against chart 41", prod => prod.Edit(TraefikValues, "log:\n  level: INFO", "logs:\n  level: INFO"), "logs: chart traefik 41.3.0's values.schema.json has no such value.");
        yield return new("K8S021", "the quota in an undeclared namespace", prod => prod.Edit("manifests/1-cluster-baseline/workload-namespace-limits.yaml", "  name: workload-quota\n  namespace: \"${output:workloadNamespace}\"", "  name: workload-quota\n  namespace: a0009"), "ResourceQuota/a0009/workload-quota is in namespace 'a0009', which no Namespace manifest declares");
        yield return new("K8S022", "a middleware no manifest declares", prod => prod.Edit(Ingress, "-gzip@kubernetescrd\"", "-compress@kubernetescrd\""), "names middleware 'a0008-compress@kubernetescrd', which no Middleware declares");
        yield return new("K8S023", "the TLS store serves a Secret nothing syncs", prod => prod.Edit(Tls, "    secretName: ingress-certificate-tls", "    secretName: ingress-tls"), "TLSStore/a0008/default: serves the Secret 'ingress-tls', which no SecretProviderClass in a0008 syncs");
        yield return new("K8S024", "Traefik mounts an undeclared SecretProviderClass", prod => prod.Edit(TraefikValues, "secretProviderClass: ingress-certificate", "secretProviderClass: ingress-cert"), "Deployment/a0008/traefik: mounts SecretProviderClass 'ingress-cert', which is not declared in a0008");
        yield return new("K8S025", "an import nothing pulls", prod => prod.Edit("helm/images.yaml", "images:\n", "images:\n  - source: docker.io/library/busybox:1.37\n    target: library/busybox:1.37\n"), "'library/busybox:1.37' is imported but nothing the layer runs pulls it");
        yield return new("K8S026", "automountServiceAccountToken true on the workload's service account", prod => prod.Edit(Workload, "  name: aspnetapp\n  namespace: \"${output:workloadNamespace}\"\nautomountServiceAccountToken: false", "  name: aspnetapp\n  namespace: \"${output:workloadNamespace}\"\nautomountServiceAccountToken: true"), "ServiceAccount/a0008/aspnetapp: automountServiceAccountToken is true, expected false");

        // Cross-artifact
        yield return new("X001", "allow list of another range", prod => prod.Edit("manifests/3-traefik/middlewares.yaml", "      - \"${output:appGatewaySubnetPrefix}\"", "      - \"10.240.6.0/24\""), "spec.ipAllowList.sourceRange is [10.240.6.0/24], expected App Gateway's subnet [10.240.5.0/24]");
        yield return new("X002", "Traefik's IP outside the ingress subnet", prod =>
        {
            prod.Outputs(Stage.Spoke)[OutputNames.IngressLoadBalancerIp] = "10.240.4.20";
            prod.Resource(Stage.Cluster, ArmTypes.PrivateDnsARecord).Properties()["aRecords"]![0]!["ipv4Address"] = "10.240.4.20";
        }, "metadata.annotations['service.beta.kubernetes.io/azure-load-balancer-ipv4'] is 10.240.4.20, outside snet-cluster-ingress (10.240.4.0/28)");
        yield return new("X003", "probe for another host", prod => prod.Gateway().Properties()["probes"]![0]!.AsObject().Set("properties.host", "wrong.aks-ingress.contoso.com"), "properties.probes['traefik-https'].properties.host is 'wrong.aks-ingress.contoso.com', expected 'bu0001a0008-00.aks-ingress.contoso.com'");
        yield return new("X004", "listener for another host", prod => prod.Gateway().Properties()["httpListeners"]![0]!.AsObject().Set("properties.hostName", "shop.contoso.com"), "properties.httpListeners['bicycle-https'].properties.hostName is 'shop.contoso.com', expected the gatewayHostName output 'bicycle.contoso.com'");
        yield return new("X005", "another vault in the SecretProviderClass", prod => prod.Edit("manifests/2-secrets-store/ingress-certificate.yaml", "keyvaultName: \"${output:keyVaultName}\"", "keyvaultName: \"kv-other\""), "spec.parameters.keyvaultName is 'kv-other'");
        yield return new("X006", "route to another next hop", prod => prod.Resource(Stage.Spoke, ArmTypes.RouteTable).Properties()["routes"]![0]!.AsObject().Set("properties.nextHopIpAddress", "10.200.0.5"), "properties.routes['default-via-hub-firewall'].properties.nextHopIpAddress is '10.200.0.5', expected the firewall's private IP 10.200.0.4");
        yield return new("X007", "a policy open to the internet", prod => prod.Edit("manifests/1-cluster-baseline/traefik-network-policies.yaml", "cidr: \"${output:appGatewaySubnetPrefix}\"", "cidr: \"0.0.0.0/0\""), "spec.ingress[].ipBlock names 0.0.0.0/0, outside the spoke");
        yield return new("X008", "the firewall lets the ingress subnet out", prod => prod.Resource(Stage.Hub, ArmTypes.IpGroup).Properties()["ipAddresses"]!.AsArray().Add("10.240.4.0/28"), "lets '10.240.4.0/28' out, which is not a node subnet");
        yield return new("X009", "DNS record to another address", prod => prod.Resource(Stage.Cluster, ArmTypes.PrivateDnsARecord).Properties()["aRecords"]![0]!["ipv4Address"] = "10.240.4.9", "properties.aRecords is [10.240.4.9], expected Traefik's internal IP [10.240.4.4]");
        yield return new("X010", "federation for another service account", prod => prod.Resource(Stage.Cluster, ArmTypes.FederatedIdentityCredential).Set("properties.subject", "system:serviceaccount:a0008:other"), "properties.subject is 'system:serviceaccount:a0008:other'") { Also = ["X015"] };
        yield return new("X011", "an output that no longer describes its subnet", prod => prod.Outputs(Stage.Spoke)[OutputNames.IngressSubnetPrefix] = "10.240.4.16/28", "output ingressSubnetPrefix: is '10.240.4.16/28', but virtualNetworks/vnet-spoke-eastus2/subnets/snet-cluster-ingress is 10.240.4.0/28");
        yield return new("X012", "Traefik's identity without a Key Vault role", prod => RemoveRoles(prod, "/vaults/", "-traefik'"), "spec.parameters.objects reads 'aks-ingress-tls' as objectType secret, which takes secret read (Key Vault Secrets User), but id-aks-qzs6ldjgjrt6u-traefik (spec.parameters.clientID) holds no role on vaults/kv-qzs6ldjgjrt6u");
        yield return new("X013", "App Gateway's identity without a Key Vault role", prod => RemoveRoles(prod, "/vaults/", "-app-gateway'"), "properties.sslCertificates['bicycle-gateway-tls'].properties.keyVaultSecretId reads a secret of vaults/kv-qzs6ldjgjrt6u, but id-aks-qzs6ldjgjrt6u-app-gateway holds no role there that reads secrets");
        yield return new("X014", "no AcrPull for the kubelet", prod => RemoveRoles(prod, "/registries/", "identityProfile.kubeletidentity"), "the kubelet identity (identityProfile.kubeletidentity of aks-qzs6ldjgjrt6u) holds no role on registries/acraksqzs6ldjgjrt6u, which the layer's images come from: expected AcrPull");
        yield return new("X015", "a federated credential trusting another cluster's issuer", prod => prod.Resource(Stage.Cluster, ArmTypes.FederatedIdentityCredential).Set("properties.issuer", "[reference('/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-other/providers/Microsoft.ContainerService/managedClusters/aks-other', '2025-10-01').oidcIssuerProfile.issuerURL]"), "id-aks-qzs6ldjgjrt6u-traefik's federated credential for system:serviceaccount:a0008:traefik-ingress-controller trusts the issuer");

        // Redeploy safety
        yield return new("REDEPLOY001", "a role assignment named anew on every deployment", prod => prod.Resources(Stage.Cluster, ArmTypes.RoleAssignment).First(assignment => ((string)assignment["id"]!).Contains("/vaults/", StringComparison.Ordinal))["name"] = "[newGuid()]", "roleAssignments/[newGuid()]: name is '[newGuid()]', which differs from one deployment to the next");

        // IP plan
        yield return new("IP001", "50 user nodes in a /22", prod => prod.Pool("npuser01")["maxCount"] = 50, "10.240.0.0/22 has 1019 usable addresses, but needs 2263 at maximum scale");
        yield return new("IP002", "400 % asked for explicitly", prod => prod.Headroom = Build.Network.ScaleHeadroom.Parse("400"), "its node pools scaled to 400 % of their maximum need 1612");
        yield return new("IP003", "service CIDR inside the spoke", prod => prod.Cluster().Set("properties.networkProfile.serviceCidr", "10.240.0.0/16"), "service CIDR 10.240.0.0/16 overlaps virtual network vnet-spoke-eastus2");
        yield return new("IP004", "a /27 firewall subnet", prod => prod.Subnet(Stage.Hub, "AzureFirewallSubnet")["addressPrefix"] = "10.200.0.0/27", "10.200.0.0/27 is smaller than the /26 AzureFirewallSubnet requires");

        // Governance and monitoring
        yield return new("GOV001", "no HTTPS-only policy", prod => prod.Remove(Stage.Cluster, Assignment(prod, HttpsOnly)), $"no policy assignment of HTTPS ingress only ({HttpsOnly}) applies to it");
        yield return new("GOV002", "HTTPS-only audited instead of denied", prod => Assignment(prod, HttpsOnly).Set("properties.parameters.effect.value", "audit"), "properties.parameters.effect.value is 'audit', expected 'Deny'");
        yield return new("GOV003", "any image allowed", prod => Assignment(prod, AllowedImages).Set("properties.parameters.allowedContainerImagesRegex.value", "^.+$"), "which admits docker.io/library/nginx:1.27");
        yield return new("GOV004", "the workload namespace excluded from read-only root filesystems", prod => Assignment(prod, ReadOnlyRootFilesystem)["properties"]!["parameters"]!["excludedNamespaces"]!["value"]!.AsArray().Add("a0008"), "properties.parameters.excludedNamespaces.value excludes 'a0008', the workload namespace") { Also = ["GOV014"] };
        yield return new("GOV005", "Defender sensor off", prod => prod.Cluster().Set("properties.securityProfile.defender.securityMonitoring.enabled", false), "properties.securityProfile.defender.securityMonitoring.enabled is false, expected true");
        yield return new("GOV006", "metrics add-on off", prod => prod.Cluster().Set("properties.azureMonitorProfile.metrics.enabled", false), "properties.azureMonitorProfile.metrics.enabled is false, expected true");
        yield return new("GOV007", "no crash-loop alert", prod => RemoveAlert(prod, "KubePodCrashLooping"), "raises KubePodCrashLooping (pod level");
        yield return new("GOV008", "an alert rule without action", prod => PrometheusRule(prod, "KubeNodeUnreachable")["actions"] = new JsonArray(), "properties.rules['KubeNodeUnreachable'].actions names no action group");
        yield return new("GOV009", "failed-pods alert disabled", prod => prod.Resource(Stage.Cluster, ArmTypes.ScheduledQueryRule).Set("properties.enabled", false), "properties.enabled is false, expected true");
        yield return new("GOV010", "Advisor alert on another category", prod => prod.Resource(Stage.Cluster, ArmTypes.ActivityLogAlert)["properties"]!["condition"]!["allOf"]![0]!["equals"] = "Administrative", "no activity-log alert on category 'Recommendation'");
        yield return new("GOV011", "syslog not sent to the workspace", prod => ContainerInsightsStreams(prod).Remove(ContainerInsightsStreams(prod).Single(stream => (string?)stream == "Microsoft-Syslog")), "sends Microsoft-Syslog from a syslog data source to a Log Analytics workspace");
        yield return new("GOV012", "no namespace readers", prod => prod.Remove(Stage.Cluster, prod.Resources(Stage.Cluster, ArmTypes.RoleAssignment).Single(assignment => ((string)assignment["id"]!).Contains("/namespaces/a0008/", StringComparison.Ordinal))), "no Microsoft Entra group holds Azure Kubernetes Service RBAC Reader");
        yield return new("GOV013", "an Ingress without kubernetes.io/ingress.allow-http: \"false\"", prod => prod.Edit(Ingress, "    kubernetes.io/ingress.allow-http: \"false\"\n", string.Empty), $"Ingress/a0008/aspnetapp: metadata.annotations['kubernetes.io/ingress.allow-http'] is not set: HTTPS ingress only ({HttpsOnly}) refuses an Ingress at admission unless it is \"false\"");
        yield return new("GOV014", "the container-limits assignment allowing two CPUs", prod => Assignment(prod, ContainerLimits).Set("properties.parameters.cpuLimit.value", "2"), "properties.parameters.cpuLimit.value is '2', but containerLimits.cpu in bicep/environments/prod/cluster-policy.json:6 is '1'");
        yield return new("GOV015", "a documentation range among the API server's authorized ranges", prod => prod.Cluster()["properties"]!["apiServerAccessProfile"]!["authorizedIPRanges"]!.AsArray().Add("198.51.100.0/24"), "param authorizedIPRanges: '198.51.100.0/24' is the shipped placeholder: Preflight refuses this");

        // Snapshot drift and suppressions
        yield return new("SNAPSHOT001", "the cluster template drifted", prod => prod.Snapshots = new SnapshotVerdict(
            [(Stage.Cluster, "bicep/environments/prod/cluster.snapshot.json")],
            [new StageDrift(Stage.Cluster, [new ResourceChange(ResourceChangeKind.Modified, "/subscriptions/0/resourceGroups/rg-bu0001a0008", "Microsoft.ContainerService/managedClusters/aks-qzs6ldjgjrt6u", ["properties.networkProfile.networkPolicy"])])]),
            "Microsoft.ContainerService/managedClusters/aks-qzs6ldjgjrt6u changed (properties.networkProfile.networkPolicy)");
        yield return new("SUP001", "an expired suppression", prod => prod.Suppressions.Add(new("K8S004", "Deployment/a0008/aspnetapp", "the image writes to /app", new DateOnly(2026, 1, 31))), "expired on 2026-01-31");
        yield return new("SUP002", "a suppression that matches nothing", prod => prod.Suppressions.Add(new("AKS001", "managedClusters/aks-qzs6ldjgjrt6u", "trying Cilium", new DateOnly(2026, 12, 31))), "matches no finding of AKS001");
    }

    private const string HttpsOnly = "1a5b4dca-0b6f-4cf5-907c-56316bc1bf3d";
    private const string AllowedImages = "febd0533-8e55-448f-b837-bd0e06f16469";
    private const string ReadOnlyRootFilesystem = "df49d893-a74c-421d-bc95-c663042e5b80";
    private const string ContainerLimits = "e345eecc-fa47-480f-9e88-67dcc122b164";

    /// <summary>The cluster's assignment of a built-in policy, by the definition's GUID.</summary>
    public static JsonObject Assignment(ProdFixture prod, string definition) =>
        prod.Resources(Stage.Cluster, ArmTypes.PolicyAssignment).Single(assignment => ((string)assignment["properties"]!["policyDefinitionId"]!).EndsWith(definition, StringComparison.Ordinal));

    private static JsonObject PrometheusRule(ProdFixture prod, string alert) =>
        prod.Resources(Stage.Cluster, ArmTypes.PrometheusRuleGroup)
            .SelectMany(group => group["properties"]!["rules"]!.AsArray().OfType<JsonObject>())
            .Single(rule => (string?)rule["alert"] == alert);

    private static void RemoveAlert(ProdFixture prod, string alert)
    {
        var rule = PrometheusRule(prod, alert);
        ((JsonArray)rule.Parent!).Remove(rule);
    }

    private static JsonArray ContainerInsightsStreams(ProdFixture prod) =>
        prod.Resource(Stage.Cluster, ArmTypes.DataCollectionRule, "MSCI-")["properties"]!["dataFlows"]![0]!["streams"]!.AsArray();

    private static JsonObject AuditLog(ProdFixture prod) =>
        prod.Resource(Stage.Cluster, ArmTypes.DiagnosticSetting, "aks-").Properties()["logs"]!.AsArray().OfType<JsonObject>().Single(log => (string?)log["category"] == "kube-audit-admin");

    private static JsonObject VaultAudit(ProdFixture prod) =>
        prod.Resource(Stage.Cluster, ArmTypes.DiagnosticSetting, "kv-").Properties()["logs"]![0]!.AsObject();

    private static void GrantAcrPush(ProdFixture prod)
    {
        var pull = prod.Resources(Stage.Cluster, ArmTypes.RoleAssignment).Single(assignment => ((string)assignment["id"]!).Contains("/registries/", StringComparison.Ordinal));
        var push = pull.DeepClone().AsObject();
        push["id"] = ((string)pull["id"]!).Replace((string)pull["name"]!, "0d2d2a6b-6c5b-4b8a-9b1e-4b6b0a0e0f01", StringComparison.Ordinal);
        push["name"] = "0d2d2a6b-6c5b-4b8a-9b1e-4b6b0a0e0f01";
        push["properties"]!["roleDefinitionId"] = $"/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/{AcrPush}";
        prod.Snapshot(Stage.Cluster)["predictedResources"]!.AsArray().Add(push);
    }

    private static V1Container AspNetApp(Build.Kubernetes.KubernetesLayer layer) =>
        layer.ObjectsOf<V1Deployment>().Single(deployment => deployment.Metadata.Name == "aspnetapp").Spec.Template.Spec.Containers[0];

    /// <summary>Removes the role assignments at a kind of resource (<c>/vaults/</c>) whose principal names <paramref name="principal"/>.</summary>
    private static void RemoveRoles(ProdFixture prod, string scope, string principal)
    {
        foreach (var assignment in prod.Resources(Stage.Cluster, ArmTypes.RoleAssignment).Where(assignment => ((string)assignment["id"]!).Contains(scope, StringComparison.Ordinal) && ((string?)assignment["properties"]!["principalId"] ?? string.Empty).Contains(principal, StringComparison.Ordinal)).ToList())
        {
            prod.Remove(Stage.Cluster, assignment);
        }
    }

    private static void ReplaceWith(this JsonArray array, IEnumerable<JsonNode?> items)
    {
        array.Clear();
        foreach (var item in items)
        {
            array.Add(item);
        }
    }
}
