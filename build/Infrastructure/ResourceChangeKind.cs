namespace Build.Infrastructure;

/// <summary>How a resource differs from the committed snapshot (bicep's diff symbols +, -, ~).</summary>
public enum ResourceChangeKind
{
    Added,
    Removed,
    Modified,
}
