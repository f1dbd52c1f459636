namespace Build.Resources.Azure;

/// <summary>An Azure Policy assignment: which built-in (policy or initiative) it assigns, at which scope, with which parameter values.</summary>
public sealed record PolicyAssignment(ArmResource Resource) : IArmView
{
    private const string SetDefinitions = "/policySetDefinitions/";

    public ArmValue DefinitionId => Resource["properties.policyDefinitionId"];

    /// <summary>The definition's name: its GUID for a built-in (the last segment of its id).</summary>
    public string Definition => DefinitionId.Text is { } id ? id[(id.LastIndexOf('/') + 1)..] : string.Empty;

    /// <summary>Whether it assigns a policy set (an initiative) rather than a single policy.</summary>
    public bool IsInitiative => DefinitionId.Text?.Contains(SetDefinitions, StringComparison.OrdinalIgnoreCase) == true;

    public ArmValue DisplayName => Resource["properties.displayName"];

    /// <summary>Default enforces the effect; DoNotEnforce only reports. Unset means Default.</summary>
    public ArmValue EnforcementMode => Resource["properties.enforcementMode"];

    public bool IsEnforced => !string.Equals(EnforcementMode.Text, "DoNotEnforce", StringComparison.OrdinalIgnoreCase);

    /// <summary>The id of what it is assigned to: the resource it extends, or the resource group or subscription that holds it.</summary>
    public string AssignedScope => Resource.Scope ?? Resource.Id[..Math.Max(0, Resource.Id.IndexOf("/providers/Microsoft.Authorization/", StringComparison.OrdinalIgnoreCase))];

    /// <summary>A parameter's value as assigned (<c>properties.parameters.&lt;name&gt;.value</c>); not set when the definition's default applies.</summary>
    public ArmValue Parameter(string name) => Resource[$"properties.parameters.{name}.value"];

    public ArmValue Effect => Parameter("effect");

    /// <summary>Whether the assignment applies to a resource: assigned at it, or at a resource group or subscription that contains it.</summary>
    public bool AppliesTo(string resourceId) =>
        AssignedScope.Length > 0 && (string.Equals(AssignedScope, resourceId, StringComparison.OrdinalIgnoreCase)
            || resourceId.StartsWith(AssignedScope + "/", StringComparison.OrdinalIgnoreCase));
}
