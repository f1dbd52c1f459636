using System.Globalization;

namespace Build.Hosting.Options;

/// <summary>A duration written in seconds (decimals allowed: 0.05), bounded; the value is a <see cref="TimeSpan"/>.</summary>
public sealed class SecondsValue(double minimum, double maximum, bool minimumExcluded) : IOptionValue
{
    public string Accepts =>
        $"a number of seconds{(minimumExcluded ? $" above {Show(minimum)}" : $", at least {Show(minimum)}")}{(double.IsPositiveInfinity(maximum) ? string.Empty : $" and at most {Show(maximum)}")}";

    public object Parse(string? text, OptionParseContext context)
    {
        var given = OptionText.Required(text);
        if (!double.TryParse(given, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || !double.IsFinite(seconds))
        {
            throw new OptionValueException($"'{given}' is not a number of seconds");
        }

        return seconds < minimum || (minimumExcluded && seconds <= minimum) || seconds > maximum
            ? throw new OptionValueException($"{given} is out of range")
            : TimeSpan.FromSeconds(seconds);
    }

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
