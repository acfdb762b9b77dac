namespace ContractTesting.PactFiles;

/// <summary>How a test run writes interactions into a pact file that may already exist.</summary>
public enum PactFileMode
{
    /// <summary>
    /// Add this run's interactions to those already in the file. An interaction already there with different content is
    /// an error (the test changed it: delete the file, or use <see cref="FreshRun"/>).
    /// </summary>
    Merge,

    /// <summary>
    /// The first write of a test run replaces the file; later writes of the same run merge into it. Interactions that no
    /// test of the run produced are pruned. Processes share a run when they share the <c>CONTRACTTESTING_RUN_ID</c>
    /// environment variable; otherwise each test process is its own run.
    /// </summary>
    FreshRun,
}
