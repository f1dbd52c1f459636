using Build.Infrastructure;
using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// One Deploy (or Destroy) run's shared state: the environment, the options, and the outputs of
/// each deployment — kept when a stage deploys, re-read with <c>az deployment group show</c> when
/// it was skipped or ran in an earlier invocation.
/// </summary>
public sealed class DeploymentSession
{
    private readonly BuildContext _context;
    private readonly Dictionary<Stage, DeploymentOutputs> _outputs = [];
    private readonly Lazy<EnvironmentSettings> _settings;

    public DeploymentSession(BuildContext context)
    {
        _context = context;
        Layout = new EnvironmentLayout(context.Root, context.EnvironmentName);
        _settings = new Lazy<EnvironmentSettings>(() => EnvironmentSettings.Load(Layout));
        Options = new DeployOptions(context.Options);
    }

    public EnvironmentLayout Layout { get; }

    public EnvironmentSettings Settings => _settings.Value;

    /// <summary>The options the deployment classes read (checked before any task ran).</summary>
    public DeployOptions Options { get; }

    public RetryPolicy Retry => new(_context.Log, Options.RetryBaseDelay);

    public string DeploymentName(Stage stage) => DeploymentNames.For(Layout.Environment, stage);

    /// <summary>Whether a Deploy stage runs (<see cref="DeployStages.SkipReason"/> decides); says why when it does not.</summary>
    public bool Runs(string stage)
    {
        if (DeployStages.SkipReason(stage, Options.PlanOnly, Options.From) is not { } reason)
        {
            return true;
        }

        _context.Log.Information($"{stage}: {reason}.");
        return false;
    }

    public void Record(Stage stage, DeploymentOutputs outputs) => _outputs[stage] = outputs;

    /// <summary>True when a successful deployment of the stage exists (read once, then cached).</summary>
    public bool OutputsAreKnown(Stage stage)
    {
        try
        {
            OutputsOf(stage);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The outputs of a stage; read from Azure when this run has not deployed it.</summary>
    public DeploymentOutputs OutputsOf(Stage stage)
    {
        if (_outputs.TryGetValue(stage, out var known))
        {
            return known;
        }

        var deployment = Retry.Execute($"Reading the {stage} deployment", () => _context.AzDeploymentGroupShow(new AzDeploymentGroupShowSettings
        {
            ResourceGroup = Settings.ResourceGroup(stage),
            Name = DeploymentName(stage),
            Subscription = Options.Subscription,
        }));
        if (deployment is null || !string.Equals(deployment.Properties.ProvisioningState, "Succeeded", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The {stage} deployment '{DeploymentName(stage)}' in {Settings.ResourceGroup(stage)} has {(deployment is null ? "never been made" : $"state {deployment.Properties.ProvisioningState}")}: run ./build.sh --target=Deploy (without --from, or --from=Provision.{char.ToUpperInvariant(stage.Name[0])}{stage.Name[1..]}).");
        }

        _context.Log.Verbose($"Read the outputs of {DeploymentName(stage)}.");
        _outputs[stage] = deployment.Outputs;
        return deployment.Outputs;
    }

    /// <summary>The merged outputs of every stage up to and including <paramref name="last"/>.</summary>
    public StackOutputs OutputsUpTo(Stage last) =>
        StackOutputs.FromDeployments(Stage.All.Where(s => s.Order <= last.Order).Select(OutputsOf));
}
