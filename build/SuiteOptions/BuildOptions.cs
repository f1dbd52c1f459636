using System.Net;
using Build.Certificates;
using Build.Hosting.Options;
using Build.Network;
using Build.SmokeTests;
using Build.Tasks.Benchmark;
using Build.Tasks.Certificates;
using Build.Tasks.Deploy;
using Build.Tasks.Doctor;
using Build.Tasks.Infrastructure;
using Build.Tasks.Kubernetes;
using Build.Tasks.SmokeTest;
using Build.Tasks.Test;
using Build.Tasks.Validation;

namespace Build.SuiteOptions;

/// <summary>
/// Every option of the suite, declared once: name, type (the property's), default (its initial value), meaning
/// and the tasks that read it. The host binds the command line into one instance before any task runs; tasks
/// read it from <see cref="BuildContext.Options"/>. To add an option: add a property here with its
/// <see cref="OptionAttribute"/>, read it where it is needed, and run ./build.sh --target=Graph (README's table).
/// </summary>
public sealed record BuildOptions : IValidatableOptions
{
    public const string DefaultEnvironment = "prod";

    [Option("environment", "The environment whose Bicep parameters drive everything (a folder of bicep/environments).", EveryTarget = true, Value = typeof(EnvironmentNameValue))]
    public string Environment { get; init; } = DefaultEnvironment;

    // Deploy, its stages, and Destroy

    [Option("subscription", "The Azure subscription (name or id).",
        typeof(RunPreflight), typeof(Plan), typeof(ProvisionHub), typeof(ProvisionSpoke), typeof(ProvisionCluster), typeof(ProvisionGateway),
        typeof(GetClusterCredentials), typeof(ImportImages), typeof(ImportCertificates), typeof(InstallIngress), typeof(ApplyWorkload),
        typeof(RunSmokeTest), typeof(Destroy), Default = "az's current one")]
    public string? Subscription { get; init; }

    [Option("retry-delay-seconds", "First delay before retrying a transient Azure error (doubles each time, capped at 60 s).",
        typeof(RunPreflight), typeof(Plan), typeof(ProvisionHub), typeof(ProvisionSpoke), typeof(ProvisionCluster), typeof(ProvisionGateway),
        typeof(GetClusterCredentials), typeof(ImportImages), typeof(ImportCertificates), typeof(InstallIngress), typeof(ApplyWorkload),
        typeof(RunSmokeTest), typeof(Destroy), Minimum = 0, Maximum = 60)]
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    [Option("from", "Skips the Deploy stages before this one (their outputs are read from Azure), e.g. --from=Ingress.Install.",
        typeof(Plan), typeof(ProvisionHub), typeof(ProvisionSpoke), typeof(ProvisionCluster), typeof(GetClusterCredentials), typeof(ImportImages),
        typeof(ImportCertificates), typeof(ProvisionGateway), typeof(InstallIngress), typeof(ApplyWorkload),
        typeof(RunSmokeTest), Value = typeof(DeployStageValue))]
    public string? From { get; init; }

    [Option("plan-only", "Stops Deploy after Plan: nothing is changed.",
        typeof(Plan), typeof(ProvisionHub), typeof(ProvisionSpoke), typeof(ProvisionCluster), typeof(GetClusterCredentials), typeof(ImportImages),
        typeof(ImportCertificates), typeof(ProvisionGateway), typeof(InstallIngress), typeof(ApplyWorkload),
        typeof(RunSmokeTest), typeof(Deploy))]
    public bool PlanOnly { get; init; }

    [Option("force", "Deploys even when the inputs are unchanged since the last successful deployment.",
        typeof(ProvisionHub), typeof(ProvisionSpoke), typeof(ProvisionCluster), typeof(ProvisionGateway))]
    public bool Force { get; init; }

    [Option("yes", "Confirms Destroy without asking (required when not interactive; --yes=false refuses).", typeof(Destroy))]
    public bool? Yes { get; init; }

    [Option("use-default-kubeconfig", "Writes and uses ~/.kube/config instead of artifacts/<env>/kubeconfig.",
        typeof(GetClusterCredentials), typeof(InstallIngress), typeof(ApplyWorkload))]
    public bool UseDefaultKubeconfig { get; init; }

    [Option("rollout-timeout-seconds", "How long Workload.Apply waits for the rollout.", typeof(ApplyWorkload), Minimum = 0, MinimumExcluded = true)]
    public TimeSpan RolloutTimeout { get; init; } = TimeSpan.FromSeconds(600);

    [Option("caller-ip", "This machine's public IP as Key Vault sees it.", typeof(ImportCertificates), Default = "asked of api.ipify.org")]
    public IPAddress? CallerIp { get; init; }

    // Certificates.Generate, and Certificates.Import when Key Vault lacks a certificate (and the trust anchor of SmokeTest)

    [Option("key-type", "The key type of generated certificates: RSA 2048 or ECDSA P-256.", typeof(GenerateCertificates), typeof(ImportCertificates))]
    public CertificateKeyType KeyType { get; init; } = CertificateKeyType.Rsa;

    [Option("validity-days", "Validity of generated certificates, in days.", typeof(GenerateCertificates), typeof(ImportCertificates),
        Minimum = CertificateGenerationOptions.MinimumValidityDays, Maximum = CertificateGenerationOptions.MaximumValidityDays)]
    public int ValidityDays { get; init; } = CertificateGenerationOptions.DefaultValidityDays;

    [Option("ca", "Bring your own root CA (PEM); for SmokeTest, the trust anchor.", typeof(GenerateCertificates), typeof(ImportCertificates), typeof(RunSmokeTest),
        Value = typeof(ExistingFileValue), Default = "generated; SmokeTest: the system store")]
    public string? Ca { get; init; }

    [Option("gateway-cert", "Bring your own gateway certificate (PFX; password in GATEWAY_PFX_PASSWORD).", typeof(GenerateCertificates), typeof(ImportCertificates), Value = typeof(ExistingFileValue))]
    public string? GatewayCert { get; init; }

    [Option("ingress-cert", "Bring your own ingress certificate (PEM, with its key or --ingress-key).", typeof(GenerateCertificates), typeof(ImportCertificates), Value = typeof(ExistingFileValue))]
    public string? IngressCert { get; init; }

    [Option("ingress-key", "The brought ingress certificate's key (PEM).", typeof(GenerateCertificates), typeof(ImportCertificates), Value = typeof(ExistingFileValue))]
    public string? IngressKey { get; init; }

    // SmokeTest

    [Option("endpoint", "The address to test.", typeof(RunSmokeTest), Value = typeof(EndpointValue), Default = "App Gateway's public IP:443")]
    public SmokeEndpoint? Endpoint { get; init; }

    [Option("hostname", "SNI and Host header.", typeof(RunSmokeTest), Value = typeof(HostNameValue), Default = "the gatewayHostName output")]
    public string? HostName { get; init; }

    [Option("path", "The path to GET.", typeof(RunSmokeTest), Value = typeof(UrlPathValue))]
    public string Path { get; init; } = "/";

    [Option("strict-sni", "Also checks that a wrong or missing SNI is refused (the Traefik hop).", typeof(RunSmokeTest))]
    public bool StrictSni { get; init; }

    [Option("expect-distinct-backends", "Repeated requests must reach at least this many pods.", typeof(RunSmokeTest), Minimum = 0, Default = "2 in Deploy, else 0")]
    public int? ExpectDistinctBackends { get; init; }

    [Option("ingress-endpoint", "Traefik's internal address, which must refuse this machine (with --ingress-hostname).", typeof(RunSmokeTest), Value = typeof(EndpointValue))]
    public SmokeEndpoint? IngressEndpoint { get; init; }

    [Option("ingress-hostname", "SNI for --ingress-endpoint.", typeof(RunSmokeTest), Value = typeof(HostNameValue))]
    public string? IngressHostName { get; init; }

    [Option("timeout-seconds", "Per-connection timeout of the smoke test.", typeof(RunSmokeTest), Minimum = 0, MinimumExcluded = true, Maximum = 300)]
    public TimeSpan SmokeTimeout { get; init; } = SmokeTestOptions.DefaultTimeout;

    // The offline gate

    [Option(ScaleHeadroom.Option, "Subnet room for the node pools scaled to this percentage of their maximum (the seed's question: answered, not enforced, unless given).",
        typeof(IpPlanTarget), typeof(ValidateRules), Value = typeof(ScaleHeadroomValue), Default = "400, answered, not enforced")]
    public ScaleHeadroom ScaleHeadroom { get; init; } = ScaleHeadroom.Default;

    [Option("no-cache", "Runs the offline checks even when their inputs are unchanged since their last green run, and renders the charts with helm again.", typeof(LintBicep), typeof(ValidateBicep), typeof(ValidateSnapshots), typeof(ValidateKubernetes), typeof(ValidateRules), typeof(Render), typeof(IpPlanTarget))]
    public bool NoCache { get; init; }

    [Option("update-snapshots", "Rewrites the environment's snapshots instead of checking them (then commit them).", typeof(ValidateSnapshots))]
    public bool UpdateSnapshots { get; init; }

    // Test, Doctor, Benchmark

    [Option("filter", "A dotnet test filter expression, e.g. FullyQualifiedName~Hosting.", typeof(Test))]
    public string? Filter { get; init; }

    [Option("for", "The target whose prerequisites must all be present (Doctor fails otherwise).", typeof(Doctor), Value = typeof(TargetValue), Default = "all, reported only")]
    public string? For { get; init; }

    [Option("runs", "How many times each whole-process measurement runs (median, min–max).", typeof(Benchmark), Minimum = 1, Maximum = 100)]
    public int Runs { get; init; } = 5;

    public string? Validate() =>
        (IngressEndpoint is null) != (IngressHostName is null)
            ? "--ingress-endpoint and --ingress-hostname go together: the probe needs the backend host name to get past SNI."
        : IngressKey is not null && IngressCert is null
            ? "--ingress-key is given without --ingress-cert: pass both, or neither to generate the ingress certificate."
        : null;
}
