using YamlDotNet.RepresentationModel;

namespace Build.Tests.Fakes;

/// <summary>
/// azure-pipelines.yml read the way Azure DevOps reads it for one run: stages in order, each deployment job's
/// steps with step templates expanded and $(variables) substituted. Only what the tests need to replay a stage.
/// </summary>
public sealed class AzurePipeline(string root, YamlMappingNode document)
{
    public static AzurePipeline Load(string root)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(root, "azure-pipelines.yml"));
        yaml.Load(reader);
        return new AzurePipeline(root, (YamlMappingNode)yaml.Documents[0].RootNode);
    }

    public IReadOnlyDictionary<string, string> Variables =>
        ((YamlMappingNode)document["variables"]).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? string.Empty);

    /// <summary>The stages whose jobs are deployment jobs (the ones that change Azure), in order.</summary>
    public IReadOnlyList<PipelineStage> DeployingStages() =>
        ((YamlSequenceNode)document["stages"]).Children.OfType<YamlMappingNode>()
            .Select(stage => (Name: Scalar(stage, "stage"), Jobs: ((YamlSequenceNode)stage["jobs"]).Children.OfType<YamlMappingNode>().ToList()))
            .Where(stage => stage.Jobs.Any(job => job.Children.ContainsKey("deployment")))
            .Select(stage => new PipelineStage(stage.Name, stage.Jobs.SelectMany(job => Steps(job)).ToList()))
            .ToList();

    private IEnumerable<PipelineStep> Steps(YamlMappingNode job)
    {
        var steps = job.Children.ContainsKey("steps")
            ? (YamlSequenceNode)job["steps"]
            : (YamlSequenceNode)job["strategy"]["runOnce"]["deploy"]["steps"];
        return steps.Children.OfType<YamlMappingNode>().SelectMany(Expand);
    }

    private IEnumerable<PipelineStep> Expand(YamlMappingNode step)
    {
        if (step.Children.ContainsKey("template"))
        {
            var yaml = new YamlStream();
            using var reader = new StreamReader(Path.Combine(root, Scalar(step, "template")));
            yaml.Load(reader);
            return ((YamlSequenceNode)yaml.Documents[0].RootNode["steps"]).Children.OfType<YamlMappingNode>().SelectMany(Expand);
        }

        var inputs = step.Children.ContainsKey("inputs")
            ? ((YamlMappingNode)step["inputs"]).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => Substitute(((YamlScalarNode)p.Value).Value ?? string.Empty))
            : new Dictionary<string, string>();
        var kind = step.Children.ContainsKey("checkout") ? "checkout"
            : step.Children.ContainsKey("task") ? Scalar(step, "task")
            : step.Children.ContainsKey("script") ? "script" : "?";
        var script = step.Children.ContainsKey("script") ? Substitute(Scalar(step, "script")) : inputs.GetValueOrDefault("inlineScript");
        return [new PipelineStep(kind, script, inputs)];
    }

    private string Substitute(string text)
    {
        foreach (var (name, value) in Variables)
        {
            text = text.Replace($"$({name})", value, StringComparison.Ordinal);
        }

        return text;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value ?? string.Empty;
}

public sealed record PipelineStage(string Name, IReadOnlyList<PipelineStep> Steps);

/// <summary>A step: checkout, a task (by name@version) with its inputs, or a script; <see cref="Script"/> is what it runs, if anything.</summary>
public sealed record PipelineStep(string Kind, string? Script, IReadOnlyDictionary<string, string> Inputs);
