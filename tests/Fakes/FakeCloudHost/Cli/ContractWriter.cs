using System.Diagnostics;

namespace FakeCloudHost.Cli;

/// <summary>
/// Reads helm's and kubectl's flags from the real binaries' --help (the ones the Tools target installs) into
/// the JSON contracts the fakes are held to. ContractTests compares the committed files with what the
/// installed binaries say, so the contract cannot silently drift.
/// </summary>
public static class ContractWriter
{
    public static readonly string[] HelmCommands = ["version", "list", "upgrade", "rollback", "uninstall", "status", "repo add", "repo update", "template", "lint", "pull", "show chart", "show values"];

    public static readonly string[] KubectlCommands = ["version", "apply"];

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "helm.json"), Helm(Locate("helm")).ToJson());
        File.WriteAllText(Path.Combine(folder, "kubectl.json"), Kubectl(Locate("kubectl")).ToJson());
    }

    public static FlagContract Helm(string helm)
    {
        var commands = HelmCommands.ToDictionary(c => c, c => FlagContract.ParseHelp(Help(helm, c.Split(' ').Append("--help")), "Flags:"), StringComparer.Ordinal);
        var global = FlagContract.ParseHelp(Help(helm, ["list", "--help"]), "Global Flags:");
        var version = Help(helm, ["version", "--short"]).Trim().Split('+')[0];
        return new FlagContract("helm", version, commands, global);
    }

    public static FlagContract Kubectl(string kubectl)
    {
        var commands = KubectlCommands.ToDictionary(c => c, c => FlagContract.ParseHelp(Help(kubectl, [c, "--help"]), "Options:"), StringComparer.Ordinal);
        var global = FlagContract.ParseHelp(Help(kubectl, ["options"]), "The following options can be passed to any command:");
        var version = Help(kubectl, ["version", "--client"]).Split('\n')[0].Replace("Client Version: ", string.Empty, StringComparison.Ordinal).Trim();
        return new FlagContract("kubectl", version, commands, global);
    }

    public static string? Find(string tool)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var cached = Path.Combine(directory.FullName, ".tools", "bin", tool);
            if (File.Exists(cached))
            {
                return cached;
            }
        }

        return null;
    }

    private static string Locate(string tool) => Find(tool) ?? throw new InvalidOperationException($"{tool} is not in .tools/bin: run ./build.sh --target=Tools first.");

    private static string Help(string executable, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Replace("\r", string.Empty, StringComparison.Ordinal);
    }
}
