using System.Text.Json.Nodes;
using Build.Infrastructure;
using Build.Resources.Azure;
using Build.Validation;

namespace Build.Tests.Validation;

/// <summary>
/// Changes nobody on the team wrote that break the baseline, made to what bicep predicts (the snapshot JSON) or to
/// the real manifests and values: each yields at least one error finding whose message names the broken setting.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class BaselineMutationTests
{
    public static IEnumerable<TestCaseData> Mutations()
    {
        yield return Case("network policy cilium", prod => prod.Cluster().Set("properties.networkProfile.networkPolicy", "cilium"), "properties.networkProfile.networkPolicy is 'cilium', expected 'azure'");
        yield return Case("kubenet", prod => prod.Cluster().Set("properties.networkProfile.networkPlugin", "kubenet"), "properties.networkProfile.networkPlugin is 'kubenet'");
        yield return Case("local accounts enabled", prod => prod.Cluster().Set("properties.disableLocalAccounts", false), "properties.disableLocalAccounts is false, expected true");
        yield return Case("WAF in Detection mode", prod => prod.Resource(Stage.Cluster, ArmTypes.WafPolicy).Set("properties.policySettings.mode", "Detection"), "properties.policySettings.mode is 'Detection', expected 'Prevention'");
        yield return Case("WAF disabled", prod => prod.Resource(Stage.Cluster, ArmTypes.WafPolicy).Set("properties.policySettings.state", "Disabled"), "properties.policySettings.state is 'Disabled'");
        yield return Case("TLS 1.0 SSL policy", prod => prod.Gateway().Set("properties.sslPolicy.minProtocolVersion", "TLSv1_0"), "properties.sslPolicy.minProtocolVersion is 'TLSv1_0'");
        yield return Case("a predefined TLS 1.0 policy", prod => prod.Gateway().Properties()["sslPolicy"] = JsonNode.Parse("""{ "policyType": "Predefined", "policyName": "AppGwSslPolicy20150501" }"""), "properties.sslPolicy.policyName is 'AppGwSslPolicy20150501'");
        yield return Case("Traefik TLS 1.0", prod => prod.Edit("manifests/3-traefik/tls.yaml", "minVersion: VersionTLS12", "minVersion: VersionTLS10"), "spec.minVersion is VersionTLS10");
        yield return Case("missing NSG on the nodes subnet", prod => prod.Subnet(Stage.Spoke, "snet-cluster-nodes").Remove("networkSecurityGroup"), "networkSecurityGroup.id is not set");
        yield return Case("an NSG no deployment predicts", prod => prod.Remove(Stage.Spoke, prod.Resource(Stage.Spoke, ArmTypes.NetworkSecurityGroup, "nsg-vnet-spoke-eastus2-private-endpoints")), "a network security group no deployment predicts");
        yield return Case("ACR admin on", prod => prod.Resource(Stage.Cluster, ArmTypes.ContainerRegistry).Set("properties.adminUserEnabled", true), "properties.adminUserEnabled is true, expected false");
        yield return Case("Traefik ipAllowList CIDR changed", prod => prod.Edit("manifests/3-traefik/middlewares.yaml", "      - \"${output:appGatewaySubnetPrefix}\"", "      - \"10.240.0.0/16\""), "spec.ipAllowList.sourceRange is [10.240.0.0/16]");
        yield return Case("ingress IP outside the subnet", prod => prod.Outputs(Stage.Spoke)[OutputNames.IngressLoadBalancerIp] = "10.240.4.20", "azure-load-balancer-ipv4'] is 10.240.4.20, outside snet-cluster-ingress");
        yield return Case("ingress IP on a reserved address", prod => prod.Outputs(Stage.Spoke)[OutputNames.IngressLoadBalancerIp] = "10.240.4.1", "is 10.240.4.1, one of the five addresses Azure reserves");
        yield return Case("replicas 1", prod => prod.Edit("manifests/4-workload/aspnetapp.yaml", "replicas: 2", "replicas: 1"), "spec.replicas is 1, expected 2 or more");
        yield return Case("Traefik replicas 1", prod => prod.Edit("helm/traefik.values.yaml", "replicas: 2", "replicas: 1"), "Deployment/a0008/traefik: spec.replicas is 1, expected 2 or more (deployment.replicas in helm/traefik.values.yaml)");
        yield return Case("missing probes", prod => prod.Edit("manifests/4-workload/aspnetapp.yaml", "          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: http\n            initialDelaySeconds: 10\n            periodSeconds: 20\n            timeoutSeconds: 2\n            failureThreshold: 3\n", string.Empty), "spec.template.spec.containers[aspnetapp].livenessProbe is not set");
        yield return Case("latest tag", prod => prod.Edit("manifests/4-workload/aspnetapp.yaml", "/dotnet/samples:aspnetapp-9.0\"", "/dotnet/samples:latest\""), "spec.template.spec.containers[aspnetapp].image is 'acrloginserver.invalid/dotnet/samples:latest', which pins no version");
        yield return Case("Traefik's root filesystem writable", prod => prod.Edit("helm/traefik.values.yaml", "  readOnlyRootFilesystem: true", "  readOnlyRootFilesystem: false"), "Deployment/a0008/traefik: spec.template.spec.containers[traefik].securityContext.readOnlyRootFilesystem is false, expected true (securityContext.readOnlyRootFilesystem in helm/traefik.values.yaml)");
        yield return Case("Traefik as root", prod => prod.Edit("helm/traefik.values.yaml", "  runAsNonRoot: true\n  runAsUser: 65532", "  runAsNonRoot: false\n  runAsUser: 0"), "spec.template.spec.containers[traefik].securityContext.runAsNonRoot runs as user 0 (root)");
        yield return Case("Traefik without its disruption budget", prod => prod.Edit("helm/traefik.values.yaml", "podDisruptionBudget:\n  enabled: true", "podDisruptionBudget:\n  enabled: false"), "Deployment/a0008/traefik: no PodDisruptionBudget in a0008 selects its pods");
        yield return Case("Traefik anywhere on the system pool", prod => prod.Edit("helm/traefik.values.yaml", "  kubernetes.azure.com/mode: user\n", string.Empty), "Deployment/a0008/traefik: spec.template.spec.nodeSelector is kubernetes.io/os: linux, expected kubernetes.azure.com/mode: user");
        yield return Case("Traefik trusting forwarded headers from the whole spoke", prod => prod.Edit("helm/traefik.values.yaml", "        - \"${output:appGatewaySubnetPrefix}\"", "        - \"10.240.0.0/16\""), "--entryPoints.websecure.forwardedHeaders.trustedIPs is [10.240.0.0/16], expected App Gateway's subnet [10.240.5.0/24]");
        yield return Case("the CSI driver no longer syncing Secrets", prod => prod.Edit("helm/csi-secrets-store-provider-azure.values.yaml", "  syncSecret:\n    enabled: true", "  syncSecret:\n    enabled: false"), "CSIDriver/-/secrets-store.csi.k8s.io: no service account of the driver's release may create Secrets, so the Secret ingress-certificate-tls would never be written");
        yield return Case("the CSI driver without the token exchange audience", prod => prod.Edit("helm/csi-secrets-store-provider-azure.values.yaml", "  tokenRequests:\n    - audience: api://AzureADTokenExchange", "  tokenRequests: []"), "CSIDriver/-/secrets-store.csi.k8s.io: spec.tokenRequests asks for no token, not one for api://AzureADTokenExchange");
        yield return Case("sniStrict off", prod => prod.Edit("manifests/3-traefik/tls.yaml", "sniStrict: true", "sniStrict: false"), "TLSOption/a0008/default: spec.sniStrict is false, expected true");
        yield return Case("the workload's pods mounting API tokens", prod => prod.Edit("manifests/4-workload/aspnetapp.yaml", "      automountServiceAccountToken: false", "      automountServiceAccountToken: true"), "Deployment/a0008/aspnetapp: spec.template.spec.automountServiceAccountToken is true: its pods get an API token");
        yield return Case("Traefik's service account mounting API tokens", prod => prod.Edit("manifests/1-cluster-baseline/traefik-rbac.yaml", "automountServiceAccountToken: false", "automountServiceAccountToken: true"), "ServiceAccount/a0008/traefik-ingress-controller: automountServiceAccountToken is true, expected false");
        yield return Case("an nginx Ingress", prod => prod.Edit("manifests/4-workload/aspnetapp-ingress.yaml", "ingressClassName: traefik-internal", "ingressClassName: nginx"), "Ingress/a0008/aspnetapp: spec.ingressClassName is 'nginx', expected 'traefik-internal'");
        yield return Case("an Ingress the HTTPS-only policy refuses", prod => prod.Edit("manifests/4-workload/aspnetapp-ingress.yaml", "    kubernetes.io/ingress.allow-http: \"false\"\n", string.Empty), "Ingress/a0008/aspnetapp: metadata.annotations['kubernetes.io/ingress.allow-http'] is not set: HTTPS ingress only (1a5b4dca-0b6f-4cf5-907c-56316bc1bf3d) refuses an Ingress at admission");
        yield return Case("the workload's Service in the default namespace", prod => prod.Edit("manifests/4-workload/aspnetapp.yaml", "kind: Service\nmetadata:\n  name: aspnetapp\n  namespace: \"${output:workloadNamespace}\"", "kind: Service\nmetadata:\n  name: aspnetapp\n  namespace: default"), "Service/default/aspnetapp: metadata.namespace is 'default': no default namespace (9f061a12-e40d-4183-a00e-171812443373) refuses Services there at admission");
        yield return Case("an external IP on the workload's Service", prod => prod.Edit("manifests/4-workload/aspnetapp.yaml", "spec:\n  type: ClusterIP\n", "spec:\n  type: ClusterIP\n  externalIPs:\n    - 10.240.4.9\n"), "Service/a0008/aspnetapp: spec.externalIPs has 10.240.4.9, which allowed external IPs (d46c275d-1680-448d-b2ec-e495a3b6cc89) does not allow");
        yield return Case("a hostPath volume in the workload", prod => prod.Edit("manifests/4-workload/aspnetapp.yaml", "      volumes:\n        - name: tmp\n", "      volumes:\n        - name: node-logs\n          hostPath:\n            path: /var/log\n        - name: tmp\n"), "Deployment/a0008/aspnetapp: spec.template.spec.volumes[node-logs].hostPath.path is '/var/log', and properties.parameters.allowedHostPaths.value.paths is []");
        yield return Case("the container-limits assignment out of step with cluster-policy.json", prod => FailingFixtures.Assignment(prod, "e345eecc-fa47-480f-9e88-67dcc122b164").Set("properties.parameters.memoryLimit.value", "4Gi"), "properties.parameters.memoryLimit.value is '4Gi', but containerLimits.memory in bicep/environments/prod/cluster-policy.json:7 is '1Gi'");
        yield return Case("the allowed-images pattern without MCR", prod => FailingFixtures.Assignment(prod, "febd0533-8e55-448f-b837-bd0e06f16469").Set("properties.parameters.allowedContainerImagesRegex.value", "^(acraksqzs6ldjgjrt6u\\.azurecr\\.io)/.+$"), "which refuses images from mcr.microsoft.com, an additional registry in bicep/environments/prod/cluster-policy.json:2");
        yield return Case("the external-IPs assignment allowing an address the file does not", prod => FailingFixtures.Assignment(prod, "d46c275d-1680-448d-b2ec-e495a3b6cc89").Set("properties.parameters.allowedExternalIPs.value", new JsonArray("10.240.4.9")), "properties.parameters.allowedExternalIPs.value is [\"10.240.4.9\"], but allowedExternalIPs in bicep/environments/prod/cluster-policy.json:16 is []");
        yield return Case("Traefik latest tag", prod => prod.Edit("helm/traefik.values.yaml", "tag: v3.7.11", "tag: latest"), "chart traefik 41.3.0 does not render with these values: Error: execution error at (traefik/templates/rbac/role.yaml:1:16): ERROR: version \"latest\" is not supported");
    }

    [TestCaseSource(nameof(Mutations))]
    public void The_mutation_is_an_error_naming_the_broken_setting(Action<ProdFixture> mutate, string setting)
    {
        using var prod = new ProdFixture();
        mutate(prod);

        var errors = prod.Validate().Errors.ToList();

        Assert.That(errors.Select(finding => finding.Message), Has.Some.Contains(setting), string.Join("\n", errors));
    }

    private static TestCaseData Case(string name, Action<ProdFixture> mutate, string setting) => new TestCaseData(mutate, setting).SetArgDisplayNames(name);
}
