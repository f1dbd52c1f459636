using System.Globalization;

namespace Build.Hosting;

/// <summary>A whole number, optionally bounded.</summary>
public sealed class WholeNumberValue(long minimum, long maximum) : IOptionValue
{
    public string Accepts => (minimum, maximum) switch
    {
        (long.MinValue, long.MaxValue) => "a whole number",
        (_, long.MaxValue) => $"a whole number, at least {minimum}",
        (long.MinValue, _) => $"a whole number, at most {maximum}",
        _ => $"a whole number from {minimum} to {maximum}",
    };

    public object Parse(string? text, OptionParseContext context)
    {
        var given = OptionText.Required(text);
        if (!long.TryParse(given, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw new OptionValueException($"'{given}' is not a whole number");
        }

        return number < minimum || number > maximum
            ? throw new OptionValueException($"{given} is out of range")
            : (object)(int)number;
    }
}
