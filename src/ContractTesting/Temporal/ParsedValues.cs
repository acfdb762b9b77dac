namespace ContractTesting.Temporal;

/// <summary>
/// Field values captured while matching one input. Matching backtracks, so every assignment can be undone
/// with <see cref="Restore"/>.
/// </summary>
internal sealed partial class ParsedValues
{
    // Adjacent variable-width numeric fields (e.g. "dMdMdM") can backtrack exponentially; a budget bounds the
    // work for hostile patterns while being far above what any realistic pattern needs.
    private const int StepBudget = 100_000;

    private static readonly int FieldCount = Enum.GetValues<TemporalField>().Length;

    private readonly long?[] _values = new long?[FieldCount];

    private int _steps;

    internal long? this[TemporalField field] => _values[(int)field];

    /// <summary>Records a value; fails when the field was already captured with a different value.</summary>
    internal bool TrySet(TemporalField field, long value, out long? previous)
    {
        previous = _values[(int)field];
        if (++_steps > StepBudget || (previous is { } existing && existing != value))
        {
            return false;
        }

        _values[(int)field] = value;
        return true;
    }

    internal void Restore(TemporalField field, long? previous) => _values[(int)field] = previous;

    internal bool ConsumeStep() => ++_steps <= StepBudget;
}
