using ContractTesting.Broker.Pacts;

namespace ContractTesting.Broker.Tests.Pacts;

public sealed class PactMetadataTests
{
    [Fact]
    public void Encode_ThenDecode_KeepsSelectorsAndFlags()
    {
        var metadata = new PactMetadata(
            [new PactMetadata.Selector(12, "feat/x", null, true, null), new PactMetadata.Selector(13, null, "prod", false, "production")], false, false, null);

        var segment = metadata.Encode()!;
        var decoded = PactMetadata.Decode(segment);

        Assert.Matches("^[A-Za-z0-9_-]+$", segment);
        Assert.Equal(metadata.Selectors, decoded.Selectors);
        Assert.False(decoded.Pending);
        Assert.False(decoded.Wip);
    }

    [Fact]
    public void Encode_WipOrConsumerVersion_RoundTripsAndNothingIsNoSegment()
    {
        var wip = PactMetadata.Decode(new PactMetadata([], null, true, null).Encode());
        var version = PactMetadata.Decode(new PactMetadata([], null, false, "1.0.0").Encode());

        Assert.True(wip.Wip);
        Assert.Null(wip.Pending);
        Assert.Equal("1.0.0", version.ConsumerVersionNumber);
        Assert.Null(PactMetadata.None.Encode());
    }

    [Theory]
    [InlineData("!!not base64!!")]
    [InlineData("")]
    [InlineData(null)]
    public void Decode_UnreadableSegment_IsNoMetadata(string? segment)
    {
        var decoded = PactMetadata.Decode(segment);

        Assert.Same(PactMetadata.None, decoded);
    }
}
