namespace Build.Prerequisites;

/// <summary>What Doctor found for one prerequisite.</summary>
public sealed record PrerequisiteStatus(Prerequisite Prerequisite, bool Found, string Version, string Location, string Remedy)
{
    public string Name => Prerequisite switch
    {
        Prerequisite.DotNet => ".NET SDK",
        Prerequisite.AzureLogin => "az login",
        _ => Prerequisite.ToString().ToLowerInvariant(),
    };
}
