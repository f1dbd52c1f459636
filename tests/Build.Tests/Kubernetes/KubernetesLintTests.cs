using Build.Kubernetes;

namespace Build.Tests.Kubernetes;

[Parallelizable(ParallelScope.All)]
public sealed class KubernetesLintTests
{
    [Test]
    public void The_real_sources_lint_clean()
    {
        var lint = new KubernetesLint(new KubernetesLayout(LayerSources.RepositoryRoot));

        Assert.That(lint.Check(), Does.Contain("helm/traefik.values.yaml").And.Contain("manifests/4-workload/aspnetapp.yaml"));
    }

    [Test]
    public void The_project_owns_no_chart_so_there_is_nothing_to_helm_lint()
    {
        Assert.That(new KubernetesLint(new KubernetesLayout(LayerSources.RepositoryRoot)).OwnedCharts(), Is.Empty);
    }

    [Test]
    public void A_chart_under_helm_is_found_for_helm_lint()
    {
        using var sources = new LayerSources();
        var chart = Path.Combine(sources.Root, "helm", "probe");
        Directory.CreateDirectory(chart);
        File.WriteAllText(Path.Combine(chart, "Chart.yaml"), "apiVersion: v2\nname: probe\nversion: 0.1.0\n");

        Assert.That(new KubernetesLint(sources.Layout).OwnedCharts(), Is.EqualTo(new[] { chart }));
    }

    [TestCase("  compress: {}", "  compress: {}\n    - item", 1, TestName = "A mapping continued as a list fails at the list")]
    [TestCase("  compress: {}", "  compress: \"unclosed\n", 0, TestName = "An unclosed quote fails at its line")]
    [TestCase("  compress: {}", "  compress: {\n  other: [", 0, TestName = "An unclosed flow mapping fails after its last good line")]
    public void A_file_that_is_not_YAML_fails_with_its_file_and_line(string find, string replace, int lineOffset)
    {
        using var sources = new LayerSources();
        var line = sources.Edit("manifests/3-traefik/middlewares.yaml", find, replace);

        var error = Assert.Throws<KubernetesSourceException>(() => new KubernetesLint(sources.Layout).Check());

        Assert.That(error!.Message, Does.StartWith($"manifests/3-traefik/middlewares.yaml:{line + lineOffset}: not valid YAML"));
        Assert.That(error.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void A_duplicate_key_fails_lint_with_its_line()
    {
        using var sources = new LayerSources();
        var line = sources.Edit("helm/traefik.values.yaml", "  replicas: 2", "  replicas: 2\n  replicas: 3");

        var error = Assert.Throws<KubernetesSourceException>(() => new KubernetesLint(sources.Layout).Check());

        Assert.That(error!.Message, Does.StartWith($"helm/traefik.values.yaml:{line + 1}: not valid YAML: Duplicate key"));
    }

    [Test]
    public void A_token_naming_no_output_fails_lint_without_any_snapshot()
    {
        using var sources = new LayerSources();
        Directory.Delete(Path.Combine(sources.Root, "bicep"), recursive: true);
        var line = sources.Edit("helm/traefik.values.yaml", "${output:ingressLoadBalancerIp}", "${output:ingressLbIp}");

        var error = Assert.Throws<KubernetesSourceException>(() => new KubernetesLint(sources.Layout).Check());

        Assert.That(error!.Message, Does.StartWith($"helm/traefik.values.yaml:{line}: ${{output:ingressLbIp}} names no Bicep output"));
    }

    [Test]
    public void A_manifest_outside_a_numbered_folder_fails()
    {
        using var sources = new LayerSources();
        File.WriteAllText(Path.Combine(sources.Root, "manifests", "stray.yaml"), "a: 1\n");

        var error = Assert.Throws<KubernetesSourceException>(() => new KubernetesLint(sources.Layout).Check());

        Assert.That(error!.Message, Does.StartWith("manifests/stray.yaml:1: manifests belong in a numbered folder"));
    }

    [Test]
    public void A_manifest_folder_without_its_order_fails()
    {
        using var sources = new LayerSources();
        Directory.CreateDirectory(Path.Combine(sources.Root, "manifests", "extras"));

        var error = Assert.Throws<KubernetesSourceException>(() => new KubernetesLint(sources.Layout).Check());

        Assert.That(error!.Message, Does.StartWith("manifests/extras:1: a manifest folder's name starts with its apply order"));
    }
}
