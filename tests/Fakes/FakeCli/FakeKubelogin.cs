namespace FakeCli;

/// <summary>The FAKE kubelogin: accepts convert-kubeconfig (the kubeconfig already holds a token).</summary>
internal sealed class FakeKubelogin
{
    public string Run(Arguments args) => args.Command switch
    {
        "convert-kubeconfig" => string.Empty,
        _ when args.Has("--version") => "kubelogin version\ngit hash: v0.2.10/fake\n",
        _ => throw new FakeFailure(1, $"the fake kubelogin does not know '{args.Command}'"),
    };
}
