namespace Build.Hosting;

/// <summary>The task runs before <paramref name="task"/> (a task type): the reverse of <see cref="IsDependentOnAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependeeOfAttribute(Type task) : Attribute
{
    public Type Task { get; } = task;
}
