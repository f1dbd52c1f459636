using System.Collections.Concurrent;
using Build.Caching;
using Build.Infrastructure;
using Build.Kubernetes;
using Build.Kubernetes.Charts;
using Build.Tasks.Validation;
using Build.Tools.Bicep;
using Build.Tools.Helm;
using Build.Validation;
using Build.Validation.Suppressions;

namespace Build.Tasks.Validate;

/// <summary>
/// The offline gate's work for one run, started together when the run begins so that independent checks run side
/// by side: the bicep compilations in the run's one compiler, helm rendering the charts, the rules as soon as the
/// prediction and the layer exist. Each piece only computes (nothing here writes to the console); each task awaits
/// its piece when Cake reaches it and reports it then, so the output keeps the tasks' order. A piece whose task fails
/// first is still waited for when the run ends, so no file is left half-written.
/// </summary>
public sealed class GateWork(BuildContext context, BicepWorkspace bicep, RunPlan plan) : IDisposable
{
    private readonly ConcurrentDictionary<string, Task> _pieces = new(StringComparer.Ordinal);

    private EnvironmentLayout Layout => new(context.Root, context.EnvironmentName);

    /// <summary>Starts the pieces of the tasks this run executes. Helm's pieces wait for their task when helm is not installed yet (the Tools task fetches it).</summary>
    public void Start()
    {
        var helmReady = new HelmRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Locate(new HelmSettings()) is not null;
        if (plan.Runs("Lint.Bicep"))
        {
            _ = Lint();
        }

        if (plan.Runs("Validate.Bicep"))
        {
            _ = Templates();
        }

        if (plan.Runs("Validate.Snapshots") && !context.Options.UpdateSnapshots)
        {
            _ = Snapshots();
        }

        if (plan.Runs("Validate.Kubernetes") && helmReady)
        {
            _ = Layer();
        }

        if (plan.Runs("Validate.Rules") && helmReady)
        {
            _ = Rules();
        }
    }

    /// <summary>environment.json read and checked: every piece waits for it, so a broken one stops the run before any tool starts.</summary>
    public Task<bool> Inputs() => Piece(nameof(Inputs), () =>
    {
        Infrastructure.EnvironmentInput.Check(context);
        return Task.FromResult(true);
    });

    /// <summary>Lint.Bicep: every template and parameter file whose inputs changed, compiled with the linter.</summary>
    public Task<BicepLint> Lint() => Piece(nameof(Lint), LintAsync);

    /// <summary>Validate.Bicep: the three templates' ARM JSON.</summary>
    public Task<TemplateBuild> Templates() => Piece(nameof(Templates), TemplatesAsync);

    /// <summary>Validate.Snapshots: what the templates predict now.</summary>
    public Task<SnapshotOutcome> Snapshots() => Piece(nameof(Snapshots), SnapshotsAsync);

    /// <summary>Validate.Kubernetes: the layer rendered from the committed snapshots' outputs.</summary>
    public Task<LayerOutcome> Layer() => Piece(nameof(Layer), LayerAsync);

    /// <summary>Validate.Rules: every rule over the prediction and the layer.</summary>
    public Task<RulesOutcome> Rules() => Piece(nameof(Rules), RulesAsync);

    public void Dispose()
    {
        // what a failed task left running finishes its files before the process ends; its failure was reported, or is
        // moot. A piece still waiting on a hung compiler after a minute is left to the compiler's end, which fails it.
        Task.WaitAll([.. _pieces.Values.Select(piece => piece.ContinueWith(_ => { }, TaskScheduler.Default))], TimeSpan.FromMinutes(1));
    }

    private Task<T> Piece<T>(string name, Func<Task<T>> work) => (Task<T>)_pieces.GetOrAdd(name, _ => Task.Run(work));

    private async Task<BicepLint> LintAsync()
    {
        await Inputs();
        var cache = BicepEntryCache.For(context, "Lint.Bicep");
        var entries = BicepEntries.Sort(TemplateLinter.Entries(context.Root), cache);
        if (entries.Stale.Count == 0 && File.Exists(BicepLint.Sarif(context).FullPath))
        {
            return new BicepLint(entries, null);
        }

        return new BicepLint(entries, await new TemplateLinter(bicep, cache).Lint(entries, context.Root));
    }

    private async Task<TemplateBuild> TemplatesAsync()
    {
        await Inputs();
        var output = context.Artifacts.Combine("bicep");
        var cache = BicepEntryCache.For(context, "Validate.Bicep");
        var entries = TemplateCompiler.Sort(context.Root, output, cache);
        if (entries.Stale.Count == 0)
        {
            return new TemplateBuild(entries, null);
        }

        return new TemplateBuild(entries, await new TemplateCompiler(bicep, cache).Build(entries, context.Root, output));
    }

    private async Task<SnapshotOutcome> SnapshotsAsync()
    {
        await Inputs();
        var check = ValidationSources.SnapshotCheck(context);
        var standing = check.Standing();
        return new SnapshotOutcome(standing, await check.Run(standing, bicep));
    }

    /// <summary>The layer rendered from the committed snapshots' outputs: Validate.Kubernetes' subject, and the rules' when nothing drifted.</summary>
    private Task<KubernetesLayer> CommittedLayer() => Piece(nameof(CommittedLayer), () => Task.FromResult(
        new KubernetesLayerRenderer(new KubernetesLayout(context.Root.FullPath), ChartRenderer.For(context)).Assess(context.EnvironmentName, StackOutputs.FromSnapshots(Layout))));

    private async Task<LayerOutcome> LayerAsync()
    {
        await Inputs();
        var layout = new KubernetesLayout(context.Root.FullPath);
        var cache = GreenRunCache.For(context);
        var inputs = GateInputs.Layer(context);
        var rendered = layout.RenderedDirectory(context.EnvironmentName);
        if (cache.Holds("Validate.Kubernetes", inputs, rendered))
        {
            return new LayerOutcome(null, rendered);
        }

        var layer = await CommittedLayer();
        RenderedLayerWriter.Write(layer, rendered);
        if (layer.Problems.Count == 0)
        {
            // what the rendering read, as it is now: a first run admits the chart archives into the tool cache
            cache.RecordGreen("Validate.Kubernetes", GateInputs.Layer(context));
        }

        return new LayerOutcome(layer, rendered);
    }

    private async Task<RulesOutcome> RulesAsync()
    {
        await Inputs();

        // a broken suppression file stops the rules before any tool starts
        SuppressionFile.Load(context.Root.FullPath);
        var headroom = context.Options.ScaleHeadroom;
        var cache = GreenRunCache.For(context);
        if (!cache.Holds("Validate.Rules", GateInputs.Rules(context, headroom), RulesOutcome.Results(context)))
        {
            // something the rules read changed: render the layer while bicep predicts (a drift renders it again)
            _ = CommittedLayer();
        }

        // this run's snapshot check when it makes one (not when it rewrites the snapshots), else the last one if it stands
        var prediction = _pieces.TryGetValue(nameof(Snapshots), out var snapshots)
            ? (await (Task<SnapshotOutcome>)snapshots).Prediction
            : ValidationSources.SnapshotCheck(context).Cached();
        var inputs = GateInputs.Rules(context, headroom);
        if (prediction is not null && cache.Holds("Validate.Rules", inputs, RulesOutcome.Results(context)))
        {
            return new RulesOutcome(prediction, null);
        }

        var committed = prediction is null or { Drifts.Count: 0 } ? await CommittedLayer() : null;
        var input = ValidationInputLoader.Load(
            context.Root,
            context.EnvironmentName,
            headroom,
            ValidationDate.Today,
            prediction,
            outputs => committed ?? ValidationInputLoader.Render(context.Root.FullPath, context.EnvironmentName, outputs, ChartRenderer.For(context)));
        var result = RuleEngine.Default.Evaluate(input);

        // what the rules read, as it is now: a first run admits the chart archives into the tool cache
        return new RulesOutcome(prediction, result) { Inputs = GateInputs.Rules(context, headroom) };
    }
}
