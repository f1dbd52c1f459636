using System.Reflection;
using Build.Infrastructure;
using Build.Kubernetes;
using Build.Network;
using Build.Resources.Azure;
using Build.Validation;
using k8s;
using k8s.Models;
using KubernetesObject = Build.Kubernetes.KubernetesObject;

namespace Build.Benchmarks;

/// <summary>
/// The rule engine's input grown to a given size: the prod environment's predicted ARM resources and
/// rendered Kubernetes objects, copied as many times as needed, each copy under its own resource group
/// names and namespaces so that references stay within their copy.
/// </summary>
public static class GeneratedInput
{
    private static readonly MethodInfo Deserialize = typeof(KubernetesJson).GetMethods()
        .Single(m => m.Name == nameof(KubernetesJson.Deserialize) && m.IsGenericMethod && m.GetParameters() is [{ ParameterType: var p }, _] && p == typeof(string));

    public static ValidationInput Create(string root, string environment, int resources)
    {
        var baseline = ValidationInputLoader.Load(root, environment, ScaleHeadroom.Default, DateOnly.FromDateTime(DateTime.UtcNow), BenchmarkCharts.For(root));
        var layout = new EnvironmentLayout(root, environment);
        var texts = Stage.All.ToDictionary(stage => stage, stage => File.ReadAllText(layout.Snapshot(stage).FullPath));
        var layer = baseline.Kubernetes.Layer;
        var perCopy = baseline.Azure.All.Count + layer.Objects.Count;
        var copies = Math.Max(1, (int)Math.Round(resources / (double)perCopy));

        var deployments = Enumerable.Range(0, copies).SelectMany(copy => Stage.All.Select(stage =>
            PredictedDeployment.Parse(stage, $"copy-{copy}/{stage.Name}.snapshot.json", texts[stage].Replace("/resourceGroups/rg-", $"/resourceGroups/rg{copy}-", StringComparison.Ordinal))));
        var objects = Enumerable.Range(0, copies).SelectMany(copy => layer.Objects.Select(o => Copy(o, copy))).ToList();
        return new ValidationInput(
            baseline.Environment,
            AzureResources.From(deployments),
            baseline.Outputs,
            layer with { Objects = objects },
            baseline.ParameterFiles,
            baseline.Policy,
            baseline.Certificates,
            [],
            baseline.Today,
            baseline.Headroom);
    }

    public static int Count(ValidationInput input) => input.Azure.All.Count + input.Kubernetes.Layer.Objects.Count;

    private static KubernetesObject Copy(KubernetesObject original, int copy)
    {
        if (copy == 0)
        {
            return original;
        }

        var model = (IKubernetesObject<V1ObjectMeta>)Deserialize.MakeGenericMethod(original.Model.GetType())
            .Invoke(null, [KubernetesJson.Serialize(original.Model), null])!;
        if (original.Namespace is null)
        {
            model.Metadata.Name = $"{original.Name}-{copy}";
            return original with { Name = model.Metadata.Name, Model = model };
        }

        model.Metadata.NamespaceProperty = $"{original.Namespace}-{copy}";
        return original with { Namespace = model.Metadata.NamespaceProperty, Model = model };
    }
}
