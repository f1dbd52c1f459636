namespace Build.Resources.Azure;

/// <summary>A role assignment at a scope.</summary>
public sealed record RoleAssignment(ArmResource Resource) : IArmView
{
    public ArmValue RoleDefinitionId => Resource["properties.roleDefinitionId"];

    public ArmValue PrincipalId => Resource["properties.principalId"];

    /// <summary>User, Group or ServicePrincipal.</summary>
    public ArmValue PrincipalType => Resource["properties.principalType"];

    /// <summary>The role definition's GUID (the last segment of its id).</summary>
    public string Role => RoleDefinitionId.Text is { } id ? id[(id.LastIndexOf('/') + 1)..] : string.Empty;
}
