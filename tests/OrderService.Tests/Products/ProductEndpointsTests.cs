using System.Net;
using System.Text.Json;
using OrderService.Tests.Support;

namespace OrderService.Tests.Products;

public sealed class ProductEndpointsTests : IAsyncDisposable
{
    private readonly OrderSystem _system = new();

    [Fact]
    public async Task Get_SeededWidget_Returns200WithPriceAndStock()
    {
        using HttpResponseMessage response = await _system.Orders.GetAsync("/api/products/1", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("""{"id":1,"name":"Widget","price":29.99,"stock":10}""", json);
    }

    [Fact]
    public async Task Get_ProductAddedByTest_Returns200WithIt()
    {
        int id = await _system.AddProductAsync("Sprocket", 0.05m, stock: 3);

        using HttpResponseMessage response = await _system.Orders.GetAsync($"/api/products/{id}", TestContext.Current.CancellationToken);

        string json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal($$"""{"id":{{id}},"name":"Sprocket","price":0.05,"stock":3}""", json);
    }

    [Fact]
    public async Task Get_UnknownProduct_Returns404ProblemNamingTheId()
    {
        using HttpResponseMessage response = await _system.Orders.GetAsync("/api/products/4242", TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Product not found", problem.GetProperty("title").GetString());
        Assert.Contains("4242", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _system.DisposeAsync();
}
