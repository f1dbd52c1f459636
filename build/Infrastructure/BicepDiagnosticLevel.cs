namespace Build.Infrastructure;

/// <summary>SARIF's result levels; a result without one is a warning (SARIF 2.1.0, §3.27.10).</summary>
public enum BicepDiagnosticLevel
{
    Note,
    Warning,
    Error,
}
