using Build.Resources.Azure;

namespace Build.Validation.Rules.Secrets;

/// <summary>A rule over every predicted container registry.</summary>
public abstract class RegistryRule : ResourceRule<ContainerRegistry>
{
    protected override IEnumerable<ContainerRegistry> Targets(ValidationInput input) => input.Azure.Registries;
}
