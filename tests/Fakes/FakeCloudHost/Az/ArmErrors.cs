using FakeCloudHost.Cli;

namespace FakeCloudHost.Az;

/// <summary>
/// How az prints a failed ARM call: <c>ERROR: (Code) Message</c>, then the code and message again
/// (azure-cli, src/azure-cli-core/azure/cli/core/azclierror.py and the azure-core HttpResponseError
/// format), exit code 1 for a service error and 3 for a resource that is not found
/// (azure-cli's ResourceNotFoundError).
/// </summary>
public static class ArmErrors
{
    public static CliFailure Service(string code, string message) =>
        new(1, $"ERROR: ({code}) {message}\nCode: {code}\nMessage: {message}");

    public static CliFailure NotFound(string code, string message) =>
        new(3, $"ERROR: ({code}) {message}\nCode: {code}\nMessage: {message}");

    public static CliFailure ResourceGroupNotFound(string group) =>
        NotFound("ResourceGroupNotFound", $"Resource group '{group}' could not be found.");

    public static CliFailure ResourceNotFound(string type, string name, string group) =>
        NotFound("ResourceNotFound", $"The Resource '{type}/{name}' under resource group '{group}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix");
}
