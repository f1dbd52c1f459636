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
    public void Version_reads_the_number()
    {
        _fixture.Processes.Answer("--version", standardOutput: "Bicep CLI version 0.49.2 (b34271ac51)");

        Assert.That(_bicep.Version(new BicepSettings()), Is.EqualTo("0.49.2"));
    }

    [Test]
    public void The_pinned_bicep_from_NuGet_is_preferred_on_linux_x64()
    {
        Assume.That(BicepRunner.PackagedPath, Is.Not.Null, "bicep is restored from NuGet only on Linux x64");

        _fixture.Processes.Answer("--version", standardOutput: "Bicep CLI version 0.49.2 (b34271ac51)");

        _bicep.Version(new BicepSettings());

        Assert.That(_fixture.Processes.Last.Executable, Is.EqualTo(BicepRunner.PackagedPath));
    }
}
