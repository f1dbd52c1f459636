namespace Build.Hosting;

/// <summary>The task's name on the command line (<c>--target=Name</c>); defaults to the class name.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class TaskNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
