namespace FactExtract.Quotes;

/// <summary>Which lookup of <see cref="Attributor"/> a cached answer belongs to.</summary>
internal enum CallKind : byte
{
    After,
    AfterTight,
    Before,
    LineBefore,
}

/// <summary>One lookup of <see cref="Attributor"/>: its kind and the text range it read.</summary>
internal readonly record struct Call(CallKind Kind, int From, int To);

/// <summary>The answers to the last few <see cref="Attributor"/> lookups (a tiny ring, searched linearly).</summary>
internal sealed class RecentCalls
{
    private const int Size = 8;
    private readonly Call[] _calls = new Call[Size];
    private readonly Attribution[] _answers = new Attribution[Size];
    private readonly bool[] _flags = new bool[Size];
    private int _count;
    private int _next;

    public bool TryGet(Call call, out Attribution answer, out bool flag)
    {
        for (int k = 0; k < _count; k++)
        {
            if (_calls[k] != call) continue;
            answer = _answers[k];
            flag = _flags[k];
            return true;
        }

        answer = default;
        flag = false;
        return false;
    }

    public void Add(Call call, Attribution answer, bool flag)
    {
        _calls[_next] = call;
        _answers[_next] = answer;
        _flags[_next] = flag;
        _next = (_next + 1) % Size;
        if (_count < Size) _count++;
    }
}
