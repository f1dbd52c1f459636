using FakeCli;

// FAKE az/kubectl/helm/kubelogin for the end-to-end tests: see FakeCli.csproj.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: FakeCli <az|kubectl|helm|kubelogin> <args...>");
    return 2;
}

var home = Environment.GetEnvironmentVariable("FAKE_CLI_HOME")
    ?? throw new InvalidOperationException("FAKE_CLI_HOME is not set: the fake CLIs are only for the tests.");
var tool = args[0];
var arguments = new Arguments(args[1..]);
CallLog.Record(home, tool, arguments.All);
var state = FakeState.Load(home);
try
{
    FailureInjection.Apply(home, tool, arguments.All);
    var output = tool switch
    {
        "az" => new FakeAz(state).Run(arguments),
        "kubectl" => new FakeKubectl(state).Run(arguments),
        "helm" => new FakeHelm(state).Run(arguments),
        "kubelogin" => new FakeKubelogin().Run(arguments),
        _ => throw new FakeFailure(2, $"the fake does not know the tool '{tool}'"),
    };
    state.Save();
    Console.Out.Write(output);
    return 0;
}
catch (FakeFailure failure)
{
    state.Save();
    Console.Error.WriteLine(failure.Message);
    return failure.ExitCode;
}
