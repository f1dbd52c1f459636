using Build.Kubernetes;
using k8s;
using k8s.Models;
using KubernetesObject = Build.Kubernetes.KubernetesObject;

namespace Build.Deployment;

/// <summary>
/// A Deployment that a HorizontalPodAutoscaler scales must not carry <c>spec.replicas</c> when it is
/// applied: the autoscaler owns that field, and a server-side apply of the manifest's value would
/// conflict with it (or, forced, scale the workload back down) on every re-run. The manifest keeps
/// its value for review and the rules; the file applied leaves it out.
/// </summary>
public static class AutoscaledReplicas
{
    /// <summary>The file to apply for <paramref name="renderedFile"/>: itself, or a copy without the autoscaled replicas.</summary>
    public static string FileToApply(KubernetesLayer layer, string folder, string renderedFile, string applyDirectory)
    {
        var objects = layer.Objects.Where(o => o.Folder == folder && Path.GetFileName(o.File) == Path.GetFileName(renderedFile)).ToList();
        var autoscaled = objects.Where(o => o.Model is V1Deployment && IsAutoscaled(layer, o)).ToList();
        if (autoscaled.Count == 0)
        {
            return renderedFile;
        }

        var documents = objects.Select(o =>
        {
            if (!autoscaled.Contains(o))
            {
                return KubernetesYaml.Serialize(o.Model);
            }

            var copy = KubernetesYaml.Deserialize<V1Deployment>(KubernetesYaml.Serialize(o.Model));
            copy.Spec.Replicas = null;
            return KubernetesYaml.Serialize(copy);
        });
        var target = Path.Combine(applyDirectory, folder, Path.GetFileName(renderedFile));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, string.Join("---\n", documents.Select(d => d.TrimEnd() + "\n")));
        return target;
    }

    private static bool IsAutoscaled(KubernetesLayer layer, KubernetesObject deployment) =>
        layer.ObjectsOf<V2HorizontalPodAutoscaler>().Any(hpa =>
            hpa.Metadata.NamespaceProperty == deployment.Namespace &&
            hpa.Spec.ScaleTargetRef.Kind == "Deployment" &&
            hpa.Spec.ScaleTargetRef.Name == deployment.Name);
}
