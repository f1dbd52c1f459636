namespace Build.Tools.Kubectl;

public enum KubectlDryRun
{
    None,
    Client,
    Server,
}
