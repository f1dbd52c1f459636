using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Build.Hosting.Options;

/// <summary>
/// The options a suite declares, read from its options model (a class whose properties carry
/// <see cref="OptionAttribute"/>): the one place an option is declared. Binds what the command line gave into
/// a new instance of the model, refusing, as usage errors, a value an option does not take and an option no
/// task of the requested graph reads.
/// </summary>
public sealed partial class OptionsModel
{
    private readonly Dictionary<string, OptionDescriptor> _byName;

    public OptionsModel(Type modelType, TaskCatalog catalog)
    {
        ModelType = modelType;
        var defaults = Activator.CreateInstance(modelType)
            ?? throw new InvalidOperationException($"{modelType.Name} needs a parameterless constructor.");
        Options = modelType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(property => (Property: property, Attribute: property.GetCustomAttribute<OptionAttribute>()))
            .Where(declared => declared.Attribute is not null)
            .Select(declared => Describe(declared.Property, declared.Attribute!, defaults, catalog))
            .OrderBy(option => option.Name, StringComparer.Ordinal)
            .ToList();
        _byName = new Dictionary<string, OptionDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in Options)
        {
            if (!_byName.TryAdd(option.Name, option))
            {
                throw new InvalidOperationException($"{modelType.Name} declares --{option.Name} twice.");
            }
        }
    }

    /// <summary>A model with no options: every --name is then unknown.</summary>
    public static OptionsModel None(TaskCatalog catalog) => new(typeof(NoOptions), catalog);

    public Type ModelType { get; }

    public IReadOnlyList<OptionDescriptor> Options { get; }

    public bool TryGet(string name, out OptionDescriptor option) => _byName.TryGetValue(name, out option!);

    /// <summary>The options the tasks of <paramref name="graph"/> read (and those every target reads).</summary>
    public IReadOnlyList<OptionDescriptor> ReadBy(IReadOnlyCollection<TaskEntry> graph) =>
        Options.Where(option => option.IsReadByAny(graph)).ToList();

    /// <summary>A new model holding the defaults, with every given option parsed into it.</summary>
    /// <param name="graph">The tasks the run executes; an option none of them reads is refused.</param>
    /// <param name="request">How the run was asked for, for messages: <c>--target=Deploy</c>.</param>
    public object Bind(IReadOnlyList<GivenOption> given, IReadOnlyCollection<TaskEntry> graph, string request, OptionParseContext context)
    {
        var instance = Activator.CreateInstance(ModelType)!;
        foreach (var option in given)
        {
            var descriptor = _byName[option.Name];
            if (!descriptor.IsReadByAny(graph))
            {
                throw new UsageException(
                    $"--{descriptor.Name} is not read by anything {request} runs ({descriptor.ReadersText} read{(descriptor.Readers.Count == 1 ? "s" : string.Empty)} it): drop it, or see ./build.sh {request} --help.");
            }

            descriptor.Property.SetValue(instance, Parse(descriptor, option, context));
        }

        if (instance is IValidatableOptions validatable && validatable.Validate() is { } problem)
        {
            throw new UsageException(problem);
        }

        return instance;
    }

    /// <summary>The value of one given option, or a usage error naming it, what was wrong and what it takes.</summary>
    public static object Parse(OptionDescriptor descriptor, GivenOption option, OptionParseContext context)
    {
        try
        {
            return descriptor.Value.Parse(option.Text, context);
        }
        catch (OptionValueException problem)
        {
            throw new UsageException($"{option.Written}: {problem.Message}; --{descriptor.Name} takes {descriptor.Value.Accepts}.");
        }
    }

    private static OptionDescriptor Describe(PropertyInfo property, OptionAttribute attribute, object defaults, TaskCatalog catalog)
    {
        if (!OptionName().IsMatch(attribute.Name))
        {
            throw new InvalidOperationException($"--{attribute.Name} ({property.Name}): option names are lowercase words joined by '-'.");
        }

        if (property.SetMethod is null)
        {
            throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} (--{attribute.Name}) needs a setter (init is enough).");
        }

        var readers = attribute.ReadBy.Select(type => catalog.Entries.FirstOrDefault(entry => entry.Type == type)?.Name
            ?? throw new InvalidOperationException($"--{attribute.Name} is read by {type.Name}, which is not a task.")).ToList();
        if (readers.Count == 0 && !attribute.EveryTarget)
        {
            throw new InvalidOperationException($"--{attribute.Name} names no task that reads it.");
        }

        return new OptionDescriptor(
            attribute.Name,
            attribute.Description,
            property,
            ValueOf(property, attribute),
            readers.Distinct().Order(StringComparer.Ordinal).ToList(),
            attribute.EveryTarget,
            attribute.Default ?? Show(property.GetValue(defaults)));
    }

    private static IOptionValue ValueOf(PropertyInfo property, OptionAttribute attribute)
    {
        if (attribute.Value is { } custom)
        {
            return (IOptionValue)(Activator.CreateInstance(custom)
                ?? throw new InvalidOperationException($"{custom.Name} needs a parameterless constructor."));
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var minimum = double.IsNaN(attribute.Minimum) ? (double?)null : attribute.Minimum;
        var maximum = double.IsNaN(attribute.Maximum) ? (double?)null : attribute.Maximum;
        return type switch
        {
            _ when type == typeof(bool) => new BooleanValue(),
            _ when type == typeof(int) => new WholeNumberValue((long)(minimum ?? int.MinValue), (long)(maximum ?? int.MaxValue)),
            _ when type == typeof(TimeSpan) => new SecondsValue(minimum ?? 0, maximum ?? double.PositiveInfinity, attribute.MinimumExcluded),
            _ when type == typeof(string) => new TextValue(),
            _ when type == typeof(IPAddress) => new IpAddressValue(),
            { IsEnum: true } => new EnumValue(type),
            _ => throw new InvalidOperationException($"--{attribute.Name}: say how a {type.Name} is read with [Option(Value = typeof(...))]."),
        };
    }

    private static string Show(object? value) => value switch
    {
        null or false => string.Empty,
        true => "true",
        TimeSpan duration => duration.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        Enum choice => choice.ToString().ToLowerInvariant(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex OptionName();

    /// <summary>The model of a host that declares no options.</summary>
    private sealed class NoOptions;
}
