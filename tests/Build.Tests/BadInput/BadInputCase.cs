namespace Build.Tests.BadInput;

/// <summary>
/// One bad input a new user might give: the command line, and what the case breaks in the repository or the
/// environment first. The run must exit with <see cref="ExitCode"/>, its "Error:" line must contain
/// <see cref="Names"/> (the option, file:line or key at fault), with no stack trace and nothing changed.
/// </summary>
public sealed record BadInputCase(string Kind, string Input, string[] Args, int ExitCode, string Names)
{
    /// <summary>What the case breaks in the copy of the repository before the run.</summary>
    internal Action<RepositoryCopy>? Change { get; init; }

    /// <summary>Environment variables the run sees (null removes one).</summary>
    public IReadOnlyDictionary<string, string?> Variables { get; init; } = new Dictionary<string, string?>();

    /// <summary>The run may ask tools their version (Doctor does), and nothing else.</summary>
    public bool VersionProbes { get; init; }

    /// <summary>The case gives --working itself.</summary>
    public bool OwnWorking { get; init; }

    public override string ToString() => $"{Kind}: {Input}";
}
