using k8s;
using k8s.Models;
using YamlDotNet.Core;

namespace Build.Tests.Kubernetes;

/// <summary>
/// What KubernetesClient 21.0.8's strict YAML mode really does, pinned down because the layer's
/// validation builds on it (build/Kubernetes/ManifestReader.cs). If one of these starts failing after an
/// upgrade, revisit what YamlModelCheck has to add.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class KubernetesClientStrictModeTests
{
    private const string ConfigMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  bogus: 1\n";

    [Test]
    public void Strict_loading_from_a_string_rejects_an_unknown_field_with_its_position()
    {
        var error = Assert.Throws<YamlException>(() => KubernetesYaml.LoadAllFromString(ConfigMap, null, strict: true));

        Assert.That(error!.Message, Is.EqualTo("Property 'bogus' not found on type 'k8s.Models.V1ObjectMeta'."));
        Assert.That(error.Start.Line, Is.EqualTo(5));
    }

    [Test]
    public void Strict_loading_from_a_file_ignores_strict_so_the_layer_reads_text()
    {
        var directory = Directory.CreateTempSubdirectory("strict-").FullName;
        try
        {
            var file = Path.Combine(directory, "cm.yaml");
            File.WriteAllText(file, ConfigMap);

            var loaded = KubernetesYaml.LoadAllFromFileAsync(file, null, strict: true).GetAwaiter().GetResult();

            Assert.That(loaded.Single(), Is.TypeOf<V1ConfigMap>());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void Strict_mode_still_converts_a_quoted_number_and_a_bare_number_silently()
    {
        var deployment = KubernetesYaml.Deserialize<V1Deployment>(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\nspec:\n  replicas: \"2\"\n  selector: {}\n  template:\n    spec:\n      containers:\n      - name: a\n        image: 5\n",
            strict: true);

        Assert.That(deployment.Spec.Replicas, Is.EqualTo(2));
        Assert.That(deployment.Spec.Template.Spec.Containers[0].Image, Is.EqualTo("5"));
    }

    [Test]
    public void An_unknown_kind_fails_without_a_position()
    {
        Assert.Throws<KeyNotFoundException>(() => KubernetesYaml.LoadAllFromString("apiVersion: v1\nkind: ConfigMapp\nmetadata:\n  name: a\n", null, strict: true));
    }
}
