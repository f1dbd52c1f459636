using Build.Tools.Kubectl;

namespace Build.Tests.Tools;

public sealed class KubectlRunnerTests
{
    private ToolFixture _fixture = null!;
    private KubectlRunner _kubectl = null!;

    [SetUp]
    public void Create()
    {
        _fixture = new ToolFixture();
        _kubectl = new KubectlRunner(_fixture.FileSystem, _fixture.Environment, _fixture.Processes, _fixture.Locator);
    }

    [TearDown]
    public void Dispose() => _fixture.Dispose();

    [Test]
    public void Apply_is_server_side_with_the_suites_kubeconfig()
    {
        var settings = new KubectlApplySettings { Kubeconfig = "artifacts/prod/kubeconfig", Namespace = "a0008" };
        settings.Filenames.Add("artifacts/rendered/prod/workload.yaml");

        _kubectl.Apply(settings);

        Assert.That(_fixture.LastArguments, Is.EqualTo(
            "apply --kubeconfig \"/work/repo/artifacts/prod/kubeconfig\" --filename \"/work/repo/artifacts/rendered/prod/workload.yaml\" " +
            "--namespace \"a0008\" --server-side --field-manager=aks-baseline-build"));
    }

    [Test]
    public void Apply_can_dry_run_a_kustomization()
    {
        _kubectl.Apply(new KubectlApplySettings { Kustomize = "manifests", ServerSide = false, DryRun = KubectlDryRun.Client });

        Assert.That(_fixture.LastArguments, Is.EqualTo("apply --kustomize \"/work/repo/manifests\" --dry-run=client"));
    }

    [Test]
    public void Rollout_status_has_a_timeout()
    {
        _kubectl.RolloutStatus(new KubectlRolloutStatusSettings { Resource = "deployment/aspnetapp", Namespace = "a0008", Timeout = TimeSpan.FromMinutes(3) });

        Assert.That(_fixture.LastArguments, Is.EqualTo("rollout status \"deployment/aspnetapp\" --namespace \"a0008\" --timeout=180s"));
    }

    [Test]
    public void Version_reads_the_client_version_from_json()
    {
        _fixture.Processes.Answer("version", standardOutput: """{"clientVersion":{"major":"1","minor":"33","gitVersion":"v1.33.9"},"kustomizeVersion":"v5.6.0"}""");

        Assert.That(_kubectl.Version(new KubectlSettings()), Is.EqualTo("v1.33.9"));
        Assert.That(_fixture.LastArguments, Is.EqualTo("version --client --output=json"));
    }
}
