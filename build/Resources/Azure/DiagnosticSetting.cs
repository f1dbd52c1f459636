namespace Build.Resources.Azure;

/// <summary>A diagnostic setting on a resource: the log categories (or category groups) it sends, and where.</summary>
public sealed record DiagnosticSetting(ArmResource Resource) : IArmView
{
    public ArmValue WorkspaceId => Resource["properties.workspaceId"];

    /// <summary>The enabled categories and category groups, as written (<c>kube-audit-admin</c>, <c>allLogs</c>).</summary>
    public IReadOnlySet<string> EnabledLogs =>
        Resource["properties.logs"].Items("category")
            .Where(log => log["enabled"].Flag == true)
            .Select(log => log["category"].Text ?? log["categoryGroup"].Text)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool SendsAnyOf(params string[] categories) => !string.IsNullOrEmpty(WorkspaceId.Text) && categories.Any(EnabledLogs.Contains);
}
