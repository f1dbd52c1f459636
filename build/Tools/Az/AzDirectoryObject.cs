namespace Build.Tools.Az;

/// <summary>A user or service principal from Microsoft Entra ID (<c>az ad signed-in-user show</c>, <c>az ad sp show</c>).</summary>
public sealed record AzDirectoryObject(string Id, string? DisplayName, string? UserPrincipalName);
