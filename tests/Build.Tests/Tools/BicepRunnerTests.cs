using Build.Tools.Bicep;

namespace Build.Tests.Tools;

public sealed class BicepRunnerTests
{
    private ToolFixture _fixture = null!;
    private BicepRunner _bicep = null!;

    [SetUp]
    public void Create()
    {
        _fixture = new ToolFixture();
        _bicep = new BicepRunner(_fixture.FileSystem, _fixture.Environment, _fixture.Processes, _fixture.Locator);
    }

    [TearDown]
    public void Dispose() => _fixture.Dispose();

    [Test]
    public void Build_with_a_pattern_compiles_everything_in_one_process()
    {
        _bicep.Build(new BicepBuildSettings { Pattern = "bicep/*.bicep", OutputDirectory = "artifacts/bicep" });

        Assert.That(_fixture.Processes.Started, Has.Count.EqualTo(1));
        Assert.That(_fixture.LastArguments, Is.EqualTo("build --pattern \"bicep/*.bicep\" --outdir \"/work/repo/artifacts/bicep\""));
    }

    [Test]
    public void Lint_asks_for_sarif_and_returns_a_failing_exit_code_instead_of_throwing()
    {
        _fixture.Processes.Answer("lint", exitCode: 1, standardOutput: "{\"runs\":[]}");

        var output = _bicep.Lint(new BicepLintSettings { File = "bicep/hub.bicep" });

        Assert.That(_fixture.LastArguments, Is.EqualTo("lint \"/work/repo/bicep/hub.bicep\" --diagnostics-format sarif"));
        Assert.That(output.ExitCode, Is.EqualTo(1));
        Assert.That(output.StandardOutput, Is.EqualTo("{\"runs\":[]}"));
    }

    [Test]
    public void Snapshot_passes_the_deterministic_scope()
    {
        _bicep.Snapshot(new BicepSnapshotSettings
        {
            ParametersFile = "bicep/environments/prod/hub.bicepparam",
            Mode = BicepSnapshotMode.Validate,
            SubscriptionId = "00000000-0000-0000-0000-000000000000",
            ResourceGroup = "rg-hub",
            Location = "eastus2",
        });

        Assert.That(_fixture.LastArguments, Is.EqualTo(
            "snapshot \"/work/repo/bicep/environments/prod/hub.bicepparam\" --mode validate " +
            "--subscription-id \"00000000-0000-0000-0000-000000000000\" --resource-group \"rg-hub\" --location \"eastus2\""));
    }

    [Test]
    public void Version_reads_the_number()
    {
        _fixture.Processes.Answer("--version", standardOutput: "Bicep CLI version 0.49.2 (b34271ac51)");

        Assert.That(_bicep.Version(new BicepSettings()), Is.EqualTo("0.49.2"));
    }

    [Test]
    public void Either_a_file_or_a_pattern_is_required()
    {
        Assert.Throws<ArgumentException>(() => _bicep.Build(new BicepBuildSettings()));
        Assert.Throws<ArgumentException>(() => _bicep.Build(new BicepBuildSettings { File = "a.bicep", Pattern = "*.bicep" }));
    }

    [Test]
    public void The_pinned_bicep_from_NuGet_is_preferred_on_linux_x64()
    {
        Assume.That(BicepRunner.PackagedPath, Is.Not.Null, "bicep is restored from NuGet only on Linux x64");

        _bicep.Build(new BicepBuildSettings { File = "a.bicep" });

        Assert.That(_fixture.Processes.Last.Executable, Is.EqualTo(BicepRunner.PackagedPath));
    }
}
