using Build.Infrastructure;
using Build.Tests.Fakes;
using Build.Tools.Bicep;
using Cake.Core;
using Cake.Core.IO;

namespace Build.Tests.Infrastructure;

/// <summary>Lint and build with bicep's answers recorded instead of run: the command lines and the failures.</summary>
public sealed class RecordedBicepTests
{
    private const string Root = "/work/repo";

    [Test]
    public void Lint_runs_one_process_over_every_template_and_parameter_file()
    {
        using var tools = new FakeToolLocator();
        var processes = new RecordingProcessRunner().Answer("lint", standardOutput: """{ "version": "2.1.0", "runs": [ { "results": [] } ] }""");
        var sarif = System.IO.Path.Combine(Directory.CreateTempSubdirectory("lint-").FullName, "bicep.sarif");

        new TemplateLinter(Bicep(processes, tools)).Lint(new DirectoryPath(Root), new FilePath(sarif));

        Assert.That(processes.Started.Single().Arguments, Is.EqualTo($"lint --pattern \"{Root}/bicep/**/*.bicep*\" --diagnostics-format sarif"));
        Assert.That(File.Exists(sarif));
        Directory.Delete(System.IO.Path.GetDirectoryName(sarif)!, recursive: true);
    }

    [Test]
    public void Lint_without_SARIF_fails_with_bicep_error()
    {
        using var tools = new FakeToolLocator();
        var processes = new RecordingProcessRunner().Answer("lint", exitCode: 1, standardError: "Error: the glob matched no files");

        var failure = Assert.Throws<InvalidOperationException>(() => new TemplateLinter(Bicep(processes, tools)).Lint(new DirectoryPath(Root), new FilePath("/tmp/unused.sarif")))!;

        Assert.That(failure.Message, Is.EqualTo("bicep lint wrote no SARIF (exit code 1): Error: the glob matched no files"));
    }

    [Test]
    public void Build_compiles_the_three_deployments_in_one_process()
    {
        using var tools = new FakeToolLocator();
        var output = Directory.CreateTempSubdirectory("arm-").FullName;
        foreach (var stage in Stage.All)
        {
            File.WriteAllText(System.IO.Path.Combine(output, $"{stage.Name}.json"), "{}");
        }

        var processes = new RecordingProcessRunner();
        var compiled = new TemplateCompiler(Bicep(processes, tools)).Build(new DirectoryPath(Root), new DirectoryPath(output));

        Assert.That(processes.Started.Single().Arguments, Is.EqualTo($"build --pattern \"{Root}/bicep/*.bicep\" --outdir \"{output}\""));
        Assert.That(compiled.Templates, Has.Count.EqualTo(3));
        Directory.Delete(output, recursive: true);
    }

    [Test]
    public void A_build_error_fails_with_its_file_line_and_message()
    {
        using var tools = new FakeToolLocator();
        var processes = new RecordingProcessRunner().Answer(
            "build",
            exitCode: 1,
            standardError: $"{Root}/bicep/cluster.bicep(42,7) : Error BCP035: The specified \"object\" declaration is missing the required property \"name\". [https://aka.ms/bicep/core-diagnostics#BCP035]");

        var failure = Assert.Throws<InvalidOperationException>(() => new TemplateCompiler(Bicep(processes, tools)).Build(new DirectoryPath(Root), new DirectoryPath(System.IO.Path.GetTempPath())))!;

        Assert.That(failure.Message, Is.EqualTo("bicep build failed: bicep/cluster.bicep:42:7: error BCP035: The specified \"object\" declaration is missing the required property \"name\"."));
    }

    private static BicepRunner Bicep(RecordingProcessRunner processes, FakeToolLocator tools) =>
        new(new FileSystem(), new CakeEnvironment(new CakePlatform(), new CakeRuntime()), processes, tools);
}
