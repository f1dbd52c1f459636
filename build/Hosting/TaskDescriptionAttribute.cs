namespace Build.Hosting;

/// <summary>One line shown by <c>--help</c>, <c>--description</c> and the generated target table.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class TaskDescriptionAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}
