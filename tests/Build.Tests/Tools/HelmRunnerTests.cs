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
        var settings = new HelmTemplateSettings { Release = "app", Chart = ".tools/charts/app-1.0.0.tgz", Namespace = "a0008", KubeVersion = "1.33", IncludeCrds = true };
        settings.ValuesFiles.Add("artifacts/values.yaml");
        settings.ApiVersions.Add("policy/v1");
        settings.ApiVersions.Add("policy/v1/PodDisruptionBudget");

        var output = _helm.Template(settings);

        Assert.That(output.StandardOutput, Is.EqualTo("apiVersion: v1\nkind: Service"));
        Assert.That(_fixture.LastArguments, Is.EqualTo(
            "template \"app\" \".tools/charts/app-1.0.0.tgz\" --namespace \"a0008\" --values \"/work/repo/artifacts/values.yaml\" " +
            "--kube-version \"1.33\" --api-versions \"policy/v1,policy/v1/PodDisruptionBudget\" --include-crds"));
    }

    [Test]
    public void Template_returns_a_refusal_instead_of_throwing_so_the_values_can_be_named()
    {
        _fixture.Processes.Answer("template", exitCode: 1, standardError: "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntraefik:\n- at '': additional properties 'logs' not allowed");

        var output = _helm.Template(new HelmTemplateSettings { Release = "traefik", Chart = "traefik.tgz" });

        Assert.That(output.Succeeded, Is.False);
        Assert.That(output.StandardError, Does.Contain("additional properties 'logs' not allowed"));
    }

    [Test]
    public void Pull_asks_the_repository_for_one_version_into_a_folder()
    {
        var output = _helm.Pull(new HelmPullSettings { Chart = "traefik", Repository = "https://traefik.github.io/charts", Version = "41.3.0", Destination = "/tmp/charts" });

        Assert.That(output.Succeeded);
        Assert.That(_fixture.LastArguments, Is.EqualTo("pull \"traefik\" --repo \"https://traefik.github.io/charts\" --version \"41.3.0\" --destination \"/tmp/charts\""));
    }

    [TestCase(HelmShowKind.Chart, "show chart \"/tmp/traefik-41.3.0.tgz\"")]
    [TestCase(HelmShowKind.Crds, "show crds \"/tmp/traefik-41.3.0.tgz\"")]
    public void Show_prints_one_part_of_a_chart(HelmShowKind what, string arguments)
    {
        _fixture.Processes.Answer("show", standardOutput: "name: traefik\nversion: 41.3.0");

        var text = _helm.Show(new HelmShowSettings { What = what, Chart = "/tmp/traefik-41.3.0.tgz" });

        Assert.That(text, Does.Contain("version: 41.3.0"));
        Assert.That(_fixture.LastArguments, Is.EqualTo(arguments));
    }

    [Test]
    public void Lint_is_strict_and_returns_its_findings()
    {
        _fixture.Processes.Answer("lint", exitCode: 1, standardOutput: "[ERROR] templates/: parse error");

        var output = _helm.Lint(new HelmLintSettings { Chart = new Cake.Core.IO.DirectoryPath("helm/charts/app") });

        Assert.That(_fixture.LastArguments, Is.EqualTo("lint \"/work/repo/helm/charts/app\" --strict"));
        Assert.That(output.Succeeded, Is.False);
    }
}
