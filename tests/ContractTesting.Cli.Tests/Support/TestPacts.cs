namespace ContractTesting.Cli.Tests.Support;

/// <summary>Small pact files: Web (consumer) expects Users (provider) to answer <c>GET /users/1</c> with Ada, given "user 1 exists".</summary>
internal static class TestPacts
{
    public static string WebUsers(string name = "Ada", string consumer = "Web") => $$$"""
        {
          "consumer": {"name": "{{{consumer}}}"},
          "provider": {"name": "Users"},
          "interactions": [
            {
              "description": "a request for user 1",
              "providerStates": [{"name": "user 1 exists", "params": {"id": 1}}],
              "request": {"method": "GET", "path": "/users/1"},
              "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": {"id": 1, "name": "{{{name}}}"}}
            }
          ],
          "metadata": {"pactSpecification": {"version": "3.0.0"}}
        }
        """;
}
