namespace FactExtract.Entities;

/// <summary>
/// Hashes feature values without building strings: FNV-1a over the characters of a span, seeded
/// per feature template, and a cheap mixer to combine two hashes into a conjunction.
/// </summary>
internal static class FeatureHash
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    public static uint OfSpan(ReadOnlySpan<char> value, uint seed = 0)
    {
        uint h = FnvOffset ^ (seed * 0x9E3779B1u);
        foreach (char c in value)
        {
            h = (h ^ (c & 0xFFu)) * FnvPrime;
            h = (h ^ (uint)(c >> 8)) * FnvPrime;
        }

        return h;
    }

    /// <summary>
    /// <see cref="OfSpan"/> of the span and, in the same pass, a 64-bit FNV-1a <paramref name="key"/>
    /// of it: wide enough that two different words practically never share a cache slot's key.
    /// </summary>
    public static uint OfSpanKeyed(ReadOnlySpan<char> value, uint seed, out ulong key)
    {
        uint h = FnvOffset ^ (seed * 0x9E3779B1u);
        ulong k = 14695981039346656037UL;
        foreach (char c in value)
        {
            h = (h ^ (c & 0xFFu)) * FnvPrime;
            h = (h ^ (uint)(c >> 8)) * FnvPrime;
            k = (k ^ c) * 1099511628211UL;
        }

        key = k | 1; // never 0, the empty-slot marker
        return h;
    }

    /// <summary>Lower-case hash of a span, equal to <see cref="OfSpan"/> of the lower-cased text, without allocating.</summary>
    public static uint OfLowerSpan(ReadOnlySpan<char> value, uint seed = 0)
    {
        uint h = FnvOffset ^ (seed * 0x9E3779B1u);
        foreach (char raw in value)
        {
            char c = char.ToLowerInvariant(raw);
            h = (h ^ (c & 0xFFu)) * FnvPrime;
            h = (h ^ (uint)(c >> 8)) * FnvPrime;
        }

        return h;
    }

    public static uint Combine(uint template, uint a) => Finish((a ^ (template * 0x85EBCA6Bu)) + 0x27D4EB2Fu);

    public static uint Combine(uint template, uint a, uint b) => Finish(Finish(a ^ (template * 0x85EBCA6Bu)) ^ (b * 0xC2B2AE35u));

    public static uint Combine(uint template, uint a, uint b, uint c) => Finish(Combine(template, a, b) ^ (c * 0x165667B1u));

    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x7FEB352Du;
        h ^= h >> 15;
        h *= 0x846CA68Bu;
        h ^= h >> 16;
        return h;
    }
}
