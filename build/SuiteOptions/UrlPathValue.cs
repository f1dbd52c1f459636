using Build.Hosting.Options;

namespace Build.SuiteOptions;

/// <summary>The path part of a URL: starts with '/', no spaces.</summary>
public sealed class UrlPathValue : IOptionValue
{
    public string Accepts => "a URL path starting with '/', e.g. /health";

    public object Parse(string? text, OptionParseContext context)
    {
        var given = OptionText.Required(text);
        return given.StartsWith('/') && !given.Any(char.IsWhiteSpace) && Uri.IsWellFormedUriString(given, UriKind.Relative)
            ? given
            : throw new OptionValueException($"'{given}' is not a path starting with '/'");
    }
}
