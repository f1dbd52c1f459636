using System.Globalization;

namespace Build.Hosting.Options;

/// <summary>A whole number, optionally bounded.</summary>
public sealed class WholeNumberValue(long minimum, long maximum) : IOptionValue
{
    public string Accepts => (minimum <= int.MinValue, maximum >= int.MaxValue) switch
    {
        (true, true) => "a whole number",
        (false, true) => $"a whole number, at least {minimum}",
        (true, false) => $"a whole number, at most {maximum}",
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
