namespace FakeCloudHost;

/// <summary>The fake cloud's own small command line.</summary>
public static class CommandLine
{
    public static CloudHostOptions? Parse(string[] args)
    {
        if (ContractsFolder(args) is not null)
        {
            return new CloudHostOptions(Path.GetTempPath());
        }

        var home = Value(args, "--home");
        if (home is null)
        {
            return null;
        }

        return new CloudHostOptions(home)
        {
            Identity = Value(args, "--identity") ?? "user",
            PublicIp = Value(args, "--public-ip") ?? "198.18.0.10",
            KubeloginOutsidePath = args.Contains("--kubelogin-outside-path"),
            RealHelm = Value(args, "--real-helm"),
        };
    }

    public static string? ContractsFolder(string[] args) => Value(args, "--write-contracts");

    private static string? Value(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..];
            }

            if (args[i] == name && i + 1 < args.Length)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
