namespace Build.Prerequisites;

/// <summary>Declares what a task needs from the machine, so Doctor can say what a target needs before it runs.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresAttribute(params Prerequisite[] prerequisites) : Attribute
{
    public IReadOnlyList<Prerequisite> Prerequisites { get; } = prerequisites;
}
