namespace ContractTesting.Generation;

/// <summary>Who generates values, which decides the generators that apply.</summary>
public enum GeneratorMode
{
    /// <summary>The consumer side (the mock server's responses): mock-server URL generators apply, provider-state ones do not.</summary>
    Consumer,

    /// <summary>The provider side (the verifier's requests): provider-state generators apply, mock-server URL ones do not.</summary>
    Provider,
}
