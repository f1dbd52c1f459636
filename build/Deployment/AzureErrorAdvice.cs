namespace Build.Deployment;

/// <summary>
/// What to try after the permanent Azure errors this architecture meets most often, matched on the error code
/// az prints. Anything else gets the general advice: fix the cause and re-run (with --from where it applies).
/// </summary>
public static class AzureErrorAdvice
{
    private static readonly (string Code, string Advice)[] Known =
    [
        ("AuthorizationFailed", "the signed-in identity lacks a role: see the README's \"What Deploy needs from Azure\" table"),
        ("VaultAlreadyExists", "a soft-deleted Key Vault still holds the name: run ./build.sh --target=Destroy --yes (it purges), or az keyvault purge --name <vault>"),
        ("ConflictError", "a soft-deleted Key Vault still holds the name: run ./build.sh --target=Destroy --yes (it purges), or az keyvault purge --name <vault>"),
        ("QuotaExceeded", "the subscription's vCPU quota is too low for the node pools at their maximum: request more quota or lower maxCount in cluster.bicepparam"),
        ("OperationNotAllowed", "often a quota limit: see the message, then request more quota (Portal > Quotas)"),
        ("SkuNotAvailable", "the region does not offer that VM size (or not in every zone): choose another size or region"),
        ("ZonalAllocationFailed", "the region is short of that VM size in a zone right now: retry later, or choose another size"),
        ("AvailabilityZoneNotSupported", "the region has no availability zones: choose a region with zones (environment.json)"),
        ("ApplicationGatewayKeyVaultSecretException", "App Gateway cannot read its certificate from Key Vault: re-run with --from=Certificates.Import"),
        ("InvalidTemplate", "the template or parameters are invalid: run ./build.sh (Validate) to see where"),
        ("K8sVersionNotSupported", "AKS does not offer that Kubernetes version here: set kubernetesVersion in cluster.bicepparam to one az aks get-versions lists"),
        ("RequestDisallowedByPolicy", "an Azure Policy assignment on the subscription denies the resource: see the policy named in the message"),
        ("ResourceGroupNotFound", "a stage before this one has not been deployed: run Deploy without --from"),
    ];

    /// <param name="resumable">True in Deploy's stages, where --from can start a re-run later.</param>
    public static string For(string error, bool resumable)
    {
        var codes = TransientFailure.ErrorCodes(error).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var known = Known.FirstOrDefault(k => codes.Contains(k.Code)).Advice;
        if (known is not null && (resumable || !known.Contains("--from", StringComparison.Ordinal)))
        {
            return known;
        }

        return (resumable
            ? "fix the cause above and re-run: stages that are up to date are skipped, and --from=<stage> starts later"
            : "fix the cause above and re-run");
    }
}
