namespace Build.Hosting.Options;

/// <summary>Any text that is not empty or blank.</summary>
public sealed class TextValue : IOptionValue
{
    public string Accepts => "a text that is not empty";

    public object Parse(string? text, OptionParseContext context) => OptionText.Required(text);
}
