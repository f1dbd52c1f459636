using Build.Tests.Fakes;
using Cake.Core;
using Cake.Core.IO;

namespace Build.Tests.Tools;

/// <summary>What a tool wrapper needs, with a recording process runner and a fake tool locator.</summary>
internal sealed class ToolFixture : IDisposable
{
    public ToolFixture(bool installed = true)
    {
        Locator = new FakeToolLocator(installed);
        Environment = new FakeEnvironment(new DirectoryPath("/work/repo"));
    }

    public RecordingProcessRunner Processes { get; } = new();

    public FakeToolLocator Locator { get; }

    public FileSystem FileSystem { get; } = new();

    public FakeEnvironment Environment { get; }

    public string LastArguments => Processes.Last.Arguments;

    public void Dispose() => Locator.Dispose();
}
