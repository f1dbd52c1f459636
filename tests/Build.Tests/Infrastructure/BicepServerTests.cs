using Build.Tools;
using Build.Tools.Bicep;

namespace Build.Tests.Infrastructure;

/// <summary>The long-lived compiler: the real <c>bicep jsonrpc</c>, and one that dies.</summary>
public sealed class BicepServerTests
{
    private string _folder = null!;

    [SetUp]
    public void Create() => _folder = Directory.CreateTempSubdirectory("bicep-server-").FullName;

    [TearDown]
    public void Remove() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Compiling_runs_the_linter_over_the_template_and_its_modules()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "modules"));
        File.WriteAllText(Path.Combine(_folder, "modules", "m.bicep"), "var unused = 1\noutput name string = 'm'\n");
        File.WriteAllText(Path.Combine(_folder, "main.bicep"), "module m 'modules/m.bicep' = {\n  name: 'm'\n}\noutput name string = m.outputs.name\n");

        var compilation = await RealBicep.Server.Compile(Path.Combine(_folder, "main.bicep"));

        Assert.That(compilation.Success, Is.True);
        Assert.That(compilation.Contents, Does.Contain("\"$schema\""));
        var finding = compilation.Diagnostics.Single();
        Assert.That((finding.Source, finding.Code, finding.Level, finding.Range.Start.Line), Is.EqualTo((Path.Combine(_folder, "modules", "m.bicep"), "no-unused-vars", "Warning", 0)));
    }

    [Test]
    public async Task File_references_name_the_modules_and_loaded_files_a_parameter_file_reads()
    {
        File.WriteAllText(Path.Combine(_folder, "values.json"), "{ \"name\": \"x\" }");
        File.WriteAllText(Path.Combine(_folder, "main.bicep"), "param name string\noutput name string = name\n");
        File.WriteAllText(Path.Combine(_folder, "main.bicepparam"), "using 'main.bicep'\nparam name = loadJsonContent('values.json').name\n");

        var files = await RealBicep.Server.FileReferences(Path.Combine(_folder, "main.bicepparam"));

        Assert.That(files, Is.SupersetOf(new[] { "main.bicep", "main.bicepparam", "values.json" }.Select(f => Path.Combine(_folder, f))));
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_compiler_that_dies_is_one_line_with_its_last_words()
    {
        var bicep = Path.Combine(_folder, "bicep");
        File.WriteAllText(bicep, "#!/bin/sh\necho 'Unhandled exception. System.OutOfMemoryException' >&2\nexit 134\n");
        File.SetUnixFileMode(bicep, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using var server = BicepServer.Start(bicep);

        var failure = (await Assert.ThrowsAsync<ToolFailedException>(() => server.Compile(Path.Combine(_folder, "main.bicep"))))!;

        Assert.That(failure.Message, Does.StartWith("bicep failed (exit code -1): the bicep compiler process"));
        Assert.That(failure.Message, Does.Contain("System.OutOfMemoryException"));
        Assert.That(failure.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public async Task A_workspace_that_cannot_start_its_compiler_says_so_on_first_use_only()
    {
        var started = 0;
        using var workspace = new BicepWorkspace(() =>
        {
            started++;
            throw new ToolNotFoundException(ToolDescriptor.Bicep);
        });

        Assert.That(workspace.Started, Is.False);
        await Assert.ThrowsAsync<ToolNotFoundException>(() => workspace.Compile("/nowhere/hub.bicep"));
        await Assert.ThrowsAsync<ToolNotFoundException>(() => workspace.Compile("/nowhere/spoke.bicep"));
        Assert.That(started, Is.EqualTo(1));
    }
}
