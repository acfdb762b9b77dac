namespace ContractTesting.Bodies;

/// <summary>A parsed MIME multipart body: its parts in order, and the boundary that separated them.</summary>
internal sealed record MultipartBody(IReadOnlyList<MultipartPart> Parts, string Boundary);
