namespace FactExtract.Dates;

/// <summary>A recognised temporal expression: its token range, character range and unresolved meaning.</summary>
internal readonly record struct TimexMatch(int FirstToken, int EndToken, int Start, int End, TimexSpec Spec);
