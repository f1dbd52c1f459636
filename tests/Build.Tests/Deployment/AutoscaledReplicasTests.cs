using Build.Deployment;
using Build.Hosting;
using Build.Infrastructure;
using Build.Kubernetes;
using k8s;
using k8s.Models;

namespace Build.Tests.Deployment;

public sealed class AutoscaledReplicasTests
{
    [Test]
    public void The_applied_workload_leaves_replicas_to_its_autoscaler_and_keeps_everything_else()
    {
        var root = RepositoryRoot.Locate();
        var layout = new KubernetesLayout(root);
        var layer = new KubernetesLayerRenderer(layout).Render("prod", StackOutputs.FromSnapshots(new EnvironmentLayout(root, "prod")));
        var folder = Directory.CreateTempSubdirectory("apply-").FullName;
        try
        {
            var files = RenderedLayerWriter.Write(layer, Path.Combine(folder, "rendered"));
            var deployment = layer.ObjectsWith<V1Deployment>().Single(o => o.Name == "aspnetapp");
            var rendered = files.ManifestFiles(deployment.Folder).Single(f => Path.GetFileName(f) == Path.GetFileName(deployment.File));

            var applied = AutoscaledReplicas.FileToApply(layer, deployment.Folder, rendered, Path.Combine(folder, "apply"));

            Assert.That(applied, Is.Not.EqualTo(rendered));
            var objects = KubernetesYaml.LoadAllFromString(File.ReadAllText(applied));
            var original = KubernetesYaml.LoadAllFromString(File.ReadAllText(rendered));
            Assert.That(objects.Select(o => ((IKubernetesObject)o).Kind), Is.EqualTo(original.Select(o => ((IKubernetesObject)o).Kind)));
            var copy = objects.OfType<V1Deployment>().Single();
            Assert.That(copy.Spec.Replicas, Is.Null, "the autoscaler owns replicas");
            Assert.That(((V1Deployment)deployment.Model).Spec.Replicas, Is.EqualTo(2), "the manifest keeps its value");
            Assert.That(copy.Spec.Template.Spec.Containers.Single().Image, Is.EqualTo(((V1Deployment)deployment.Model).Spec.Template.Spec.Containers.Single().Image));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_file_without_an_autoscaled_deployment_is_applied_as_rendered()
    {
        var root = RepositoryRoot.Locate();
        var layer = new KubernetesLayerRenderer(new KubernetesLayout(root)).Render("prod", StackOutputs.FromSnapshots(new EnvironmentLayout(root, "prod")));
        var folder = Directory.CreateTempSubdirectory("apply-").FullName;
        try
        {
            var files = RenderedLayerWriter.Write(layer, Path.Combine(folder, "rendered"));
            var baseline = layer.InstallPlan.First(s => s.Kind == InstallStepKind.ApplyManifests).Name;
            foreach (var file in files.ManifestFiles(baseline))
            {
                Assert.That(AutoscaledReplicas.FileToApply(layer, baseline, file, Path.Combine(folder, "apply")), Is.EqualTo(file));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
