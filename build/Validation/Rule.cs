namespace Build.Validation;

/// <summary>A rule over the input: it names every object it looks at and what is wrong with each (<see cref="RuleChecks"/>).</summary>
public abstract class Rule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Evaluate(ValidationInput input, RuleChecks checks);
}
