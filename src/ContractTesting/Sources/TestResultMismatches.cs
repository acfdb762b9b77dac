using ContractTesting.BrokerClient;
using ContractTesting.Matching;

namespace ContractTesting.Sources;

/// <summary>Our mismatches in the broker's words (<c>{attribute, identifier, description}</c>), as the reference verifier maps its own.</summary>
internal static class TestResultMismatches
{
    public static TestResultMismatch Of(Mismatch mismatch)
    {
        ArgumentNullException.ThrowIfNull(mismatch);
        return mismatch.Part switch
        {
            MismatchPart.Method => new("method", null, mismatch.Message),
            MismatchPart.Path => new("path", null, mismatch.Message),
            MismatchPart.Status => new("status", null, mismatch.Message),
            MismatchPart.Query => new("query", mismatch.Location, mismatch.Message),
            MismatchPart.Header => new("header", mismatch.Location, mismatch.Message),
            MismatchPart.BodyContentType => new("body", "$", mismatch.Message),
            MismatchPart.Metadata => new("metadata", mismatch.Location, mismatch.Message),
            _ => new("body", mismatch.Location.Length > 0 ? mismatch.Location : "$", mismatch.Message),
        };
    }
}
