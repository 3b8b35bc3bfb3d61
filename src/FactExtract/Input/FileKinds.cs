using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace FactExtract.Input;

/// <summary>
/// What a path is on disk beyond file or folder: a FIFO, socket or device is no document (opening a FIFO waits for a
/// writer forever), and a folder's real path tells when a link leads back into a folder already read. .NET does not
/// say either, so Linux's <c>statx</c> and <c>realpath</c> are asked; elsewhere every file counts as regular and a
/// folder's real path is its resolved link target.
/// </summary>
internal static partial class FileKinds
{
    private const int AtCurrentFolder = -100;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;

    // struct statx's stx_mode: at byte 28 on every Linux architecture (the struct has no padding that varies).
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    private static bool _nativeMissing;

    /// <summary>Whether <paramref name="path"/> (links followed) is a regular file; true where that cannot be asked.</summary>
    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux() || _nativeMissing) return true;
        Span<byte> buffer = stackalloc byte[StatxSize];
        try
        {
            if (Statx(AtCurrentFolder, path, 0, StatxType, buffer) != 0) return true; // gone or unreadable: opening it will say why
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            _nativeMissing = true;
            return true;
        }

        int mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer[ModeOffset..]);
        if (!BitConverter.IsLittleEndian) mode = BinaryPrimitives.ReverseEndianness((ushort)mode);
        return (mode & TypeMask) == RegularFile;
    }

    /// <summary>The folder's path with every link resolved, so that one folder reached two ways is seen as one.</summary>
    public static string RealFolder(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!OperatingSystem.IsWindows() && !_nativeMissing)
        {
            try
            {
                var real = RealPath(full, IntPtr.Zero);
                if (real != IntPtr.Zero)
                {
                    try
                    {
                        return Marshal.PtrToStringUTF8(real) ?? full;
                    }
                    finally
                    {
                        Free(real);
                    }
                }
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                _nativeMissing = true;
            }
        }

        return new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folderHandle, string path, int flags, uint mask, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr RealPath(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
