namespace ContractTesting.Consumer;

/// <summary>Describes the expected request; <see cref="WillRespond"/> moves on to the response.</summary>
public interface IRequestBuilder : IHttpPartBuilder<IRequestBuilder>
{
    /// <summary>A query parameter; calling again with the same name adds another value (order kept).</summary>
    IRequestBuilder WithQuery(string name, string value);

    /// <summary>A query parameter whose value is given by a matcher.</summary>
    IRequestBuilder WithQuery(string name, Matcher value);

    /// <summary>Describes the response the provider must give.</summary>
    IResponseBuilder WillRespond();
}
