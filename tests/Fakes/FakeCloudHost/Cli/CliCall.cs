namespace FakeCloudHost.Cli;

/// <summary>One command-line call a thin client forwarded: the tool, its arguments, where it ran and its environment.</summary>
public sealed record CliCall(string Tool, IReadOnlyList<string> Args, string WorkingDirectory, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>A path as the tool would open it: relative paths are relative to where it ran.</summary>
    public string FullPath(string path) => Path.GetFullPath(path.Trim('"'), WorkingDirectory);
}
