using System.Reflection;

namespace Build.Hosting.Options;

/// <summary>One option of the options model, as its <see cref="OptionAttribute"/> and property declare it.</summary>
/// <param name="Readers">The names of the tasks that read it.</param>
/// <param name="DefaultText">The default as help shows it; empty when the option is off or unset by default.</param>
public sealed record OptionDescriptor(
    string Name,
    string Description,
    PropertyInfo Property,
    IOptionValue Value,
    IReadOnlyList<string> Readers,
    bool EveryTarget,
    string DefaultText)
{
    public bool IsFlag => Value is BooleanValue;

    /// <summary>How the option is written: <c>--plan-only</c>, <c>--from=&lt;value&gt;</c>.</summary>
    public string Usage => IsFlag ? $"--{Name}" : $"--{Name}=<value>";

    public bool IsReadByAny(IEnumerable<TaskEntry> tasks) =>
        EveryTarget || tasks.Any(task => Readers.Contains(task.Name, StringComparer.OrdinalIgnoreCase));

    /// <summary>Who reads it, for help and for the error that says it is read elsewhere.</summary>
    public string ReadersText => EveryTarget ? "every target" : string.Join(", ", Readers);
}
