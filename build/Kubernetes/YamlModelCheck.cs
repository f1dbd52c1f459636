using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization;
using k8s.Models;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Build.Kubernetes;

/// <summary>
/// Checks a YAML tree against the C# model it is read into, the way the Kubernetes API reads JSON:
/// every key is a field of the model, and every scalar already has the field's type. KubernetesClient's
/// strict mode rejects unknown fields and values it cannot convert, but converts what it can: a quoted
/// "2" becomes the integer 2 and a plain 8080 the string "8080", both of which the API server (or helm's
/// schema) rejects. This check rejects them here, with the line. Fields marked [Required] must be present.
/// Field names follow KubernetesClient's YAML mapping: [YamlMember] alias, the JSON name for its own
/// models, camelCase otherwise. <paramref name="lineOffset"/> places YAML embedded in a string (a block
/// scalar) at its lines in the file.
/// </summary>
public sealed class YamlModelCheck(string file, int lineOffset = 0)
{
    private static readonly string ModelsNamespace = typeof(V1Pod).Namespace!;
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> Fields = new();

    /// <summary>Throws <see cref="KubernetesSourceException"/> at the first mismatch.</summary>
    public void Check(YamlNode node, Type type, string path = "")
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (node is YamlScalarNode scalar && YamlScalars.Resolve(scalar) == YamlScalars.Kind.Null)
        {
            if (target.IsValueType && Nullable.GetUnderlyingType(type) is null)
            {
                throw Failure(node, path, $"needs a value ({Expected(target)})");
            }

            return;
        }

        if (target == typeof(object) || target == typeof(System.Text.Json.JsonElement))
        {
            return;
        }

        if (IsScalarType(target))
        {
            CheckScalar(node, target, path);
        }
        else if (DictionaryValueType(target) is { } valueType)
        {
            var mapping = Expect<YamlMappingNode>(node, path, "a mapping");
            foreach (var (key, value) in mapping.Children)
            {
                Check(value, valueType, Join(path, Text(key)));
            }
        }
        else if (SequenceItemType(target) is { } itemType)
        {
            var sequence = Expect<YamlSequenceNode>(node, path, "a list");
            for (var index = 0; index < sequence.Children.Count; index++)
            {
                Check(sequence.Children[index], itemType, $"{path}[{index}]");
            }
        }
        else
        {
            CheckObject(node, target, path);
        }
    }

    private void CheckObject(YamlNode node, Type type, string path)
    {
        var mapping = Expect<YamlMappingNode>(node, path, "a mapping");
        var fields = FieldsOf(type);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Text(keyNode);
            if (!fields.TryGetValue(key, out var property))
            {
                throw Failure(keyNode, Join(path, key), $"unknown field '{key}' in {type.Name}");
            }

            present.Add(key);
            Check(value, property.PropertyType, Join(path, key));
        }

        foreach (var (name, property) in fields)
        {
            if (property.IsDefined(typeof(RequiredAttribute)) &&
                (!present.Contains(name) || mapping.Children.Single(entry => Text(entry.Key) == name).Value is YamlScalarNode { Value: null or "" or "~" or "null" }))
            {
                throw Failure(node, Join(path, name), $"required field '{name}' of {type.Name} is missing");
            }
        }
    }

    private void CheckScalar(YamlNode node, Type type, string path)
    {
        var scalar = Expect<YamlScalarNode>(node, path, Expected(type));
        var kind = YamlScalars.Resolve(scalar);
        var value = scalar.Value ?? string.Empty;
        var fits = type switch
        {
            _ when type == typeof(string) || type == typeof(byte[]) => kind == YamlScalars.Kind.String,
            _ when type == typeof(bool) => kind == YamlScalars.Kind.Boolean && bool.TryParse(value, out _),
            _ when IsInteger(type) => kind == YamlScalars.Kind.Integer,
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => kind is YamlScalars.Kind.Integer or YamlScalars.Kind.Float,
            _ when type == typeof(IntOrString) => kind is YamlScalars.Kind.Integer or YamlScalars.Kind.String,
            _ when type == typeof(ResourceQuantity) => kind is YamlScalars.Kind.Integer or YamlScalars.Kind.Float or YamlScalars.Kind.String && IsQuantity(value),
            _ when type.IsEnum => Enum.GetNames(type).Contains(value, StringComparer.Ordinal),
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => kind == YamlScalars.Kind.String,
            _ => true,
        };
        if (!fits)
        {
            var found = type.IsEnum ? $"'{value}'" : $"{YamlScalars.Describe(kind)} ({Quote(scalar)})";
            var hint = type == typeof(string) && kind != YamlScalars.Kind.String ? ": quote it" : string.Empty;
            throw Failure(node, path, $"expects {Expected(type)}, found {found}{hint}");
        }
    }

    private T Expect<T>(YamlNode node, string path, string expected)
        where T : YamlNode =>
        node as T ?? throw Failure(node, path, $"expects {expected}, found {Describe(node)}");

    private KubernetesSourceException Failure(YamlNode node, string path, string problem) =>
        new(file, YamlSource.LineOf(node) + lineOffset, path.Length == 0 ? problem : $"{path}: {problem}");

    /// <summary>The YAML key of every settable property, the way KubernetesClient's deserializer names them.</summary>
    public static IReadOnlyDictionary<string, PropertyInfo> FieldsOf(Type type) =>
        Fields.GetOrAdd(type, static type => type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanRead && property.CanWrite && property.GetIndexParameters().Length == 0 && !property.IsDefined(typeof(YamlIgnoreAttribute)))
            .ToDictionary(YamlName, property => property, StringComparer.Ordinal));

    public static string YamlName(PropertyInfo property) =>
        property.GetCustomAttribute<YamlMemberAttribute>()?.Alias
        ?? (property.DeclaringType?.Namespace == ModelsNamespace ? property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name : null)
        ?? CamelCaseNamingConvention.Instance.Apply(property.Name);

    private static bool IsScalarType(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(byte[]) ||
        type == typeof(IntOrString) || type == typeof(ResourceQuantity) || type == typeof(DateTime) || type == typeof(DateTimeOffset);

    private static bool IsInteger(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) ||
        type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);

    private static bool IsQuantity(string value)
    {
        try
        {
            _ = new ResourceQuantity(value);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static Type? DictionaryValueType(Type type) =>
        GenericInterface(type, typeof(IDictionary<,>))?.GetGenericArguments()[1];

    private static Type? SequenceItemType(Type type) =>
        type.IsArray ? type.GetElementType() :
        typeof(IEnumerable).IsAssignableFrom(type) ? GenericInterface(type, typeof(IEnumerable<>))?.GetGenericArguments()[0] : null;

    private static Type? GenericInterface(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition
            ? type
            : type.GetInterfaces().FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == definition);

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(string) || type == typeof(byte[]) => "a string",
        _ when type == typeof(bool) => "a boolean (true or false)",
        _ when IsInteger(type) => "an integer",
        _ when type == typeof(IntOrString) => "an integer or a name",
        _ when type == typeof(ResourceQuantity) => "a quantity (e.g. 100m, 128Mi)",
        _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type))}",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number",
        _ => $"a {type.Name}",
    };

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => $"{YamlScalars.Describe(YamlScalars.Resolve(scalar))} ({Quote(scalar)})",
        _ => node.NodeType.ToString(),
    };

    private static string Quote(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        return YamlScalars.Resolve(scalar) == YamlScalars.Kind.String ? $"\"{value}\"" : value;
    }

    private static string Text(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
