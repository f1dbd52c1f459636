using System.ComponentModel;
using System.Reflection;
using Spectre.Console.Cli;

namespace Build.Hosting.Options;

/// <summary>
/// One of Cake's own options (<c>--target</c>, <c>--verbosity</c>, <c>--exclusive</c>…), read from
/// <see cref="DefaultCommandSettings"/>'s attributes, which Spectre.Console.Cli binds.
/// </summary>
/// <param name="Default">The default as help shows it (Spectre's <see cref="DefaultValueAttribute"/>), empty for none.</param>
public sealed record CakeOption(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> ShortNames, string? ValueName, string Description, string Default, TypeConverter? Converter)
{
    public static IReadOnlyList<CakeOption> All { get; } = typeof(DefaultCommandSettings).GetProperties()
        .Select(property => (Property: property, Option: property.GetCustomAttribute<CommandOptionAttribute>()))
        .Where(declared => declared.Option is not null)
        .Select(declared => new CakeOption(
            declared.Option!.LongNames[0],
            declared.Option.LongNames,
            declared.Option.ShortNames,
            declared.Property.PropertyType == typeof(bool) ? null : declared.Option.ValueName,
            declared.Property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? string.Empty,
            declared.Property.GetCustomAttribute<DefaultValueAttribute>()?.Value switch
            {
                null => string.Empty,
                Enum value => value.ToString().ToLowerInvariant(),
                var value => value.ToString() ?? string.Empty,
            },
            declared.Property.GetCustomAttribute<TypeConverterAttribute>() is { } converter
                ? (TypeConverter?)Activator.CreateInstance(Type.GetType(converter.ConverterTypeName, throwOnError: true)!)
                : null))
        .ToList();

    /// <summary>Spectre's own, always there.</summary>
    public static CakeOption Help { get; } = new("help", ["help"], ["h"], null, "Prints help; with --target, the target and exactly the options its tasks read.", string.Empty, null);

    public bool IsFlag => ValueName is null;

    /// <summary>What a value option takes, for messages: <c>&lt;VERBOSITY&gt; (quiet, minimal, normal, verbose or diagnostic)</c>.</summary>
    public string Accepts => $"<{ValueName}> ({char.ToLowerInvariant(Description[0])}{Description[1..].TrimEnd('.')})";

    public static CakeOption? Find(string name) =>
        All.Append(Help).FirstOrDefault(option => option.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));

    public static CakeOption? FindShort(string name) =>
        All.Append(Help).FirstOrDefault(option => option.ShortNames.Contains(name, StringComparer.Ordinal));

    /// <summary>The value, or the reason it is not one (a verbosity Cake does not know, say).</summary>
    public string? Problem(string value)
    {
        try
        {
            Converter?.ConvertFromInvariantString(value);
            return null;
        }
        catch (Exception)
        {
            // whatever the converter throws (Cake's throws a CakeException), the value is not one it takes
            return $"'{value}' is not valid";
        }
    }
}
