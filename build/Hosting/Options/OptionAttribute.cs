namespace Build.Hosting.Options;

/// <summary>
/// Declares a property of the options model (<see cref="CakeHost.UseOptions{TOptions}"/>) as the command-line
/// option <c>--name=value</c>: its name, what it means and the tasks that read it. The property's type says
/// what it takes, its initial value is the default. An option given to a target whose tasks do not read it is
/// a usage error, so the readers must be exact (a test holds them to the code).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class OptionAttribute(string name, string description, params Type[] readBy) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>The task classes that read the option.</summary>
    public IReadOnlyList<Type> ReadBy { get; } = readBy;

    /// <summary>Every target reads it (the environment does: it picks the files everything else reads).</summary>
    public bool EveryTarget { get; set; }

    /// <summary>The smallest number a numeric option takes (inclusive).</summary>
    public double Minimum { get; set; } = double.NaN;

    /// <summary>The minimum itself is refused (a timeout must be above 0).</summary>
    public bool MinimumExcluded { get; set; }

    /// <summary>The largest number a numeric option takes (inclusive).</summary>
    public double Maximum { get; set; } = double.NaN;

    /// <summary>
    /// An <see cref="IOptionValue"/> type for values the property's type alone does not describe (a file that
    /// must exist, a host name, a target); otherwise the value follows from the property's type.
    /// </summary>
    public Type? Value { get; set; }

    /// <summary>How help shows the default when it is not the property's initial value (e.g. "az's current subscription").</summary>
    public string? Default { get; set; }
}
