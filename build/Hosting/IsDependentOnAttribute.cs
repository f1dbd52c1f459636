namespace Build.Hosting;

/// <summary>The task runs after <paramref name="task"/> (a task type) has run.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependentOnAttribute(Type task) : Attribute
{
    public Type Task { get; } = task;
}
