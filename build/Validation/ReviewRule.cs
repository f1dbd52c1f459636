namespace Build.Validation;

/// <summary>A rule about the other rules' outcome (an unused suppression, say): the engine runs it after them.</summary>
public abstract class ReviewRule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Review(ValidationInput input, IReadOnlyList<RuleCheck> earlier, RuleChecks checks);
}
