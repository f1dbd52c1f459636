using FakeCloudHost;
using FakeCloudHost.Cli;

// The FAKE cloud (tests/Fakes/FakeCloudHost): see FakeCloudHost.csproj and the README's contributing section.
//   dotnet run --project tests/Fakes/FakeCloudHost -- --home <dir> [--identity=user|servicePrincipal|managedIdentity|workloadIdentity]
//       [--public-ip=<address>] [--kubelogin-outside-path] [--real-helm=<path>]
// prints the environment to talk to it (KEY=value lines), then "ready", and serves until standard input closes.
//   dotnet run --project tests/Fakes/FakeCloudHost -- --write-contracts <dir>
// writes helm.json and kubectl.json from the real binaries' --help.
var options = CommandLine.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: FakeCloudHost --home <dir> [--identity=user|servicePrincipal|managedIdentity|workloadIdentity] [--public-ip=<address>] [--kubelogin-outside-path] [--real-helm=<path>] | --write-contracts <dir>");
    return 2;
}

if (CommandLine.ContractsFolder(args) is { } folder)
{
    ContractWriter.Write(folder);
    return 0;
}

await using var host = await CloudHost.Start(options);
foreach (var (key, value) in host.Environment)
{
    Console.WriteLine($"{key}={value}");
}

Console.WriteLine("ready");
await Console.Out.FlushAsync();
await Console.In.ReadToEndAsync();
return 0;
