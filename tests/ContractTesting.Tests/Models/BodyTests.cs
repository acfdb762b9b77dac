using System.Text;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Models;

public sealed class BodyTests
{
    [Fact]
    public void States_MissingNullEmptyAndZeroBytes_AreDistinct()
    {
        var zeroBytes = Body.FromBytes([]);

        Assert.Equal(BodyState.Missing, Body.Missing.State);
        Assert.Equal(BodyState.Null, Body.Null.State);
        Assert.Equal(BodyState.Empty, Body.Empty.State);
        Assert.Equal(BodyState.Present, zeroBytes.State);
        Assert.NotEqual(Body.Empty, zeroBytes);
    }

    [Fact]
    public void FromJson_Object_IsCompactUtf8WithJsonContentType()
    {
        var body = Body.FromJson(new JObject { ["name"] = "Zoë", ["n"] = 1.10m });

        Assert.Equal("""{"name":"Zoë","n":1.10}""", body.AsText());
        Assert.Equal("application/json", body.ContentType?.MediaType);
    }

    [Fact]
    public void FromText_Utf8_RoundTripsThroughBytes()
    {
        var body = Body.FromText("héllo ✓", ContentType.Text);

        Assert.Equal(Encoding.UTF8.GetBytes("héllo ✓"), body.Content.ToArray());
        Assert.Equal("héllo ✓", body.AsText());
    }

    [Fact]
    public void Equals_SameBytesAndType_AreEqual()
    {
        var first = Body.FromText("x", ContentType.Text);
        var second = Body.FromBytes("x"u8, ContentType.Parse("text/plain"));

        Assert.Equal(first, second);
        Assert.NotEqual(first, Body.FromText("x", ContentType.Json));
    }

    [Fact]
    public void FromJson_LaterChangesToTheToken_DoNotChangeTheBody()
    {
        var json = JObject.Parse("""{"a": 1}""");
        var body = Body.FromJson(json);

        json["a"] = 2;

        Assert.Equal(1, body.ParseJson()["a"]!.Value<int>());
    }
}
