namespace Build.Hosting;

/// <summary>
/// Declares a <c>--name=value</c> option a task reads from <c>context.Arguments</c>, so help can
/// list it and a pipeline that passes an option nothing reads is caught by a test.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class TaskOptionAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;
}
