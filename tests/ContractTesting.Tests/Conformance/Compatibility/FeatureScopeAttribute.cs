namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// Limits a class's step definitions to the features whose path contains <see cref="FeaturePart"/> (e.g.
/// <c>message_provider</c>). Where a scoped and an unscoped definition both match a step, the scoped one wins, so
/// features that share step texts (every provider feature has "the verification is run") can bind them differently.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class FeatureScopeAttribute(string featurePart) : Attribute
{
    public string FeaturePart { get; } = featurePart;
}
