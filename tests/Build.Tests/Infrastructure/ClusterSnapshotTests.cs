using System.Globalization;
using System.Text.Json.Nodes;
using Build.Infrastructure;
using Build.Kubernetes.Crds;
using Build.Resources.Azure;
using Build.Tests.Validation;
using Build.Validation;

namespace Build.Tests.Infrastructure;

/// <summary>
/// The committed prod cluster snapshot against what Azure will ask of it: the Key Vault roles each reader needs for
/// what it reads, a budget whose start date does not move between deployments, and policy assignments whose values
/// come from the environment's one policy home.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ClusterSnapshotTests
{
    private const string SecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string CertificateUser = "db79e9a7-68ee-4b58-9aeb-b90e7c24fcba";

    /// <summary>Key Vault authorises its secrets and certificates APIs separately (the CSI driver's objectType decides which it calls).</summary>
    private static readonly IReadOnlyDictionary<string, string> RoleFor = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["secret"] = SecretsUser,
        ["cert"] = CertificateUser,
    };

    private ProdFixture _prod = null!;
    private ValidationInput _input = null!;

    [OneTimeSetUp]
    public void Load()
    {
        _prod = new ProdFixture();
        _input = _prod.Input();
    }

    [OneTimeTearDown]
    public void Clean() => _prod.Dispose();

    [Test]
    public void Traefiks_identity_holds_the_role_of_every_object_type_its_SecretProviderClass_reads()
    {
        var objectTypes = _input.Kubernetes.Objects<SecretProviderClass>()
            .SelectMany(pair => AzureKeyVaultParameters.ObjectsOf(pair.Model))
            .Select(keyVaultObject => keyVaultObject.ObjectType)
            .ToHashSet(StringComparer.Ordinal);
        Assume.That(objectTypes, Does.Contain("cert"), "tls.crt is read through the certificates API");

        // the identity the SecretProviderClass signs in as is the one Traefik's service account federates with
        var credential = _input.Azure.OfType(ArmTypes.FederatedIdentityCredential).Single();
        var identity = credential.Id[..credential.Id.IndexOf("/federatedIdentityCredentials/", StringComparison.OrdinalIgnoreCase)];

        Assert.That(RolesAtTheVaultOf(identity), Is.EquivalentTo(objectTypes.Select(type => RoleFor[type])));
    }

    [Test]
    public void App_Gateways_identity_reads_its_certificates_as_secrets_and_holds_Secrets_User_only()
    {
        var gateway = _input.Azure.ApplicationGateways.Single();
        var secretIds = gateway.SslCertificates.Concat(gateway.Resource["properties.trustedRootCertificates"].Items())
            .Select(certificate => certificate["properties.keyVaultSecretId"].Text ?? string.Empty)
            .ToList();
        var identity = gateway.Resource["identity.userAssignedIdentities"].Object!.Json.Single().Key;

        Assert.Multiple(() =>
        {
            // '{0}secrets/{1}' with the vault's URI, known after deployment
            Assert.That(secretIds, Has.Count.EqualTo(2).And.All.Contains("secrets/"));
            Assert.That(RolesAtTheVaultOf(identity), Is.EquivalentTo(new[] { SecretsUser }));
        });
    }

    [Test]
    public void The_budget_starts_on_a_fixed_first_of_the_month()
    {
        var startDate = _input.Azure.Budgets.Single().Resource["properties.timePeriod.startDate"];

        Assert.That(startDate.IsUnresolved, Is.False, $"{startDate}: a date computed at deployment (utcNow) changes the next month, and Azure refuses to change a budget's start date");
        Assert.That(DateOnly.TryParseExact(startDate.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Day == 1, Is.True, $"{startDate}: expected the first of a month");
    }

    [Test]
    public void The_policy_assignments_take_their_values_from_the_environments_cluster_policy_json()
    {
        var home = JsonNode.Parse(File.ReadAllText(Path.Combine(_prod.Layout.EnvironmentDirectory.FullPath, "cluster-policy.json")))!;
        var assignments = _input.Azure.PolicyAssignments.ToList();
        JsonNode? Parameter(string definition, string name) =>
            assignments.Single(assignment => assignment.Definition == definition).Resource.Json["properties"]!["parameters"]![name]!["value"];

        Assert.Multiple(() =>
        {
            Assert.That((string?)Parameter("e345eecc-fa47-480f-9e88-67dcc122b164", "cpuLimit"), Is.EqualTo((string?)home["containerLimits"]!["cpu"]));
            Assert.That((string?)Parameter("e345eecc-fa47-480f-9e88-67dcc122b164", "memoryLimit"), Is.EqualTo((string?)home["containerLimits"]!["memory"]));
            Assert.That(Parameter("098fc59e-46c7-4d99-9b16-64990e543d75", "allowedHostPaths")!["paths"]!.ToJsonString(), Is.EqualTo(home["allowedHostPaths"]!.ToJsonString()));
            Assert.That(Parameter("d46c275d-1680-448d-b2ec-e495a3b6cc89", "allowedExternalIPs")!.ToJsonString(), Is.EqualTo(home["allowedExternalIPs"]!.ToJsonString()));
            Assert.That(Parameter("9f061a12-e40d-4183-a00e-171812443373", "namespaces")!.ToJsonString(), Is.EqualTo(home["disallowedNamespaces"]!.ToJsonString()));
            Assert.That(Parameter("df49d893-a74c-421d-bc95-c663042e5b80", "excludedNamespaces")!.ToJsonString(), Is.EqualTo(home["excludedNamespaces"]!.ToJsonString()));

            // the cluster's registry (its login server) and the home's additional ones, escaped: nothing else
            var registry = _input.Azure.Registries.Single().LoginServer;
            var additional = home["additionalRegistries"]!.AsArray().Select(node => (string)node!);
            Assert.That((string?)Parameter("febd0533-8e55-448f-b837-bd0e06f16469", "allowedContainerImagesRegex"),
                Is.EqualTo($"^({string.Join('|', additional.Prepend(registry).Select(host => host.Replace(".", "\\.", StringComparison.Ordinal)))})/.+$"));
        });
    }

    [Test]
    public void Eighteen_policies_are_assigned_at_the_clusters_scope_ten_denying_and_eight_auditing()
    {
        var cluster = _input.Azure.Clusters.Single().Resource.Id;
        var effects = _input.Azure.PolicyAssignments
            .Where(assignment => string.Equals(assignment.AssignedScope, cluster, StringComparison.OrdinalIgnoreCase))
            .GroupBy(assignment => assignment.Effect.Text!.ToLowerInvariant())
            .ToDictionary(group => group.Key, group => group.Count());

        Assert.That(effects, Is.EquivalentTo(new Dictionary<string, int> { ["deny"] = 10, ["audit"] = 8 }));
    }

    /// <summary>The roles (GUIDs) assigned at the predicted vault to the principal of an identity (its principalId references the identity).</summary>
    private List<string> RolesAtTheVaultOf(string identityId)
    {
        var vault = _input.Azure.KeyVaults.Single();
        return _input.Azure.RoleAssignmentsAt(vault.Resource.Id)
            .Where(assignment => assignment.Resource["properties.principalId"].Text is { } principal && principal.Contains($"'{identityId}'", StringComparison.OrdinalIgnoreCase))
            .Select(assignment => assignment.Role)
            .ToList();
    }
}
