using System.Diagnostics;
using System.Text.Json.Nodes;
using Build.Hosting;

namespace Build.Tests.Infrastructure;

/// <summary>
/// The suite's project finds the Cake assemblies and bicep in the NuGet packages folder however NUGET_PACKAGES
/// is written: Azure DevOps' caching guidance sets it without a trailing slash, and MSBuild's
/// NuGetPackageRoot is then the value as given.
/// </summary>
public sealed class PackagesFolderTests
{
    [Test]
    public void Nuget_packages_without_a_trailing_slash_still_lead_to_the_cake_assemblies_and_bicep()
    {
        var repository = RepositoryRoot.Locate();
        var copy = Directory.CreateTempSubdirectory("packages-folder-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(copy, "build"));
            foreach (var file in new[] { "global.json", "Directory.Build.props", "build/Build.csproj", "build/CakeAssemblies.props" })
            {
                File.Copy(Path.Combine(repository, file), Path.Combine(copy, file));
            }

            var packages = Run(copy, "nuget", "locals", "global-packages", "--list").Split(':', 2)[1].Trim().TrimEnd('/');
            var withoutSlash = Path.Combine(copy, "packages");
            File.CreateSymbolicLink(withoutSlash, packages);

            Run(copy, "restore", "build/Build.csproj", $"-p:RestorePackagesPath={withoutSlash}");
            var evaluated = JsonNode.Parse(Run(copy, "msbuild", "build/Build.csproj", $"-p:NuGetPackageRoot={withoutSlash}", "-getProperty:CakeAssemblies", "-getItem:AssemblyMetadata"))!;

            var cake = (string)evaluated["Properties"]!["CakeAssemblies"]!;
            Assert.That(File.Exists(Path.Combine(cake, "Cake.Core.dll")), Is.True, cake);
            var bicep = evaluated["Items"]!["AssemblyMetadata"]!.AsArray().Select(i => (string?)i!["Value"]).FirstOrDefault(v => v?.EndsWith("/bicep", StringComparison.Ordinal) == true);
            Assert.That(bicep, Is.Not.Null.And.StartsWith(withoutSlash + "/azure.bicep.commandline.linux-x64/"));
            Assert.That(File.Exists(bicep), Is.True, bicep);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static string Run(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"dotnet {string.Join(' ', args)}: {output.Result}{error.Result}");
    }
}
