using Cake.Core.IO;

namespace Build.Tests.Fakes;

/// <summary>
/// A fake IProcessRunner (Cake.Testing is not available here): records every process the code
/// starts and answers with canned output instead of running anything.
/// </summary>
public sealed class RecordingProcessRunner : IProcessRunner
{
    private readonly List<(Func<RecordedProcess, bool> Matches, FakeProcess Answer)> _answers = [];

    private readonly List<RecordedProcess> _started = [];

    /// <summary>What was started, in order (the offline gate starts tools from several threads at once).</summary>
    public IReadOnlyList<RecordedProcess> Started
    {
        get
        {
            lock (_started)
            {
                return [.. _started];
            }
        }
    }

    public RecordedProcess Last => Started[^1];

    /// <summary>The answer to every process whose rendered arguments contain <paramref name="argumentsContain"/>.</summary>
    public RecordingProcessRunner Answer(string argumentsContain, int exitCode = 0, string standardOutput = "", string standardError = "")
    {
        _answers.Add((p => p.Arguments.Contains(argumentsContain, StringComparison.Ordinal), new FakeProcess(exitCode, standardOutput, standardError)));
        return this;
    }

    public IProcess Start(FilePath filePath, ProcessSettings settings)
    {
        var recorded = new RecordedProcess(
            filePath.FullPath,
            settings.Arguments?.Render() ?? string.Empty,
            settings.Arguments?.RenderSafe() ?? string.Empty,
            settings.RedirectStandardOutput);
        lock (_started)
        {
            _started.Add(recorded);
        }

        return _answers.LastOrDefault(a => a.Matches(recorded)).Answer ?? new FakeProcess(0, string.Empty, string.Empty);
    }
}

/// <param name="Arguments">The arguments as the process receives them.</param>
/// <param name="SafeArguments">The arguments as Cake logs them, secrets redacted.</param>
public sealed record RecordedProcess(string Executable, string Arguments, string SafeArguments, bool Captured);
