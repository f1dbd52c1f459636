namespace Build.Hosting.Options;

/// <summary>How an option's text becomes its typed value, and what it accepts (shown by help and by every error).</summary>
public interface IOptionValue
{
    /// <summary>What the option takes, as a phrase: "a whole number from 31 to 3650".</summary>
    string Accepts { get; }

    /// <summary>The value of <paramref name="text"/>, or an <see cref="OptionValueException"/> saying what is wrong with it.</summary>
    /// <param name="text">The text after <c>=</c>; null for a bare <c>--name</c>.</param>
    object Parse(string? text, OptionParseContext context);
}

/// <summary>What parsing a value may need: the targets (for an option that names one) and the folder relative paths start from.</summary>
public sealed record OptionParseContext(TaskCatalog Catalog, string WorkingDirectory);

/// <summary>A value the option does not take; the message says what is wrong with it (the host adds what it takes).</summary>
public sealed class OptionValueException(string problem) : Exception(problem);
