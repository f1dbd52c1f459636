using System.Reflection;

namespace FakeCloudHost.Cli;

/// <summary>
/// Writes the thin clients: <c>&lt;home&gt;/bin/{az,kubectl,helm,kubelogin}</c>, each a two-line shell script that
/// runs fake-cli.js with node, so that whatever runs them — the suite, Cake's process runner, the Azure SDK's
/// AzureCliCredential, client-go's credential plugin — reaches the fake cloud.
/// </summary>
public static class ClientScripts
{
    public static (string Path, string? Kubelogin) Write(string home, string url, bool kubeloginOutsidePath)
    {
        var bin = Directory.CreateDirectory(System.IO.Path.Combine(home, "bin")).FullName;
        var script = System.IO.Path.Combine(bin, "fake-cli.js");
        using (var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("fake-cli.js")!)
        using (var file = File.Create(script))
        {
            resource.CopyTo(file);
        }

        var node = Node();
        foreach (var tool in new[] { "az", "kubectl", "helm" })
        {
            Wrapper(System.IO.Path.Combine(bin, tool), node, script, url, tool);
        }

        string? kubelogin = null;
        if (kubeloginOutsidePath)
        {
            var folder = Directory.CreateDirectory(System.IO.Path.Combine(home, "kubelogin-bin")).FullName;
            kubelogin = System.IO.Path.Combine(folder, "kubelogin");
            Wrapper(kubelogin, node, script, url, "kubelogin");
        }
        else
        {
            Wrapper(System.IO.Path.Combine(bin, "kubelogin"), node, script, url, "kubelogin");
        }

        return (bin, kubelogin);
    }

    private static void Wrapper(string path, string node, string script, string url, string tool)
    {
        File.WriteAllText(path, $"#!/bin/sh\n# FAKE {tool} (tests/Fakes/FakeCloudHost): forwards the call to the fake cloud\nexec \"{node}\" \"{script}\" \"{url}\" {tool} \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        }
    }

    private static string Node() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, "node")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("The fake cloud's command-line clients need node on PATH (the README's prerequisites include Node.js).");
}
