using System.Text.Json;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tools.Kubectl;

/// <summary>The kubectl commands the suite uses to change a cluster (reads go through KubernetesClient).</summary>
public sealed class KubectlRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : CommandLineTool<KubectlSettings>(fileSystem, environment, processRunner, tools)
{
    public override ToolDescriptor Descriptor => ToolDescriptor.Kubectl;

    public ToolOutput Apply(KubectlApplySettings settings)
    {
        if (settings.Filenames.Count == 0 && settings.Kustomize is null)
        {
            throw new ArgumentException("kubectl apply needs at least one file or a kustomization directory.");
        }

        var arguments = Command(settings, "apply");
        foreach (var file in settings.Filenames)
        {
            arguments.Append("--filename").AppendQuoted(file.MakeAbsolute(Environment).FullPath);
        }

        if (settings.Kustomize is not null)
        {
            arguments.Append("--kustomize").AppendQuoted(settings.Kustomize.MakeAbsolute(Environment).FullPath);
        }

        AppendNamespace(arguments, settings.Namespace);
        if (settings.ServerSide)
        {
            arguments.Append("--server-side");
            arguments.Append($"--field-manager={settings.FieldManager}");
            if (settings.ForceConflicts)
            {
                arguments.Append("--force-conflicts");
            }
        }

        if (settings.DryRun != KubectlDryRun.None)
        {
            arguments.Append($"--dry-run={settings.DryRun.ToString().ToLowerInvariant()}");
        }

        return Capture(settings, arguments);
    }

    public void RolloutStatus(KubectlRolloutStatusSettings settings)
    {
        var arguments = Command(settings, "rollout", "status");
        arguments.AppendQuoted(settings.Resource);
        AppendNamespace(arguments, settings.Namespace);
        arguments.Append($"--timeout={(int)settings.Timeout.TotalSeconds}s");
        Execute(settings, arguments);
    }

    /// <summary>The client version, e.g. v1.33.9.</summary>
    public string Version(KubectlSettings settings)
    {
        var arguments = new ProcessArgumentBuilder().Append("version").Append("--client").Append("--output=json");
        var output = Capture(settings, arguments);
        using var document = JsonDocument.Parse(output.StandardOutput);
        return document.RootElement.GetProperty("clientVersion").GetProperty("gitVersion").GetString() ?? "unknown";
    }

    private ProcessArgumentBuilder Command(KubectlSettings settings, params string[] words)
    {
        var arguments = new ProcessArgumentBuilder();
        foreach (var word in words)
        {
            arguments.Append(word);
        }

        if (settings.Kubeconfig is not null)
        {
            arguments.Append("--kubeconfig").AppendQuoted(settings.Kubeconfig.MakeAbsolute(Environment).FullPath);
        }

        if (settings.Context is not null)
        {
            arguments.Append("--context").AppendQuoted(settings.Context);
        }

        return arguments;
    }

    private static void AppendNamespace(ProcessArgumentBuilder arguments, string? @namespace)
    {
        if (@namespace is not null)
        {
            arguments.Append("--namespace").AppendQuoted(@namespace);
        }
    }
}
