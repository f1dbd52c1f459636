using Build.Tests.SmokeTests;

/// <summary>
/// .NET's startup hook entry (DOTNET_STARTUP_HOOKS requires this exact name in the global namespace). It does
/// something only in the child process <see cref="LegacyTlsGatewayProcess"/> starts; test runs never set the
/// variable that wakes it.
/// </summary>
internal static class StartupHook
{
    public static void Initialize() => LegacyTlsGatewayProcess.RunChildIfAsked();
}
