namespace FakeCli;

/// <summary>The fake's view of a command line: positional words and --options (with one value or a list).</summary>
internal sealed class Arguments(IReadOnlyList<string> args)
{
    public IReadOnlyList<string> All { get; } = args;

    /// <summary>The words before the first option, e.g. "deployment group create".</summary>
    public string Command => string.Join(' ', All.TakeWhile(a => !a.StartsWith('-')));

    /// <summary>The words that are neither options nor the values of <paramref name="valueOptions"/>.</summary>
    public IReadOnlyList<string> Positional(params string[] valueOptions)
    {
        var words = new List<string>();
        for (var i = 0; i < All.Count; i++)
        {
            if (valueOptions.Contains(All[i]))
            {
                i++;
            }
            else if (!All[i].StartsWith('-'))
            {
                words.Add(All[i]);
            }
        }

        return words;
    }

    public bool Has(string option) => All.Any(a => a == option || a.StartsWith(option + "=", StringComparison.Ordinal));

    public string? Value(string option) => Values(option).FirstOrDefault();

    /// <summary>Every value given to an option: "--tags a=1 b=2" and "--x=1 --x=2" both work.</summary>
    public IReadOnlyList<string> Values(string option)
    {
        var values = new List<string>();
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].StartsWith(option + "=", StringComparison.Ordinal))
            {
                values.Add(All[i][(option.Length + 1)..]);
            }
            else if (All[i] == option)
            {
                for (var j = i + 1; j < All.Count && !All[j].StartsWith("--", StringComparison.Ordinal); j++)
                {
                    values.Add(All[j]);
                }
            }
        }

        return values;
    }

    public string Required(string option) => Value(option) ?? throw new FakeFailure(2, $"ERROR: the following arguments are required: {option}");
}
