using Build.Resources.Azure;

namespace Build.Validation.Rules;

/// <summary>A rule over one kind of predicted resource: each resource is a subject, and every problem <see cref="Check"/> returns is a finding about it.</summary>
public abstract class ResourceRule<TView> : Rule
    where TView : IArmView
{
    public sealed override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var view in Targets(input))
        {
            checks.Check(view.Resource.Subject, Check(view, input));
        }
    }

    protected abstract IEnumerable<TView> Targets(ValidationInput input);

    /// <summary>The problems of one resource; nulls are expectations met.</summary>
    protected abstract IEnumerable<Problem?> Check(TView view, ValidationInput input);
}
