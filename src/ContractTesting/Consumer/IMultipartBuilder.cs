namespace ContractTesting.Consumer;

/// <summary>Adds the parts of a <c>multipart/form-data</c> body. Rules for a part use <c>$.partName</c> as their root.</summary>
public interface IMultipartBuilder
{
    /// <summary>A text field.</summary>
    IMultipartBuilder AddText(string name, string value);

    /// <summary>A JSON part (matchers allowed inside; their paths start at <c>$.name</c>).</summary>
    IMultipartBuilder AddJson(string name, object value);

    /// <summary>A file part.</summary>
    IMultipartBuilder AddFile(string name, string fileName, byte[] content, string contentType);
}
