using Build.Tools;
using Build.Tools.Az;

namespace Build.Tests.Tools;

public sealed class AzRunnerTests
{
    private ToolFixture _fixture = null!;
    private AzRunner _az = null!;

    [SetUp]
    public void Create()
    {
        _fixture = new ToolFixture();
        _az = new AzRunner(_fixture.FileSystem, _fixture.Environment, _fixture.Processes, _fixture.Locator);
    }

    [TearDown]
    public void Dispose() => _fixture.Dispose();

    [Test]
    public void Account_show_asks_for_json_and_reads_the_account()
    {
        _fixture.Processes.Answer("account show", standardOutput: """
            {"id":"sub-1","name":"Contoso","tenantId":"tenant-1","state":"Enabled","user":{"name":"ops@contoso.com","type":"user"}}
            """);

        var account = _az.AccountShow(new AzAccountShowSettings());

        Assert.That(_fixture.LastArguments, Is.EqualTo("account show --only-show-errors --output json"));
        Assert.That(account, Is.EqualTo(new AzAccount("sub-1", "Contoso", "tenant-1", new AzUser("ops@contoso.com", "user"), "Enabled")));
    }

    [Test]
    public void Group_create_passes_name_location_subscription_and_sorted_tags()
    {
        _fixture.Processes.Answer("group create", standardOutput: """{"id":"/subscriptions/s/resourceGroups/rg-hub","name":"rg-hub","location":"eastus2","tags":{"env":"prod"}}""");
        var settings = new AzGroupCreateSettings { Name = "rg-hub", Location = "eastus2", Subscription = "sub-1" };
        settings.Tags["workload"] = "aks-baseline";
        settings.Tags["env"] = "prod";

        var group = _az.GroupCreate(settings);

        Assert.That(_fixture.LastArguments, Is.EqualTo(
            "group create --subscription \"sub-1\" --only-show-errors --output json --name \"rg-hub\" --location \"eastus2\" --tags \"env=prod\" \"workload=aks-baseline\""));
        Assert.That(group.Location, Is.EqualTo("eastus2"));
    }

    [Test]
    public void Deployment_create_passes_the_bicepparam_and_redacts_secure_parameters()
    {
        _fixture.Processes.Answer("deployment group create", standardOutput: """
            {"id":"d","name":"aks-prod-hub","tags":null,"properties":{"provisioningState":"Succeeded","outputs":{"firewallPrivateIp":{"type":"String","value":"10.200.0.4"}},"parameters":{"deploymentInputsHash":{"type":"String","value":"abc"}}}}
            """);
        var settings = new AzDeploymentGroupCreateSettings
        {
            ResourceGroup = "rg-hub",
            Name = "aks-prod-hub",
            ParametersFile = "/work/repo/bicep/environments/prod/hub.bicepparam",
        };
        settings.Parameters["location"] = "eastus2";
        settings.SecureParameters["adminPassword"] = "s3cret!";
        settings.Parameters["deploymentInputsHash"] = "abc";

        var deployment = _az.DeploymentGroupCreate(settings);

        Assert.That(_fixture.LastArguments, Is.EqualTo(
            "deployment group create --only-show-errors --output json --resource-group \"rg-hub\" --name \"aks-prod-hub\" " +
            "--parameters \"/work/repo/bicep/environments/prod/hub.bicepparam\" --parameters \"deploymentInputsHash=abc\" " +
            "--parameters \"location=eastus2\" --parameters \"adminPassword=s3cret!\""));
        Assert.That(_fixture.Processes.Last.SafeArguments, Does.Contain("--parameters adminPassword=[REDACTED]"));
        Assert.That(_fixture.Processes.Last.SafeArguments, Does.Not.Contain("s3cret!"));
        Assert.That(deployment.Outputs.GetString("firewallPrivateIp"), Is.EqualTo("10.200.0.4"));
        Assert.That(deployment.Parameter("deploymentInputsHash"), Is.EqualTo("abc"));
    }

    [Test]
    public void What_if_reads_the_changes()
    {
        _fixture.Processes.Answer("what-if", standardOutput: """
            {"status":"Succeeded","changes":[{"resourceId":"/x/vnet","changeType":"Create"},{"resourceId":"/x/fw","changeType":"NoChange"}],"error":null}
            """);

        var result = _az.DeploymentGroupWhatIf(new AzDeploymentGroupWhatIfSettings { ResourceGroup = "rg", Name = "d", ParametersFile = "/p/hub.bicepparam" });

        Assert.That(_fixture.LastArguments, Does.StartWith("deployment group what-if ").And.EndWith("--no-pretty-print"));
        Assert.That(result.Changes.Select(c => c.ChangeType), Is.EqualTo(new[] { "Create", "NoChange" }));
    }

    [Test]
    public void Deployment_show_returns_null_when_the_deployment_does_not_exist()
    {
        _fixture.Processes.Answer("deployment group show", exitCode: 3, standardError: "ERROR: (DeploymentNotFound) Deployment 'd' could not be found.");

        var deployment = _az.DeploymentGroupShow(new AzDeploymentGroupShowSettings { ResourceGroup = "rg", Name = "d" });

        Assert.That(deployment, Is.Null);
        Assert.That(_fixture.LastArguments, Is.EqualTo("deployment group show --only-show-errors --output json --resource-group \"rg\" --name \"d\""));
    }

    [Test]
    public void A_failure_is_one_line_with_the_tools_own_error()
    {
        _fixture.Processes.Answer("group create", exitCode: 1, standardError: "WARNING: something noisy\nERROR: (AuthorizationFailed) The client does not have authorization.\nCode: AuthorizationFailed");

        var failure = Assert.Throws<ToolFailedException>(() => _az.GroupCreate(new AzGroupCreateSettings { Name = "rg", Location = "eastus2" }));

        Assert.That(failure!.Message, Is.EqualTo("az failed (exit code 1): ERROR: (AuthorizationFailed) The client does not have authorization. Code: AuthorizationFailed"));
    }

    [Test]
    public void Get_credentials_writes_to_the_given_kubeconfig()
    {
        _az.AksGetCredentials(new AzAksGetCredentialsSettings { ResourceGroup = "rg", Name = "aks", File = "artifacts/kubeconfig" });

        Assert.That(_fixture.LastArguments, Is.EqualTo(
            "aks get-credentials --only-show-errors --output json --resource-group \"rg\" --name \"aks\" --file \"/work/repo/artifacts/kubeconfig\" --overwrite-existing"));
    }

    [Test]
    public void A_missing_az_is_one_line_saying_why_and_how()
    {
        using var fixture = new ToolFixture(installed: false);
        var az = new AzRunner(fixture.FileSystem, fixture.Environment, fixture.Processes, fixture.Locator);

        var failure = Assert.Throws<ToolNotFoundException>(() => az.AccountShow(new AzAccountShowSettings()));

        Assert.That(failure!.Message, Does.StartWith("az was not found: it is needed to talk to Azure").And.Contain("AZ_PATH"));
        Assert.That(failure.Message, Does.Not.Contain("\n"));
        Assert.That(fixture.Processes.Started, Is.Empty);
    }

    [Test]
    public void AZ_PATH_overrides_the_lookup()
    {
        var fake = Path.GetTempFileName();
        try
        {
            _fixture.Environment.SetEnvironmentVariable("AZ_PATH", fake);
            _fixture.Processes.Answer("account show", standardOutput: """{"id":"s","name":"n","tenantId":"t"}""");

            _az.AccountShow(new AzAccountShowSettings());

            Assert.That(_fixture.Processes.Last.Executable, Is.EqualTo(fake));
        }
        finally
        {
            File.Delete(fake);
        }
    }

    [Test]
    public void Acr_import_copies_the_public_image_into_the_registry()
    {
        _az.AcrImport(new AzAcrImportSettings { Registry = "acraks", Source = "mcr.microsoft.com/dotnet/samples:aspnetapp-9.0", Image = "dotnet/samples:aspnetapp-9.0" });

        Assert.That(_fixture.LastArguments, Is.EqualTo(
            "acr import --only-show-errors --output json --name \"acraks\" --source \"mcr.microsoft.com/dotnet/samples:aspnetapp-9.0\" --image \"dotnet/samples:aspnetapp-9.0\""));
    }

    [Test]
    public void An_image_whose_tag_is_already_in_the_registry_is_reported_as_present()
    {
        _fixture.Processes.Answer("acr import", exitCode: 1, standardError: "ERROR: (Conflict) Tag dotnet/samples:aspnetapp-9.0 already exists in target registry.\nCode: Conflict");

        Assert.That(_az.AcrImport(new AzAcrImportSettings { Registry = "acraks", Source = "mcr.microsoft.com/dotnet/samples:aspnetapp-9.0", Image = "dotnet/samples:aspnetapp-9.0" }), Is.EqualTo(AzAcrImportOutcome.AlreadyPresent));
    }

    [Test]
    public void Key_vault_rules_roles_and_tags_use_the_documented_flags()
    {
        _fixture.Processes.Answer("role assignment create", standardOutput: """{"id":"/r/1","roleDefinitionName":"Key Vault Certificates Officer","scope":"/kv","principalId":"p","principalType":"User"}""");

        _az.KeyVaultNetworkRuleAdd(new AzKeyVaultNetworkRuleSettings { Name = "kv", IpAddress = "203.0.113.7/32" });
        Assert.That(_fixture.LastArguments, Is.EqualTo("keyvault network-rule add --only-show-errors --output json --name \"kv\" --ip-address \"203.0.113.7/32\""));

        _az.RoleAssignmentCreate(new AzRoleAssignmentCreateSettings { AssigneeObjectId = "p", AssigneePrincipalType = "User", Role = "Key Vault Certificates Officer", Scope = "/kv", Description = "temporary" });
        Assert.That(_fixture.LastArguments, Is.EqualTo(
            "role assignment create --only-show-errors --output json --assignee-object-id \"p\" --assignee-principal-type \"User\" --role \"Key Vault Certificates Officer\" --scope \"/kv\" --description \"temporary\""));

        var tags = new AzTagUpdateSettings { ResourceId = "/kv", Operation = AzTagOperation.Delete };
        tags.Tags["aks-baseline-open-ip"] = "203.0.113.7/32";
        _az.TagUpdate(tags);
        Assert.That(_fixture.LastArguments, Is.EqualTo("tag update --only-show-errors --output json --resource-id \"/kv\" --operation Delete --tags \"aks-baseline-open-ip=203.0.113.7/32\""));
    }

    [Test]
    public void Usage_numbers_printed_as_strings_are_read()
    {
        _fixture.Processes.Answer("vm list-usage", standardOutput: """[{"name":{"value":"cores","localizedValue":"Total Regional vCPUs"},"currentValue":"12","limit":"100"}]""");

        var usage = _az.VmListUsage(new AzLocationSettings { Location = "eastus2" });

        Assert.That(usage[0].Limit - usage[0].CurrentValue, Is.EqualTo(88));
    }

    [TestCase("user", "User")]
    [TestCase("servicePrincipal", "ServicePrincipal")]
    [TestCase("managedIdentity", "ServicePrincipal")]
    [TestCase("workloadIdentity", "ServicePrincipal")]
    public void The_signed_in_identity_comes_from_its_own_token_without_microsoft_graph(string kind, string principalType)
    {
        var identity = FakeCloudHost.CloudIdentity.For(kind);
        var token = FakeCloudHost.Az.FakeAccessTokens.Issue(identity, "https://management.core.windows.net/", DateTimeOffset.UtcNow.AddHours(1));
        _fixture.Processes.Answer("account get-access-token", standardOutput: $$"""{"accessToken":"{{token}}","expiresOn":"2026-12-01 15:00:00.000000","expires_on":1796137200,"subscription":"s","tenant":"t","tokenType":"Bearer"}""");
        _fixture.Processes.Answer("account show", standardOutput: $$$"""{"id":"s","name":"n","tenantId":"t","user":{"name":"{{{identity.AccountName}}}","type":"{{{identity.AccountType}}}"}}""");

        var principal = _az.SignedInPrincipal(new AzSettings());

        Assert.That(principal.ObjectId, Is.EqualTo(identity.ObjectId));
        Assert.That(principal.PrincipalType, Is.EqualTo(principalType));
        Assert.That(_fixture.Processes.Started.Select(p => p.Arguments), Has.None.StartsWith("ad "), "Microsoft Graph needs rights a pipeline's identity usually lacks");
    }

    [Test]
    public void A_token_that_cannot_be_read_never_reaches_the_message()
    {
        _fixture.Processes.Answer("account get-access-token", standardOutput: "not json eyJsecret");

        var failure = Assert.Throws<ToolFailedException>(() => _az.AccountGetAccessToken(new AzSettings()));

        Assert.That(failure!.Message, Does.Not.Contain("eyJsecret"));
    }

    [Test]
    public void A_vault_that_is_not_soft_deleted_is_no_deleted_vault()
    {
        // azure-cli keyvault/custom.py: ResourceNotFoundError, exit code 3
        _fixture.Processes.Answer("keyvault show-deleted", exitCode: 3, standardError: "ERROR: No deleted Vault or HSM was found with name kv-x");

        Assert.That(_az.KeyVaultShowDeleted(new AzKeyVaultSettings { Name = "kv-x" }), Is.Null);
    }

    [Test]
    public void A_generally_available_kubernetes_version_has_no_preview_flag_at_all()
    {
        // KubernetesVersion (containerservice REST spec): isPreview is omitted unless true, which az prints as null
        _fixture.Processes.Answer("aks get-versions", standardOutput: """{"values":[{"version":"1.37","isPreview":null,"isDefault":null,"capabilities":{"supportPlan":["KubernetesOfficial"]},"patchVersions":{"1.37.1":{"upgrades":[]}}},{"version":"1.38","isPreview":true,"isDefault":null,"patchVersions":{}}]}""");

        var versions = _az.AksGetVersions(new AzLocationSettings { Location = "eastus2" });

        Assert.That(versions.Values.Select(v => v.Preview), Is.EqualTo(new[] { false, true }));
    }
}
