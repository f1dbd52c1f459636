namespace Build.Resources;

/// <summary>One thing a rule checks (a resource, an object, a subnet, a pair of them), by the reference suppressions name it with.</summary>
public sealed record Subject(string Reference, SourceLocation Location)
{
    public override string ToString() => Reference;
}
