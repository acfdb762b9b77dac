using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;

namespace ContractTesting.Broker.Environments;

/// <summary>
/// Reads and checks an environment body, <c>{"name", "displayName"?, "production", "contacts"?: [{"name", "details"?}]}</c>,
/// with the Pact Broker's rules: the name is required, one line, without spaces and unique; production is a boolean;
/// each contact has a name.
/// </summary>
internal sealed class EnvironmentRequestReader(EnvironmentStore environments)
{
    /// <param name="json">The body.</param>
    /// <param name="uuid">The environment being replaced (its own name is not a clash), or <see langword="null"/> for a new one.</param>
    /// <param name="cancellationToken">Cancels the uniqueness check.</param>
    /// <exception cref="BrokerProblem">400 with every problem by field.</exception>
    public async Task<EnvironmentFields> ReadAsync(JsonObject json, string? uuid, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var reader = JsonFieldReader.ForFields(json, errors);
        var name = reader.RequiredString("name", singleLine: true);
        if (name is not null && name.Any(char.IsWhiteSpace))
        {
            errors.Add("name", "cannot contain spaces");
            name = null;
        }

        var displayName = reader.OptionalString("displayName", singleLine: true);
        bool? production = null;
        if (json["production"] is null)
        {
            errors.Add("production", "is missing");
        }
        else
        {
            production = reader.OptionalBoolean("production");
        }

        var contacts = ReadContacts(json, errors);
        if (name is not null && await environments.FindByNameAsync(name, cancellationToken).ConfigureAwait(false) is { } clash && clash.Uuid != uuid)
        {
            errors.Add("name", $"name '{name}' is already used by an existing environment.");
        }

        errors.ThrowIfAny();
        return new EnvironmentFields(
            name!, string.IsNullOrWhiteSpace(displayName) ? DisplayNames.Generate(name!) : displayName, production!.Value, contacts);
    }

    private static string? ReadContacts(JsonObject json, ValidationErrors errors)
    {
        if (json["contacts"] is not { } node)
        {
            return null;
        }

        if (node is not JsonArray contacts)
        {
            errors.Add("contacts", "must be an array");
            return null;
        }

        for (var i = 0; i < contacts.Count; i++)
        {
            if (contacts[i] is not JsonObject contact)
            {
                errors.Add("contacts", $"must be an object (at index {i})");
                continue;
            }

            var reader = JsonFieldReader.ForItem(contact, errors, "contacts", i);
            reader.RequiredString("name", singleLine: true);
            if (contact["details"] is not null and not JsonObject)
            {
                reader.Report("details", "must be an object");
            }
        }

        return contacts.ToJsonString(JsonResponse.SerializerOptions);
    }
}
