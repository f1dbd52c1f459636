using Build.Infrastructure;
using Build.Network;

namespace Build.Tasks.Infrastructure;

/// <summary>
/// environment.json, read and checked whole before any bicep process runs or any snapshot is read: every key the
/// templates use, the resource group names and the address plan. A problem there is then reported as itself
/// (file, line, key), not as the bicep error or the snapshot drift it would cause later.
/// </summary>
internal static class EnvironmentInput
{
    public static EnvironmentSettings Check(BuildContext context)
    {
        var settings = EnvironmentSettings.Load(new EnvironmentLayout(context.Root, context.EnvironmentName));
        AddressPlanCheck.Check(settings);
        return settings;
    }
}
