using Cake.Core.IO;

namespace Build.Tests.Fakes;

/// <summary>Runs processes for real (Cake's own runner) and records which were started.</summary>
public sealed class CountingProcessRunner(IProcessRunner inner) : IProcessRunner
{
    public List<string> Started { get; } = [];

    public IProcess Start(FilePath filePath, ProcessSettings settings)
    {
        Started.Add(filePath.GetFilename().FullPath + " " + settings.Arguments.RenderSafe());
        return inner.Start(filePath, settings);
    }
}
