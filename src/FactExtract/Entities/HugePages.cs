using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FactExtract.Entities;

/// <summary>
/// Arrays for the large tables the tagger reads at random (the weight rows, the word-score cache): pinned, and on
/// Linux advised to be backed by 2 MB pages (<c>madvise(MADV_HUGEPAGE)</c>, honoured when transparent huge pages are
/// set to <c>madvise</c> or <c>always</c>) before they are first written. With 4 KB pages, tens of megabytes read at
/// random cost an address-translation miss on top of nearly every cache miss; with 2 MB pages the translations fit the
/// CPU's TLB. Elsewhere, or when the kernel declines, the array is an ordinary pinned one; the contents are the same.
/// </summary>
internal static partial class HugePages
{
    private const int AdviseHugePage = 14; // MADV_HUGEPAGE
    private const long HugePageBytes = 2 * 1024 * 1024;

    /// <summary>A zeroed array of <paramref name="length"/> elements, never moved by the GC.</summary>
    public static T[] Allocate<T>(int length)
        where T : unmanaged
    {
        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        if (OperatingSystem.IsLinux() && (long)length * Unsafe.SizeOf<T>() >= 2 * HugePageBytes) Advise(array);
        array.AsSpan().Clear();
        return array;
    }

    // Only the whole 2 MB pages inside the array: advice never reaches memory the array does not own.
    private static unsafe void Advise<T>(T[] array)
        where T : unmanaged
    {
        long start = (long)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        long end = start + (long)array.Length * sizeof(T);
        long first = (start + HugePageBytes - 1) & ~(HugePageBytes - 1);
        long last = end & ~(HugePageBytes - 1);
        if (last <= first) return;
        try
        {
            // The advice is only a hint: a kernel without transparent huge pages refuses it, and the array works the same.
            _ = Madvise((nint)first, (nuint)(last - first), AdviseHugePage);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
