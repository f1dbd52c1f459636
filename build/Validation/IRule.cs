namespace Build.Validation;

/// <summary>Anything the engine evaluates: a <see cref="Rule"/> over the input, or a <see cref="ReviewRule"/> over the other rules' checks.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }
}
