using Build.Kubernetes;
using Build.Tools.Helm;

namespace Build.Tests.Kubernetes;

/// <summary><c>helm lint --strict</c> of each pinned chart with its rendered prod values and the cluster's Kubernetes version.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ChartLintTests
{
    private LayerSources _sources = null!;
    private KubernetesLayer _layer = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _sources = new LayerSources();
        _layer = _sources.Render();
    }

    [OneTimeTearDown]
    public void Clean() => _sources.Dispose();

    [Test]
    public void The_CSI_provider_chart_lints_clean()
    {
        var output = Lint("csi-secrets-store-provider-azure");

        Assert.That(output.Succeeded, Is.True, output.StandardOutput + output.StandardError);
        Assert.That(output.StandardOutput, Does.Not.Contain("[WARNING]").And.Not.Contain("[ERROR]"));
    }

    [Test]
    public void The_Traefik_chart_lints_with_one_warning_that_comes_from_helm_lints_capabilities_not_the_values()
    {
        var output = Lint("traefik");
        var findings = output.StandardOutput.Split('\n').Where(line => line.StartsWith("[WARNING]", StringComparison.Ordinal) || line.StartsWith("[ERROR]", StringComparison.Ordinal)).ToList();

        // helm lint has no --api-versions: offline it cannot know the cluster serves policy/v1/PodDisruptionBudget, so
        // the chart falls back to policy/v1beta1 for it. helm template, told the cluster's API versions, renders policy/v1.
        Assert.That(findings, Is.EqualTo(new[] { "[WARNING] templates/poddisruptionbudget.yaml: policy/v1beta1 PodDisruptionBudget is deprecated in v1.21+, unavailable in v1.25+; use policy/v1 PodDisruptionBudget" }));
        Assert.That(_layer.Chart("traefik")!.Objects.Single(item => item.Kind == "PodDisruptionBudget").ApiVersion, Is.EqualTo("policy/v1"));
    }

    private Build.Tools.ToolOutput Lint(string chart)
    {
        var rendered = _layer.Chart(chart)!;
        var values = Path.Combine(_sources.Root, "lint-values.yaml");
        File.WriteAllText(values, rendered.Release.Values.Text);
        var settings = new HelmLintSettings
        {
            Chart = new Cake.Core.IO.FilePath(rendered.Chart.Path),
            Namespace = rendered.Release.Release.Namespace,
            KubeVersion = rendered.KubeVersion,
            Strict = true,
        };
        settings.ValuesFiles.Add(values);
        return RealHelm.Runner().Lint(settings);
    }
}
