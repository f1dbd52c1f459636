using System.Text.Json.Nodes;
using Build.Tests.Certificates;

namespace Build.Tests.Validation;

/// <summary>
/// Breakages the rules used to miss, and failures that used to stop Validate before its report, made in a copy of prod
/// and accepted as their author would: each fails Validate.Rules with an error finding of its rule in
/// artifacts/validation/results.sarif, with the file and line of the broken setting.
/// </summary>
[NonParallelizable]
public sealed class ReportedBreakagesTests
{
    private const string Tls = "manifests/3-traefik/tls.yaml";
    private const string Workload = "manifests/4-workload/aspnetapp.yaml";
    private const string Rbac = "manifests/1-cluster-baseline/traefik-rbac.yaml";
    private const string Ingress = "manifests/4-workload/aspnetapp-ingress.yaml";

    [Test]
    public void SniStrict_false_on_the_default_TLS_option_is_EDGE010() =>
        AssertReported(Tls, "sniStrict: true", "sniStrict: false", "EDGE010", "TLSOption/a0008/default: spec.sniStrict is false, expected true");

    [Test]
    public void Automounted_API_tokens_for_the_workload_are_K8S026() =>
        AssertReported(Workload, "      automountServiceAccountToken: false", "      automountServiceAccountToken: true", "K8S026",
            "Deployment/a0008/aspnetapp: spec.template.spec.automountServiceAccountToken is true: its pods get an API token, but no RoleBinding or ClusterRoleBinding names ServiceAccount aspnetapp, so they do not use the API");

    [Test]
    public void Automounted_API_tokens_on_Traefiks_service_account_are_K8S026() =>
        AssertReported(Rbac, "automountServiceAccountToken: false", "automountServiceAccountToken: true", "K8S026",
            "ServiceAccount/a0008/traefik-ingress-controller: automountServiceAccountToken is true, expected false");

    [Test]
    public void An_ingress_of_the_nginx_class_is_K8S014_in_the_report_not_a_render_failure() =>
        AssertReported(Ingress, "ingressClassName: traefik-internal", "ingressClassName: nginx", "K8S014", "Ingress/a0008/aspnetapp: spec.ingressClassName is 'nginx', expected 'traefik-internal'");

    [Test]
    public void Values_the_chart_refuses_are_K8S020_in_the_report_at_their_line() =>
        AssertReported("helm/traefik.values.yaml", "log:\n  level: INFO", "logs:\n  level: INFO", "K8S020", "helm/traefik.values.yaml", problem: "logs: chart traefik 41.3.0's values.schema.json has no such value.");

    [Test]
    public void A_custom_resource_its_CRD_refuses_is_K8S020_in_the_report_at_its_line() =>
        AssertReported(Tls, "  sniStrict: true", "  sniStric: true", "K8S020", "manifests/3-traefik/tls.yaml", problem: "spec.sniStric: unknown field (the TLSOption CRD of traefik 41.3.0)");

    /// <summary>Edits a copy of prod (with issue 18's template fixes, as main has them), runs Validate.Rules, and expects its one error in the SARIF at the edit's line.</summary>
    private static void AssertReported(string file, string find, string replace, string rule, string message, string? problem = null)
    {
        using var prod = new ProdFixture();
        prod.Save();
        var line = prod.Edit(file, find, replace);

        var (exitCode, output) = HostRun.Run(prod.Root, "--target=Validate.Rules", "--exclusive");

        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(prod.Root, "artifacts", "validation", "results.sarif")))!["runs"]![0]!["results"]!.AsArray();
        var errors = results.Where(result => (string)result!["level"]! == "error").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(errors.Select(result => (string)result!["ruleId"]!), Is.EqualTo(new[] { rule }), output);
            var error = errors.Single()!;
            Assert.That((string)error["message"]!["text"]!, Does.StartWith(problem is null ? message : $"Kubernetes layer (helm/, manifests/): {message}:{line}: {problem}"));
            Assert.That((string)error["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!, Is.EqualTo(file));
            Assert.That((int)error["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!, Is.EqualTo(line));
            Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
        });
    }
}
