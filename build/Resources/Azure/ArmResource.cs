using System.Text.Json.Nodes;
using Build.Infrastructure;

namespace Build.Resources.Azure;

/// <summary>
/// One resource a deployment predicts (<c>bicep snapshot</c>, parameters resolved), with the deployment it
/// belongs to and where it sits in the committed snapshot file.
/// </summary>
public sealed class ArmResource
{
    private const string ProvidersSegment = "/providers/";

    public ArmResource(Stage stage, JsonObject json, SourceLocation location)
    {
        Stage = stage;
        Json = json;
        Root = new ArmObject(string.Empty, json);
        Id = Root["id"].Text ?? string.Empty;
        Type = Root["type"].Text ?? string.Empty;
        Name = Root["name"].Text ?? string.Empty;
        Location = location;
        Reference = $"{Type[(Type.IndexOf('/', StringComparison.Ordinal) + 1)..]}/{Name}";
        Subject = new Subject(Reference, location);

        // an extension resource (diagnostic settings, role assignments) lives at the scope before its last /providers/
        var providers = Id.LastIndexOf(ProvidersSegment, StringComparison.OrdinalIgnoreCase);
        Scope = providers > 0 && Id.IndexOf(ProvidersSegment, StringComparison.OrdinalIgnoreCase) < providers ? Id[..providers] : null;
    }

    public Stage Stage { get; }

    public string Id { get; }

    /// <summary>The resource type as the template writes it, e.g. <c>Microsoft.ContainerService/managedClusters</c>.</summary>
    public string Type { get; }

    public string Name { get; }

    public JsonObject Json { get; }

    public ArmObject Root { get; }

    public SourceLocation Location { get; }

    /// <summary>How messages name the resource: the type without its namespace, and the name (<c>managedClusters/aks-x</c>).</summary>
    public string Reference { get; }

    public Subject Subject { get; }

    /// <summary>For an extension resource, the id of the resource it extends; otherwise null.</summary>
    public string? Scope { get; }

    public ArmValue this[string path] => Root[path];

    public bool Is(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Reference;
}
