namespace Build.Tools;

/// <summary>A tool ran and failed. The message is the tool's own error, trimmed to what a user needs.</summary>
public sealed class ToolFailedException(string tool, int exitCode, string command, string detail)
    : Exception(detail.Length == 0
        ? $"{tool} failed (exit code {exitCode}): {command}"
        : $"{tool} failed (exit code {exitCode}): {detail}")
{
    public string Tool { get; } = tool;

    public int ExitCode { get; } = exitCode;

    /// <summary>The command line with secrets redacted.</summary>
    public string Command { get; } = command;

    /// <summary>The trimmed error output.</summary>
    public string Detail { get; } = detail;
}
