namespace ContractTesting.VerifierBench;

/// <summary>One run of the reference verifier: whether it finished within the limit, its exit code, its time and the end of its output.</summary>
internal sealed record ReferenceRun(bool Finished, int? ExitCode, double Seconds, string OutputTail);
