using Build.Hosting;

namespace Build.Tests.BadInput;

/// <summary>The bad-input matrix: what a new user might type, break or lack, and what the suite must answer.</summary>
internal static class BadInputs
{
    private const int Usage = ExitCodes.UsageError;
    private const int Failure = ExitCodes.Failure;
    private const string Environment = "bicep/environments/prod/environment.json";
    private const string Suppressions = "validation.suppressions.json";

    public static IReadOnlyList<BadInputCase> InProcess { get; } =
    [
        // the command line
        Line("--target=Deploy --plan-onyl", Usage, "Unknown option --plan-onyl: did you mean --plan-only?"),
        Line("--target=Deploy --plan-only --dry-run", Usage, "Unknown option --dry-run: did you mean --dryrun?"),
        Line("--target=Deploy --plan-only=maybe", Usage, "--plan-only=maybe"),
        Line("--target=Deploy --force=flase", Usage, "--force=flase"),
        Line("--target=Deploy --yes", Usage, "--yes is not read by anything --target=Deploy runs"),
        Line("--target=Destroy --yes=false", Usage, "--yes=false"),
        Line("--target=Destroy --yes=nope", Usage, "--yes=nope"),
        Line("--target=Destroy", Usage, "add --yes to confirm"),
        Line("--target=Validate --from=Plan", Usage, "--from is not read by anything --target=Validate runs"),
        Line("--target=Certificates.Generate --exclusive --subscription=x", Usage, "--subscription is not read by anything --target=Certificates.Generate --exclusive runs"),
        Line("--target=Tools --no-cache", Usage, "--no-cache is not read by anything --target=Tools runs"),
        Line("--environment=", Usage, "--environment=: the value is empty"),
        Line("--environment=Prod", Usage, "--environment=Prod: 'Prod' is not a valid environment name"),
        Line("--environment=staging", Usage, "--environment=staging: there is no bicep/environments/staging/"),
        Line("--target=Deploy --from=Ingress", Usage, "--from=Ingress: 'Ingress' is not a Deploy stage"),
        Line("--target=Deploy --from=Validate", Usage, "--from=Validate: 'Validate' is not a Deploy stage"),
        Line("--target=Deploy --from", Usage, "--from: it needs a value"),
        Line("--target=Deploy --from=Plan --from=Plan", Usage, "--from is given twice"),
        Line("--target=Deploy --subscription=", Usage, "--subscription=: the value is empty"),
        Line("--target=Deploy --retry-delay-seconds=-1", Usage, "--retry-delay-seconds=-1: -1 is out of range"),
        Line("--target=Deploy --retry-delay-seconds=soon", Usage, "--retry-delay-seconds=soon: 'soon' is not a number of seconds"),
        Line("--target=Workload.Apply --rollout-timeout-seconds=-5", Usage, "--rollout-timeout-seconds=-5: -5 is out of range"),
        Line("--target=Workload.Apply --rollout-timeout-seconds=0", Usage, "--rollout-timeout-seconds=0: 0 is out of range"),
        Line("--target=Workload.Apply --rollout-timeout-seconds=ten", Usage, "--rollout-timeout-seconds=ten: 'ten' is not a number of seconds"),
        Line("--target=SmokeTest --exclusive --endpoint=10.0.0.1:99999", Usage, "--endpoint=10.0.0.1:99999: '10.0.0.1:99999' is not an address and port"),
        Line("--target=SmokeTest --exclusive --endpoint=:443", Usage, "--endpoint=:443"),
        Line("--target=SmokeTest --exclusive --hostname=", Usage, "--hostname=: the value is empty"),
        Line("--target=SmokeTest --exclusive --hostname=bad_host!", Usage, "--hostname=bad_host!: 'bad_host!' is not a host name"),
        Line("--target=SmokeTest --exclusive --timeout-seconds=0", Usage, "--timeout-seconds=0: 0 is out of range"),
        Line("--target=SmokeTest --exclusive --path=health", Usage, "--path=health: 'health' is not a path starting with '/'"),
        Line("--target=SmokeTest --exclusive --expect-distinct-backends=-1", Usage, "--expect-distinct-backends=-1: -1 is out of range"),
        Line("--target=SmokeTest --exclusive --ingress-endpoint=10.240.4.4:443", Usage, "--ingress-endpoint and --ingress-hostname go together"),
        Line("--target=SmokeTest --exclusive --ca=missing.pem", Usage, "--ca=missing.pem: missing.pem does not exist"),
        Line("--target=SmokeTest --exclusive --strict-sni=sometimes", Usage, "--strict-sni=sometimes"),
        Line("--target=Certificates.Generate --key-type=dsa", Usage, "--key-type=dsa: 'dsa' is not one of them; --key-type takes rsa or ecdsa"),
        Line("--target=Certificates.Generate --validity-days=30", Usage, "--validity-days=30: 30 is out of range; --validity-days takes a whole number from 31 to 3650"),
        Line("--target=Certificates.Generate --validity-days=a-year", Usage, "--validity-days=a-year: 'a-year' is not a whole number"),
        Line("--target=Certificates.Generate --gateway-cert=nope.pfx", Usage, "--gateway-cert=nope.pfx: nope.pfx does not exist"),
        Line("--target=Certificates.Generate --ingress-cert=bicep", Usage, "--ingress-cert=bicep: bicep is a folder"),
        Line("--target=Certificates.Generate --ingress-key=README.md", Usage, "--ingress-key is given without --ingress-cert"),
        Line("--target=Certificates.Import --caller-ip=300.1.1.1", Usage, "--caller-ip=300.1.1.1: '300.1.1.1' is not an IP address"),
        Line("--target=Certificates.Import --caller-ip=1", Usage, "--caller-ip=1: '1' is not an IP address"),
        Line("--target=IpPlan --scale-headroom=50", Usage, "--scale-headroom=50: '50' is not such a percentage"),
        Line("--target=IpPlan --scale-headroom=lots", Usage, "--scale-headroom=lots"),
        Line("--target=Doctor --for=Nope", Usage, "--for=Nope: there is no target 'Nope'"),
        Line("--target=Benchmark --runs=0", Usage, "--runs=0: 0 is out of range"),
        Line("--target=Test --filter=", Usage, "--filter=: the value is empty"),
        Line("Deploy", Usage, "Unexpected argument 'Deploy': options are written --name=value; to run Deploy, write --target=Deploy"),
        Line("--target=Deploy now", Usage, "Unexpected argument 'now'"),
        Line("--target=Nope", Usage, "there is no target 'Nope'"),
        Line("--target=deploi", Usage, "there is no target 'deploi' (did you mean Deploy?)"),
        Line("--target=", Usage, "--target=: the value is empty"),
        Line("--verbosity=loud", Usage, "--verbosity=loud: 'loud' is not valid"),
        Line("--dryrun=perhaps", Usage, "--dryrun=perhaps"),
        Line("-x", Usage, "Unknown option -x"),
        Line("--target=Deploy -plan-only", Usage, "Unknown option -plan-only: did you mean --plan-only?"),
        Line("--target=Deploy —plan-only", Usage, "Unexpected argument '—plan-only'"),
        Line("--working=/nonexistent/checkout", Usage, "--working=/nonexistent/checkout: the folder does not exist") with { OwnWorking = true },

        // files
        File("environment.json cut short", "--target=Validate", Failure, "environment.json:19: addressPlan.spoke.ingressSubnetPrefix: the file ends before its JSON does",
            copy => copy.Write(Environment, copy.Read(Environment)[..copy.Read(Environment).IndexOf("10.240.4.0", StringComparison.Ordinal)])),
        File("environment.json empty", "--target=Validate", Failure, "environment.json:1: the file is empty", copy => copy.Write(Environment, string.Empty)),
        File("environment.json without addressPlan.spoke.nodesSubnetPrefix", "--target=Validate", Failure, "environment.json:16: addressPlan.spoke.nodesSubnetPrefix: is missing",
            copy => copy.Replace(Environment, "      \"nodesSubnetPrefix\": \"10.240.0.0/22\",\n", string.Empty)),
        File("environment.json location a number", "--target=Validate", Failure, "environment.json:2: location: is a number, not a string",
            copy => copy.Replace(Environment, "\"location\": \"eastus2\"", "\"location\": 2")),
        File("environment.json prefix with host bits", "--target=Validate", Failure, "environment.json:19: addressPlan.spoke.ingressSubnetPrefix: '10.240.4.1/28' has host bits set",
            copy => copy.Replace(Environment, "10.240.4.0/28", "10.240.4.1/28")),
        File("environment.json overlapping subnets", "--target=IpPlan", Failure, "environment.json:19: addressPlan.spoke.ingressSubnetPrefix: 10.240.0.16/28 overlaps addressPlan.spoke.nodesSubnetPrefix",
            copy => copy.Replace(Environment, "10.240.4.0/28", "10.240.0.16/28")),
        File("environment.json spoke overlapping the hub", "--target=Validate.Rules --exclusive", Failure, "environment.json:17: addressPlan.spoke.addressSpace: 10.200.0.0/16 overlaps addressPlan.hub.addressSpace",
            copy => copy.Replace(Environment, "\"addressSpace\": \"10.240.0.0/16\"", "\"addressSpace\": \"10.200.0.0/16\"")),
        File("environment.json without resourceGroups.hub", "--target=Destroy --yes", Usage, "environment.json:4: resourceGroups.hub: is missing",
            copy => copy.Replace(Environment, "\"hub\": \"rg-enterprise-networking-hubs-eastus2\",", string.Empty)),
        File("environment.json empty resourceGroups.cluster", "--target=Destroy --yes", Usage, "environment.json:7: resourceGroups.cluster: is empty",
            copy => copy.Replace(Environment, "\"rg-bu0001a0008\"", "\"\"")),
        File("environment.json invalid resource group name", "--target=Destroy --yes", Usage, "environment.json:5: resourceGroups.hub: 'rg hub' is not a resource group name",
            copy => copy.Replace(Environment, "\"rg-enterprise-networking-hubs-eastus2\"", "\"rg hub\"")),
        File("hub.snapshot.json cut short", "--target=Validate.Rules --exclusive", Failure, "bicep/environments/prod/hub.snapshot.json:",
            copy => copy.Write("bicep/environments/prod/hub.snapshot.json", copy.Read("bicep/environments/prod/hub.snapshot.json")[..2000])),
        File("cluster.snapshot.json not a snapshot", "--target=IpPlan", Failure, "bicep/environments/prod/cluster.snapshot.json:1: holds no JSON object",
            copy => copy.Write("bicep/environments/prod/cluster.snapshot.json", "[]")),
        File("spoke.snapshot.json without predictedResources", "--target=Render", Failure, "bicep/environments/prod/spoke.snapshot.json:1: predictedResources: is missing",
            copy => copy.Write("bicep/environments/prod/spoke.snapshot.json", "{ \"outputs\": {} }")),
        File("spoke.snapshot.json missing", "--target=Render", Failure, "There is no snapshot bicep/environments/prod/spoke.snapshot.json",
            copy => copy.Delete("bicep/environments/prod/spoke.snapshot.json")),
        File("suppressions file cut short", "--target=Validate.Rules --exclusive", Failure, "validation.suppressions.json:3: suppressions[0]: the file ends before its JSON does",
            copy => copy.Write(Suppressions, "{\n  \"suppressions\": [\n    { \"rule\": \"K8S004\"")),
        File("suppression without a reason", "--target=Validate.Rules --exclusive", Failure, "validation.suppressions.json:2: suppressions[0]: suppression 1 has no reason",
            copy => copy.Write(Suppressions, "{ \"suppressions\": [\n  { \"rule\": \"K8S004\", \"target\": \"Deployment/a0008/aspnetapp\", \"expires\": \"2026-06-30\" } ] }")),
        File("suppression with a date that is not one", "--target=Validate.Rules --exclusive", Failure, "validation.suppressions.json:2: suppressions[0].expires: \"30/06/2026\" is not a date",
            copy => copy.Write(Suppressions, "{ \"suppressions\": [\n  { \"rule\": \"K8S004\", \"target\": \"x\", \"reason\": \"why\", \"expires\": \"30/06/2026\" } ] }")),
        File("suppression with an unknown key", "--target=Validate.Rules --exclusive", Failure, "validation.suppressions.json:2: suppressions[0].scope: is not a key a suppression has",
            copy => copy.Write(Suppressions, "{ \"suppressions\": [\n  { \"rule\": \"K8S004\", \"target\": \"x\", \"reason\": \"why\", \"expires\": \"2026-06-30\", \"scope\": \"all\" } ] }")),
        File("environment.json with a key given twice", "--target=Validate", Failure, "environment.json:4: location: is given twice in its object (first on line 2)",
            copy => copy.Replace(Environment, "  \"resourceGroups\": {", "  \"location\": \"westeurope\",\n  \"resourceGroups\": {")),
        File("hub.snapshot.json with a key given twice", "--target=IpPlan", Failure, "bicep/environments/prod/hub.snapshot.json:3: predictedResources: is given twice",
            copy => copy.Replace("bicep/environments/prod/hub.snapshot.json", "  \"predictedResources\": [", "  \"predictedResources\": [],\n  \"predictedResources\": [")),
        File("README.md without its options section", "--target=Graph", Failure, "README.md has no '<!-- options:start -->'",
            copy => copy.Replace("README.md", "<!-- options:start -->", "<!-- options -->")),

        // the environment and the tools
        Tool("AZ_PATH pointing nowhere", "--target=Preflight --exclusive", Failure, "az was not found", "AZ_PATH", "/nonexistent/az"),
        Tool("HELM_PATH pointing nowhere", "--target=Doctor --for=Test", Failure, "Test needs helm", "HELM_PATH", "/nonexistent/helm") with { VersionProbes = true },
        Tool("KUBELOGIN_PATH pointing nowhere", "--target=Doctor --for=Workload.Apply", Failure, "Workload.Apply needs", "KUBELOGIN_PATH", "/nonexistent/kubelogin") with { VersionProbes = true },
    ];

    private static BadInputCase Line(string args, int exitCode, string names) =>
        new("command line", args, Split(args), exitCode, names);

    private static BadInputCase File(string input, string args, int exitCode, string names, Action<RepositoryCopy> change) =>
        new("file", $"{input}; {args}", Split(args), exitCode, names) { Change = change };

    private static BadInputCase Tool(string input, string args, int exitCode, string names, string variable, string value) =>
        new("environment", $"{input}; {args}", Split(args), exitCode, names) { Variables = new Dictionary<string, string?> { [variable] = value } };

    private static string[] Split(string args) => args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
