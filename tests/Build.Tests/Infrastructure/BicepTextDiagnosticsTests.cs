using Build.Infrastructure;

namespace Build.Tests.Infrastructure;

public sealed class BicepTextDiagnosticsTests
{
    [Test]
    public void Reads_bicep_plain_text_diagnostics_relative_to_the_repository()
    {
        const string stderr = """
            /work/repo/bicep/hub.bicep(366,5) : Warning no-unused-vars: Variable "unused" is declared but never used. [https://aka.ms/bicep/linter-diagnostics#no-unused-vars]
            /work/repo/bicep/environments/prod/spoke.bicepparam(5,44) : Error BCP427: Environment variable "X" does not exist and there's no default value set. [https://aka.ms/bicep/core-diagnostics#BCP427]
            Failed to generate snapshot for file /work/repo/bicep/environments/prod/spoke.bicepparam
            """;

        var diagnostics = BicepTextDiagnostics.Parse(stderr, "/work/repo");

        Assert.That(diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "bicep/hub.bicep:366:5: warning no-unused-vars: Variable \"unused\" is declared but never used.",
            "bicep/environments/prod/spoke.bicepparam:5:44: error BCP427: Environment variable \"X\" does not exist and there's no default value set.",
        }));
    }
}
