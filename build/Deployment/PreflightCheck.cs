namespace Build.Deployment;

/// <summary>One precondition and what was found: shown in Preflight's table, named in its error.</summary>
public sealed record PreflightCheck(string Name, bool Passed, string Detail);
