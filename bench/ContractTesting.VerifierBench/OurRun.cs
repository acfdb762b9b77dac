namespace ContractTesting.VerifierBench;

/// <summary>One run of our verifier: its time, and the CPU time the process spent meanwhile (verifier and provider together).</summary>
internal sealed record OurRun(double Seconds, double CpuSeconds);
