using Build.Tests.Validation;
using Build.Validation;

namespace Build.Tests.Kubernetes;

/// <summary>
/// What one file names, another must declare: each broken reference is a finding of its rule (in the report, with the
/// others), at the file and line of the object, or the value, that names it. The sources themselves still render.
/// </summary>
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

    [Test]
    public void An_ingress_of_another_class_than_Traefiks_is_a_K8S014_finding_at_its_class() =>
        AssertFinding(Ingress, "ingressClassName: traefik-internal", "ingressClassName: traefik-external", "K8S014",
            "Ingress/a0008/aspnetapp: spec.ingressClassName is 'traefik-external', expected 'traefik-internal'");

    [Test]
    public void Traefik_serving_another_class_than_the_ingress_names_is_a_K8S014_finding()
    {
        using var prod = new ProdFixture();
        prod.Edit(TraefikValues, "  name: traefik-internal", "  name: traefik-edge");
        prod.Edit(TraefikValues, "    ingressClass: traefik-internal", "    ingressClass: traefik-edge");

        var finding = NewFindings(prod).Single(finding => finding.Rule.Id == "K8S014");

        Assert.That(finding.Message, Does.StartWith("Ingress/a0008/aspnetapp: spec.ingressClassName is 'traefik-internal', but Traefik (traefik 41.3.0) serves 'traefik-edge' and no IngressClass 'traefik-internal' names its controller"));
    }

    [Test]
    public void An_ingress_routing_to_a_port_no_service_has_is_a_K8S022_finding() =>
        AssertFinding(Ingress, "                  name: http", "                  name: https", "K8S022",
            "routes to service aspnetapp port https, which no Service in a0008 declares", line: LayerSources.LineOf(Ingress, "  rules:"));

    [Test]
    public void An_ingress_naming_an_undeclared_TLS_option_is_a_K8S022_finding() =>
        AssertFinding(Ingress, "router.tls.options: default", "router.tls.options: modern", "K8S022",
            "names TLS option 'modern', which no TLSOption declares", line: LayerSources.LineOf(Ingress, "  annotations:"));

    [Test]
    public void A_secret_provider_syncing_an_object_it_does_not_mount_is_a_K8S023_finding() =>
        AssertFinding(SecretProvider, "        - objectName: tls.key", "        - objectName: tls.pem", "K8S023",
            "SecretProviderClass/a0008/ingress-certificate: spec.secretObjects syncs object 'tls.pem', which it does not mount (objects: tls.crt, tls.key)", line: LayerSources.LineOf(SecretProvider, "  secretObjects:"));

    [Test]
    public void Traefik_running_as_an_undeclared_service_account_is_a_K8S024_finding_at_the_value()
    {
        using var prod = new ProdFixture();
        prod.Edit(Rbac, "kind: ServiceAccount\nmetadata:\n  name: \"${output:traefikServiceAccountName}\"", "kind: ServiceAccount\nmetadata:\n  name: traefik");

        var finding = NewFindings(prod).Single(finding => finding.Rule.Id == "K8S024");

        Assert.That(finding.Message, Is.EqualTo("Deployment/a0008/traefik: runs as service account 'traefik-ingress-controller', which no ServiceAccount in a0008 declares (the chart does not create it when serviceAccount.name is set)"));
        Assert.That(finding.Location.ToString(), Is.EqualTo($"{TraefikValues}:{LayerSources.LineOf(TraefikValues, "  name: \"${output:traefikServiceAccountName}\"")}"));
    }

    [Test]
    public void A_Traefik_object_outside_the_namespaces_Traefik_watches_is_a_K8S024_finding() =>
        AssertFinding(Tls, "  name: default\n  namespace: \"${output:traefikNamespace}\"\nspec:\n  minVersion", "  name: default\n  namespace: kube-system\nspec:\n  minVersion", "K8S024",
            "TLSOption/kube-system/default is in a namespace Traefik's CRD provider does not watch (a0008)", lineOffset: 1);

    [Test]
    public void An_object_in_an_undeclared_namespace_is_a_K8S021_finding() =>
        AssertFinding("manifests/1-cluster-baseline/workload-namespace-limits.yaml", "  name: workload-limits\n  namespace: \"${output:workloadNamespace}\"", "  name: workload-limits\n  namespace: a0009", "K8S021",
            "LimitRange/a0009/workload-limits is in namespace 'a0009', which no Namespace manifest declares", lineOffset: 1);

    [Test]
    public void A_release_into_an_undeclared_namespace_is_a_K8S021_finding_at_the_release() =>
        AssertFinding(Releases, "namespace: kube-system", "namespace: kube-public", "K8S021",
            "release csi-secrets-store-provider-azure: installs into namespace 'kube-public', which no Namespace manifest declares");

    [Test]
    public void An_image_the_catalog_does_not_import_is_a_K8S025_finding_at_the_value_that_sets_it()
    {
        using var prod = new ProdFixture();
        prod.Edit(TraefikValues, "  tag: v3.7.11", "  tag: v3.7.12");

        var findings = NewFindings(prod).Where(finding => finding.Rule.Id == "K8S025").ToList();

        Assert.That(findings.Select(finding => finding.Message), Is.EqualTo(new[]
        {
            "Deployment/a0008/traefik: spec.template.spec.containers[traefik].image is 'acrloginserver.invalid/library/traefik:v3.7.12', which helm/images.yaml does not import (no image with target 'library/traefik:v3.7.12') (image in helm/traefik.values.yaml)",
            "import library/traefik:v3.7.11: 'library/traefik:v3.7.11' is imported but nothing the layer runs pulls it: remove it or use it",
        }));
        Assert.That(findings[0].Location.ToString(), Is.EqualTo($"{TraefikValues}:{LayerSources.LineOf(TraefikValues, "image:\n")}"), "the image: mapping of the values");
    }

    /// <summary>Edits a copy of prod, validates, and expects a finding of <paramref name="rule"/> that prod does not have, naming the problem, at the edit's line unless given.</summary>
    private static void AssertFinding(string file, string find, string replace, string rule, string problem, int lineOffset = 0, int? line = null)
    {
        using var prod = new ProdFixture();
        var edited = prod.Edit(file, find, replace) + lineOffset;

        var findings = NewFindings(prod).Where(finding => finding.Rule.Id == rule).ToList();

        Assert.That(findings.Select(finding => finding.Message), Has.One.Contains(problem));
        Assert.That(findings.Single(finding => finding.Message.Contains(problem, StringComparison.Ordinal)).Location.ToString(), Is.EqualTo($"{file}:{line ?? edited}"));
        Assert.That(prod.Input().LayerProblems, Is.Empty, "the sources render; the finding is the rule's");
    }

    private static IReadOnlyList<Finding> NewFindings(ProdFixture prod) =>
        prod.Validate().Errors.ToList();
}
