namespace Build.Hosting.Options;

/// <summary>One of an enum's names, written in lowercase (any case is read).</summary>
public sealed class EnumValue(Type type) : IOptionValue
{
    private IEnumerable<string> Names => Enum.GetNames(type).Select(name => name.ToLowerInvariant());

    public string Accepts => OptionText.OneOf(Names);

    public object Parse(string? text, OptionParseContext context)
    {
        var given = OptionText.Required(text);
        return Enum.GetNames(type).FirstOrDefault(name => string.Equals(name, given.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse(type, name)
            : throw new OptionValueException($"'{given}' is not one of them");
    }
}
