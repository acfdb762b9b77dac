namespace ContractTesting.Verification;

/// <summary>Where the verifier writes its progress and results for people (the console by default; a test's output in xunit).</summary>
public interface IVerificationOutput
{
    /// <summary>Writes one line.</summary>
    void WriteLine(string line);
}
