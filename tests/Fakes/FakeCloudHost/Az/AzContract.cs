using System.Reflection;
using System.Text.Json.Nodes;
using FakeCloudHost.Cli;

namespace FakeCloudHost.Az;

/// <summary>
/// The published Azure CLI reference (tests/Fakes/Contracts/az-cli.json): every command the fake az answers
/// is first parsed the way az's argparse parser parses it, and refused with az's own words and exit code 2
/// when the reference does not allow it.
/// </summary>
public sealed class AzContract
{
    /// <summary>
    /// azure-cli adds <c>--subscription</c> to every command that has no argument of its own by that name
    /// (src/azure-cli-core/azure/cli/core/commands/parameters.py, register_global_subscription_argument); the
    /// contract's README lists it among the global parameters, its JSON only where a command declares it.
    /// </summary>
    private static readonly AzParameter Subscription = new(["--subscription"], false, null);

    private readonly Dictionary<string, AzCommandContract> _commands;
    private readonly IReadOnlyList<AzParameter> _global;

    private AzContract(Dictionary<string, AzCommandContract> commands, IReadOnlyList<AzParameter> global)
    {
        _commands = commands;
        _global = global;
    }

    public static AzContract Published { get; } = Load();

    public IReadOnlyCollection<string> Commands => _commands.Keys;

    /// <summary>Parses <paramref name="args"/> (without the leading "az") or throws what az prints for it.</summary>
    public AzArguments Parse(IReadOnlyList<string> args)
    {
        var words = args.TakeWhile(a => !a.StartsWith('-')).ToList();
        var name = "az " + string.Join(' ', words);
        if (!_commands.TryGetValue(name, out var command))
        {
            // knack's parser: an unknown command is named with the group it was looked up in
            throw new CliFailure(2, $"ERROR: '{string.Join(' ', words.DefaultIfEmpty(""))}' is misspelled or not recognized by the system.\n\nExamples from AI knowledge base:\nhttps://aka.ms/cli_ref\nRead more about the command in reference docs");
        }

        var parameters = command.Required.Concat(command.Optional).Concat(_global)
            .Append(command.Declares("--subscription") ? null : Subscription)
            .OfType<AzParameter>()
            .ToList();
        var byName = new Dictionary<string, AzParameter>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            foreach (var alias in parameter.Names)
            {
                byName.TryAdd(alias, parameter);
            }
        }

        var values = new Dictionary<AzParameter, List<string>>();
        var unrecognized = new List<string>();
        for (var i = words.Count; i < args.Count; i++)
        {
            var token = args[i];
            var (option, inline) = token.StartsWith("--", StringComparison.Ordinal) && token.IndexOf('=', StringComparison.Ordinal) is var equals and > 0
                ? (token[..equals], token[(equals + 1)..])
                : (token, null);
            var following = new List<string>();
            if (inline is not null)
            {
                following.Add(inline);
            }

            while (i + 1 < args.Count && !IsOption(args[i + 1]))
            {
                following.Add(args[++i]);
            }

            if (!byName.TryGetValue(option, out var parameter))
            {
                // argparse reports the unknown option with every word it did not consume
                unrecognized.Add(token);
                unrecognized.AddRange(inline is null ? following : following.Skip(1));
                continue;
            }

            foreach (var value in following.Where(_ => parameter.Accepted is not null))
            {
                if (!parameter.Accepted!.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    // azure-cli's get_enum_type: case-insensitive choices, the list in the message
                    throw new CliFailure(2, $"ERROR: argument {string.Join('/', parameter.Names)}: invalid choice: '{value}' (choose from {string.Join(", ", parameter.Accepted!.Select(a => $"'{a}'"))})");
                }
            }

            if (!values.TryGetValue(parameter, out var list))
            {
                values[parameter] = list = [];
            }

            list.AddRange(following);
        }

        if (unrecognized.Count > 0)
        {
            throw new CliFailure(2, $"ERROR: unrecognized arguments: {string.Join(' ', unrecognized)}\n\nExamples from AI knowledge base:\nhttps://aka.ms/cli_ref\nRead more about the command in reference docs");
        }

        var missing = command.Required.Where(p => !values.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            throw new CliFailure(2, $"ERROR: the following arguments are required: {string.Join(", ", missing.Select(p => string.Join('/', p.Names)))}");
        }

        return new AzArguments(name, values.ToDictionary(p => p.Key.Canonical, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal), byName);
    }

    /// <summary>An option starts with a dash and is not a negative number (argparse's own test).</summary>
    private static bool IsOption(string token) => token.StartsWith('-') && !double.TryParse(token, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static AzContract Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("az-cli.json")
            ?? throw new InvalidOperationException("az-cli.json is not embedded in the fake cloud.");
        var root = JsonNode.Parse(stream)!.AsObject();
        var commands = root["commands"]!.AsObject().ToDictionary(
            p => p.Key,
            p => new AzCommandContract(Parameters(p.Value!["required"]), Parameters(p.Value!["optional"])),
            StringComparer.Ordinal);
        return new AzContract(commands, Parameters(root["global"]));
    }

    private static List<AzParameter> Parameters(JsonNode? list) =>
        (list as JsonArray ?? []).OfType<JsonObject>()
            .Select(p => new AzParameter(
                p["names"]!.AsArray().Select(n => (string)n!).OrderBy(n => n.StartsWith("--", StringComparison.Ordinal) ? 0 : 1).ToList(),
                (bool?)p["required"] == true,
                (p["accepted"] as JsonArray)?.Select(a => (string)a!).ToList()))
            .ToList();
}

/// <summary>One command of the reference: its required and optional parameters.</summary>
public sealed record AzCommandContract(IReadOnlyList<AzParameter> Required, IReadOnlyList<AzParameter> Optional)
{
    public bool Declares(string option) => Required.Concat(Optional).Any(p => p.Names.Contains(option));
}

/// <summary>One parameter: every name and alias it answers to (long first), and the values it accepts, if listed.</summary>
public sealed record AzParameter(IReadOnlyList<string> Names, bool Required, IReadOnlyList<string>? Accepted)
{
    public string Canonical => Names[0];
}
