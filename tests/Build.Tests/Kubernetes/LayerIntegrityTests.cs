namespace Build.Tests.Kubernetes;

/// <summary>What one file names, another must declare: each broken reference fails with the file and line of the object (or values line) that names it.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class LayerIntegrityTests
{
    private const string Ingress = "manifests/4-workload/aspnetapp-ingress.yaml";
    private const string Workload = "manifests/4-workload/aspnetapp.yaml";
    private const string SecretProvider = "manifests/2-secrets-store/ingress-certificate.yaml";
    private const string Tls = "manifests/3-traefik/tls.yaml";
    private const string Rbac = "manifests/1-cluster-baseline/traefik-rbac.yaml";
    private const string TraefikValues = "helm/traefik.values.yaml";
    private const string Releases = "helm/releases.yaml";
    private const string Images = "helm/images.yaml";

    private static int IngressLine => LayerSources.LineOf(Ingress, "apiVersion: networking.k8s.io/v1");

    [Test]
    public void An_ingress_of_another_class_than_Traefiks_fails() =>
        StrictValidationTests.AssertFails(Ingress, "ingressClassName: traefik-internal", "ingressClassName: traefik-external",
            "Ingress/a0008/aspnetapp has ingressClassName 'traefik-external', but Traefik (traefik 41.3.0) serves the class 'traefik-internal'", line: IngressLine);

    [Test]
    public void An_ingress_routing_to_a_port_no_service_has_fails() =>
        StrictValidationTests.AssertFails(Ingress, "                  name: http", "                  name: https",
            "routes to service aspnetapp port https, which no Service in a0008 declares", line: IngressLine);

    [Test]
    public void An_ingress_naming_an_undeclared_TLS_option_fails() =>
        StrictValidationTests.AssertFails(Ingress, "router.tls.options: default", "router.tls.options: modern",
            "names TLS option 'modern', which no TLSOption declares", line: IngressLine);

    [Test]
    public void A_secret_provider_syncing_an_object_it_does_not_mount_fails() =>
        StrictValidationTests.AssertFails(SecretProvider, "        - objectName: tls.key", "        - objectName: tls.pem",
            "SecretProviderClass/a0008/ingress-certificate syncs object 'tls.pem', which it does not mount (objects: tls.crt, tls.key)", line: LayerSources.LineOf(SecretProvider, "apiVersion: secrets-store"));

    [Test]
    public void Traefik_running_as_an_undeclared_service_account_fails() =>
        StrictValidationTests.AssertFails(Rbac, "kind: ServiceAccount\nmetadata:\n  name: \"${output:traefikServiceAccountName}\"", "kind: ServiceAccount\nmetadata:\n  name: traefik",
            "Traefik runs as service account 'traefik-ingress-controller', which no ServiceAccount in a0008 declares", errorFile: TraefikValues, line: LayerSources.LineOf(TraefikValues, "name: \"${output:traefikServiceAccountName}\""));

    [Test]
    public void Traefik_mounting_an_undeclared_secret_provider_class_fails() =>
        StrictValidationTests.AssertFails(TraefikValues, "secretProviderClass: ingress-certificate", "secretProviderClass: ingress-cert",
            "Traefik mounts SecretProviderClass 'ingress-cert', which is not declared in a0008");

    [Test]
    public void A_Traefik_object_outside_the_namespaces_Traefik_watches_fails() =>
        StrictValidationTests.AssertFails(Tls, "  name: default\n  namespace: \"${output:traefikNamespace}\"\nspec:\n  minVersion", "  name: default\n  namespace: kube-system\nspec:\n  minVersion",
            "TLSOption/kube-system/default is in a namespace Traefik's CRD provider does not watch (a0008)", line: LayerSources.LineOf(Tls, "apiVersion: traefik.io/v1alpha1\nkind: TLSOption"));

    [Test]
    public void An_object_in_an_undeclared_namespace_fails() =>
        StrictValidationTests.AssertFails(Workload, "kind: Service\nmetadata:\n  name: aspnetapp\n  namespace: \"${output:workloadNamespace}\"", "kind: Service\nmetadata:\n  name: aspnetapp\n  namespace: a0009",
            "Service/a0009/aspnetapp is in namespace 'a0009', which no Namespace manifest declares", line: LayerSources.LineOf(Workload, "apiVersion: v1\nkind: Service\n"));

    [Test]
    public void A_release_into_an_undeclared_namespace_fails() =>
        StrictValidationTests.AssertFails(Releases, "namespace: kube-system", "namespace: kube-public",
            "release 'csi-secrets-store-provider-azure' installs into namespace 'kube-public', which no Namespace manifest declares");

    [Test]
    public void A_release_whose_values_file_is_missing_fails() =>
        StrictValidationTests.AssertFails(Releases, "values: traefik.values.yaml", "values: traefik.yaml",
            "release 'traefik' names the values file helm/traefik.yaml, which does not exist");

    [Test]
    public void An_imported_image_nothing_pulls_fails() =>
        StrictValidationTests.AssertFails(Images, "images:\n", "images:\n  - source: docker.io/library/busybox:1.37\n    target: library/busybox:1.37\n",
            "'library/busybox:1.37' is imported but nothing the layer runs pulls it", lineOffset: 1);
}
