namespace Consumer.Pact.Interop;

/// <summary>Tests that run the reference implementation: one at a time, after the parallel consumer tests have written the pact.</summary>
[CollectionDefinition(nameof(ReferenceInterop), DisableParallelization = true)]
public sealed class ReferenceInterop;
