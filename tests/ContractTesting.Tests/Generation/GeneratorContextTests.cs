using ContractTesting.Generation;

namespace ContractTesting.Tests.Generation;

public sealed class GeneratorContextTests
{
    [Fact]
    public void New_NothingSet_UsesDocumentedDefaults()
    {
        var context = new GeneratorContext();

        Assert.Equal(GeneratorMode.Consumer, context.Mode);
        Assert.Empty(context.ProviderState);
        Assert.Null(context.MockServerUrl);
        Assert.Same(TimeProvider.System, context.TimeProvider);
        Assert.Same(Random.Shared, context.Random);
    }
}
