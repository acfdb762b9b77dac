namespace ContractTesting.Tests.Support;

/// <summary>What a stub server answers: a status and an optional body of a content type.</summary>
internal sealed record StubAnswer(int Status, string? Body = null, string ContentType = "application/hal+json");
