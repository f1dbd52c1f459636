namespace Build.Tools;

/// <summary>What a captured tool run produced.</summary>
public sealed record ToolOutput(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
}
