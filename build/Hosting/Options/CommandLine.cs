namespace Build.Hosting.Options;

/// <summary>
/// The command line, read once before anything runs. Cake's host options are handed on to Spectre.Console.Cli
/// (which binds <see cref="DefaultCommandSettings"/>) in one spelling; the suite's options are kept for the
/// <see cref="OptionsModel"/> to bind. Every mistake Spectre would report vaguely, or let through, is a
/// <see cref="UsageException"/> naming the argument: an unknown option (with the nearest known one), a
/// stray word, an empty or missing value, a flag given a value that is not a yes or a no, an option given twice.
/// </summary>
public sealed class CommandLine
{
    private readonly List<string> _host = [];
    private readonly List<GivenOption> _options = [];
    private readonly Dictionary<string, string> _hostValues = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _known;

    private CommandLine(OptionsModel model) =>
        _known = model.Options.Select(o => o.Name).Concat(CakeOption.All.SelectMany(o => o.Aliases)).Append(CakeOption.Help.Name).ToList();

    /// <summary>Cake's options, for Spectre: <c>--name=value</c>, and flags only when true.</summary>
    public IReadOnlyList<string> HostArguments => _host;

    /// <summary>The suite's options, in the order given.</summary>
    public IReadOnlyList<GivenOption> Options => _options;

    public bool HelpRequested { get; private set; }

    /// <summary>The target as written (<c>--target</c>), or null for the default.</summary>
    public string? Target => _hostValues.GetValueOrDefault("target");

    public bool Exclusive => _hostValues.ContainsKey("exclusive");

    public static CommandLine Read(IReadOnlyList<string> args, OptionsModel model, TaskCatalog catalog)
    {
        var line = new CommandLine(model);
        for (var index = 0; index < args.Count; index++)
        {
            var argument = args[index];
            string? Next() => index + 1 < args.Count ? args[index + 1] : null;
            if (argument.StartsWith("--", StringComparison.Ordinal) && argument.Length > 2)
            {
                var body = argument[2..];
                var equals = body.IndexOf('=', StringComparison.Ordinal);
                var (name, text) = equals < 0 ? (body, null) : (body[..equals], body[(equals + 1)..]);
                if (line.ReadLong(name, text, Next(), model))
                {
                    index++;
                }
            }
            else if (argument.StartsWith('-') && argument.Length > 1 && argument != "--")
            {
                if (line.ReadShort(argument, Next()))
                {
                    index++;
                }
            }
            else
            {
                throw new UsageException(
                    $"Unexpected argument '{argument}': options are written --name=value{(catalog.TryGet(argument, out var target) ? $"; to run {target.Name}, write --target={target.Name}" : string.Empty)} (see ./build.sh --help).");
            }
        }

        return line;
    }

    /// <summary>Reads <c>--name[=text]</c>; true when it took <paramref name="next"/> as its value.</summary>
    private bool ReadLong(string name, string? text, string? next, OptionsModel model)
    {
        if (CakeOption.Find(name) is { } host)
        {
            return ReadHost(host, $"--{name}", text, next);
        }

        if (!model.TryGet(name, out var option))
        {
            throw new UsageException($"Unknown option --{name}{NearestName.Suggest(name, _known, ": did you mean --{0}?")} (./build.sh --help lists the options; --target=<name> --help those a target reads).");
        }

        var takesNext = text is null && next is not null && (option.IsFlag ? BooleanValue.IsWord(next) : !LooksLikeOption(next));
        Add(new GivenOption(option.Name, takesNext ? next : text));
        return takesNext;
    }

    /// <summary>Reads <c>-t Deploy</c>, <c>-t=Deploy</c>, <c>-e</c> or a cluster of flags such as <c>-eh</c>.</summary>
    private bool ReadShort(string argument, string? next)
    {
        var body = argument[1..];
        var equals = body.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0 || body.Length == 1)
        {
            var name = equals > 0 ? body[..equals] : body;
            var option = CakeOption.FindShort(name) ?? throw Unknown(argument);
            return ReadHost(option, $"-{name}", equals > 0 ? body[(equals + 1)..] : null, next);
        }

        foreach (var letter in body)
        {
            var option = CakeOption.FindShort(letter.ToString());
            if (option is not { IsFlag: true })
            {
                throw Unknown(argument);
            }

            ReadHost(option, $"-{letter}", null, null);
        }

        return false;
    }

    private bool ReadHost(CakeOption option, string written, string? text, string? next)
    {
        if (_hostValues.TryGetValue(option.Name, out var earlier) || (option == CakeOption.Help && HelpRequested))
        {
            var both = option.IsFlag || earlier is null ? string.Empty : $" (--{option.Name}={earlier} and {written}{(text is null ? string.Empty : "=" + text)})";
            throw new UsageException($"--{option.Name} is given twice{both}: give it once.");
        }

        if (option == CakeOption.Help)
        {
            HelpRequested = true;
            return false;
        }

        if (option.IsFlag)
        {
            var takesNext = text is null && next is not null && BooleanValue.IsWord(next);
            var value = takesNext ? next : text;
            var on = BooleanValue.Read(value)
                ?? throw new UsageException($"{written}={value}: '{value}' is not a yes or a no; --{option.Name} takes {new BooleanValue().Accepts}.");
            if (on)
            {
                _hostValues[option.Name] = "true";
                _host.Add($"--{option.Name}");
            }

            return takesNext;
        }

        var takesValue = text is null && next is not null && !LooksLikeOption(next);
        var given = takesValue ? next : text;
        var problem = given is null ? "it needs a value" : string.IsNullOrWhiteSpace(given) ? "the value is empty" : option.Problem(given);
        if (problem is not null)
        {
            throw new UsageException($"{written}{(given is null ? string.Empty : "=" + given)}: {problem}; --{option.Name} takes {option.Accepts}.");
        }

        _hostValues[option.Name] = given!;
        _host.Add($"--{option.Name}={given}");
        return takesValue;
    }

    private void Add(GivenOption option)
    {
        if (_options.FirstOrDefault(o => o.Name == option.Name) is { } earlier)
        {
            throw new UsageException($"--{option.Name} is given twice ({earlier.Written} and {option.Written}): give it once.");
        }

        _options.Add(option);
    }

    /// <summary>An argument that starts another option (a negative number is a value).</summary>
    private static bool LooksLikeOption(string argument) =>
        argument.StartsWith('-') && !(argument.Length > 1 && (char.IsDigit(argument[1]) || argument[1] == '.'));

    /// <summary>An unknown short option; one dash short of a long option (<c>-plan-only</c>) is said so.</summary>
    private UsageException Unknown(string argument) =>
        new($"Unknown option {argument}{(argument.Length > 2 ? NearestName.Suggest(argument.TrimStart('-').Split('=')[0], _known, ": did you mean --{0}?") : string.Empty)} (./build.sh --help lists the options).");
}
