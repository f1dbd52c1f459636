namespace FakeCloudHost.Cli;

/// <summary>A fake tool's failure: what the real tool prints on standard error, and its exit code.</summary>
public sealed class CliFailure(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
