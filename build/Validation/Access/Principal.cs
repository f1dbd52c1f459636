namespace Build.Validation.Access;

/// <summary>
/// Who a role is granted to, as the templates can say it before deployment: a user-assigned identity (its resource
/// id), an identity a resource has (<c>identityProfile.kubeletidentity</c> of a cluster), or a literal object id.
/// </summary>
public sealed record Principal(string Id, string Part = "")
{
    /// <summary>The principal a role assignment's principalId names.</summary>
    public static Principal? Of(string? principalId) =>
        ArmReference.Parse(principalId) is { } reference
            ? new Principal(reference.ResourceId, Identity(reference.Path))
            : string.IsNullOrEmpty(principalId) ? null : new Principal(principalId);

    /// <summary>The user-assigned identity a client id (a <c>reference(...).clientId</c>) belongs to.</summary>
    public static Principal? OfClientId(ArmReference? clientId) =>
        clientId is { Path: "clientId" } ? new Principal(clientId.ResourceId) : null;

    public bool Equals(Principal? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.OrdinalIgnoreCase) && string.Equals(Part, other.Part, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(Id.ToUpperInvariant(), Part.ToUpperInvariant());

    public override string ToString() => Part.Length == 0 ? Name(Id) : $"{Part} of {Name(Id)}";

    /// <summary>The identity part of a reference path: <c>principalId</c> is the resource's own, <c>identityProfile.kubeletidentity.objectId</c> the kubelet's.</summary>
    private static string Identity(string path)
    {
        var last = path.LastIndexOf('.');
        return last < 0 || path == "identity.principalId" ? string.Empty : path[..last];
    }

    private static string Name(string id) => id.Contains('/', StringComparison.Ordinal) ? id[(id.LastIndexOf('/') + 1)..] : id;
}
