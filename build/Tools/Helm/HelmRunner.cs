using System.Collections.Concurrent;
using System.Globalization;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tools.Helm;

/// <summary>The helm commands the suite uses. Works with helm 3 and helm 4.</summary>
public sealed class HelmRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : CommandLineTool<HelmSettings>(fileSystem, environment, processRunner, tools)
{
    /// <summary><c>helm &lt;verb&gt; &lt;release&gt; --namespace &lt;ns&gt; --wait</c>: what both recoveries of a pending release run.</summary>
    private void OnRelease(HelmReleaseSettings settings, string verb)
    {
        var arguments = Command(settings, verb);
        arguments.AppendQuoted(settings.Release);
        arguments.Append("--namespace").AppendQuoted(settings.Namespace);
        arguments.Append("--wait");
        Capture(settings, arguments);
    }

    private static readonly ConcurrentDictionary<string, int> MajorVersions = new();

    public override ToolDescriptor Descriptor => ToolDescriptor.Helm;

    public void RepoAdd(HelmRepoAddSettings settings)
    {
        var arguments = Command(settings, "repo", "add");
        arguments.AppendQuoted(settings.Name).AppendQuoted(settings.Url);
        if (settings.ForceUpdate)
        {
            arguments.Append("--force-update");
        }

        Capture(settings, arguments);
    }

    public void RepoUpdate(HelmRepoUpdateSettings settings)
    {
        var arguments = Command(settings, "repo", "update");
        foreach (var repository in settings.Repositories)
        {
            arguments.AppendQuoted(repository);
        }

        Capture(settings, arguments);
    }

    public void Upgrade(HelmUpgradeSettings settings)
    {
        var arguments = Command(settings, "upgrade");
        arguments.AppendQuoted(settings.Release).AppendQuoted(settings.Chart);
        if (settings.Install)
        {
            arguments.Append("--install");
        }

        if (settings.CreateNamespace)
        {
            arguments.Append("--create-namespace");
        }

        if (settings.Atomic)
        {
            arguments.Append(MajorVersion(settings) >= 4 ? "--rollback-on-failure" : "--atomic");
        }

        if (settings.Wait)
        {
            arguments.Append("--wait");
        }

        if (settings.Timeout is { } timeout)
        {
            arguments.Append($"--timeout={(int)timeout.TotalSeconds}s");
        }

        if (settings.Labels.Count > 0)
        {
            arguments.Append("--labels").AppendQuoted(string.Join(",", settings.Labels.Select(l => $"{l.Key}={l.Value}")));
        }

        AppendChartOptions(arguments, settings);
        Execute(settings, arguments);
    }

    public IReadOnlyList<HelmReleaseInfo> List(HelmListSettings settings)
    {
        var arguments = Command(settings, "list");
        arguments.Append("--namespace").AppendQuoted(settings.Namespace);
        if (settings.Selector is not null)
        {
            arguments.Append("--selector").AppendQuoted(settings.Selector);
        }

        if (settings.Pending)
        {
            arguments.Append("--pending");
        }

        arguments.Append("--output").Append("json");
        return CaptureJson<List<HelmReleaseInfo>>(settings, arguments);
    }

    /// <summary>Rolls a release back to its previous revision (what a pending upgrade interrupted).</summary>
    public void Rollback(HelmReleaseSettings settings) => OnRelease(settings, "rollback");

    /// <summary>Uninstalls a release (a first install that never finished).</summary>
    public void Uninstall(HelmReleaseSettings settings) => OnRelease(settings, "uninstall");

    /// <summary>Renders the chart. A failure (a values file the chart's schema refuses, say) is returned, not thrown, so the caller can say which value.</summary>
    public ToolOutput Template(HelmTemplateSettings settings)
    {
        var arguments = Command(settings, "template");
        arguments.AppendQuoted(settings.Release).AppendQuoted(settings.Chart);
        AppendChartOptions(arguments, settings);
        if (settings.KubeVersion is not null)
        {
            arguments.Append("--kube-version").AppendQuoted(settings.KubeVersion);
        }

        if (settings.ApiVersions.Count > 0)
        {
            arguments.Append("--api-versions").AppendQuoted(string.Join(",", settings.ApiVersions));
        }

        if (settings.IncludeCrds)
        {
            arguments.Append("--include-crds");
        }

        return Capture(settings, arguments, acceptFailure: true);
    }

    /// <summary>Lints a chart folder or archive; the findings are returned, not thrown.</summary>
    public ToolOutput Lint(HelmLintSettings settings)
    {
        var arguments = Command(settings, "lint");
        arguments.AppendQuoted(Absolute(settings.Chart));
        foreach (var file in settings.ValuesFiles)
        {
            arguments.Append("--values").AppendQuoted(file.MakeAbsolute(Environment).FullPath);
        }

        if (settings.Namespace is not null)
        {
            arguments.Append("--namespace").AppendQuoted(settings.Namespace);
        }

        if (settings.KubeVersion is not null)
        {
            arguments.Append("--kube-version").AppendQuoted(settings.KubeVersion);
        }

        if (settings.Strict)
        {
            arguments.Append("--strict");
        }

        return Capture(settings, arguments, acceptFailure: true);
    }

    /// <summary>Downloads a chart version from a repository into <see cref="HelmPullSettings.Destination"/>; a failure (offline, unknown version) is returned, not thrown.</summary>
    public ToolOutput Pull(HelmPullSettings settings)
    {
        var arguments = Command(settings, "pull");
        arguments.AppendQuoted(settings.Chart)
            .Append("--repo").AppendQuoted(settings.Repository)
            .Append("--version").AppendQuoted(settings.Version)
            .Append("--destination").AppendQuoted(settings.Destination.MakeAbsolute(Environment).FullPath);
        return Capture(settings, arguments, acceptFailure: true);
    }

    /// <summary>What <c>helm show</c> prints (Chart.yaml, values, CRDs or README); a chart helm cannot read fails.</summary>
    public string Show(HelmShowSettings settings)
    {
        var arguments = Command(settings, "show", settings.What.ToString().ToLowerInvariant());
        arguments.AppendQuoted(settings.Chart);
        if (settings.Version is not null)
        {
            arguments.Append("--version").AppendQuoted(settings.Version);
        }

        return Capture(settings, arguments).StandardOutput;
    }

    /// <summary>e.g. v4.1.4+g05fa379.</summary>
    public string Version(HelmSettings settings) =>
        Capture(settings, new ProcessArgumentBuilder().Append("version").Append("--short")).StandardOutput.Trim();

    private int MajorVersion(HelmSettings settings)
    {
        var path = Locate(settings)?.FullPath ?? throw new ToolNotFoundException(Descriptor);
        return MajorVersions.GetOrAdd(path, _ =>
        {
            var version = Version(settings).TrimStart('v');
            return int.TryParse(version.Split('.')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var major) ? major : 3;
        });
    }

    private ProcessArgumentBuilder Command(HelmSettings settings, params string[] words)
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

        if (settings.KubeContext is not null)
        {
            arguments.Append("--kube-context").AppendQuoted(settings.KubeContext);
        }

        return arguments;
    }

    private string Absolute(Cake.Core.IO.Path path) => path switch
    {
        FilePath file => file.MakeAbsolute(Environment).FullPath,
        DirectoryPath directory => directory.MakeAbsolute(Environment).FullPath,
        _ => path.FullPath,
    };

    private void AppendChartOptions(ProcessArgumentBuilder arguments, HelmChartSettings settings)
    {
        if (settings.Version is not null)
        {
            arguments.Append("--version").AppendQuoted(settings.Version);
        }

        if (settings.Namespace is not null)
        {
            arguments.Append("--namespace").AppendQuoted(settings.Namespace);
        }

        foreach (var file in settings.ValuesFiles)
        {
            arguments.Append("--values").AppendQuoted(file.MakeAbsolute(Environment).FullPath);
        }

        foreach (var (name, value) in settings.SetValues)
        {
            arguments.Append("--set").AppendQuoted($"{name}={value}");
        }

        foreach (var (name, value) in settings.SetSecretValues)
        {
            arguments.Append("--set").Append(new NamedSecretArgument(name, value));
        }
    }
}
