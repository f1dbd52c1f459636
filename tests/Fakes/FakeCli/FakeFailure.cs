namespace FakeCli;

/// <summary>Ends the fake's run with an exit code and an error text, the way the real tool fails.</summary>
internal sealed class FakeFailure(int exitCode, string error) : Exception(error)
{
    public int ExitCode { get; } = exitCode;
}
