namespace ContractTesting.Tests.Support;

/// <summary>What a stub server answers: a status, an optional body of a content type, and other headers.</summary>
internal sealed record StubAnswer(int Status, string? Body = null, string ContentType = "application/hal+json", IReadOnlyDictionary<string, string>? Headers = null);
