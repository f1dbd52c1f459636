using Build.Resources.Azure;

namespace Build.Validation.Rules.Governance.Admission;

/// <summary>
/// One Kubernetes built-in evaluated offline the way its Gatekeeper constraint template decides at admission, over
/// the objects its assignment reaches. Each subclass names the template it follows.
/// </summary>
public abstract class AdmissionPolicy
{
    /// <summary>The built-in's definition name (GUID).</summary>
    public abstract string Definition { get; }

    /// <summary>The effect the definition applies when the assignment sets none.</summary>
    public abstract string DefaultEffect { get; }

    /// <summary>The definition's default for <c>namespaces</c> (the namespaces it only reviews): empty means all.</summary>
    public virtual IReadOnlyList<string> DefaultNamespaces => [];

    public BaselinePolicy Baseline => BaselinePolicies.Find(Definition) ?? throw new InvalidOperationException($"{GetType().Name}: {Definition} is not one of BaselinePolicies.");

    /// <summary>Checks every object the assignment reaches, each a subject of <paramref name="checks"/>.</summary>
    public abstract void Evaluate(AdmissionReview review, RuleChecks checks);
}

/// <summary>An enforced Deny assignment of <paramref name="Policy"/>, its scope, and the input its objects come from.</summary>
public sealed record AdmissionReview(AdmissionPolicy Policy, PolicyAssignment Assignment, AdmissionScope Scope, ValidationInput Input)
{
    /// <summary>How messages name the policy: the built-in's title and definition id.</summary>
    public string Title => Policy.Baseline.ToString();

    /// <summary>Where the environment sets what the policies allow, for messages that send the reader there.</summary>
    public string PolicyFile => Input.Policy.Source.File;
}
