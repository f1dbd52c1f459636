namespace Build.Resources.Azure;

/// <summary>A typed view of one predicted resource: its properties as <see cref="ArmValue"/>s named by their paths.</summary>
public interface IArmView
{
    ArmResource Resource { get; }
}
