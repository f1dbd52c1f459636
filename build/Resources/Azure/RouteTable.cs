namespace Build.Resources.Azure;

/// <summary>A route table; <see cref="DefaultRoutes"/> are its 0.0.0.0/0 routes.</summary>
public sealed record RouteTable(ArmResource Resource) : IArmView
{
    public IReadOnlyList<ArmObject> Routes => Resource["properties.routes"].Items().ToList();

    public IReadOnlyList<ArmObject> DefaultRoutes => Routes.Where(route => route["properties.addressPrefix"].Text == "0.0.0.0/0").ToList();
}
