namespace Build.Tools;

/// <summary>A required tool is not installed: one line saying which, why, and how to get it.</summary>
public sealed class ToolNotFoundException(ToolDescriptor tool)
    : Exception($"{tool.Name} was not found: it is needed to {tool.Purpose}. To fix: {tool.InstallHint}.")
{
    public ToolDescriptor Tool { get; } = tool;
}
