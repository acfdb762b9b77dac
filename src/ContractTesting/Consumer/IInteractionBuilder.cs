namespace ContractTesting.Consumer;

/// <summary>Describes an interaction before its request: provider states and V4 details.</summary>
public interface IInteractionBuilder
{
    /// <summary>A provider state that must hold, e.g. "a user with ID 1 exists". Several states may be given.</summary>
    IInteractionBuilder Given(string providerState);

    /// <summary>
    /// A provider state with parameters. Pass an object (anonymous or not) or a dictionary; values keep their JSON types
    /// (<c>new { id = 1, name = "Ada" }</c> gives a number and a string).
    /// </summary>
    IInteractionBuilder Given(string providerState, object parameters);

    /// <summary>The V4 interaction key, a stable identifier for the interaction.</summary>
    IInteractionBuilder WithKey(string key);

    /// <summary>Marks the interaction as pending (V4): a provider failing it is reported but not failed.</summary>
    IInteractionBuilder AsPending();

    /// <summary>Adds a V4 comment.</summary>
    IInteractionBuilder WithComment(string comment);

    /// <summary>Records the name of the test that defines the interaction (V4 comment <c>testname</c>).</summary>
    IInteractionBuilder WithTestName(string testName);

    /// <summary>The request: its method and path.</summary>
    IRequestBuilder WithRequest(HttpMethod method, string path);

    /// <summary>The request, with a path given by a matcher (e.g. <c>Match.Regex("/users/1", "/users/\\d+")</c>).</summary>
    IRequestBuilder WithRequest(HttpMethod method, Matcher path);
}
