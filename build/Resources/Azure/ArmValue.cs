using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Build.Infrastructure;

namespace Build.Resources.Azure;

/// <summary>
/// A value of a predicted resource together with its path, so a rule's message can name the setting it reads
/// (<c>properties.networkProfile.networkPolicy is 'cilium'</c>). A value bicep could not evaluate offline stays an
/// ARM expression (<see cref="IsUnresolved"/>): rules treat it as known only after deployment, not as wrong.
/// </summary>
public readonly record struct ArmValue(string Path, JsonNode? Node)
{
    public bool IsSet => Node is not null && Node.GetValueKind() != JsonValueKind.Null;

    public string? Text => Node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public bool IsUnresolved => Text is { } text && BicepSnapshot.IsUnresolved(text);

    /// <summary>A boolean, also when written as the string "true" (some add-on settings are).</summary>
    public bool? Flag => Node?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(Text, out var flag) => flag,
        _ => null,
    };

    public double? Number => Node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
        ? double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture)
        : null;

    /// <summary>The strings of an array value (a non-string item as its JSON).</summary>
    public IReadOnlyList<string> Strings => Node is JsonArray array
        ? array.Select(item => item is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : item?.ToJsonString() ?? "null").ToList()
        : [];

    public int Count => Node is JsonArray array ? array.Count : 0;

    public ArmObject? Object => Node is JsonObject json ? new ArmObject(Path, json) : null;

    public ArmValue this[string relative] => new(ArmPath.Join(Path, relative), ArmPath.Navigate(Node, relative));

    /// <summary>The objects of an array value, each named in paths by <paramref name="nameKey"/> when it has one (<c>agentPoolProfiles['npsystem']</c>).</summary>
    public IEnumerable<ArmObject> Items(string nameKey = "name")
    {
        if (Node is not JsonArray array)
        {
            yield break;
        }

        for (var index = 0; index < array.Count; index++)
        {
            if (array[index] is JsonObject item)
            {
                var name = ArmPath.Navigate(item, nameKey) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
                yield return new ArmObject(name is null ? $"{Path}[{index}]" : $"{Path}['{name}']", item);
            }
        }
    }

    /// <summary>The value as a message shows it: <c>'text'</c>, <c>30</c>, <c>true</c>, <c>[]</c>, or <c>not set</c>.</summary>
    public string Shown => Node switch
    {
        null => "not set",
        JsonValue when Text is { } text => $"'{text}'",
        JsonArray { Count: 0 } => "[]",
        _ => Shorten(Node.ToJsonString()),
    };

    public override string ToString() => $"{Path} = {Shown}";

    private static string Shorten(string json) => json.Length <= 80 ? json : json[..77] + "...";
}
