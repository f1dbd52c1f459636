using FakeCloudHost.Cli;

namespace FakeCloudHost.Az;

/// <summary>A call az's parser accepted: the command and each option's values, reachable by any of its aliases.</summary>
public sealed class AzArguments(string command, IReadOnlyDictionary<string, IReadOnlyList<string>> values, IReadOnlyDictionary<string, AzParameter> aliases)
{
    /// <summary>"az deployment group create".</summary>
    public string Command { get; } = command;

    public bool Has(string option) => values.ContainsKey(Canonical(option));

    public string? Value(string option) => Values(option).FirstOrDefault();

    public IReadOnlyList<string> Values(string option) => values.TryGetValue(Canonical(option), out var list) ? list : [];

    /// <summary>A value the command needs beyond what the reference marks required (e.g. one of --ids or --name).</summary>
    public string Required(string option) =>
        Value(option) is { Length: > 0 } value ? value : throw new CliFailure(2, $"ERROR: the following arguments are required: {option}");

    private string Canonical(string option) => aliases.TryGetValue(option, out var parameter) ? parameter.Canonical : option;
}
