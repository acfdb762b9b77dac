using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class StatusCodeRuleTests
{
    [Theory]
    [InlineData(StatusCodeGroup.Information, 99, false)]
    [InlineData(StatusCodeGroup.Information, 100, true)]
    [InlineData(StatusCodeGroup.Information, 199, true)]
    [InlineData(StatusCodeGroup.Information, 200, false)]
    [InlineData(StatusCodeGroup.Success, 199, false)]
    [InlineData(StatusCodeGroup.Success, 200, true)]
    [InlineData(StatusCodeGroup.Success, 299, true)]
    [InlineData(StatusCodeGroup.Success, 300, false)]
    [InlineData(StatusCodeGroup.Redirect, 299, false)]
    [InlineData(StatusCodeGroup.Redirect, 300, true)]
    [InlineData(StatusCodeGroup.Redirect, 399, true)]
    [InlineData(StatusCodeGroup.Redirect, 400, false)]
    [InlineData(StatusCodeGroup.ClientError, 399, false)]
    [InlineData(StatusCodeGroup.ClientError, 400, true)]
    [InlineData(StatusCodeGroup.ClientError, 499, true)]
    [InlineData(StatusCodeGroup.ClientError, 500, false)]
    [InlineData(StatusCodeGroup.ServerError, 499, false)]
    [InlineData(StatusCodeGroup.ServerError, 500, true)]
    [InlineData(StatusCodeGroup.ServerError, 599, true)]
    [InlineData(StatusCodeGroup.ServerError, 600, false)]
    [InlineData(StatusCodeGroup.NonError, 100, true)]
    [InlineData(StatusCodeGroup.NonError, 399, true)]
    [InlineData(StatusCodeGroup.NonError, 400, false)]
    [InlineData(StatusCodeGroup.Error, 399, false)]
    [InlineData(StatusCodeGroup.Error, 400, true)]
    [InlineData(StatusCodeGroup.Error, 599, true)]
    public void Match_GroupBoundaries_AcceptExactlyTheGroupsRange(StatusCodeGroup group, int status, bool matches)
    {
        var result = Exchange.Status(200, status, new StatusCodeRule(group));

        Assert.Equal(matches, result.Matched);
    }

    [Theory]
    [InlineData(StatusCodeGroup.Success, 404, "Successful response (200–299)")]
    [InlineData(StatusCodeGroup.ClientError, 200, "Client error (400–499)")]
    [InlineData(StatusCodeGroup.Error, 302, "Error response (>= 400)")]
    public void Match_OutsideTheGroup_ReportsTheCodeAndTheGroup(StatusCodeGroup group, int status, string described)
    {
        var result = Exchange.Status(200, status, new StatusCodeRule(group));

        var mismatch = MatchAssert.Single(result, MismatchPart.Status, string.Empty);
        Assert.Equal($"Expected status code {status} to be a {described}", mismatch.Message);
        Assert.Equal($"{status}", mismatch.Actual);
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, true)]
    [InlineData(204, false)]
    [InlineData(404, false)]
    public void Match_ExplicitCodes_AcceptOnlyThoseCodes(int status, bool matches)
    {
        var result = Exchange.Status(200, status, new StatusCodeRule([200, 201]));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Status, string.Empty, $"{status}", "200, 201");
        }
    }

    [Fact]
    public void Match_NoRule_StatusMustBeEqual()
    {
        var response = new ContractTesting.Models.HttpResponse { Status = 201 };

        var result = PactMatcher.MatchResponse(response, response with { Status = 200 });

        var mismatch = MatchAssert.Single(result, MismatchPart.Status, string.Empty);
        Assert.Equal("Expected status 201 but received 200", mismatch.Message);
    }
}
