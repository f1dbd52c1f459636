namespace Build.Tools.Az;

/// <summary>
/// What <c>az account get-access-token</c> hands out: the token is a secret and is only ever read here, for the
/// identity it was issued to; <see cref="ToString"/> never shows it.
/// </summary>
public sealed record AzAccessToken(string AccessToken, string? Subscription, string? Tenant)
{
    public override string ToString() => $"an access token for tenant {Tenant}";
}
