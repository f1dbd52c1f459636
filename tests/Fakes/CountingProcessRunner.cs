using Cake.Core.IO;

namespace Build.Tests.Fakes;

/// <summary>Runs processes for real (Cake's own runner) and records which were started.</summary>
public sealed class CountingProcessRunner(IProcessRunner inner) : IProcessRunner
{
    private readonly List<string> _started = [];

    /// <summary>What was started, in order (the offline gate starts tools from several threads at once).</summary>
    public IReadOnlyList<string> Started
    {
        get
        {
            lock (_started)
            {
                return [.. _started];
            }
        }
    }

    public IProcess Start(FilePath filePath, ProcessSettings settings)
    {
        lock (_started)
        {
            _started.Add(filePath.GetFilename().FullPath + " " + settings.Arguments.RenderSafe());
        }

        return inner.Start(filePath, settings);
    }
}
