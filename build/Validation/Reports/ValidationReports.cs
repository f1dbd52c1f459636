namespace Build.Validation.Reports;

/// <summary>Where a validation's reports go: <c>artifacts/validation/&lt;name&gt;.sarif</c> and its JUnit twin.</summary>
public static class ValidationReports
{
    public const string Folder = "validation";
    public const string Results = "results";

    /// <summary>Writes <c>&lt;name&gt;.sarif</c> and the JUnit file (<c>junit.xml</c> for the conformance results, <c>&lt;name&gt;.junit.xml</c> otherwise).</summary>
    public static (string Sarif, string JUnit) Write(ValidationResult result, string directory, string name)
    {
        var sarif = Path.Combine(directory, $"{name}.sarif");
        var junit = Path.Combine(directory, name == Results ? "junit.xml" : $"{name}.junit.xml");
        SarifReport.Write(result, sarif);
        JUnitReport.Write(result, name == Results ? "Conformance" : $"Conformance.{name}", junit);
        return (sarif, junit);
    }
}
