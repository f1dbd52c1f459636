namespace Build.Hosting.Options;

/// <summary>The checks every value that is not a flag starts with, and the phrasing of choices.</summary>
public static class OptionText
{
    /// <summary>The text, or an error when there is none (a bare <c>--name</c>) or it is blank.</summary>
    public static string Required(string? text) =>
        text is null ? throw new OptionValueException("it needs a value")
        : string.IsNullOrWhiteSpace(text) ? throw new OptionValueException("the value is empty")
        : text;

    /// <summary>"rsa or ecdsa", "a, b or c".</summary>
    public static string OneOf(IEnumerable<string> choices)
    {
        var list = choices.ToList();
        return list.Count <= 1 ? string.Join(string.Empty, list) : $"{string.Join(", ", list[..^1])} or {list[^1]}";
    }
}
