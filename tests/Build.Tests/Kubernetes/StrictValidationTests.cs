using Build.Kubernetes;

namespace Build.Tests.Kubernetes;

/// <summary>A broken copy of the real sources fails rendering with one line naming the file and the line.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class StrictValidationTests
{
    private const string Workload = "manifests/4-workload/aspnetapp.yaml";
    private const string Ingress = "manifests/4-workload/aspnetapp-ingress.yaml";
    private const string Tls = "manifests/3-traefik/tls.yaml";
    private const string SecretProvider = "manifests/2-secrets-store/ingress-certificate.yaml";
    private const string TraefikValues = "helm/traefik.values.yaml";
    private const string CsiValues = "helm/csi-secrets-store-provider-azure.values.yaml";

    private static int DeploymentLine => LayerSources.LineOf(Workload, "apiVersion: apps/v1\nkind: Deployment");

    [Test]
    public void A_misspelled_field_in_a_manifest_fails_with_its_file_and_line()
    {
        AssertFails(Workload, "  revisionHistoryLimit: 3", "  revisionHistoryLimt: 3", "Property 'revisionHistoryLimt' not found on type 'k8s.Models.V1DeploymentSpec' (KubernetesClient strict parsing).");
    }

    [Test]
    public void A_misspelled_field_deep_in_a_pod_template_fails_with_its_line()
    {
        AssertFails(Workload, "            readOnlyRootFilesystem: true", "            readOnlyRootFileSystem: true", "Property 'readOnlyRootFileSystem' not found on type 'k8s.Models.V1SecurityContext'");
    }

    [Test]
    public void A_misspelled_field_in_a_custom_resource_fails_with_its_line_against_the_CRD_its_chart_ships()
    {
        AssertFails(Tls, "  sniStrict: true", "  sniStric: true", "spec.sniStric: unknown field (the TLSOption CRD of traefik 41.3.0)");
    }

    [Test]
    public void A_value_of_the_wrong_type_in_a_custom_resource_fails_with_its_line()
    {
        AssertFails(Tls, "  sniStrict: true", "  sniStrict: \"true\"", "spec.sniStrict: expects a boolean, found a string (the TLSOption CRD of traefik 41.3.0)");
    }

    [Test]
    public void A_misspelled_field_deep_in_a_middleware_fails_with_its_line()
    {
        AssertFails("manifests/3-traefik/middlewares.yaml", "    sourceRange:", "    sourceRanges:", "spec.ipAllowList.sourceRanges: unknown field (the Middleware CRD of traefik 41.3.0)");
    }

    [Test]
    public void A_misspelled_field_in_a_SecretProviderClass_fails_against_the_drivers_CRD()
    {
        AssertFails(SecretProvider, "  secretObjects:", "  secretObject:", "spec.secretObject: unknown field (the SecretProviderClass CRD of csi-secrets-store-provider-azure 1.8.2)");
    }

    [Test]
    public void A_value_of_the_wrong_type_fails()
    {
        AssertFails(Workload, "  replicas: 2", "  replicas: two", "The input string 'two' was not in a correct format (KubernetesClient strict parsing).");
    }

    [Test]
    public void A_quoted_number_where_an_integer_belongs_fails_although_KubernetesClient_would_convert_it()
    {
        AssertFails(Workload, "  replicas: 2", "  replicas: \"2\"", "spec.replicas: expects an integer, found a string (\"2\")");
    }

    [Test]
    public void A_bare_number_where_a_string_belongs_fails()
    {
        AssertFails(Workload, "              value: /tmp", "              value: 8080", "spec.template.spec.containers[0].env[0].value: expects a string, found an integer (8080): quote it");
    }

    [Test]
    public void A_yes_where_a_string_belongs_fails_as_kubectl_would_read_it_as_true()
    {
        AssertFails(Ingress, "router.tls: \"true\"", "router.tls: yes", "metadata.annotations.traefik.ingress.kubernetes.io/router.tls: expects a string, found a boolean (yes): quote it");
    }

    [Test]
    public void A_kind_without_a_model_fails()
    {
        AssertFails(Workload, "kind: HorizontalPodAutoscaler", "kind: HorizontalPodAutoScaler", "autoscaling/v2/HorizontalPodAutoScaler is neither a Kubernetes API the cluster serves nor a custom resource of a CRD the charts ship");
    }

    [Test]
    public void A_custom_resource_of_a_version_no_chart_ships_fails_naming_the_ones_there_are()
    {
        AssertFails(Tls, "apiVersion: traefik.io/v1alpha1\nkind: TLSStore", "apiVersion: traefik.io/v1\nkind: TLSStore", "traefik.io/v1/TLSStore is not a kind the charts' CRDs define for traefik.io (", lineOffset: 1);
    }

    [Test]
    public void A_namespaced_object_without_a_namespace_fails()
    {
        AssertFails(Workload, "  name: aspnetapp\n  namespace: \"${output:workloadNamespace}\"\nautomount", "  name: aspnetapp\nautomount", "ServiceAccount aspnetapp needs metadata.namespace", line: LayerSources.LineOf(Workload, "apiVersion: v1\nkind: ServiceAccount"));
    }

    [Test]
    public void A_duplicate_key_fails_with_its_line()
    {
        AssertFails(Workload, "  revisionHistoryLimit: 3", "  revisionHistoryLimit: 3\n  replicas: 3", "Duplicate key", lineOffset: 1);
    }

    [Test]
    public void An_unknown_key_in_the_Traefik_values_fails_with_its_line_as_the_charts_schema_says()
    {
        AssertFails(TraefikValues, "  enabled: true\n  maxUnavailable: 1", "  enabled: true\n  maxUnavailabe: 1", "podDisruptionBudget.maxUnavailabe: chart traefik 41.3.0's values.schema.json has no such value.", lineOffset: 1);
    }

    [Test]
    public void The_Traefik_37_value_names_fail_against_chart_41s_schema()
    {
        using var sources = new LayerSources();
        var logs = sources.Edit(TraefikValues, "log:\n  level: INFO\n  format: json\naccessLog:\n  enabled: true\n  format: json\n", "logs:\n  general:\n    level: INFO\n    format: json\n  access:\n    enabled: true\n    format: json\n");
        var tls = sources.Edit(TraefikValues, "    http:\n      tls:\n        enabled: true\n", "    tls:\n      enabled: true\n");

        var problems = sources.Assess().Problems.Select(problem => problem.Message).ToList();

        Assert.That(problems, Is.EquivalentTo(new[]
        {
            $"{TraefikValues}:{logs}: logs: chart traefik 41.3.0's values.schema.json has no such value.",
            $"{TraefikValues}:{tls}: ports.websecure.tls: chart traefik 41.3.0's values.schema.json has no such value.",
        }));
    }

    [Test]
    public void A_value_of_the_wrong_type_in_the_Traefik_values_fails()
    {
        AssertFails(TraefikValues, "  enabled: true\n  maxUnavailable: 1", "  enabled: \"true\"\n  maxUnavailable: 1", "podDisruptionBudget.enabled: got string, want boolean (chart traefik 41.3.0's values.schema.json).");
    }

    [Test]
    public void An_unknown_key_in_the_CSI_driver_values_fails_with_its_line()
    {
        AssertFails(CsiValues, "  enableSecretRotation: true", "  enableSecretsRotation: true", "secrets-store-csi-driver.enableSecretsRotation: chart csi-secrets-store-provider-azure 1.8.2 has no such value");
    }

    [Test]
    public void A_CSI_driver_value_of_another_shape_than_the_charts_default_fails_with_its_line()
    {
        AssertFails(CsiValues, "  syncSecret:\n    enabled: true", "  syncSecret: true", "secrets-store-csi-driver.syncSecret: chart csi-secrets-store-provider-azure 1.8.2 expects a mapping (its default is a mapping), found a boolean.");
    }

    [Test]
    public void A_misspelled_Azure_provider_parameter_fails_with_its_line()
    {
        AssertFails(SecretProvider, "    keyvaultName:", "    keyVaultName:", "spec.parameters.keyVaultName: unknown field 'keyVaultName' in AzureKeyVaultParameters");
    }

    [Test]
    public void A_wrong_Key_Vault_object_type_fails_at_its_line()
    {
        AssertFails(SecretProvider, "          objectType: cert", "          objectType: certificate", "objectType 'certificate' is not one of secret, key, cert", lineOffset: -1);
    }

    [Test]
    public void A_misspelled_field_inside_the_Key_Vault_objects_fails_at_its_line()
    {
        AssertFails(SecretProvider, "          objectAlias: tls.key", "          objectAlais: tls.key", "unknown field 'objectAlais' in KeyVaultObject");
    }

    [Test]
    public void A_release_before_a_folder_that_does_not_exist_fails()
    {
        AssertFails("helm/releases.yaml", "installBefore: 3-traefik", "installBefore: 3-traefk", "release 'traefik' is to be installed before manifests/3-traefk, which does not exist");
    }

    [Test]
    public void An_object_declared_twice_differently_fails()
    {
        using var sources = new LayerSources();
        File.WriteAllText(Path.Combine(sources.Root, "manifests", "4-workload", "zz-copy.yaml"),
            "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: aspnetapp\n  namespace: \"${output:workloadNamespace}\"\nautomountServiceAccountToken: true\n");

        var error = Assert.Throws<KubernetesSourceException>(() => sources.Render());

        Assert.That(error!.Message, Is.EqualTo($"manifests/4-workload/zz-copy.yaml:1: ServiceAccount/a0008/aspnetapp is also declared at {Workload}:{LayerSources.LineOf(Workload, "apiVersion: v1\nkind: ServiceAccount")}, differently: one object, one declaration."));
    }

    /// <summary>Edits a copy of the sources, renders, and expects one line: file:line (the edit's, unless given) and the problem.</summary>
    internal static void AssertFails(string file, string find, string replace, string problem, int lineOffset = 0, int? line = null, string? errorFile = null)
    {
        using var sources = new LayerSources();
        var edited = sources.Edit(file, find, replace) + lineOffset;

        var error = Assert.Throws<KubernetesSourceException>(() => sources.Render());

        Assert.That(error!.Message, Does.StartWith($"{errorFile ?? file}:{line ?? edited}: "));
        Assert.That(error.Message, Does.Contain(problem));
        Assert.That(error.Message, Does.Not.Contain('\n'));
    }
}
