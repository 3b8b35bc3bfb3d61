using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace FactExtract.Entities.Neural;

/// <summary>
/// The accurate model's file: a fixed header (magic number, format version, input-features version, payload length,
/// SHA-256 of the payload) and a Brotli-compressed payload read field by field with bounds checks, as the linear
/// model's file (<see cref="NerModelFile"/>). A foreign, damaged or truncated file is refused with the reason.
/// </summary>
internal static class NeuralModelFile
{
    public const int FormatVersion = 1;

    /// <summary>Raised whenever <see cref="NeuralInput"/> changes what a token's inputs are: older models must be retrained.</summary>
    public const int InputVersion = 1;

    private const int HeaderLength = 8 + 4 + 4 + 8 + 32;
    private const long MaxPlainLength = 1L << 30;

    public static ReadOnlySpan<byte> Magic => "FXNEURAL"u8;

    public static void Write(NeuralNerModel m, Stream output)
    {
        var payload = new MemoryStream();
        using (var brotli = new BrotliStream(payload, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(m.Description);
            w.Write(m.Labels.Types.Length);
            foreach (var t in m.Labels.Types) w.Write(t);
            w.Write(m.Words.Length);
            w.Write(m.VectorDimensions);
            foreach (var word in m.Words) w.Write(word);
            Floats(w, m.Scales);
            w.Write(MemoryMarshal.AsBytes(m.Vectors.AsSpan()));
            Floats(w, m.ShapeEmbeddings);
            w.Write(m.Chars);
            Floats(w, m.CharEmbeddings);
            Floats(w, m.Convolution);
            Floats(w, m.ConvolutionBias);
            foreach (var d in new[] { m.Forward, m.Backward })
            {
                Floats(w, d.Input);
                Floats(w, d.Recurrent);
                Floats(w, d.Bias);
            }

            Floats(w, m.Output);
            Floats(w, m.OutputBias);
            Floats(w, m.Transitions);
            Floats(w, m.Start);
            Floats(w, m.End);
        }

        var bytes = payload.ToArray();
        Span<byte> header = stackalloc byte[HeaderLength];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], InputVersion);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], bytes.Length);
        SHA256.HashData(bytes, header[24..]);
        output.Write(header);
        output.Write(bytes);
    }

    /// <summary>Whether <paramref name="start"/> (a file's first bytes) is this format's magic number.</summary>
    public static bool IsNeuralModel(ReadOnlySpan<byte> start) => start.StartsWith(Magic);

    /// <summary>Reads a model; throws <see cref="InvalidDataException"/> naming <paramref name="name"/> when the data is not a sound model.</summary>
    public static NeuralNerModel Read(Stream input, string name)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        if (input.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false) < HeaderLength || !header[..8].SequenceEqual(Magic))
            throw new InvalidDataException($"{name}: not a FactExtract neural NER model (bad magic number)");
        int version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (version != FormatVersion)
            throw new InvalidDataException($"{name}: neural NER model format version {version} is not supported (this build reads version {FormatVersion})");
        int inputs = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        if (inputs != InputVersion)
            throw new InvalidDataException($"{name}: neural NER model was trained with input features version {inputs}, this build has version {InputVersion}; retrain it");
        long length = BinaryPrimitives.ReadInt64LittleEndian(header[16..]);
        if (length is < 0 or > 1L << 30) throw new InvalidDataException($"{name}: corrupt neural NER model (bad payload length)");
        var payload = new byte[length];
        if (input.ReadAtLeast(payload, (int)length, throwOnEndOfStream: false) < length)
            throw new InvalidDataException($"{name}: corrupt neural NER model (truncated)");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload, hash);
        if (!hash.SequenceEqual(header[24..]))
            throw new InvalidDataException($"{name}: corrupt neural NER model (checksum mismatch)");
        try
        {
            using var brotli = new BrotliStream(new MemoryStream(payload), CompressionMode.Decompress);
            using var r = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8);
            return ReadPayload(r);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException or OverflowException)
        {
            throw new InvalidDataException($"{name}: corrupt neural NER model ({e.Message})", e);
        }
    }

    private static NeuralNerModel ReadPayload(BinaryReader r)
    {
        string description = r.ReadString();
        int typeCount = Count(r, 31);
        var types = new string[typeCount];
        for (int i = 0; i < typeCount; i++) types[i] = r.ReadString();
        int rows = Count(r, 4_000_000);
        int dims = Count(r, 4096);
        var words = new string[rows];
        for (int i = 0; i < rows; i++) words[i] = r.ReadString();
        var scales = ReadFloats(r);
        var vectors = new sbyte[checked(rows * dims)];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(vectors.AsSpan()));
        var shapes = ReadFloats(r);
        string chars = r.ReadString();
        var charEmbeddings = ReadFloats(r);
        var conv = ReadFloats(r);
        var convBias = ReadFloats(r);
        var directions = new LstmWeights[2];
        for (int d = 0; d < 2; d++) directions[d] = new LstmWeights(ReadFloats(r), ReadFloats(r), ReadFloats(r));
        var output = ReadFloats(r);
        var outputBias = ReadFloats(r);
        var transitions = ReadFloats(r);
        var start = ReadFloats(r);
        var end = ReadFloats(r);
        return new NeuralNerModel(
            new NerLabels(types), words, vectors, scales, dims, shapes, chars, charEmbeddings, conv, convBias,
            directions[0], directions[1], output, outputBias, transitions, start, end, description);
    }

    private static int Count(BinaryReader r, int max)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > max) throw new FormatException($"bad count {n}");
        return n;
    }

    private static void Floats(BinaryWriter w, float[] values)
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static float[] ReadFloats(BinaryReader r)
    {
        var values = new float[Count(r, 1 << 28)];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
