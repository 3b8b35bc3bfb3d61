using System.Runtime.Intrinsics.X86;

namespace FactExtract.Tests.Entities;

/// <summary>
/// A test of the tagger's AVX2 fast path: runs when the CPU has AVX2, is reported as skipped otherwise (the tagger then
/// takes the general path, tested elsewhere).
/// </summary>
public sealed class Avx2FactAttribute : FactAttribute
{
    public Avx2FactAttribute()
    {
        if (!Avx2.IsSupported) Skip = Avx2Attributes.NoAvx2;
    }
}

/// <summary>The <see cref="Avx2FactAttribute"/> of a theory.</summary>
public sealed class Avx2TheoryAttribute : TheoryAttribute
{
    public Avx2TheoryAttribute()
    {
        if (!Avx2.IsSupported) Skip = Avx2Attributes.NoAvx2;
    }
}

internal static class Avx2Attributes
{
    public const string NoAvx2 = "the CPU has no AVX2: the tagger takes the general path, tested elsewhere";
}
