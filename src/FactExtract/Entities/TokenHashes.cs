namespace FactExtract.Entities;

/// <summary>The per-token hashes every feature template is built from, computed once per sentence.</summary>
internal struct TokenHashes
{
    /// <summary>64-bit key of the exact (normalised) form, for <see cref="WordScoreCache"/>; never 0.</summary>
    public ulong Key;
    /// <summary>The <see cref="WordScoreCache"/> slot the word was in when the sentence was prepared (checked against <see cref="Key"/> before use).</summary>
    public int Slot;
    public uint Word;
    public uint Lower;
    public uint Shape;
    public uint ShortShape;
    public uint Prefix1;
    public uint Prefix2;
    public uint Prefix3;
    public uint Suffix1;
    public uint Suffix2;
    public uint Suffix3;
    public uint Suffix4;
    /// <summary>Packed word class from <see cref="WordClusters"/>; 0 when unknown.</summary>
    public uint Cluster;
    public bool HasUpper;
    public bool HasLower;
    /// <summary>Starts with a capital letter.</summary>
    public bool Capitalised;
    /// <summary>The run of capitalised words (see <see cref="NerFeatures.MarkRuns"/>) this token is in.</summary>
    public TokenRun Name;
    /// <summary>A digit, number word or currency sign: part of an amount.</summary>
    public bool Numeric;
    /// <summary>The run of amount words this token is in.</summary>
    public TokenRun Amount;
}
