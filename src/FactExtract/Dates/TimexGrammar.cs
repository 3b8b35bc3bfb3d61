using System.Runtime.InteropServices;

namespace FactExtract.Dates;

/// <summary>
/// The temporal-expression grammar: at each token that can begin a time expression, every rule
/// is tried and the longest match wins (the TimeML extent: no leading preposition, determiners
/// and modifiers included). Rules only recognise; values are resolved later against the anchor.
/// One instance per document (it holds the token list); rules live in partial files by family.
/// </summary>
internal sealed partial class TimexGrammar
{
    private readonly string _text;
    private readonly List<DateToken> _t;
    private readonly int _n;

    public TimexGrammar(string text, List<DateToken> tokens)
    {
        _text = text;
        _t = tokens;
        _n = tokens.Count;
    }

    public void Recognize(List<TimexMatch> output)
    {
        var tokens = CollectionsMarshal.AsSpan(_t);
        int i = 0;
        while (i < _n)
        {
            // Ordinary words and punctuation (but the apostrophe of "'90s") are most tokens and begin nothing:
            // skipped before the full check.
            ref readonly var token = ref tokens[i];
            if (token.Kind == DateTokenKind.Word && token.Word.Class == WordClass.None
                || token.Kind == DateTokenKind.Punctuation && _text[token.Start] is not ('\'' or '’')
                || !MayStart(i))
            {
                i++;
                continue;
            }

            int end = Match(i, out var spec, out int first);
            if (end > i)
            {
                output.Add(new TimexMatch(first, end, _t[first].Start, EndOffset(end), spec));
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Tries every rule at <paramref name="i"/>; returns the end token of the longest match or −1.</summary>
    internal int Match(int i, out TimexSpec spec, out int first)
    {
        first = i;
        int best = -1;
        spec = default;
        Consider(Modified(i, out var s), s, ref best, ref spec);
        Consider(Approximated(i, out s), s, ref best, ref spec);
        Consider(Core(i, out s), s, ref best, ref spec);
        return best;
    }

    private static void Consider(int end, TimexSpec candidate, ref int best, ref TimexSpec spec)
    {
        if (end > best) { best = end; spec = candidate; }
    }

    /// <summary>A core expression, optionally with a determiner in front.</summary>
    private int Core(int i, out TimexSpec spec)
    {
        int best = -1;
        spec = default;
        if (IsDeterminer(i, "the"))
        {
            Consider(AfterThe(i + 1, out var s), s, ref best, ref spec);
            if (best > 0) return best;
        }

        Consider(Durations(i, out var d), d, ref best, ref spec);
        Consider(Sets(i, out d), d, ref best, ref spec);
        Consider(Numbers(i, out d), d, ref best, ref spec);
        Consider(Words(i, out d), d, ref best, ref spec);
        Consider(Times(i, out d), d, ref best, ref spec);
        return best;
    }

    /// <summary>"early", "late", "mid-", "earlier", "later" in front of a core expression: part of the extent, not of the value.</summary>
    private int Modified(int i, out TimexSpec spec)
    {
        spec = default;
        int j = i;
        if (IsDeterminer(j, "the") && W(j + 1).Class == WordClass.Modifier && (Mod(j + 1) is PhaseModifier.Early or PhaseModifier.Late or PhaseModifier.Mid)) j++;
        bool modifier = W(j).Class == WordClass.Modifier && Mod(j) is PhaseModifier.Early or PhaseModifier.Late or PhaseModifier.Mid
                        || IsCue(j, CueWord.Earlier) || IsCue(j, CueWord.Later);
        if (!modifier) return -1;
        j++;
        if (IsPunct(j, '-') && Glued(j) && Glued(j + 1)) j++;
        if (j >= _n) return -1;
        if (IsCue(i, CueWord.Earlier) || IsCue(i, CueWord.Later))
        {
            // "earlier this month", "later this year": only with a cue word after.
            if (!(IsCue(j, CueWord.This) || IsCue(j, CueWord.Last) || IsCue(j, CueWord.Next) || W(j).Class is WordClass.RelativeDay or WordClass.Weekday)) return -1;
        }

        return Core(j, out spec);
    }

    /// <summary>
    /// "nearly two years", "more than four hours", "at least 30 days", "around 7:15 p.m.",
    /// "right now": TimeML puts the approximation inside the extent of amounts and clock times.
    /// </summary>
    private int Approximated(int i, out TimexSpec spec)
    {
        spec = default;
        int j = i;
        if (IsWord(j, "at") && IsWord(j + 1, "least")) j += 2;
        else if (IsClass(j, WordClass.Approximator) || IsWord(j, "around"))
        {
            if (IsWord(j, "more") || IsWord(j, "less") || IsWord(j, "fewer"))
            {
                if (!IsWord(j + 1, "than")) return -1;
                j += 2;
            }
            else if (IsWord(j, "up"))
            {
                if (!IsWord(j + 1, "to")) return -1;
                j += 2;
            }
            else if (IsWord(j, "least") || IsWord(j, "just") || IsWord(j, "only")) return -1;
            else j++;
        }
        else return -1;

        if (IsDeterminer(j, "the")) return -1;
        int end = Core(j, out spec);
        if (end < 0) return -1;
        if (IsWord(i, "right")) return spec.Literal == "PRESENT_REF" ? end : -1;
        bool amount = spec.Type is TimexType.Duration or TimexType.Time && (W(j).Class != WordClass.Reference)
                      || spec.Kind == SpecKind.Shift && spec.Offset != 0 && spec.Time.IsNone && !IsClass(j, WordClass.Cue);
        return amount ? end : -1;
    }

    // ---- token helpers -------------------------------------------------------------------

    private int EndOffset(int endToken) => _t[endToken - 1].End;

    private DateWord W(int i) => i < _n ? _t[i].Word : DateWord.None;

    private PhaseModifier Mod(int i) => (PhaseModifier)W(i).Value;

    private bool IsCue(int i, CueWord cue) => W(i).IsCue(cue);

    private bool IsClass(int i, WordClass c) => W(i).Class == c;

    private bool IsPunct(int i, char c) => i < _n && _t[i].Kind == DateTokenKind.Punctuation && _text[_t[i].Start] == c;

    private bool IsApostrophe(int i) => IsPunct(i, '\'') || IsPunct(i, '’');

    private bool Glued(int i) => i < _n && !_t[i].SpaceBefore;

    private ReadOnlySpan<char> Span(int i) => _text.AsSpan(_t[i].Start, _t[i].Length);

    private bool IsWord(int i, string word) => i < _n && _t[i].Kind == DateTokenKind.Word && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsDeterminer(int i, string word) => IsClass(i, WordClass.Determiner) && IsWord(i, word);

    private bool IsWordToken(int i) => i < _n && _t[i].Kind == DateTokenKind.Word;

    private bool Capitalized(int i) => i < _n && _t[i].Capitalized;

    /// <summary>A number token made of digits only (no separators, no suffix).</summary>
    private bool PlainInt(int i, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        if (i >= _n || _t[i].Kind != DateTokenKind.Number || _t[i].Digits != _t[i].Length || _t[i].Length > 9) return false;
        foreach (char c in Span(i))
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }

        digits = _t[i].Length;
        return true;
    }

    /// <summary>The letters after a number's digits ("th" of "30th", "s" of "1990s").</summary>
    private ReadOnlySpan<char> Suffix(int i) => _text.AsSpan(_t[i].Start + _t[i].Digits, _t[i].Length - _t[i].Digits);

    /// <summary>The digit part of a number token as an integer, when it has no separators.</summary>
    private bool LeadingInt(int i, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        if (i >= _n || _t[i].Kind != DateTokenKind.Number || _t[i].Digits > 9) return false;
        var span = _text.AsSpan(_t[i].Start, _t[i].Digits);
        foreach (char c in span)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }

        digits = span.Length;
        return true;
    }
}
