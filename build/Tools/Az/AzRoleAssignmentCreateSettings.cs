namespace Build.Tools.Az;

/// <summary><c>az role assignment create</c> with the principal type given, so it works before the principal has replicated.</summary>
public sealed class AzRoleAssignmentCreateSettings : AzSettings
{
    public required string AssigneeObjectId { get; set; }

    /// <summary>User, Group or ServicePrincipal.</summary>
    public required string AssigneePrincipalType { get; set; }

    /// <summary>A role name or id, e.g. "Key Vault Certificates Officer".</summary>
    public required string Role { get; set; }

    public required string Scope { get; set; }

    /// <summary>Says who made the assignment and why, so a later run can find and remove its leftovers.</summary>
    public string? Description { get; set; }
}
