namespace Build.Hosting.Options;

/// <summary>The name of a target (any case); the value is its name as declared.</summary>
public sealed class TargetValue : IOptionValue
{
    public string Accepts => "a target name (./build.sh --help lists them)";

    public object Parse(string? text, OptionParseContext context)
    {
        var given = OptionText.Required(text);
        return context.Catalog.TryGet(given, out var target)
            ? target.Name
            : throw new OptionValueException($"there is no target '{given}'{NearestName.Suggest(given, context.Catalog.Entries.Select(e => e.Name), " (did you mean {0}?)")}");
    }
}
