using System.Globalization;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using Gherkin.Ast;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// Binds step texts to step methods marked with <see cref="StepAttribute"/>. A step's captured groups become the
/// method's string or int arguments, and a data table, when present, its last argument. Step methods may be
/// asynchronous (return a <see cref="Task"/>). Definitions in a class with a <see cref="FeatureScopeAttribute"/> bind
/// only in the features it names, and win over unscoped ones there.
/// </summary>
internal static class StepLibrary
{
    private static readonly Lazy<List<(Regex Pattern, MethodInfo Method, string? Scope)>> Bindings = new(Discover);

    public static async Task RunAsync(IEnumerable<Step> steps, World world)
    {
        foreach (var step in steps)
        {
            var matches = Bindings.Value
                .Where(b => b.Scope is null || world.Feature.Contains(b.Scope, StringComparison.Ordinal))
                .Select(b => (b.Method, b.Scope, Match: b.Pattern.Match(step.Text))).Where(b => b.Match.Success).ToList();
            if (matches.Count > 1 && matches.Any(m => m.Scope is not null))
            {
                matches = [.. matches.Where(m => m.Scope is not null)];
            }

            if (matches.Count != 1)
            {
                throw new InvalidOperationException(matches.Count == 0
                    ? $"No step definition matches '{step.Keyword.Trim()} {step.Text}'."
                    : $"The step '{step.Keyword.Trim()} {step.Text}' is ambiguous: {string.Join(", ", matches.Select(m => m.Method.Name))}.");
            }

            var (method, _, match) = matches[0];
            var arguments = match.Groups.Values.Skip(1).Select(g => (object)g.Value).ToList();
            if (step.DataTable is { } table)
            {
                arguments.Add(table.Rows.Select(r => r.Cells.Select(c => c.Value).ToList()).ToList());
            }

            var converted = method.GetParameters().Skip(1)
                .Select((p, i) => p.ParameterType == typeof(int) ? int.Parse((string)arguments[i], CultureInfo.InvariantCulture) : arguments[i]);
            object? result;
            try
            {
                result = method.Invoke(null, [world, .. converted]);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }

            if (result is Task task)
            {
                await task.ConfigureAwait(false);
            }
        }
    }

    private static List<(Regex, MethodInfo, string?)> Discover() =>
        [.. typeof(StepLibrary).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(m => (Method: m, Scope: t.GetCustomAttribute<FeatureScopeAttribute>()?.FeaturePart)))
            .SelectMany(b => b.Method.GetCustomAttributes<StepAttribute>().Select(a => (new Regex("^" + a.Pattern + "$"), b.Method, b.Scope)))];
}
