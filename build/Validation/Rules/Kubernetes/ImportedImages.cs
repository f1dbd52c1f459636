using Build.Kubernetes;
using Build.Resources;
using Build.Validation.Policies;

namespace Build.Validation.Rules.Kubernetes;

public sealed class ImportedImages : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S025", "Images from the cluster's registry are imported, every import used", Severity.Error, RuleFamily.Kubernetes,
        "Nodes pull from the cluster's ACR only what the deploy imported into it (helm/images.yaml), so an image missing from the list never pulls (ImagePullBackOff); an import nothing runs is a stale copy: every image a container pulls from the cluster's registry is imported, with a pinned source and target, and every import is pulled.",
        ["mspnp/aks-baseline: images imported into ACR"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var cluster = RegistryPolicy.Cluster(input);
        var catalog = input.Kubernetes.Layer.Images.Select(image => image.Target).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var workload in input.Kubernetes.Workloads)
        {
            var problems = new List<Problem?>();
            foreach (var container in workload.Containers)
            {
                var image = container.Container.Image ?? string.Empty;
                var reference = ImageReference.Parse(image);
                if (!cluster.Contains(reference.Registry))
                {
                    continue;
                }

                var target = image[(reference.Registry.Length + 1)..];
                used.Add(target);
                problems.Add(catalog.Contains(target)
                    ? null
                    : new Problem($"{container.Setting("image")} is '{image}', which helm/images.yaml does not import (no image with target '{target}'){workload.Source.Origin(container.Setting("image"))}", workload.Source.At(container.Setting("image"))));
            }

            checks.Check(workload.Subject, problems);
        }

        var file = input.Kubernetes.Layer.Files.FirstOrDefault(text => text.File.EndsWith("/" + ContainerImageCatalog.FileName, StringComparison.Ordinal));
        foreach (var image in input.Kubernetes.Layer.Images)
        {
            var location = new SourceLocation(file?.File, file?.LineContaining(image.Target), $"helm/images.yaml {image.Target}", "module");
            checks.Check(new Subject($"import {image.Target}", location),
            [
                ImageReference.Parse(image.Source).IsPinned && ImageReference.Parse(image.Target).IsPinned ? null : new Problem($"'{image.Source}' -> '{image.Target}' must pin a tag or digest ('latest' does not count)", location with { Line = file?.LineContaining(image.Source) }),
                used.Contains(image.Target) ? null : new Problem($"'{image.Target}' is imported but nothing the layer runs pulls it: remove it or use it", location),
            ]);
        }
    }
}
