using Build.Infrastructure;
using Build.Kubernetes;
using Build.Kubernetes.Crds;
using k8s.Models;

namespace Build.Tests.Kubernetes;

/// <summary>The real helm/ and manifests/, rendered with the fixture's prod outputs (the seed's values).</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class LayerRenderingTests
{
    private LayerSources _sources = null!;
    private KubernetesLayer _layer = null!;
    private StackOutputs _outputs = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _sources = new LayerSources();
        _outputs = _sources.Outputs();
        _layer = _sources.Render();
    }

    [OneTimeTearDown]
    public void Clean() => _sources.Dispose();

    [Test]
    public void Renders_the_cluster_baseline_and_the_workload()
    {
        Assert.That(_layer.Objects.Where(item => !item.FromChart).Select(item => item.Identity), Is.EquivalentTo(new[]
        {
            "Namespace/-/a0008",
            "ServiceAccount/a0008/traefik-ingress-controller",
            "ClusterRole/-/traefik-ingress-cluster-scope",
            "ClusterRoleBinding/-/traefik-ingress-cluster-scope",
            "Role/a0008/traefik-ingress-provider",
            "RoleBinding/a0008/traefik-ingress-provider",
            "Role/a0008/traefik-crd-provider",
            "RoleBinding/a0008/traefik-crd-provider",
            "NetworkPolicy/a0008/traefik",
            "NetworkPolicy/a0008/default-deny",
            "NetworkPolicy/a0008/allow-dns-egress",
            "NetworkPolicy/a0008/aspnetapp-from-traefik",
            "ResourceQuota/a0008/workload-quota",
            "LimitRange/a0008/workload-limits",
            "SecretProviderClass/a0008/ingress-certificate",
            "TLSOption/a0008/default",
            "TLSStore/a0008/default",
            "Middleware/a0008/app-gateway-subnet",
            "Middleware/a0008/gzip",
            "ServiceAccount/a0008/aspnetapp",
            "Deployment/a0008/aspnetapp",
            "Service/a0008/aspnetapp",
            "PodDisruptionBudget/a0008/aspnetapp",
            "HorizontalPodAutoscaler/a0008/aspnetapp",
            "Ingress/a0008/aspnetapp",
        }));
    }

    [Test]
    public void Installs_each_chart_before_the_manifests_that_need_it()
    {
        Assert.That(_layer.InstallPlan.Select(step => step.ToString()), Is.EqualTo(new[]
        {
            "apply manifests/1-cluster-baseline",
            "install csi-secrets-store-provider-azure",
            "apply manifests/2-secrets-store",
            "install traefik",
            "apply manifests/3-traefik",
            "apply manifests/4-workload",
        }));
        Assert.That(_layer.Releases.Select(r => $"{r.Release.ChartReference} {r.Release.Version}"), Is.EqualTo(new[]
        {
            "csi-secrets-store-provider-azure/csi-secrets-store-provider-azure 1.8.2",
            "traefik/traefik 41.3.0",
        }));
    }

    [Test]
    public void Leaves_no_placeholder_in_any_rendered_file()
    {
        Assert.That(_layer.Files, Is.Not.Empty);
        foreach (var file in _layer.Files)
        {
            Assert.That(file.Text, Does.Not.Contain("${"), file.File);
            Assert.That(file.Text, Does.Not.Contain("output:"), file.File);
        }
    }

    [Test]
    public void Writes_every_output_known_offline_exactly_as_the_Bicep_output_says()
    {
        var known = _layer.Substitutions.Where(s => !s.IsStandIn).ToList();
        Assert.That(known.Select(s => s.OutputName).Distinct(), Is.SupersetOf(new[]
        {
            OutputNames.AppGatewaySubnetPrefix, OutputNames.IngressLoadBalancerIp, OutputNames.IngressSubnetName, OutputNames.BackendHostName,
            OutputNames.KeyVaultName, OutputNames.TenantId, OutputNames.IngressCertificateName, OutputNames.WorkloadNamespace,
            OutputNames.TraefikNamespace, OutputNames.TraefikServiceAccountName,
        }));

        foreach (var substitution in known)
        {
            var line = _layer.Files.Single(file => file.File == substitution.File).Text.Split('\n')[substitution.Line - 1];
            Assert.That(line.Substring(substitution.Column - 1, substitution.Value.Length), Is.EqualTo(_outputs.GetString(substitution.OutputName)), $"{substitution.File}:{substitution.Line}");
        }
    }

    [Test]
    public void Stands_in_only_for_outputs_known_only_after_deployment()
    {
        Assert.That(_layer.StandIns.Select(s => s.OutputName), Is.EquivalentTo(new[] { OutputNames.TraefikIdentityClientId, OutputNames.AcrLoginServer }));
        foreach (var standIn in _layer.Substitutions.Where(s => s.IsStandIn))
        {
            Assert.That(_outputs.IsKnownOnlyAfterDeployment(standIn.OutputName), standIn.OutputName);
            Assert.That(standIn.Value, Is.EqualTo(OfflineStandIn.For(standIn.OutputName)));
        }
    }

    [Test]
    public void Puts_Traefik_on_the_internal_load_balancer_the_spoke_decides()
    {
        var service = _layer.Chart("traefik")!.Objects.Select(item => item.Model).OfType<V1Service>().Single();
        var traefik = TraefikDeployment.In(_layer)!;

        Assert.That(service.Metadata.Annotations, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["service.beta.kubernetes.io/azure-load-balancer-internal"] = "true",
            ["service.beta.kubernetes.io/azure-load-balancer-internal-subnet"] = _outputs.GetString(OutputNames.IngressSubnetName),
            ["service.beta.kubernetes.io/azure-load-balancer-ipv4"] = _outputs.GetString(OutputNames.IngressLoadBalancerIp),
        }));
        Assert.That(service.Spec.Type, Is.EqualTo("LoadBalancer"));
        Assert.That(service.Spec.ExternalTrafficPolicy, Is.EqualTo("Local"));
        Assert.That(service.Spec.Ports.Select(port => $"{port.Name} {port.Port}"), Is.EqualTo(new[] { "websecure 443" }), "plain HTTP stays inside the pod");
        Assert.That(traefik.TrustedIPs("websecure"), Is.EqualTo(new[] { _outputs.GetString(OutputNames.AppGatewaySubnetPrefix) }));
        Assert.That(traefik.IngressNamespaces, Is.EqualTo(new[] { _outputs.GetString(OutputNames.WorkloadNamespace) }));
        Assert.That(traefik.ServiceAccount, Is.EqualTo(_outputs.GetString(OutputNames.TraefikServiceAccountName)));
        Assert.That(traefik.Item.Namespace, Is.EqualTo(_outputs.GetString(OutputNames.TraefikNamespace)));
    }

    [Test]
    public void Lets_only_the_App_Gateway_subnet_through_Traefik()
    {
        var middleware = _layer.ObjectsOf<TraefikMiddleware>().Single(m => m.Metadata.Name == "app-gateway-subnet");
        Assert.That(middleware.Spec.IpAllowList!.SourceRange, Is.EqualTo(new[] { "10.240.5.0/24" }));

        var policy = _layer.ObjectsOf<V1NetworkPolicy>().Single(p => p.Metadata.Name == "traefik");
        Assert.That(policy.Spec.Ingress[0].FromProperty.Single().IpBlock.Cidr, Is.EqualTo("10.240.5.0/24"));
    }

    [Test]
    public void Reads_the_ingress_certificate_from_the_cluster_key_vault_as_Traefik()
    {
        var provider = _layer.ObjectsOf<SecretProviderClass>().Single();
        Assert.That(provider.Spec.Parameters, Does.ContainKey("keyvaultName").WithValue(_outputs.GetString(OutputNames.KeyVaultName)));
        Assert.That(provider.Spec.Parameters, Does.ContainKey("tenantId").WithValue(_outputs.GetString(OutputNames.TenantId)));
        Assert.That(provider.Spec.Parameters, Does.ContainKey("clientID").WithValue(OfflineStandIn.ZeroGuid));
        Assert.That(AzureKeyVaultParameters.ObjectsOf(provider).Select(o => (o.ObjectName, o.ObjectType, o.MountedName)), Is.EqualTo(new[]
        {
            (_outputs.GetString(OutputNames.IngressCertificateName), "cert", "tls.crt"),
            (_outputs.GetString(OutputNames.IngressCertificateName), "secret", "tls.key"),
        }));

        var store = _layer.ObjectsOf<TraefikTlsStore>().Single();
        Assert.That(provider.Spec.SecretObjects!.Select(s => s.SecretName), Does.Contain(store.Spec.DefaultCertificate!.SecretName));
    }

    [Test]
    public void Routes_the_backend_host_name_through_Traefik_with_TLS_and_both_middlewares()
    {
        var ingress = _layer.ObjectsOf<V1Ingress>().Single();
        var host = _outputs.GetString(OutputNames.BackendHostName);

        Assert.That(ingress.Spec.IngressClassName, Is.EqualTo("traefik-internal"));
        Assert.That(ingress.Spec.Tls.Single().Hosts, Is.EqualTo(new[] { host }));
        Assert.That(ingress.Spec.Rules.Single().Host, Is.EqualTo(host));
        Assert.That(ingress.Metadata.Annotations[Build.Validation.Rules.Kubernetes.IngressRule.MiddlewaresAnnotation], Is.EqualTo("a0008-app-gateway-subnet@kubernetescrd,a0008-gzip@kubernetescrd"));
        Assert.That(ingress.Metadata.Annotations["traefik.ingress.kubernetes.io/router.entrypoints"], Is.EqualTo("websecure"));
    }

    [Test]
    public void Pulls_every_image_from_the_cluster_registry()
    {
        var deployment = _layer.ObjectsOf<V1Deployment>().Single(deployment => deployment.Metadata.Name == "aspnetapp");
        Assert.That(deployment.Spec.Template.Spec.Containers.Single().Image, Is.EqualTo("acrloginserver.invalid/dotnet/samples:aspnetapp-9.0"));
        Assert.That(TraefikDeployment.In(_layer)!.Container.Image, Is.EqualTo("acrloginserver.invalid/library/traefik:v3.7.11"));
    }

    [Test]
    public void Renders_with_Traefik_in_a_namespace_of_its_own()
    {
        using var sources = new LayerSources();
        sources.SetOutput("cluster", OutputNames.TraefikNamespace, "traefik-ingress");

        var layer = sources.Render();

        Assert.That(layer.ObjectsOf<V1Namespace>().Select(ns => ns.Metadata.Name), Is.EquivalentTo(new[] { "a0008", "traefik-ingress" }));
        Assert.That(layer.ObjectsOf<TraefikMiddleware>().Select(m => m.Metadata.NamespaceProperty), Is.All.EqualTo("traefik-ingress"));
        Assert.That(layer.ObjectsOf<V1Ingress>().Single().Metadata.Annotations[Build.Validation.Rules.Kubernetes.IngressRule.MiddlewaresAnnotation], Does.StartWith("traefik-ingress-app-gateway-subnet@kubernetescrd"));
        Assert.That(layer.Objects.Single(o => o.Identity == "Role/a0008/traefik-ingress-provider"), Is.Not.Null);
        Assert.That(layer.Objects.Single(o => o.Identity == "Role/traefik-ingress/traefik-crd-provider"), Is.Not.Null);
    }

    [Test]
    public void Writes_the_rendered_files_and_a_log_naming_every_stand_in()
    {
        var directory = Path.Combine(_sources.Root, "artifacts", "rendered", LayerSources.Environment);

        var written = RenderedLayerWriter.Write(_layer, directory);

        Assert.That(File.ReadAllText(Path.Combine(written.ManifestFolder("4-workload"), "aspnetapp-ingress.yaml")), Does.Contain("host: \"bu0001a0008-00.aks-ingress.contoso.com\""));
        Assert.That(File.ReadAllText(written.ValuesFile(_layer.Release("traefik").Release)), Does.Contain("azure-load-balancer-ipv4: \"10.240.4.4\""));
        Assert.That(File.ReadAllText(written.Log), Does.Contain("traefikIdentityClientId = 00000000-0000-0000-0000-000000000000"));
        Assert.That(written.ManifestFiles("4-workload").Select(Path.GetFileName), Is.EqualTo(new[] { "aspnetapp-ingress.yaml", "aspnetapp.yaml" }));
        Assert.That(File.ReadAllText(written.ChartFile(_layer.Release("traefik").Release)), Does.Contain("kind: Deployment").And.Contain("# Source: traefik/templates/deployment.yaml"));
        Assert.That(File.ReadAllText(written.Log), Does.Contain("Chart traefik 41.3.0 for release traefik").And.Contain("DaemonSet/kube-system/secrets-store-csi-driver"));
    }
}
