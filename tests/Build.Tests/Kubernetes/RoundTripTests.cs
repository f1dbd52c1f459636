using Build.Kubernetes;
using k8s;

namespace Build.Tests.Kubernetes;

[Parallelizable(ParallelScope.All)]
public sealed class RoundTripTests
{
    private static readonly Dictionary<string, Type> CustomResources = new(KubernetesModels.CustomResources);

    [Test]
    public void Every_rendered_object_of_the_Kubernetes_API_round_trips_through_its_KubernetesClient_model()
    {
        using var sources = new LayerSources();
        var layer = sources.Render();

        var typed = layer.Objects.Where(item => KubernetesModels.IsBuiltIn(item.Model.GetType())).ToList();
        Assert.That(typed, Has.Count.GreaterThan(40), "the manifests' objects and the charts'");
        foreach (var item in typed)
        {
            var yaml = KubernetesYaml.Serialize(item.Model);
            var reread = KubernetesYaml.LoadAllFromString(yaml, CustomResources, strict: true).Single();

            Assert.That(reread.GetType(), Is.EqualTo(item.Model.GetType()), item.Identity);
            Assert.That(KubernetesYaml.Serialize(reread), Is.EqualTo(yaml), item.Identity);
        }
    }

    [Test]
    public void Every_rendered_object_of_the_Kubernetes_API_says_what_its_source_says()
    {
        using var sources = new LayerSources();
        var layer = sources.Render();
        var texts = layer.Files.Concat(layer.Charts.Select(chart => chart.Output)).ToDictionary(file => file.File, file => file.Text);

        foreach (var item in layer.Objects.Where(item => KubernetesModels.IsBuiltIn(item.Model.GetType())))
        {
            var document = YamlSource.Load(item.File, texts[item.File]).Single(d => d.RootNode is YamlDotNet.RepresentationModel.YamlMappingNode && YamlSource.LineOf(d.RootNode) == item.Line);
            Assert.That(ModelRoundTrip.Compare(document.RootNode, item.Model), Is.Null, item.Identity);
        }
    }

    [Test]
    public void A_dropped_field_shows_as_a_difference_at_its_line()
    {
        var document = YamlSource.Load("x.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  type: ClusterIP\n").Single();
        var model = KubernetesYaml.Deserialize<k8s.Models.V1Service>("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec: {}\n");

        var difference = ModelRoundTrip.Compare(document.RootNode, model);

        Assert.That(difference, Is.EqualTo(new RoundTripDifference("spec.type", 6, "ClusterIP", "nothing")));
    }

    [Test]
    public void A_quantity_may_change_spelling_but_not_value()
    {
        var source = YamlSource.Load("x.yaml", "apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: a\nspec:\n  limits:\n  - type: Container\n    max:\n      cpu: 0.5\n").Single();
        var same = KubernetesYaml.Deserialize<k8s.Models.V1LimitRange>("apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: a\nspec:\n  limits:\n  - type: Container\n    max:\n      cpu: 500m\n");
        var other = KubernetesYaml.Deserialize<k8s.Models.V1LimitRange>("apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: a\nspec:\n  limits:\n  - type: Container\n    max:\n      cpu: 400m\n");

        Assert.That(ModelRoundTrip.Compare(source.RootNode, same), Is.Null);
        Assert.That(ModelRoundTrip.Compare(source.RootNode, other)?.Path, Is.EqualTo("spec.limits[0].max.cpu"));
    }
}
