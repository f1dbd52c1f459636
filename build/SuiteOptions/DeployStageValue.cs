using Build.Deployment;
using Build.Hosting.Options;

namespace Build.SuiteOptions;

/// <summary>A stage of Deploy (any case), as the task graph orders them; the value is its name as declared.</summary>
public sealed class DeployStageValue : IOptionValue
{
    public string Accepts => $"a Deploy stage: {OptionText.OneOf(DeployStages.Order)}";

    public object Parse(string? text, OptionParseContext context)
    {
        var given = OptionText.Required(text);
        return DeployStages.Contains(given)
            ? DeployStages.Canonical(given)
            : throw new OptionValueException($"'{given}' is not a Deploy stage{NearestName.Suggest(given, DeployStages.Order, " (did you mean {0}?)")}");
    }
}
