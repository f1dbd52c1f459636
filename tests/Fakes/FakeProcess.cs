using Cake.Core.IO;

namespace Build.Tests.Fakes;

/// <summary>A finished process with a fixed exit code and output, for <see cref="RecordingProcessRunner"/>.</summary>
public sealed class FakeProcess(int exitCode, string standardOutput, string standardError) : IProcess
{
    public void Dispose()
    {
    }

    public void WaitForExit()
    {
    }

    public bool WaitForExit(int milliseconds) => true;

    public int GetExitCode() => exitCode;

    public IEnumerable<string> GetStandardError() => Lines(standardError);

    public IEnumerable<string> GetStandardOutput() => Lines(standardOutput);

    public void Kill()
    {
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Length == 0 ? [] : text.Split('\n');
}
