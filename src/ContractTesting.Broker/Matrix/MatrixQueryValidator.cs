using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;

namespace ContractTesting.Broker.Matrix;

/// <summary>
/// Refuses a matrix question that cannot be answered, with every reason at once (400 <c>{"errors": […]}</c>):
/// a selector without a pacticipant, or with both a version and latest; a pacticipant that does not exist; no selector;
/// more than one destination; latest with an environment; an environment that does not exist.
/// </summary>
internal sealed class MatrixQueryValidator(PacticipantStore pacticipants, EnvironmentStore environments)
{
    /// <exception cref="BrokerProblem">The question is invalid.</exception>
    public async Task ValidateAsync(MatrixQuery query, List<string> errors, CancellationToken cancellationToken)
    {
        foreach (var selector in query.Selectors)
        {
            if (selector.Pacticipant is null)
            {
                errors.Add("Please specify the pacticipant name");
            }
            else if (selector.Version is not null && selector.Latest)
            {
                errors.Add($"A version number and latest flag cannot both be specified for {selector.Pacticipant}");
            }
        }

        foreach (var name in query.Selectors.Select(s => s.Pacticipant).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await pacticipants.FindAsync(name, cancellationToken).ConfigureAwait(false) is null)
            {
                errors.Add($"Pacticipant {name} not found");
            }
        }

        if (query.Selectors.Count == 0)
        {
            errors.Add("Please provide 1 or more version selectors.");
        }

        foreach (var ignore in query.Ignore)
        {
            if (ignore.Pacticipant is null)
            {
                errors.Add("Please specify the pacticipant name to ignore");
            }
            else if (ignore.Version is not null && ignore.Latest)
            {
                errors.Add($"A version number and latest flag cannot both be specified for {ignore.Pacticipant} to ignore");
            }
        }

        if (new[] { query.Tag is not null, query.Environment is not null, query.MainBranch }.Count(given => given) > 1)
        {
            errors.Add("Cannot specify more than one of tag, environment and mainBranch.");
        }

        if (query.Latest && query.Environment is not null)
        {
            errors.Add("Cannot specify both latest=true and an environment.");
        }

        if (query.Environment is not null && await environments.FindByNameAsync(query.Environment, cancellationToken).ConfigureAwait(false) is null)
        {
            errors.Add($"Environment with name '{query.Environment}' does not exist");
        }

        if (errors.Count > 0)
        {
            throw BrokerProblem.Invalid(errors);
        }
    }
}
