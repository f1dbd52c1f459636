using Build.Infrastructure;

namespace Build.Kubernetes;

/// <summary>The values output tokens render to: the Bicep outputs, with an <see cref="OfflineStandIn"/> for each one known only after deployment.</summary>
public sealed class OutputValues(StackOutputs outputs)
{
    public bool Offline => outputs.Offline;

    /// <summary>The output's text. Throws a one-line error when it is missing, not a string, or cannot be written into YAML as it is.</summary>
    public ResolvedOutput Resolve(string name)
    {
        if (outputs.IsKnownOnlyAfterDeployment(name))
        {
            return outputs.Offline
                ? new ResolvedOutput(name, OfflineStandIn.For(name), IsStandIn: true)
                : throw new InvalidOperationException($"The deployment output '{name}' is still an ARM expression ({outputs.GetString(name)}): re-run the stage that produces it.");
        }

        var value = outputs.GetString(name);
        if (value.Length == 0 || value.IndexOfAny(['"', '\\', '\n', '\r']) >= 0)
        {
            throw new InvalidOperationException($"The Bicep output '{name}' is empty or holds a quote, backslash or line break, which cannot be written into YAML as it is: \"{value}\".");
        }

        return new ResolvedOutput(name, value, IsStandIn: false);
    }
}
