namespace Build.Hosting;

/// <summary>A discovered task: its name, description and edges, read from the class's attributes.</summary>
public sealed record TaskEntry(
    string Name,
    string Description,
    Type Type,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> DependeeOf);
