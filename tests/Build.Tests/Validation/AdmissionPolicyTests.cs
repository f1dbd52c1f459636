using System.Text.Json.Nodes;
using Build.Validation;
using Build.Validation.Rules.Governance.Admission;

namespace Build.Tests.Validation;

/// <summary>
/// GOV013 decides as the built-ins' Gatekeeper templates do, over what the assignments reach as the prediction
/// resolves their parameters: each case breaks (or allows) one thing in a copy of prod and reads GOV013's findings.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class AdmissionPolicyTests
{
    private const string Ingress = "manifests/4-workload/aspnetapp-ingress.yaml";
    private const string Workload = "manifests/4-workload/aspnetapp.yaml";
    private const string AllowHttp = "    kubernetes.io/ingress.allow-http: \"false\"\n";
    private const string HttpsOnly = "1a5b4dca-0b6f-4cf5-907c-56316bc1bf3d";
    private const string NoDefaultNamespace = "9f061a12-e40d-4183-a00e-171812443373";
    private const string ExternalIps = "d46c275d-1680-448d-b2ec-e495a3b6cc89";
    private const string HostPaths = "098fc59e-46c7-4d99-9b16-64990e543d75";
    private const string HostPathVolume = "      volumes:\n        - name: logs\n          hostPath:\n            path: /var/log/aspnetapp\n        - name: tmp\n";
    private const string HostPathMount = "          volumeMounts:\n            - name: logs\n              mountPath: /logs\n            - name: tmp\n";

    [Test]
    public void An_Ingress_without_the_allow_http_annotation_is_refused_at_its_annotations_line()
    {
        using var prod = new ProdFixture();
        prod.Edit(Ingress, AllowHttp, string.Empty);
        var annotations = Line(prod, Ingress, "  annotations:");

        var finding = Admission(prod).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Is.EqualTo($"Ingress/a0008/aspnetapp: metadata.annotations['kubernetes.io/ingress.allow-http'] is not set: HTTPS ingress only ({HttpsOnly}) refuses an Ingress at admission unless it is \"false\" (with spec.tls); set kubernetes.io/ingress.allow-http: \"false\""));
            Assert.That(finding.Location.ToString(), Is.EqualTo($"{Ingress}:{annotations}"));
        });
    }

    [Test]
    public void An_Ingress_without_TLS_is_refused()
    {
        using var prod = new ProdFixture();
        prod.Edit(Ingress, "  tls:\n    - hosts:\n        - \"${output:backendHostName}\"\n", string.Empty);

        Assert.That(Admission(prod).Select(finding => finding.Message), Is.EqualTo(new[] { $"Ingress/a0008/aspnetapp: spec.tls is not set: HTTPS ingress only ({HttpsOnly}) refuses an Ingress without TLS at admission; give spec.tls an entry for its hosts" }));
    }

    [Test]
    public void The_allow_http_annotation_set_to_true_is_refused()
    {
        using var prod = new ProdFixture();
        prod.Edit(Ingress, AllowHttp, AllowHttp.Replace("\"false\"", "\"true\"", StringComparison.Ordinal));

        Assert.That(Admission(prod).Single().Message, Does.Contain("metadata.annotations['kubernetes.io/ingress.allow-http'] is 'true'"));
    }

    [Test]
    public void A_namespace_the_assignment_excludes_is_not_reviewed()
    {
        using var prod = new ProdFixture();
        prod.Edit(Ingress, AllowHttp, string.Empty);
        Parameters(prod, HttpsOnly)["excludedNamespaces"]!["value"]!.AsArray().Add("a0008");

        Assert.That(Admission(prod), Is.Empty);
    }

    [Test]
    public void Only_the_namespaces_the_assignment_names_are_reviewed()
    {
        using var prod = new ProdFixture();
        prod.Edit(Ingress, AllowHttp, string.Empty);
        Parameters(prod, HttpsOnly)["namespaces"] = new JsonObject { ["value"] = new JsonArray("a0009") };

        Assert.That(Admission(prod), Is.Empty);
    }

    [Test]
    public void A_label_selector_the_object_does_not_match_leaves_it_unreviewed()
    {
        using var prod = new ProdFixture();
        prod.Edit(Ingress, AllowHttp, string.Empty);
        Parameters(prod, HttpsOnly)["labelSelector"] = JsonNode.Parse("""{ "value": { "matchLabels": { "team": "payments" } } }""");

        Assert.That(Admission(prod), Is.Empty);
    }

    [TestCase("effect", "audit")]
    [TestCase("effect", "disabled")]
    [TestCase("enforcement", "DoNotEnforce")]
    public void An_assignment_that_does_not_deny_refuses_nothing(string setting, string value)
    {
        using var prod = new ProdFixture();
        prod.Edit(Ingress, AllowHttp, string.Empty);
        var assignment = FailingFixtures.Assignment(prod, HttpsOnly);
        if (setting == "effect")
        {
            assignment.Set("properties.parameters.effect.value", value);
        }
        else
        {
            assignment.Set("properties.enforcementMode", value);
        }

        Assert.That(Admission(prod), Is.Empty);
    }

    [Test]
    public void Without_an_effect_the_definitions_default_applies_and_HTTPS_only_denies_by_default()
    {
        using var prod = new ProdFixture();
        prod.Edit(Ingress, AllowHttp, string.Empty);
        Parameters(prod, HttpsOnly).Remove("effect");

        Assert.That(Admission(prod), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_scope_known_only_at_deployment_is_not_guessed()
    {
        using var prod = new ProdFixture();
        prod.Edit(Ingress, AllowHttp, string.Empty);
        Parameters(prod, HttpsOnly)["excludedNamespaces"]!["value"] = "[parameters('excludedNamespaces')]";

        Assert.That(Admission(prod), Is.Empty);
    }

    [Test]
    public void Pods_and_Services_in_the_default_namespace_are_refused_and_a_rollout_is_said_to_get_no_Pods()
    {
        using var prod = new ProdFixture();
        prod.Edit(Workload, "  name: aspnetapp\n  namespace: \"${output:workloadNamespace}\"\n  labels:\n    app.kubernetes.io/name: aspnetapp\nspec:\n  replicas", "  name: aspnetapp\n  namespace: default\n  labels:\n    app.kubernetes.io/name: aspnetapp\nspec:\n  replicas");
        var line = prod.Edit(Workload, "kind: Service\nmetadata:\n  name: aspnetapp\n  namespace: \"${output:workloadNamespace}\"", "kind: Service\nmetadata:\n  name: aspnetapp\n  namespace: default");

        var findings = Admission(prod);

        Assert.Multiple(() =>
        {
            Assert.That(findings.Select(finding => finding.Message), Is.EquivalentTo(new[]
            {
                $"Deployment/default/aspnetapp: metadata.namespace is 'default': no default namespace ({NoDefaultNamespace}) refuses Pods there at admission: it applies, but every Pod it creates is refused; move it to a namespace of its own (the workload's is 'a0008')",
                $"Service/default/aspnetapp: metadata.namespace is 'default': no default namespace ({NoDefaultNamespace}) refuses Services there at admission; move it to a namespace of its own (the workload's is 'a0008')",
            }));
            Assert.That(findings.Single(finding => finding.Subject.Reference == "Service/default/aspnetapp").Location.ToString(), Is.EqualTo($"{Workload}:{line + 3}"));
        });
    }

    [Test]
    public void The_default_ServiceAccount_the_API_server_keeps_in_default_is_not_refused_but_another_is()
    {
        using var prod = new ProdFixture();
        prod.Append(Workload, "---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n  namespace: default\nautomountServiceAccountToken: false\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: deployer\n  namespace: default\nautomountServiceAccountToken: false\n");

        Assert.That(Admission(prod).Select(finding => finding.Subject.Reference), Is.EqualTo(new[] { "ServiceAccount/default/deployer" }));
    }

    [Test]
    public void An_external_IP_is_refused_unless_the_assignment_allows_it()
    {
        using var prod = new ProdFixture();
        var line = prod.Edit(Workload, "spec:\n  type: ClusterIP\n", "spec:\n  type: ClusterIP\n  externalIPs:\n    - 10.240.4.9\n");

        var refused = Admission(prod);
        Parameters(prod, ExternalIps)["allowedExternalIPs"]!["value"]!.AsArray().Add("10.240.4.9");
        var allowed = Admission(prod);

        Assert.Multiple(() =>
        {
            Assert.That(refused.Single().Message, Is.EqualTo($"Service/a0008/aspnetapp: spec.externalIPs has 10.240.4.9, which allowed external IPs ({ExternalIps}) does not allow (properties.parameters.allowedExternalIPs.value is []: none allowed): the cluster refuses the Service at admission; remove it from spec.externalIPs, or add it to allowedExternalIPs in bicep/environments/prod/cluster-policy.json"));
            Assert.That(refused.Single().Location.Line, Is.EqualTo(line + 2));
            Assert.That(allowed, Is.Empty);
        });
    }

    [Test]
    public void An_external_IP_a_chart_renders_points_at_the_values_file()
    {
        using var prod = new ProdFixture();
        prod.Edit("helm/traefik.values.yaml", "    externalTrafficPolicy: Local\n", "    externalTrafficPolicy: Local\n    externalIPs:\n      - 10.240.4.9\n");

        var finding = Admission(prod).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Subject.Reference, Is.EqualTo("Service/a0008/traefik"));
            Assert.That(finding.Message, Does.StartWith("Service/a0008/traefik: spec.externalIPs has 10.240.4.9"));
        });
    }

    [Test]
    public void A_host_path_is_refused_when_the_assignment_allows_none()
    {
        using var prod = new ProdFixture();
        AddHostPath(prod);

        var finding = Admission(prod).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Is.EqualTo($"Deployment/a0008/aspnetapp: spec.template.spec.volumes[logs].hostPath.path is '/var/log/aspnetapp', and properties.parameters.allowedHostPaths.value.paths is []: allowed host paths ({HostPaths}) refuses every Pod it creates at admission, as it allows no host path; use another volume type (emptyDir, a CSI volume), or allow the path in allowedHostPaths of bicep/environments/prod/cluster-policy.json"));
            Assert.That(finding.Location.Line, Is.EqualTo(Line(prod, Workload, "            path: /var/log/aspnetapp")));
        });
    }

    [Test]
    public void A_bare_Pod_is_refused_itself()
    {
        using var prod = new ProdFixture();
        prod.Append(Workload, "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\n  namespace: \"${output:workloadNamespace}\"\nspec:\n  containers:\n    - name: shell\n      image: \"${output:acrLoginServer}/dotnet/samples:aspnetapp-9.0\"\n  volumes:\n    - name: host\n      hostPath:\n        path: /etc\n");

        Assert.That(Admission(prod).Select(finding => finding.Message), Is.EqualTo(new[]
        {
            $"Pod/a0008/debug: spec.volumes[host].hostPath.path is '/etc', and properties.parameters.allowedHostPaths.value.paths is []: allowed host paths ({HostPaths}) refuses the Pod at admission, as it allows no host path; use another volume type (emptyDir, a CSI volume), or allow the path in allowedHostPaths of bicep/environments/prod/cluster-policy.json",
        }));
    }

    [TestCase("/var/log", false, null)]
    [TestCase("/var/log/", false, null)]
    [TestCase("/var/logs", false, "is '/var/log/aspnetapp', under none of '/var/logs' (properties.parameters.allowedHostPaths.value.paths)")]
    [TestCase("/var/log", true, "spec.template.spec.containers[aspnetapp].volumeMounts[logs].readOnly is not set, but '/var/log' (read-only) allows '/var/log/aspnetapp' read-only")]
    public void A_host_path_is_judged_by_the_allowed_prefixes_segment_by_segment_and_their_read_only_flag(string prefix, bool readOnly, string? problem)
    {
        using var prod = new ProdFixture();
        AddHostPath(prod);
        Parameters(prod, HostPaths)["allowedHostPaths"]!["value"]!["paths"]!.AsArray().Add(new JsonObject { ["pathPrefix"] = prefix, ["readOnly"] = readOnly });

        var findings = Admission(prod).Select(finding => finding.Message);

        Assert.That(findings, problem is null ? Is.Empty : Has.One.Contains(problem));
    }

    [Test]
    public void A_read_only_host_path_mounted_read_only_or_by_an_excluded_container_passes()
    {
        using var prod = new ProdFixture();
        AddHostPath(prod);
        Parameters(prod, HostPaths)["allowedHostPaths"]!["value"]!["paths"]!.AsArray().Add(new JsonObject { ["pathPrefix"] = "/var/log", ["readOnly"] = true });
        var writable = Admission(prod);
        Parameters(prod, HostPaths)["excludedContainers"] = new JsonObject { ["value"] = new JsonArray("aspnetapp") };
        var excluded = Admission(prod);
        Parameters(prod, HostPaths).Remove("excludedContainers");
        prod.Edit(Workload, "            - name: logs\n              mountPath: /logs\n", "            - name: logs\n              mountPath: /logs\n              readOnly: true\n");
        var mountedReadOnly = Admission(prod);

        Assert.Multiple(() =>
        {
            Assert.That(writable, Has.Count.EqualTo(1));
            Assert.That(excluded, Is.Empty);
            Assert.That(mountedReadOnly, Is.Empty);
        });
    }

    [TestCase("/foo", "/foo", true)]
    [TestCase("/foo", "/foo/bar", true)]
    [TestCase("/foo/", "/foo", true)]
    [TestCase("/foo", "/fool", false)]
    [TestCase("/foo/bar", "/foo", false)]
    [TestCase("/", "/var", false)]
    public void Path_prefixes_match_as_the_template_matches_them(string prefix, string path, bool matches) =>
        Assert.That(AllowedHostPaths.PathMatches(prefix, path), Is.EqualTo(matches));

    private static void AddHostPath(ProdFixture prod)
    {
        prod.Edit(Workload, "      volumes:\n        - name: tmp\n", HostPathVolume);
        prod.Edit(Workload, "          volumeMounts:\n            - name: tmp\n", HostPathMount);
    }

    private static List<Finding> Admission(ProdFixture prod) => prod.Validate().Findings.Where(finding => finding.Rule.Id == "GOV013").ToList();

    private static JsonObject Parameters(ProdFixture prod, string definition) => FailingFixtures.Assignment(prod, definition)["properties"]!["parameters"]!.AsObject();

    private static int Line(ProdFixture prod, string file, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(prod.Root, file)), line => line == text) + 1;
}
