namespace Build.Tools.Az;

/// <summary>Who the CLI runs as: its object id and principal type (User or ServicePrincipal), for role assignments.</summary>
public sealed record AzPrincipal(string ObjectId, string PrincipalType, string DisplayName);
