using FakeCloudHost.Cli;

namespace FakeCloudHost.Az;

/// <summary>
/// The FAKE Azure CLI: every call is first held to the published reference (<see cref="AzContract"/>), then
/// answered from the FAKE cloud's state with the shapes of the REST API specifications. A command the
/// reference knows but the fake does not answer says so, rather than pretending.
/// </summary>
public sealed class FakeAz(CloudState state, string kubernetesApiUrl)
{
    public string Run(CliCall call)
    {
        var args = AzContract.Published.Parse(call.Args);
        return args.Command switch
        {
            "az version" => """{"azure-cli": "2.81.0", "azure-cli-core": "2.81.0", "azure-cli-telemetry": "1.1.0", "extensions": {}}""",
            "az account show" => new FakeAccount(state).Show(),
            "az account get-access-token" => new FakeAccount(state).GetAccessToken(args),
            "az ad signed-in-user show" => new FakeAccount(state).SignedInUser(),
            "az ad sp show" => new FakeAccount(state).ServicePrincipal(args),
            "az group exists" => new FakeResourceGroups(state).ExistsCommand(args),
            "az group create" => new FakeResourceGroups(state).Create(args),
            "az group show" => new FakeResourceGroups(state).Show(args),
            "az group delete" => new FakeResourceGroups(state).Delete(args),
            "az deployment group create" => new FakeDeployments(state).Create(args, call),
            "az deployment group show" => new FakeDeployments(state).Show(args),
            "az deployment group what-if" => new FakeDeployments(state).WhatIf(args, call),
            "az aks get-credentials" => new FakeAks(state, kubernetesApiUrl).GetCredentials(args, call),
            "az aks get-versions" => new FakeRegion(state).KubernetesVersions(),
            "az vm list-skus" => new FakeRegion(state).ListSkus(args),
            "az vm list-usage" => new FakeRegion(state).ListUsage(),
            "az acr import" => new FakeRegistries(state).Import(args),
            "az acr repository show" => new FakeRegistries(state).RepositoryShow(args),
            "az keyvault show" => new FakeKeyVaults(state).Show(args),
            "az keyvault show-deleted" => new FakeKeyVaults(state).ShowDeleted(args),
            "az keyvault purge" => new FakeKeyVaults(state).Purge(args),
            "az keyvault network-rule add" => new FakeKeyVaults(state).NetworkRule(args, add: true),
            "az keyvault network-rule remove" => new FakeKeyVaults(state).NetworkRule(args, add: false),
            "az network application-gateway show" => new FakeApplicationGateways(state).Show(args),
            "az tag update" => new FakeTags(state).Update(args),
            "az role assignment create" => new FakeRoleAssignments(state).Create(args),
            "az role assignment list" => new FakeRoleAssignments(state).List(args),
            "az role assignment delete" => new FakeRoleAssignments(state).Delete(args),
            _ => throw new CliFailure(1, $"ERROR: the fake cloud does not answer '{args.Command}' (the reference allows it; add it to tests/Fakes/FakeCloudHost/Az/FakeAz.cs with the shape of its REST API)"),
        };
    }
}
