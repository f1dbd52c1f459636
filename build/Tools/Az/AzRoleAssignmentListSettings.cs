namespace Build.Tools.Az;

/// <summary><c>az role assignment list</c> at one scope.</summary>
public sealed class AzRoleAssignmentListSettings : AzSettings
{
    public required string Scope { get; set; }

    public string? Assignee { get; set; }

    /// <summary>The principal by object id (no Microsoft Graph lookup).</summary>
    public string? AssigneeObjectId { get; set; }

    public string? Role { get; set; }
}
