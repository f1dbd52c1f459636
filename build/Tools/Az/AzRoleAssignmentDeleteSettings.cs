namespace Build.Tools.Az;

/// <summary><c>az role assignment delete --ids</c>.</summary>
public sealed class AzRoleAssignmentDeleteSettings : AzSettings
{
    public IList<string> Ids { get; } = [];
}
