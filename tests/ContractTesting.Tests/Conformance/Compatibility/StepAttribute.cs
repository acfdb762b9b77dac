namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>Marks a static method <c>(World world, …)</c> as the definition of steps whose text matches the regular expression.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class StepAttribute(string pattern) : Attribute
{
    public string Pattern { get; } = pattern;
}
