using System.Text.Json.Nodes;

namespace Build.Resources.Azure;

/// <summary>An object inside a predicted resource (the resource itself, an agent pool, a security rule) with the path messages name it by.</summary>
public sealed record ArmObject(string Path, JsonObject Json)
{
    public ArmValue this[string relative] => new(ArmPath.Join(Path, relative), ArmPath.Navigate(Json, relative));
}
