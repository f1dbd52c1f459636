using Build.Infrastructure;
using Build.Tools.Az;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;

namespace Build.Deployment;

/// <summary>
/// One Deploy (or Destroy) run's shared state: the environment, the options, and the outputs of each
/// deployment — kept when a stage deploys, re-read with <c>az deployment group show</c> when it was skipped
/// or ran in an earlier invocation (another agent, another day: nothing is kept on the machine).
/// </summary>
public sealed class DeploymentSession
{
    private readonly Dictionary<Stage, DeploymentOutputs> _outputs = [];
    private readonly Lazy<EnvironmentSettings> _settings;

    public DeploymentSession(ICakeContext context, EnvironmentLayout layout, DeployOptions options, TimeProvider clock)
    {
        Context = context;
        Layout = layout;
        Clock = clock;
        _settings = new Lazy<EnvironmentSettings>(() => EnvironmentSettings.Load(Layout));
        Options = options;
    }

    /// <summary>Cake's context: the tools' aliases, the log, the environment.</summary>
    public ICakeContext Context { get; }

    public EnvironmentLayout Layout { get; }

    public TimeProvider Clock { get; }

    public EnvironmentSettings Settings => _settings.Value;

    /// <summary>The options the deployment classes read (checked before any task ran).</summary>
    public DeployOptions Options { get; }

    /// <summary>This run's own files (kubeconfig, rendered layer, certificate cache): never the truth, always re-creatable.</summary>
    public DirectoryPath Artifacts => Layout.Root.Combine("artifacts");

    public ICakeLog Log => Context.Log;

    /// <summary>Retries for Deploy's stages (advice may name --from).</summary>
    public RetryPolicy Retry => new(Context.Log, Options.RetryBaseDelay, Clock, resumable: true);

    /// <summary>Retries outside Deploy (Destroy), where --from does not apply.</summary>
    public RetryPolicy RetryOutsideDeploy => new(Context.Log, Options.RetryBaseDelay, Clock, resumable: false);

    public string DeploymentName(Stage stage) => DeploymentNames.For(Layout.Environment, stage);

    /// <summary>Whether a Deploy stage runs (<see cref="DeployStages.SkipReason"/> decides); says why when it does not.</summary>
    public bool Runs(string stage)
    {
        if (DeployStages.SkipReason(stage, Options.PlanOnly, Options.From) is not { } reason)
        {
            return true;
        }

        Context.Log.Information($"{stage}: {reason}.");
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

    /// <summary>The stage's last deployment of that name, or null (one read, not cached: it is the up-to-date check).</summary>
    public AzDeployment? Deployment(Stage stage, string name) =>
        Retry.Execute($"Reading {name}", () => Context.AzDeploymentGroupShow(new AzDeploymentGroupShowSettings
        {
            ResourceGroup = Settings.ResourceGroup(stage),
            Name = name,
            Subscription = Options.Subscription,
        }));

    /// <summary>
    /// The outputs of a stage; read from Azure when this run has not deployed it. For the cluster, the deployment
    /// with Application Gateway once there is one, the first one without it otherwise.
    /// </summary>
    public DeploymentOutputs OutputsOf(Stage stage)
    {
        if (_outputs.TryGetValue(stage, out var known))
        {
            return known;
        }

        var names = stage == Stage.Cluster ? [DeploymentNames.Gateway(Layout.Environment), DeploymentName(stage)] : new[] { DeploymentName(stage) };
        var deployment = names.Select(name => Deployment(stage, name)).FirstOrDefault(IsSucceeded)
            ?? throw new InvalidOperationException(
                $"The {stage} deployment '{DeploymentName(stage)}' in {Settings.ResourceGroup(stage)} has not succeeded yet: run ./build.sh --target=Deploy (without --from, or --from=Provision.{char.ToUpperInvariant(stage.Name[0])}{stage.Name[1..]}).");
        Context.Log.Verbose($"Read the outputs of {deployment.Name}.");
        _outputs[stage] = deployment.Outputs;
        return deployment.Outputs;
    }

    /// <summary>The merged outputs of every stage up to and including <paramref name="last"/>.</summary>
    public StackOutputs OutputsUpTo(Stage last) =>
        StackOutputs.FromDeployments(Stage.All.Where(s => s.Order <= last.Order).Select(OutputsOf));

    public static bool IsSucceeded(AzDeployment? deployment) =>
        deployment is not null && string.Equals(deployment.Properties.ProvisioningState, "Succeeded", StringComparison.OrdinalIgnoreCase);
}
