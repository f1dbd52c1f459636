namespace Build.Infrastructure;

/// <summary>One resource whose prediction differs from the committed snapshot.</summary>
/// <param name="Scope">The resource group (or subscription) id bicep groups the change under.</param>
/// <param name="Resource">The resource as bicep names it: <c>&lt;type&gt;/&lt;name&gt;</c>.</param>
/// <param name="Properties">For a modified resource, the property paths that changed.</param>
public sealed record ResourceChange(ResourceChangeKind Kind, string Scope, string Resource, IReadOnlyList<string> Properties)
{
    public override string ToString() => Kind switch
    {
        ResourceChangeKind.Added => $"{Resource} added",
        ResourceChangeKind.Removed => $"{Resource} removed",
        _ when Properties.Count > 0 => $"{Resource} changed ({string.Join(", ", Properties)})",
        _ => $"{Resource} changed",
    };
}
