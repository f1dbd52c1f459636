namespace FakeCloudHost.Cli;

/// <summary>
/// A Go tool's command line parsed the way pflag parses it against a <see cref="FlagContract"/>: the
/// positional words, and each flag's values. An unknown flag fails with the tool's own words.
/// </summary>
public sealed class FlagArguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    private FlagArguments(string command, IReadOnlyList<string> positional)
    {
        Command = command;
        Positional = positional;
    }

    /// <summary>The command's words, e.g. "repo add".</summary>
    public string Command { get; }

    /// <summary>The words after the command that are neither flags nor their values.</summary>
    public IReadOnlyList<string> Positional { get; }

    public bool Has(string flag) => _values.ContainsKey(flag);

    public string? Value(string flag) => _values.TryGetValue(flag, out var values) ? values.LastOrDefault() : null;

    public IReadOnlyList<string> Values(string flag) => _values.TryGetValue(flag, out var values) ? values : [];

    /// <param name="unknown">What the tool prints for an unknown flag, given the flag as typed.</param>
    public static FlagArguments Parse(FlagContract contract, IReadOnlyList<string> args, Func<string, string, CliFailure> unknown)
    {
        // the longest known command the leading words name ("repo add" before "repo")
        var words = args.TakeWhile(a => !a.StartsWith('-')).ToList();
        var command = Enumerable.Range(1, words.Count).Reverse().Select(n => string.Join(' ', words.Take(n))).FirstOrDefault(contract.Commands.ContainsKey)
            ?? throw new CliFailure(1, $"Error: unknown command \"{words.FirstOrDefault() ?? string.Empty}\" for \"{contract.Tool}\"\nRun '{contract.Tool} --help' for usage.");
        var flags = contract.FlagsOf(command)!;
        var positional = new List<string>();
        var parsed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = command.Split(' ').Length; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (!token.StartsWith('-') || token == "-")
            {
                positional.Add(token);
                continue;
            }

            var (name, inline) = token.IndexOf('=') is var equals and > 0 ? (token[..equals], token[(equals + 1)..]) : (token, null);
            var flag = name.StartsWith("--", StringComparison.Ordinal)
                ? flags.FirstOrDefault(f => f.Long == name[2..])
                : flags.FirstOrDefault(f => f.Short == name[1..]);
            if (flag is null)
            {
                throw unknown(command, name);
            }

            var value = inline ?? (flag.TakesValue && i + 1 < args.Count ? args[++i] : flag.TakesValue ? throw new CliFailure(1, $"Error: flag needs an argument: {name}") : "true");
            if (!parsed.TryGetValue(flag.Long, out var list))
            {
                parsed[flag.Long] = list = [];
            }

            list.Add(value);
        }

        var result = new FlagArguments(command, positional);
        foreach (var (key, values) in parsed)
        {
            result._values[key] = values;
        }

        return result;
    }
}
