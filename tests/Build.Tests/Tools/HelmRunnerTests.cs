using Build.Tools.Helm;

namespace Build.Tests.Tools;

public sealed class HelmRunnerTests
{
    private ToolFixture _fixture = null!;
    private HelmRunner _helm = null!;

    [SetUp]
    public void Create()
    {
        _fixture = new ToolFixture();
        _helm = new HelmRunner(_fixture.FileSystem, _fixture.Environment, _fixture.Processes, _fixture.Locator);
    }

    [TearDown]
    public void Dispose() => _fixture.Dispose();

    [Test]
    public void Repo_add_forces_an_update_so_reruns_succeed()
    {
        _helm.RepoAdd(new HelmRepoAddSettings { Name = "traefik", Url = "https://traefik.github.io/charts" });

        Assert.That(_fixture.LastArguments, Is.EqualTo("repo add \"traefik\" \"https://traefik.github.io/charts\" --force-update"));
    }

    [TestCase("v4.1.4+g05fa379", "--rollback-on-failure")]
    [TestCase("v3.17.2+gcc0bbbd", "--atomic")]
    public void Upgrade_installs_atomically_with_the_flag_this_helm_knows(string version, string atomicFlag)
    {
        _fixture.Processes.Answer("version --short", standardOutput: version);
        var settings = new HelmUpgradeSettings
        {
            Release = "traefik",
            Chart = "traefik/traefik",
            Version = "37.1.2",
            Namespace = "traefik",
            CreateNamespace = true,
            Atomic = true,
            Wait = true,
            Timeout = TimeSpan.FromMinutes(10),
            Kubeconfig = "artifacts/prod/kubeconfig",
        };
        settings.ValuesFiles.Add("artifacts/rendered/prod/traefik.values.yaml");
        settings.SetValues["deployment.replicas"] = "2";

        _helm.Upgrade(settings);

        Assert.That(_fixture.LastArguments, Is.EqualTo(
            "upgrade --kubeconfig \"/work/repo/artifacts/prod/kubeconfig\" \"traefik\" \"traefik/traefik\" --install --create-namespace " +
            $"{atomicFlag} --wait --timeout=600s --version \"37.1.2\" --namespace \"traefik\" " +
            "--values \"/work/repo/artifacts/rendered/prod/traefik.values.yaml\" --set \"deployment.replicas=2\""));
    }

    [Test]
    public void Secret_values_are_redacted_in_what_cake_prints()
    {
        var settings = new HelmUpgradeSettings { Release = "r", Chart = "c" };
        settings.SetSecretValues["auth.token"] = "t0ken-value";

        _helm.Upgrade(settings);

        Assert.That(_fixture.LastArguments, Does.Contain("--set \"auth.token=t0ken-value\""));
        Assert.That(_fixture.Processes.Last.SafeArguments, Does.Contain("--set auth.token=[REDACTED]").And.Not.Contain("t0ken-value"));
    }

    [Test]
    public void Template_returns_the_rendered_yaml()
    {
        _fixture.Processes.Answer("template", standardOutput: "apiVersion: v1\nkind: Service");
        var settings = new HelmTemplateSettings { Release = "app", Chart = "helm/charts/app", Namespace = "a0008", KubeVersion = "1.33.0" };

        var yaml = _helm.Template(settings);

        Assert.That(yaml, Is.EqualTo("apiVersion: v1\nkind: Service"));
        Assert.That(_fixture.LastArguments, Is.EqualTo("template \"app\" \"helm/charts/app\" --namespace \"a0008\" --kube-version \"1.33.0\""));
    }

    [Test]
    public void Lint_is_strict_and_returns_its_findings()
    {
        _fixture.Processes.Answer("lint", exitCode: 1, standardOutput: "[ERROR] templates/: parse error");

        var output = _helm.Lint(new HelmLintSettings { Chart = "helm/charts/app" });

        Assert.That(_fixture.LastArguments, Is.EqualTo("lint \"/work/repo/helm/charts/app\" --strict"));
        Assert.That(output.Succeeded, Is.False);
    }
}
