using System.Reflection;
using System.Text.RegularExpressions;
using Gherkin.Ast;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// Binds step texts to step methods marked with <see cref="StepAttribute"/>. A step's captured groups become the
/// method's string or int arguments, and a data table, when present, its last argument.
/// </summary>
internal static class StepLibrary
{
    private static readonly Lazy<List<(Regex Pattern, MethodInfo Method)>> Bindings = new(Discover);

    public static void Run(Scenario scenario, World world)
    {
        foreach (var step in scenario.Steps)
        {
            var binding = Bindings.Value.Select(b => (b.Method, Match: b.Pattern.Match(step.Text))).FirstOrDefault(b => b.Match.Success);
            if (binding.Method is null)
            {
                throw new InvalidOperationException($"No step definition matches '{step.Keyword.Trim()} {step.Text}'.");
            }

            var arguments = binding.Match.Groups.Values.Skip(1).Select(g => (object)g.Value).ToList();
            var parameters = binding.Method.GetParameters();
            if (step.DataTable is { } table)
            {
                arguments.Add(table.Rows.Select(r => r.Cells.Select(c => c.Value).ToList()).ToList());
            }

            var converted = parameters.Skip(1).Select((p, i) => p.ParameterType == typeof(int) ? int.Parse((string)arguments[i], System.Globalization.CultureInfo.InvariantCulture) : arguments[i]);
            binding.Method.Invoke(null, [world, .. converted]);
        }
    }

    private static List<(Regex, MethodInfo)> Discover() =>
        [.. typeof(StepLibrary).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .SelectMany(m => m.GetCustomAttributes<StepAttribute>().Select(a => (new Regex("^" + a.Pattern + "$"), m)))];
}
