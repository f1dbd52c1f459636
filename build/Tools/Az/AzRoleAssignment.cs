namespace Build.Tools.Az;

/// <summary>A role assignment, from <c>az role assignment create/list</c>.</summary>
public sealed record AzRoleAssignment(string Id, string? RoleDefinitionName, string Scope, string PrincipalId, string? PrincipalType, string? Description = null);
