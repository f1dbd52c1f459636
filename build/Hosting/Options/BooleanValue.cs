namespace Build.Hosting.Options;

/// <summary>
/// A flag: bare <c>--name</c> means true, and so do true/1/yes; false/0/no mean false. Anything else is an
/// error, so <c>--yes=flase</c> can never mean yes.
/// </summary>
public sealed class BooleanValue : IOptionValue
{
    private static readonly string[] True = ["true", "1", "yes"];
    private static readonly string[] False = ["false", "0", "no"];

    public string Accepts => "true, false, 1, 0, yes or no (nothing after the name means true)";

    public object Parse(string? text, OptionParseContext context) => Read(text) ?? throw new OptionValueException($"'{text}' is not a yes or a no");

    /// <summary>True, false, or null when <paramref name="text"/> is neither.</summary>
    public static bool? Read(string? text) =>
        text is null || True.Contains(text, StringComparer.OrdinalIgnoreCase) ? true
        : False.Contains(text, StringComparer.OrdinalIgnoreCase) ? false
        : null;

    /// <summary>True for a word that can only be a flag's value, so <c>--yes false</c> reads as <c>--yes=false</c>.</summary>
    public static bool IsWord(string text) => Read(text) is not null;
}
