using System.Text.Json;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tools;

/// <summary>
/// The suite's base for Cake tools: resolves the executable (setting, then the tool's *_PATH
/// variable, then PATH, then known locations), fails with one line when it is missing, and runs it
/// either streaming its output or capturing it for JSON.
/// </summary>
public abstract class CommandLineTool<TSettings>(
    IFileSystem fileSystem,
    ICakeEnvironment environment,
    IProcessRunner processRunner,
    IToolLocator tools)
    : Tool<TSettings>(fileSystem, environment, processRunner, tools)
    where TSettings : ToolSettings
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected ICakeEnvironment Environment { get; } = environment;

    protected IFileSystem FileSystem { get; } = fileSystem;

    public abstract ToolDescriptor Descriptor { get; }

    /// <summary>The executable this run would use, or null when it is not installed.</summary>
    public FilePath? Locate(TSettings settings)
    {
        ApplyPathVariable(settings);
        var path = GetToolPath(settings);
        return path is not null && FileSystem.Exist(path) ? path : null;
    }

    protected sealed override string GetToolName() => Descriptor.Name;

    protected sealed override IEnumerable<string> GetToolExecutableNames() => Descriptor.ExecutableNames;

    /// <summary>Runs the tool with its output going to the console; a non-zero exit code fails.</summary>
    protected void Execute(TSettings settings, ProcessArgumentBuilder arguments)
    {
        EnsureInstalled(settings);
        using var process = RunProcess(settings, arguments, new ProcessSettings());
        process.WaitForExit();
        var exitCode = process.GetExitCode();
        if (exitCode != 0 && !(settings.HandleExitCode?.Invoke(exitCode) ?? false))
        {
            throw new ToolFailedException(Descriptor.Name, exitCode, arguments.RenderSafe(), "its output is above");
        }
    }

    /// <summary>Runs the tool capturing stdout and stderr; a non-zero exit code fails with the trimmed stderr unless accepted.</summary>
    protected ToolOutput Capture(TSettings settings, ProcessArgumentBuilder arguments, bool acceptFailure = false)
    {
        EnsureInstalled(settings);
        var processSettings = new ProcessSettings { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = RunProcess(settings, arguments, processSettings);
        process.WaitForExit();
        var output = new ToolOutput(
            process.GetExitCode(),
            string.Join('\n', process.GetStandardOutput() ?? []),
            string.Join('\n', process.GetStandardError() ?? []));
        if (!output.Succeeded && !acceptFailure && !(settings.HandleExitCode?.Invoke(output.ExitCode) ?? false))
        {
            throw new ToolFailedException(Descriptor.Name, output.ExitCode, arguments.RenderSafe(), ErrorText.Trim(output.StandardError));
        }

        return output;
    }

    /// <summary>Runs the tool and reads its stdout as JSON into <typeparamref name="T"/>.</summary>
    protected T CaptureJson<T>(TSettings settings, ProcessArgumentBuilder arguments)
    {
        var output = Capture(settings, arguments);
        return ParseJson<T>(output.StandardOutput, arguments);
    }

    protected T ParseJson<T>(string json, ProcessArgumentBuilder arguments)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json.Length == 0 ? "null" : json, Json)
                ?? throw new JsonException("the output was empty");
        }
        catch (JsonException exception)
        {
            throw new ToolFailedException(Descriptor.Name, 0, arguments.RenderSafe(), $"its output is not the JSON expected ({exception.Message}): {Preview(json)}");
        }
    }

    /// <summary>After PATH: the repository's own tool cache (<c>.tools/bin</c>, filled by the Tools target).</summary>
    protected override IEnumerable<FilePath> GetAlternativeToolPaths(TSettings settings) =>
        Descriptor.ExecutableNames.Select(name => LocalToolCache.BinDirectory(Environment.WorkingDirectory).CombineWithFilePath(name));

    /// <summary>A copy the suite itself provides, preferred over PATH so that every machine runs the same version.</summary>
    protected virtual FilePath? PinnedToolPath() => null;

    protected void EnsureInstalled(TSettings settings)
    {
        if (Locate(settings) is not null)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(Descriptor.PathVariable) is { Length: > 0 } configured)
        {
            throw new ToolNotFoundException(Descriptor with { InstallHint = $"{Descriptor.PathVariable} is set to '{configured}', which does not exist: correct it or unset it" });
        }

        throw new ToolNotFoundException(Descriptor);
    }

    private void ApplyPathVariable(TSettings settings)
    {
        if (settings.ToolPath is not null)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(Descriptor.PathVariable) is { Length: > 0 } path)
        {
            settings.ToolPath = new FilePath(path);
        }
        else if (PinnedToolPath() is { } pinned)
        {
            settings.ToolPath = pinned;
        }
    }

    private static string Preview(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
