using Build.Tools.Bicep;
using Cake.Core.IO;

namespace Build.Infrastructure;

/// <summary>
/// Lints every template, module and parameter file under <c>bicep/</c> in one bicep process (the
/// rules are in <c>bicep/bicepconfig.json</c>) and writes the findings as SARIF.
/// </summary>
public sealed class TemplateLinter(BicepRunner bicep)
{
    /// <summary>Templates, modules, shared imports and every environment's parameter files.</summary>
    public static string Pattern(DirectoryPath bicepDirectory) => $"{bicepDirectory.FullPath}/**/*.bicep*";

    public LintReport Lint(DirectoryPath root, FilePath sarifFile)
    {
        var output = bicep.Lint(new BicepLintSettings { Pattern = Pattern(root.Combine("bicep")), Sarif = true });
        if (output.StandardOutput.Trim().Length == 0)
        {
            throw new InvalidOperationException($"bicep lint wrote no SARIF (exit code {output.ExitCode}): {Tools.ErrorText.Trim(output.StandardError)}");
        }

        var report = LintReport.Parse(output.StandardOutput, root.FullPath);
        report.WriteSarif(sarifFile.FullPath);
        return report;
    }
}
