using Cake.Core.Diagnostics;

namespace Build.Caching;

/// <summary>
/// Remembers, in artifacts/.cache, the inputs of each offline check's last green run, so a check
/// whose inputs have not changed by a single byte is not run again. <c>--no-cache</c> runs every check.
/// </summary>
public sealed class GreenRunCache(string artifacts, ICakeLog log, bool enabled)
{
    private string Folder => Path.Combine(artifacts, ".cache");

    public static GreenRunCache For(BuildContext context) =>
        new(context.Artifacts.FullPath, context.Log, !context.Options.NoCache);

    /// <summary>True when the check passed last time with exactly these inputs and its outputs are still there; says so.</summary>
    public bool IsFresh(string check, string fingerprint, params string[] outputs)
    {
        if (!Holds(check, fingerprint, outputs))
        {
            return false;
        }

        log.Information($"{check}: inputs unchanged since its last green run; not run again (--no-cache to run it anyway).");
        return true;
    }

    /// <summary>The same, silently: for work running beside the tasks, whose task says what came of it.</summary>
    public bool Holds(string check, string fingerprint, params string[] outputs) =>
        enabled && File.Exists(Entry(check)) && File.ReadAllText(Entry(check)).Trim() == fingerprint &&
        outputs.All(o => File.Exists(o) || Directory.Exists(o));

    public void RecordGreen(string check, string fingerprint)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Entry(check), fingerprint);
    }

    private string Entry(string check) => Path.Combine(Folder, check + ".inputs");
}
