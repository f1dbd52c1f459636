using System.Globalization;
using Build.Resources.Azure;

namespace Build.Validation;

/// <summary>
/// The comparisons rules make over ARM values, each returning null when the value is as expected and otherwise
/// a problem naming the path, the value and the expectation. ARM enum values compare case-insensitively, as ARM does.
/// </summary>
public static class Expect
{
    public static Problem? Equal(ArmValue value, string expected) =>
        string.Equals(value.Text, expected, StringComparison.OrdinalIgnoreCase) ? null : $"{value.Path} is {value.Shown}, expected '{expected}'";

    public static Problem? OneOf(ArmValue value, params string[] expected) =>
        expected.Contains(value.Text, StringComparer.OrdinalIgnoreCase) ? null : $"{value.Path} is {value.Shown}, expected one of {string.Join(", ", expected.Select(e => $"'{e}'"))}";

    public static Problem? True(ArmValue value) => value.Flag == true ? null : $"{value.Path} is {value.Shown}, expected true";

    /// <summary>False, or not set when the service's default is false.</summary>
    public static Problem? False(ArmValue value, bool unsetMeansFalse = true) =>
        value.Flag == false || (!value.IsSet && unsetMeansFalse) ? null : $"{value.Path} is {value.Shown}, expected false";

    public static Problem? AtLeast(ArmValue value, double minimum) =>
        value.Number >= minimum ? null : $"{value.Path} is {value.Shown}, expected at least {minimum.ToString(CultureInfo.InvariantCulture)}";

    public static Problem? Set(ArmValue value, string why) => value.IsSet && value.Text is not "" ? null : $"{value.Path} is {value.Shown}: {why}";

    public static Problem? NotEmpty(ArmValue value, string why) => value.Count > 0 ? null : $"{value.Path} is {value.Shown}: {why}";
}
