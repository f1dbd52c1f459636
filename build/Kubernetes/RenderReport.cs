using System.Globalization;

namespace Build.Kubernetes;

/// <summary>
/// What a render produced, as lines for the build log and render-log.txt: install plan, each chart's version and the
/// objects it renders, the manifests' objects with their source, images, every offline stand-in and every problem.
/// </summary>
public static class RenderReport
{
    public static IReadOnlyList<string> Lines(KubernetesLayer layer)
    {
        var lines = new List<string> { $"Kubernetes layer for '{layer.Environment}'", "Install plan:" };
        lines.AddRange(layer.InstallPlan.Select((step, index) => $"  {index + 1}. {Describe(layer, step)}"));

        foreach (var chart in layer.Charts)
        {
            var kubernetes = chart.KubeVersion is null ? string.Empty : $", Kubernetes {chart.KubeVersion}";
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Chart {chart.Chart} for release {chart.Name} (from {chart.Chart.Source}{kubernetes}): {chart.Objects.Count} objects in {chart.Output.File}"));
            lines.AddRange(chart.Objects.Where(item => item.Kind != "CustomResourceDefinition").Select(item => $"  {item.Identity,-70} {item.Location}"));
            var definitions = chart.Objects.Count(item => item.Kind == "CustomResourceDefinition");
            if (definitions > 0)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {definitions} CustomResourceDefinitions: {string.Join(", ", chart.Crds.Names)}"));
            }
        }

        var manifests = layer.Objects.Where(item => !item.FromChart).ToList();
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Manifest objects ({manifests.Count}):"));
        lines.AddRange(manifests.Select(item => $"  {item.Identity,-70} {item.Location}"));

        lines.Add("Images imported into the cluster's registry:");
        lines.AddRange(layer.Images.Select(image => $"  {image.Source} -> {image.Target}"));

        var standIns = layer.StandIns;
        if (standIns.Count == 0)
        {
            lines.Add("Offline stand-ins: none (every output is known).");
        }
        else
        {
            lines.Add("Offline stand-ins (known only after deployment; the deploy stage renders the real values):");
            lines.AddRange(standIns.Select(standIn =>
                $"  {standIn.OutputName} = {standIn.Value} (in {string.Join(", ", layer.Substitutions.Where(s => s.OutputName == standIn.OutputName).Select(s => $"{s.File}:{s.Line}").Distinct())})"));
        }

        if (layer.Problems.Count > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Problems ({layer.Problems.Count}):"));
            lines.AddRange(layer.Problems.Select(problem => $"  {problem.Message}"));
        }

        return lines;
    }

    private static string Describe(KubernetesLayer layer, InstallStep step)
    {
        if (step.Kind == InstallStepKind.ApplyManifests)
        {
            var count = layer.Objects.Count(item => item.Folder == step.Name && !item.FromChart);
            return string.Create(CultureInfo.InvariantCulture, $"apply manifests/{step.Name} ({count} object{(count == 1 ? string.Empty : "s")})");
        }

        var release = layer.Release(step.Name).Release;
        return $"install {release.Name}: {release.ChartReference} {release.Version} ({release.Repository.Url}) into {release.Namespace}, values helm/{release.Values}";
    }
}
